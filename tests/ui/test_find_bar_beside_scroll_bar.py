"""The find bar of a long page sits beside the editor's scroll bar, not under it: the scroll bar
runs the editor's full height and covered the bar's right end, where "Not found" is shown (it
read "Not foun" at 1024x700)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect


def _on_editor(widget, editor) -> QRect:  # noqa: ANN001
    return QRect(widget.mapTo(editor, QPoint(0, 0)), widget.size())


def test_the_bar_and_its_words_stay_clear_of_the_scroll_bar(qtbot, editor) -> None:
    editor.set_markdown("A line of the page.\n\n" * 400)
    editor.resize(380, 300)
    editor.show()
    qtbot.waitExposed(editor)
    editor.show_replace()
    qtbot.keyClicks(editor.find_bar.find_edit, "nowhere in the page")
    qtbot.wait(20)
    scroll_bar = editor.verticalScrollBar()
    assert scroll_bar.isVisible()
    bar = editor.find_bar
    assert bar.status.text() == "Not found"
    track = _on_editor(scroll_bar, editor)
    assert not _on_editor(bar, editor).intersects(track)
    status = _on_editor(bar.status, editor)
    assert status.width() >= bar.status.sizeHint().width()
    assert not status.intersects(track)
