"""Enter in the find bar finds the next match; it never reaches the text behind the bar, where
it replaced the selected match with a line break (the author's words were lost)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

TEXT = "Publishing a patch release to restore behavior around defining front matter defaults.\n"


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_in_the_find_box_leaves_the_text_as_it_was(qtbot, editor, key: Qt.Key) -> None:
    editor.set_markdown(TEXT + TEXT)
    editor.show_find()
    qtbot.keyClicks(editor.find_bar.find_edit, "front matter")
    assert editor.textCursor().selectedText() == "front matter"
    first = editor.textCursor().selectionStart()
    qtbot.keyClick(editor.find_bar.find_edit, key)
    assert editor.toPlainText() == TEXT + TEXT
    assert not editor.document().isUndoAvailable()
    # ...and went on to the next match.
    assert editor.textCursor().selectedText() == "front matter"
    assert editor.textCursor().selectionStart() > first


def test_shift_enter_goes_back_and_changes_nothing(qtbot, editor) -> None:
    editor.set_markdown(TEXT + TEXT)
    editor.show_find()
    qtbot.keyClicks(editor.find_bar.find_edit, "front matter")
    qtbot.keyClick(editor.find_bar.find_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert editor.toPlainText() == TEXT + TEXT


def test_enter_in_the_replace_box_replaces_only_the_match(qtbot, editor) -> None:
    editor.set_markdown(TEXT)
    editor.show_replace()
    qtbot.keyClicks(editor.find_bar.find_edit, "front matter")
    qtbot.keyClicks(editor.find_bar.replace_edit, "settings")
    qtbot.keyClick(editor.find_bar.replace_edit, Qt.Key.Key_Return)
    assert editor.toPlainText() == TEXT.replace("front matter", "settings")
