"""The open page combined with the file another program changed: shown in the window, unsaved.

The guard's watch (ui/disk_watch.py) merges the two in the core (core/disk_merge.py) when the
author answers "Combine both"; this puts the result in the window. The page is read again
from disk (so "unsaved" now means: differs from the file as it is) with the merged settings
in the form; the body reaches the editor as one edit of the author's text, so Undo brings
their version back, and the cursor stays by the words being typed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QTextCursor

from editor_app.core import soft_wrap
from editor_app.core.document import Document, FrontMatterError


def _units(text: str) -> int:
    """`text`'s length as the editor counts it (UTF-16: an emoji is two)."""
    return len(text.encode("utf-16-le")) // 2


def combine_into(window: Any, path: Path, text: str) -> bool:
    """Show `text`, the open page at `path` combined with the file on disk, unsaved."""
    doc = window.current_document()
    if doc is None or doc.path is None or Path(doc.path) != Path(path):
        return False
    editor = window.editor
    try:
        fresh = Document.load(path)
    except OSError:
        fresh = Document.from_bytes(b"", Path(path))
    fresh.set_text(text)
    merged_body = fresh.body
    raw = bool(getattr(window.documents, "raw", False))
    mine_body = editor.markdown()
    as_edit = not raw
    if as_edit:
        try:
            fresh.body = mine_body  # the merged settings, the author's body: the edit follows
        except (FrontMatterError, ValueError):
            as_edit = False
            fresh.set_text(text)
    old_length, at = len(editor.toPlainText()), editor.textCursor().position()
    window.show_document(fresh)
    if as_edit and merged_body != mine_body:
        old_shown, new_shown = mine_body, merged_body
        if editor.shows_joined_lines:
            # Hand-wrapped lines shown joined: the edit is made to the text as shown, so that
            # Undo still brings the author's text back.
            old_shown = soft_wrap.join_lines(mine_body) or mine_body
            new_shown = soft_wrap.join_lines(merged_body) or merged_body
        _replace_middle(editor, old_shown, new_shown)
        if editor.markdown() != merged_body:  # not as expected: the combined text, as is
            fresh.set_text(text)
            window.show_document(fresh)
    # Counted from the end, as after Get latest: the other changes are mostly elsewhere.
    length = len(editor.toPlainText())
    cursor = editor.textCursor()
    cursor.setPosition(max(0, min(length, length - (old_length - at))))
    editor.setTextCursor(cursor)
    return True


def _replace_middle(editor: Any, old: str, new: str) -> None:
    """Turn the editor's `old` text into `new` with one undoable edit of the part that differs."""
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    cursor = QTextCursor(editor.document())
    cursor.beginEditBlock()
    cursor.setPosition(_units(old[:head]))
    cursor.setPosition(_units(old[: len(old) - tail]), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(new[head : len(new) - tail])
    cursor.endEditBlock()
