"""The Problems panel's fix button ("Rename File to Match Date") is offered with no row chosen
only for a page's own check: a whole site's list showed it beside its summary for some page
among hundreds, which the button did not name. Choosing that row offers it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from editor_app.core.checks.problem import Problem
from editor_app.ui.problems import ProblemList


def _problem(path: str, code: str, line: int) -> Problem:
    return Problem(path, line, None, "warning", code, f"{code} in {path}")


def test_fix_offered_for_a_page_and_for_a_chosen_row_only(qtbot) -> None:  # noqa: ANN001
    panel = ProblemList()
    qtbot.addWidget(panel)
    panel.show()
    page = "_posts/2024-01-02-news.md"
    panel.set_problems([_problem(page, "date-mismatch", 3), _problem(page, "title-long", 2)])
    assert panel.fix_button.isVisible()  # the page's own check: its one fix

    site = [_problem("_people/guest.md", "field-missing", 1), _problem(page, "date-mismatch", 3)]
    panel.set_problems(site, scope="Whole site:")
    assert not panel.fix_button.isVisible()
    tree = panel.tree
    row = next(
        tree.topLevelItem(r)
        for r in range(tree.topLevelItemCount())
        if panel._problem_of(tree.topLevelItem(r)).code == "date-mismatch"
    )
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(row).center())
    assert panel.fix_button.isVisible() and panel.fix_button.text() == "Rename File to Match Date"
