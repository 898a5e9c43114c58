"""Tab in the find bar goes from Find to Replace with (and on round the bar's boxes, Shift+Tab
back); it never reaches the text behind the bar, where it typed a tab over the selected match
(the author's word was gone, and what was typed next landed in the Find box)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

TEXT = "<p><code>permalink</code></p>\n\nThe permalink of a page.\n"


def test_tab_from_find_goes_to_replace_and_leaves_the_text_alone(qtbot, editor) -> None:
    editor.set_markdown(TEXT)
    editor.show()
    editor.setFocus()
    editor.show_replace()
    bar = editor.find_bar
    qtbot.keyClicks(bar.find_edit, "permalink")
    assert editor.textCursor().selectedText() == "permalink"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Tab)
    assert editor.toPlainText() == TEXT
    assert QApplication.focusWidget() is bar.replace_edit
    qtbot.keyClicks(QApplication.focusWidget(), "web address")
    assert bar.find_edit.text() == "permalink"
    assert bar.replace_edit.text() == "web address"
    bar.replace_all()
    assert editor.toPlainText() == TEXT.replace("permalink", "web address")


def test_tab_goes_round_the_bar_and_shift_tab_back(qtbot, editor) -> None:
    editor.set_markdown(TEXT)
    editor.show()
    editor.show_replace()
    bar = editor.find_bar
    qtbot.keyClicks(bar.find_edit, "page")
    for expected in (bar.replace_edit, bar.case_box, bar.word_box, bar.find_edit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is bar.word_box
    assert editor.toPlainText() == TEXT


def test_tab_in_find_only_skips_the_hidden_replace_box(qtbot, editor) -> None:
    editor.set_markdown(TEXT)
    editor.show()
    editor.show_find()
    bar = editor.find_bar
    qtbot.keyClicks(bar.find_edit, "permalink")
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is bar.case_box
    assert editor.toPlainText() == TEXT


def test_a_letter_typed_on_a_tick_box_does_not_reach_the_page(qtbot, editor) -> None:  # noqa: ANN001
    """Tab from Replace with reaches Match case; words typed there (meant for a box) went on to
    the editor behind the bar and typed over the selected match."""
    text = "One community, and another community.\n"
    editor.set_markdown(text)
    editor.show()
    editor.show_replace()
    bar = editor.find_bar
    qtbot.keyClicks(bar.find_edit, "community")
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert editor.textCursor().selectedText() == "community"
    bar.replace_edit.setFocus()
    qtbot.keyClick(bar.replace_edit, Qt.Key.Key_Tab)
    assert bar.case_box.hasFocus()
    qtbot.keyClicks(bar.case_box, "group")
    assert editor.toPlainText() == text
