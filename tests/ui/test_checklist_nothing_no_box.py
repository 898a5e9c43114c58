"""A page the checklist has nothing to say about shows its words alone: "Nothing to improve
that the checklist can see." sat above an empty white box, as "No problems found" did in the
Problems panel. A page with something to list shows its list as before."""

from __future__ import annotations

from editor_app.core.checks.checklist import Checklist
from editor_app.core.checks.problem import SUGGESTION, Problem
from editor_app.ui.checklist import ChecklistPanel


def _checklist(suggestions: list) -> Checklist:  # noqa: ANN001
    return Checklist(
        sections=[],
        reading_ease=None,
        reading_grade=None,
        reading_target=None,
        words=27,
        suggestions=suggestions,
    )


def test_nothing_to_list_shows_the_words_alone(qtbot) -> None:  # noqa: ANN001
    panel = ChecklistPanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 150)
    panel.show()
    assert not panel.tree.isVisible()  # before any page: "Open a page..." alone
    panel.show_checklist(_checklist([]))
    assert panel.summary.text() == "Nothing to improve that the checklist can see."
    assert not panel.tree.isVisible(), "an empty box under the words"
    assert panel.summary.height() < 60

    problem = Problem("a.md", 3, None, SUGGESTION, "link-text-unclear", "Say where it goes.")
    panel.show_checklist(_checklist([problem]))
    assert panel.tree.isVisible() and panel.tree.topLevelItemCount() == 1
    panel.clear()
    assert not panel.tree.isVisible()
