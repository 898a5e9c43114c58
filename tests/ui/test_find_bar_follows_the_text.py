"""The find bar's marks and count follow the text while it is open: after Undo of Replace All
the bar still said "100 replaced" and marked nothing, though every match was back."""

from __future__ import annotations

from PySide6.QtCore import Qt

LINE = "A paragraph about the workshop and what the workshop gave its people.\n\n"


def test_undo_of_replace_all_marks_the_matches_again(qtbot, editor) -> None:
    editor.set_markdown(LINE * 20)
    editor.show()
    editor.show_replace()
    bar = editor.find_bar
    qtbot.keyClicks(bar.find_edit, "workshop")
    qtbot.keyClicks(bar.replace_edit, "session")
    assert bar.replace_all() == 40
    qtbot.wait(400)
    assert bar.status.text() == "40 replaced"  # said until the text changes again
    editor.setFocus()
    editor.undo()
    qtbot.waitUntil(lambda: len(editor.extraSelections()) == 40, timeout=3000)
    assert "replaced" not in bar.status.text()
    assert "40" in bar.status.text()


def test_typing_a_match_while_the_bar_is_open_marks_it(qtbot, editor) -> None:
    editor.set_markdown(LINE * 2)
    editor.show()
    editor.show_find()
    bar = editor.find_bar
    qtbot.keyClicks(bar.find_edit, "workshop")
    assert bar.status.text().endswith("of 4")
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "One more workshop")
    qtbot.waitUntil(lambda: len(editor.extraSelections()) == 5, timeout=3000)
    assert "5" in bar.status.text()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
