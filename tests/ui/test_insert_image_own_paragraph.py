"""Insert Image with the caret on the new line under a paragraph (End, Enter, Insert Image,
as an author adds a picture below what they wrote) put `![](…)` on the line right under the
paragraph: Markdown joined it to the paragraph, shown within its last line. It goes in a
paragraph of its own now, with one blank line on each side and none doubled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from window_helpers import window_on_site

from editor_app.ui.editor_images import EditorImages

PAGE = "_resources/case-study-cag.md"
PICTURE = "![](/assets/resources/2024-01-wales-tuc.png)"
ITALIC_END = "topics/public-sector)._"


def _open(qtbot, settings, site_copy: Path, monkeypatch):  # noqa: ANN001, ANN202
    picture = site_copy / "assets" / "resources" / "2024-01-wales-tuc.png"
    monkeypatch.setattr(EditorImages, "ask_image_file", classmethod(lambda cls, p, s: picture))
    window = window_on_site(qtbot, settings, site_copy, site_copy / PAGE, size=(1024, 700))
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=20000)
    window.editor.setFocus()
    return window


def _caret_after(editor, words: str) -> None:  # noqa: ANN001
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index(words) + len(words))
    editor.setTextCursor(cursor)


def test_enter_after_a_paragraph_then_insert_image(qtbot, settings, site_copy, monkeypatch) -> None:  # noqa: ANN001
    window = _open(qtbot, settings, site_copy, monkeypatch)
    editor = window.editor
    _caret_after(editor, ITALIC_END)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    editor.insert_image_action.trigger()
    text = editor.toPlainText()
    assert ITALIC_END + "\n\n" + PICTURE + "\n\n" in text
    assert "\n\n\n" not in text[text.index(ITALIC_END) : text.index(PICTURE) + 60]
    window.close()


def test_at_the_end_of_a_paragraph(qtbot, settings, site_copy, monkeypatch) -> None:  # noqa: ANN001
    window = _open(qtbot, settings, site_copy, monkeypatch)
    editor = window.editor
    _caret_after(editor, ITALIC_END)
    editor.insert_image_action.trigger()
    assert ITALIC_END + "\n\n" + PICTURE + "\n\n" in editor.toPlainText()
    window.close()


def test_enter_at_the_end_of_the_page_then_insert_image(qtbot, settings, site_copy, monkeypatch) -> None:  # noqa: ANN001
    window = _open(qtbot, settings, site_copy, monkeypatch)
    editor = window.editor
    editor.moveCursor(QTextCursor.MoveOperation.End)
    last = editor.toPlainText().rstrip("\n")[-20:]
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    editor.insert_image_action.trigger()
    assert editor.toPlainText().endswith(last + "\n\n" + PICTURE)
    window.close()
