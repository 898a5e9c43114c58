"""The open page's rows in Problems keep their line while the author types: three lines typed
above a problem, its row says the line it is on now (it kept Check's number until F7), and a
click on it still goes to its words."""

from __future__ import annotations

from pathlib import Path

from problem_helpers import open_checked_case_study
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor


def _row_of(window, problem):  # noqa: ANN001, ANN202
    tree = window.problems.tree
    rows = (tree.topLevelItem(r) for r in range(tree.topLevelItemCount()))
    return next(item for item in rows if window.problems._problem_of(item) is problem)


def _row_line(window, problem) -> str:  # noqa: ANN001
    return _row_of(window, problem).text(2)


def test_a_problem_row_follows_lines_typed_above_it(qtbot, quiet_window, site_copy: Path) -> None:
    window = quiet_window
    page = open_checked_case_study(qtbot, window, site_copy)
    unclear = next(p for p in window.problems.problems() if p.code == "link-text-unclear")
    checked_line = unclear.line
    assert _row_line(window, unclear) == str(checked_line)

    editor = window.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    for words in ("One", "Two", "Three"):
        qtbot.keyClicks(editor, words)
        qtbot.keyClick(editor, Qt.Key.Key_Return)

    index = window.problems.problems().index(unclear)
    qtbot.waitUntil(
        lambda: window.problems.problems()[index].line == checked_line + 3, timeout=5000
    )
    moved = window.problems.problems()[index]
    assert _row_line(window, moved) == str(checked_line + 3)
    # A click goes to the words where they are now.
    window.problems.tree.itemClicked.emit(_row_of(window, moved), 0)
    assert editor.textCursor().selectedText() == "click here"
    assert editor.textCursor().block().text().startswith("The page's plan")
    # The file on disk is as it was until saved.
    assert "One\nTwo\nThree" not in page.read_text(encoding="utf-8")
