"""A picture pasted alone (copied from a web page) on the new line under a paragraph went in
as `![…](…)` right under it, which Markdown joins to the paragraph. It goes in a paragraph of
its own now, as Insert Image puts one; a picture among pasted words stays in their line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication

from editor_app.ui.editor import MarkdownEditor

PICTURE = '<img src="https://example.org/logo.png" alt="Logo">'


@pytest.fixture(autouse=True)
def _clear_clipboard():
    yield
    QGuiApplication.clipboard().clear()  # a QMimeData left for teardown is freed twice


def _copy(html: str, text: str) -> None:
    mime = QMimeData()
    mime.setHtml(html)
    mime.setText(text)
    QGuiApplication.clipboard().setMimeData(mime)


def test_a_picture_pasted_under_a_paragraph_is_a_paragraph(qtbot, editor: MarkdownEditor) -> None:
    editor.set_markdown("Intro words.\n\nNext words.")
    cursor = editor.textCursor()
    cursor.setPosition(len("Intro words."))
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    _copy(PICTURE, "")
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.markdown() == (
        "Intro words.\n\n![Logo](https://example.org/logo.png)\n\nNext words."
    )


def test_a_picture_among_pasted_words_stays_in_the_line(qtbot, editor: MarkdownEditor) -> None:
    editor.set_markdown("Before  after")
    cursor = editor.textCursor()
    cursor.setPosition(len("Before "))
    editor.setTextCursor(cursor)
    _copy(f"<p>a {PICTURE} b</p>", "a b")
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.markdown() == "Before a ![Logo](https://example.org/logo.png) b after"
