"""The open page combined with the file another program changed: shown in the window, unsaved.

The guard's watch (ui/disk_watch.py) merges the two in the core (core/disk_merge.py) when the
author answers "Combine both"; this puts the result in the window. The page is read again
from disk (so "unsaved" now means: differs from the file as it is) with the author's version
over it, taking the open page's place without being shown anew (`DocumentSession.rebase`: the
author's earlier Undo steps stay), then the combined one comes in as one more step of the
editor's Undo: the body as one
edit of the author's text, and the settings the other program changed with it
(`CombinedSettings` follows that step: undone, the author's settings come back; redone, the
combined ones). One Undo brings the author's whole version back, the next ones the author's
own earlier edits, and the cursor stays by the words being typed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor

from editor_app.core import soft_wrap
from editor_app.core.disk_merge import put_back_settings
from editor_app.core.document import Document, FrontMatterError
from editor_app.ui.review.common import _to_qt


def combine_into(window: Any, path: Path, text: str) -> bool:
    """Show `text`, the open page at `path` combined with the file on disk, unsaved; True
    when one Undo brings the author's version back (`window.guard.disk.undoable` says so
    too, for the status line)."""
    doc = window.current_document()
    if doc is None or doc.path is None or Path(doc.path) != Path(path):
        return False
    undoable = True
    editor = window.editor
    raw = bool(getattr(window.documents, "raw", False))
    mine_text = doc.text
    old_length, at = len(editor.toPlainText()), editor.textCursor().position()
    try:
        fresh = Document.load(path)
    except OSError:
        fresh = Document.from_bytes(b"", Path(path))
    drop_combined_settings(window)
    try:
        fresh.set_text(mine_text)  # the author's version, over the file as it is now
        # In the open page's place, the panels as they are: the author's earlier steps stay
        # in the editor's Undo, under the combine's. Shown anew (Undo cleared) otherwise.
        if not window.documents.rebase(fresh):
            window.show_document(fresh)
        if not _combine_as_one_step(window, fresh, mine_text, text, raw):
            raise ValueError("not combined as expected")
    except (FrontMatterError, ValueError):
        undoable = False
        drop_combined_settings(window)
        fresh.set_text(text)  # the combined text, as is (no Undo back to the author's)
        window.show_document(fresh)
    # Counted from the end, as after Get latest: the other changes are mostly elsewhere.
    length = len(editor.toPlainText())
    cursor = editor.textCursor()
    cursor.setPosition(max(0, min(length, length - (old_length - at))))
    editor.setTextCursor(cursor)
    window.guard.disk.undoable = undoable
    return undoable


def _combine_as_one_step(window: Any, doc: Document, mine: str, combined: str, raw: bool) -> bool:
    """Turn the author's page shown into `combined` as one step of the editor's Undo."""
    editor = window.editor
    if raw:  # the whole file is in the editor: its text is the step
        old_shown, new_shown = mine.replace("\r\n", "\n"), combined.replace("\r\n", "\n")
    else:
        old_shown, new_shown = editor.markdown(), Document.from_text(combined).body
        if editor.shows_joined_lines:
            # Hand-wrapped lines shown joined: the edit is made to the text as shown.
            old_shown = soft_wrap.join_lines(old_shown) or old_shown
            new_shown = soft_wrap.join_lines(new_shown) or new_shown
    settings_change = not raw and Document.from_text(mine).front_matter != (
        Document.from_text(combined).front_matter
    )
    if old_shown == new_shown and not settings_change:
        return doc.text == combined
    _replace_middle(editor, old_shown, new_shown)
    if settings_change:
        window.kept_combined_settings = CombinedSettings(window, doc, mine, combined)
    return window.current_document() is doc and doc.text == combined


def _replace_middle(editor: Any, old: str, new: str) -> None:
    """Turn the editor's `old` text into `new` with one undoable edit of the part that differs
    (when they are the same, a step that changes nothing, for the settings to go with)."""
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    cursor = QTextCursor(editor.document())
    cursor.beginEditBlock()
    if old == new:
        cursor.insertText(" ")  # at the start, then taken away: one step, no change
        cursor.setPosition(0)
        cursor.setPosition(1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
    else:
        cursor.setPosition(_to_qt(old, head))
        cursor.setPosition(_to_qt(old, len(old) - tail), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(new[head : len(new) - tail])
    cursor.endEditBlock()


def drop_combined_settings(window: Any) -> None:
    """The last Combine both's settings no longer follow the editor's Undo."""
    kept = getattr(window, "kept_combined_settings", None)
    if kept is not None:
        kept.drop()
    window.kept_combined_settings = None


class CombinedSettings:
    """The settings Combine both brought in, following its step in the editor's Undo: undone,
    the author's settings come back (`mine`'s), redone, the combined ones (`combined`'s)."""

    def __init__(self, window: Any, doc: Document, mine: str, combined: str) -> None:
        self.window, self.doc, self.mine, self.combined = window, doc, mine, combined
        self.text_document = window.editor.document()
        self.step = self.text_document.availableUndoSteps()  # the combine step included
        self.undone = False
        self.following = True
        self._put(mine, combined)
        self.text_document.contentsChanged.connect(self._later)
        self.text_document.undoCommandAdded.connect(self._new_step)

    def drop(self) -> None:
        """Stop following (another page, or the step can no longer come back)."""
        if self.following:
            self.following = False
            self.text_document.contentsChanged.disconnect(self._later)
            self.text_document.undoCommandAdded.disconnect(self._new_step)
        if self.window.kept_combined_settings is self:
            self.window.kept_combined_settings = None

    def _new_step(self) -> None:
        if self.undone:  # typed after undoing it: the combine step cannot be redone
            self.drop()

    def _later(self) -> None:
        # Looked at once the editor's undo or redo is done and its steps counted.
        QTimer.singleShot(0, self.follow)

    def follow(self) -> None:
        """Set the settings to go with the editor's Undo or Redo of the combine step."""
        if not self.following:
            return
        if self.window.current_document() is not self.doc:
            self.drop()
            return
        steps = self.text_document.availableUndoSteps()
        if not self.undone and steps < self.step:
            if self.text_document.availableRedoSteps() == 0:
                self.drop()  # the editor's history was cleared: nothing to redo
                return
            self._put(self.combined, self.mine)
            self.undone = True
        elif self.undone and steps >= self.step:
            self._put(self.mine, self.combined)
            self.undone = False

    def _put(self, was: str, now: str) -> None:
        doc, form = self.doc, self.window.form
        try:
            names = put_back_settings(doc, was, now)
        except FrontMatterError:
            return
        if all(name in form.widgets and name in doc.front_matter for name in names):
            for name in names:
                form.show_value(name, doc.front_matter[name])
        else:  # a field added or taken away: the form's rows follow the page's
            form.load(
                doc.front_matter,
                form.collection_schema,
                list(doc.front_matter),
                doc.path,
                has_header=doc.has_front_matter,
            )
        self.window.documents.after_edit()
