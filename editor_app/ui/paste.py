"""Pasting into the Markdown editor: formatted text (Word, Google Docs, LibreOffice, a web
page) arrives as clean Markdown; Ctrl+Shift+V pastes the plain text.

The conversion is the core's (`core/docx_markdown.html_to_markdown`); here is only when to
use it and how the result goes into the editor (one undo step).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit

from editor_app.core import markdown_edit as me

# Formatting worth keeping. HTML made only of styled <div>/<span> (what code editors and
# terminals put on the clipboard) is pasted as its plain text.
_STRUCTURE = re.compile(
    r"<(?:p|h[1-6]|li|a|b|strong|i|em|table|blockquote|ul|ol|pre|code|img)\b", re.I
)


_LONG_HTML = 50_000
_LONE_PICTURE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")


def markdown_for_paste(
    source: QMimeData, keep_image: Callable[[str, str], str | None] | None = None
) -> str | None:
    """The Markdown to paste for clipboard data, or None to paste it as Qt would.

    `keep_image` decides each picture's address (default: web pictures only)."""
    if not source.hasHtml():
        return None
    html = source.html()
    if not _STRUCTURE.search(html):
        return None
    # BeautifulSoup and soupsieve load here, at the first formatted paste, not at start.
    from editor_app.core.docx_markdown import html_to_markdown

    markdown = html_to_markdown(html, keep_image=keep_image)
    if not markdown.strip():
        return None
    if "\n" not in markdown.strip("\n"):
        return markdown.strip("\n")  # a few words: they go into the line, not as a block
    return markdown


def paste_as_markdown(editor: QPlainTextEdit, source: QMimeData) -> bool:
    """Insert formatted clipboard data as Markdown (True), or leave it to Qt (False)."""
    keep_image = None
    site = getattr(editor, "site", None)
    folder = editor.image_folder() if site is not None else None
    if folder is not None:
        # Pictures pasted inline or from a local file go into the page's image folder.
        # Word import (python-docx, mammoth) is loaded here, not at start: it takes ~0.5 s.
        from editor_app.core.docx_import import pasted_image_saver

        keep_image = pasted_image_saver(site, folder)
    busy = len(source.html()) > _LONG_HTML if source.hasHtml() else False
    if busy:  # a whole long document: converting it takes a moment
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        markdown = markdown_for_paste(source, keep_image)
    finally:
        if busy:
            QGuiApplication.restoreOverrideCursor()
    if markdown is None:
        return False
    if _LONE_PICTURE.fullmatch(markdown) and hasattr(editor, "run_command"):
        # A picture alone goes in a paragraph of its own, as Insert Image puts one: on the
        # line under a paragraph Markdown joined it to the paragraph's last line.
        editor.run_command(me.insert_block, markdown)
        editor.ensureCursorVisible()
        return True
    editor.textCursor().insertText(markdown)
    editor.ensureCursorVisible()
    return True


def paste_plain_text(editor: QPlainTextEdit) -> None:
    """Paste the clipboard's plain text, whatever formatting came with it."""
    text = QGuiApplication.clipboard().text()
    if text and not editor.isReadOnly():
        editor.textCursor().insertText(text)
        editor.ensureCursorVisible()
