"""A review note left from the main window, on any page of any site: the words selected in
the text, right-click > Add Review Note… (also in the Review menu and as the notes panel's
Add note… button). The note is made and saved as `editor-app review note` makes it
(`review.make_note`, `NoteStore.add`), whether or not the page waits for review."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from editor_app.core import review
from editor_app.ui import dialogs
from editor_app.ui.review.common import _from_qt


class EditorNotes(QObject):
    """Adds "Add Review Note…" to the editor's right-click menu and the Review menu, and
    answers the notes panel's Add note…; `hook` is the window's ReviewHook."""

    def __init__(self, hook: Any) -> None:
        super().__init__(hook)
        self.hook = hook
        self.window = hook.window
        self.action = QAction(self.tr("Add Revie&w Note…"), self.window)
        self.action.setStatusTip(
            self.tr("Leave a review note on the selected words (none selected: the whole page)")
        )
        self.action.triggered.connect(self.add_note)
        self.window.editor.context_menu_extras.append(self.action)
        hook.menu.addAction(self.action)
        hook.notes.addRequested.connect(self.add_note)

    @classmethod
    def ask_note_text(cls, parent: QWidget, title: str, quote: str) -> str | None:
        """The note's words, or None when cancelled (tests replace this)."""
        return dialogs.NoteDialog.ask(parent, title, quote)

    def _passage(self, body: str) -> tuple[int, int] | None:
        """The selected words as body indexes, widened to whole words (start == end: the whole
        page); None, said, when the words shown cannot be placed in the page's text."""
        editor = self.window.editor
        cursor = editor.textCursor()
        if not cursor.hasSelection():
            return 0, 0
        if not editor.shows_joined_lines:
            start = _from_qt(body, cursor.selectionStart())
            end = _from_qt(body, cursor.selectionEnd())
            return review.whole_words(body, start, end)
        # Lines shown joined (View > Join Hard-Wrapped Lines): the words found in the file's
        # text as `review note --on` finds them.
        quoted = editor.toPlainText()[cursor.selectionStart() : cursor.selectionEnd()]
        try:
            return review.find_quoted(body, quoted.replace("\u2029", "\n"))
        except review.PassageNotFound as exc:
            dialogs.show_error(self.window, self.tr("Add review note"), str(exc))
            return None

    def add_note(self) -> review.Note | None:
        """Ask for a note on the selected words of the open page and save it in its review
        record; the notes panel then shows it."""
        doc = self.window.current_document()
        if doc is None or doc.path is None:
            self.window.statusBar().showMessage(self.tr("Open a page to leave a review note."))
            return None
        if doc.error is not None:
            dialogs.show_error(
                self.window,
                self.tr("Add review note"),
                self.tr("This page's settings cannot be read, so a note cannot be placed: %1")
                .replace("%1", str(doc.error)),
            )
            return None
        body = self.window.editor.markdown()
        passage = self._passage(body)
        if passage is None:
            return None
        start, end = passage
        author = self.hook._author()  # first: cancelling it loses no words typed
        if author is None:
            return None
        page = str(doc.front_matter.get("title") or Path(doc.path).name)
        title = self.tr("Add review note on “%1”").replace("%1", page)
        text = self.ask_note_text(self.window, title, body[start:end])
        if not text:
            return None
        notes = self.hook.notes
        if notes.store is None or notes.store.document != Path(doc.path):
            notes.set_document(Path(doc.path), body)
        else:
            notes.set_body(body)
        try:
            note = notes.add_note(start, end, text, author)
        except OSError as exc:
            dialogs.show_error(
                self.window,
                self.tr("Add review note"),
                self.tr("The note could not be saved: %1").replace("%1", str(exc)),
            )
            return None
        self.hook.show_notes_by_itself()
        self.window.statusBar().showMessage(self.tr("Review note added."), 8000)
        return note
