"""The content checks in the window: F7 and the whole-site Check list their suggestions, told
apart from problems (their own icon and word), and a click goes to the line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from window_helpers import open_site

from editor_app.ui.main_window import MainWindow

CASE_STUDY = "_resources/case-study-cag.md"
LONG_SENTENCE = (
    "This sentence goes on and on with one clause after another, because the author wanted "
    "to say everything at once, including the history of the group, the names of its "
    "members, the dates of its meetings, the rules it follows and the reasons for each of "
    "them, which is far too much for one sentence to carry for a reader."
)


@pytest.fixture
def window(quiet_window):  # noqa: ANN001, ANN201
    return quiet_window


def _plant(site: Path) -> tuple[int, int]:
    """A 'click here' link and a 60-word sentence at the end of a case study: their lines."""
    path = site / CASE_STUDY
    text = path.read_text(encoding="utf-8").rstrip("\n")
    lines = text.count("\n") + 1
    path.write_text(
        text
        + "\n\nTo read it, [click here](https://example.org/report).\n\n"
        + LONG_SENTENCE
        + "\n",
        encoding="utf-8",
    )
    return lines + 2, lines + 4


def test_the_whole_site_check_lists_suggestions_apart_and_a_click_goes_there(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    link_line, sentence_line = _plant(site_copy)
    open_site(qtbot, window, site_copy)
    with qtbot.waitSignal(window.problemsShown, timeout=30000) as shown:
        qtbot.keyClick(window, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    problems = shown.args[0]
    found = {(p.path, p.line, p.code, p.severity) for p in problems}
    assert (CASE_STUDY, link_line, "link-text-unclear", "suggestion") in found
    assert (CASE_STUDY, sentence_line, "sentence-long", "suggestion") in found
    tree = window.problems.tree
    listed = window.problems.problems()  # as the list shows them: errors, warnings, suggestions
    rows = {p.severity: tree.topLevelItem(i) for i, p in enumerate(listed)}
    assert rows["suggestion"].toolTip(0) == "Suggestion"
    assert rows["warning"].toolTip(0) == "Warning"
    assert rows["suggestion"].icon(0).cacheKey() != rows["warning"].icon(0).cacheKey()
    suggestions = sum(1 for p in problems if p.severity == "suggestion")
    assert window.problems.summary.text().endswith(f" and {suggestions} suggestions.")

    row = next(
        i for i, p in enumerate(listed) if p.line == sentence_line and p.path == CASE_STUDY
    )
    item = tree.topLevelItem(row)
    tree.scrollToItem(item)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center()
    )
    doc = window.current_document()
    assert doc.path == (site_copy / CASE_STUDY).resolve()
    assert window.editor.textCursor().block().text().startswith("This sentence goes on")


def test_f7_lists_the_open_pages_suggestions(qtbot, window: MainWindow, site_copy: Path) -> None:
    link_line, _sentence_line = _plant(site_copy)
    open_site(qtbot, window, site_copy)
    window.open_document(site_copy / CASE_STUDY)
    with qtbot.waitSignal(window.problemsShown, timeout=5000) as shown:
        qtbot.keyClick(window.editor, Qt.Key.Key_F7)
    assert (link_line, "link-text-unclear", "suggestion") in {
        (p.line, p.code, p.severity) for p in shown.args[0]
    }
    assert "This page" in window.problems.summary.text()
    assert "suggestion" in window.problems.summary.text()
