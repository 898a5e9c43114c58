"""A page left and come back to: its rows in Problems show the lines Check found in its file
(the typing that moved them was left unsaved) and follow typing again. Before, they kept the
lines of the typing thrown away, and stood still while the author typed."""

from __future__ import annotations

from pathlib import Path

from problem_helpers import open_checked_case_study
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor


def _type_lines_at_top(qtbot, editor, count: int) -> None:  # noqa: ANN001
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    for number in range(count):
        qtbot.keyClicks(editor, f"Line {number}")
        qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_rows_of_a_page_come_back_to_show_its_file_and_follow_typing(
    qtbot, quiet_window, site_copy: Path
) -> None:
    window = quiet_window
    page = open_checked_case_study(qtbot, window, site_copy)
    index, unclear = next(
        (i, p) for i, p in enumerate(window.problems.problems()) if p.code == "link-text-unclear"
    )
    checked_line = unclear.line
    line_now = lambda: window.problems.problems()[index].line  # noqa: E731

    _type_lines_at_top(qtbot, window.editor, 2)
    qtbot.waitUntil(lambda: line_now() == checked_line + 2, timeout=5000)

    other = next(p for p in sorted((site_copy / "_resources").glob("*.md")) if p != page)
    assert window.open_document(other)  # the typing is thrown away (the question answered)
    assert window.open_document(page)
    assert window.current_document().path == page
    assert line_now() == checked_line  # the file as Check read it

    _type_lines_at_top(qtbot, window.editor, 3)
    qtbot.waitUntil(lambda: line_now() == checked_line + 3, timeout=5000)
