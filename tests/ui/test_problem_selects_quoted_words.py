"""Clicking a problem that quotes the page's words ("The link text 'click here' ...") selects
those words on its line; the caret used to sit at the line's start, nothing selected."""

from __future__ import annotations

from pathlib import Path

import pytest
from problem_helpers import open_checked_case_study
from PySide6.QtCore import Qt

from editor_app.ui.main_window import MainWindow


@pytest.fixture
def window(quiet_window):  # noqa: ANN001, ANN201
    return quiet_window


def test_a_clicked_problem_selects_the_words_it_quotes(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    open_checked_case_study(qtbot, window, site_copy)
    unclear = next(p for p in window.checks.validate_current() if p.code == "link-text-unclear")
    assert "'click here'" in unclear.message
    window.jump_to_problem(unclear)
    cursor = window.editor.textCursor()
    assert cursor.selectedText() == "click here"
    assert cursor.block().text().startswith("The page's plan")

    # A long quote cut with an ellipsis: its start is selected.
    cut = type(unclear)(
        unclear.path,
        unclear.line,
        None,
        "suggestion",
        "x",
        "The sentence starting 'The page's plan, for…' is long.",
    )
    window.jump_to_problem(cut)
    assert window.editor.textCursor().selectedText() == "The page's plan, for"

    # A problem whose quoted words are not on its line leaves the caret at the line's start.
    other = type(unclear)(
        unclear.path, unclear.line, None, "suggestion", "x", "Nothing 'absent words' here."
    )
    window.jump_to_problem(other)
    cursor = window.editor.textCursor()
    assert not cursor.hasSelection() and cursor.positionInBlock() == 0


def test_a_problem_finds_its_words_after_lines_were_typed_above(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    """Check, then a line typed at the top: the Problems panel's line is one off, and clicking
    the problem put the caret on the line above the link, nothing selected."""
    open_checked_case_study(qtbot, window, site_copy)
    unclear = next(p for p in window.checks.validate_current() if p.code == "link-text-unclear")
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.Start)
    qtbot.keyClicks(window.editor, "A new first line")
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    window.jump_to_problem(unclear)  # its line as Check found it
    cursor = window.editor.textCursor()
    assert cursor.selectedText() == "click here"
