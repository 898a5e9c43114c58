"""Undo after Replace All leaves the caret where the author was working: it jumped to the top
of the page (and the preview with it), losing the author's place on a long page."""

from __future__ import annotations

LINE = "A paragraph about the workshop and what the workshop gave its people.\n\n"


def test_undo_of_replace_all_keeps_the_place_on_a_long_page(qtbot, editor) -> None:
    text = LINE * 200
    editor.set_markdown(text)
    cursor = editor.textCursor()
    cursor.setPosition(len(LINE) * 150)  # the author works far down the page
    editor.setTextCursor(cursor)
    editor.show_replace()
    qtbot.keyClicks(editor.find_bar.find_edit, "workshop")
    qtbot.keyClicks(editor.find_bar.replace_edit, "session")
    place = editor.textCursor().position()
    assert place > len(LINE) * 150  # the match found after the caret
    assert editor.find_bar.replace_all() == 400
    editor.setFocus()

    editor.undo()
    qtbot.wait(50)

    assert editor.toPlainText() == text
    assert abs(editor.textCursor().position() - place) <= len("workshop")
    assert editor.verticalScrollBar().value() > 0  # still looking there, not at the top
