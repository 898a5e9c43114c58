"""The document session of the main window: open, show, edit, save and close one page.

`DocumentSession(window)` holds the open `Document` (`doc`; `raw` when its header could not
be read and the editor holds the whole file), puts it in the form and the editor, turns the
author's edits into changes of the document (`edits`, ui/page_edits.py: field writes, the
editor's text, Undo / Redo), saves through the window's guard (ui/page_saving.py; ui/safety.py:
recovery copies, changes on disk, safe saves) and emits the window's `documentOpened`,
`documentSaved`, `documentClosed` and `modifiedChanged`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from editor_app.core.document import Document
from editor_app.core.errors import explain_os_error
from editor_app.core.site_entries import page_title
from editor_app.ui import dialogs, new_page_flow, not_kept_questions, page_saving
from editor_app.ui.dialogs import Choice, UnsavedChangesDialog
from editor_app.ui.page_edits import (
    DEFERRED_SYNC_CHARS,
    DEFERRED_SYNC_MS,
    PageEdits,
    spelling_unchecked,
)
from editor_app.ui.window_panels import fill_panels, show_banner

__all__ = ["DEFERRED_SYNC_CHARS", "DEFERRED_SYNC_MS", "DocumentSession"]


class DocumentSession(QObject):
    """The open page and everything that happens to it."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self._doc: Document | None = None
        self.raw = False  # the header could not be read: the editor holds the whole file
        self.loading = False  # panels being filled: their signals are no edits
        self.shown_modified = False  # what the title and the list show
        self.file_gone = False  # another program deleted the open page's file
        self.edits = PageEdits(self)
        self.form_history = self.edits.form_history  # Edit > Undo in the form

    @property
    def doc(self) -> Document | None:
        """The open page, with everything typed so far (a long page takes it in on demand)."""
        if self.edits.text_pending:
            self.edits.take_text()
        return self._doc

    @property
    def page(self) -> Document | None:
        """The open page as it is, typing not yet taken in left where it is."""
        return self._doc

    @property
    def typing_pending(self) -> bool:
        """True while typing into a long page has not reached the page yet (it will after a
        short pause, or as soon as anything reads `doc`)."""
        return self.edits.text_pending

    @doc.setter
    def doc(self, doc: Document | None) -> None:
        self.edits.forget_pending()
        self._doc = doc

    # -- open and show -------------------------------------------------------------------
    def open_document(self, path: str | Path) -> bool:
        """Open a document (asking first about unsaved changes); False if it stayed closed."""
        w = self.window
        given = Path(path).absolute()
        path = given.resolve()
        if self.doc is not None and self.doc.path == path:
            return True
        if not self.maybe_save_changes():
            w.library.select_path(self.doc.path if self.doc is not None else None)
            return False
        try:
            # A page of the site that is a link to a file elsewhere is refused, in words.
            inside = (
                w.site.root if w.site is not None and given.is_relative_to(w.site.root) else None
            )
            doc = Document.load(path, inside=inside)
        except OSError as exc:
            w.library.select_path(self.doc.path if self.doc is not None else None)
            dialogs.show_error(
                w, w.tr("Cannot open the page"), explain_os_error(exc, path, "opened")
            )
            return False
        self.show_document(doc)
        return True

    def reload_document(self) -> bool:
        """Read the open document again from disk, dropping unsaved changes."""
        if self.doc is None or self.doc.path is None:
            return False
        try:
            doc = Document.load(self.doc.path)
        except OSError:
            return False
        self.show_document(doc)
        return True

    def show_document(self, doc: Document) -> None:
        """Put a loaded document into the form, editor and preview."""
        w = self.window
        previous = self.doc
        if previous is not None and previous.path is not None and previous.path != doc.path:
            w.library.set_modified(previous.path, False)
        self.loading = True
        self.form_history.clear()
        unchecked = spelling_unchecked(w, doc)
        w.editor.set_spelling_paused(unchecked, respell=False)  # the new text is coloured next
        try:
            self.doc = doc
            self.raw = doc.error is not None
            fill_panels(self.window, doc, self.raw)
        finally:
            self.loading = False
        show_banner(self.window, self.doc)
        self.show_editing(True)
        # An unreadable header has no form to show: give the editor the room.
        w.form_area.setVisible(not self.raw and w.toggle_form_action.isChecked())
        self.shown_modified = False
        self.file_gone = False
        w.setWindowModified(False)
        self.update_modified()  # a recovered document may arrive with changes
        w.update_title()
        w.update_actions()
        if doc.path is not None and not w.library.select_path(doc.path) and w.site:
            # Show the list the document belongs to, so the author sees where it is.
            w.library.set_collection(w.site.collection_of(doc.path) or "")
            w.library.select_path(doc.path)
        w.refresher.page_shown()
        if unchecked and w.editor.spellcheck_enabled:
            w.statusBar().showMessage(unchecked, 10000)
        if doc.path is not None:
            w.documentOpened.emit(doc.path)

    def rebase(self, doc: Document) -> bool:
        """Put `doc`, the open page read again from disk with the text shown over it, in the
        open page's place without showing it anew: the editor's and the form's Undo keep the
        author's steps. False (nothing done) unless the panels would show `doc` as they
        show the open page: same file, same text, same way of showing it."""
        open_page = self.doc
        if (
            open_page is None
            or open_page.path is None
            or doc.path is None
            or Path(doc.path) != Path(open_page.path)
            or doc.text != open_page.text
            or (doc.error is not None) != self.raw
            or doc.read_only_reason is not None
            or open_page.read_only_reason is not None
        ):
            return False
        self.doc = doc  # the editor already holds its text: typing reaches `doc` from now on
        self.file_gone = False
        show_banner(self.window, doc)
        self.update_modified()
        return True

    def show_editing(self, shown: bool) -> None:
        """The form and the editor when a page is open, else a word on what to do."""
        self.window.placeholder.setVisible(not shown)
        self.window.centre_splitter.setVisible(shown)

    # -- close ---------------------------------------------------------------------------
    def close_document(self) -> bool:
        """Close the open document (asking about unsaved changes); False when cancelled."""
        w = self.window
        if self.doc is None:
            return True
        if not self.maybe_save_changes():
            return False
        path = self.doc.path
        if path is not None:
            w.library.set_modified(path, False)
        self.loading = True
        try:
            self.doc = None
            self.raw = False
            w.form.load({}, None, [])
            w.editor.set_markdown("")
        finally:
            self.loading = False
        w.refresher.page_closed()
        w.banner.hide()
        self.show_editing(False)
        w.library.select_path(None)
        self.shown_modified = False
        self.file_gone = False
        w.setWindowModified(False)
        w.update_title()
        w.update_actions()
        if path is not None:
            w.documentClosed.emit(path)
        return True

    def maybe_save_changes(self) -> bool:
        """Ask Save / Don't save / Cancel when there are unsaved changes; True to go on.
        Text a form box cannot keep (letters in a number box) is asked about first."""
        if self.doc is not None and not not_kept_questions.may_leave(self.window):
            return False
        if self.doc is None or not (self.doc.is_modified or self.file_gone):
            return True
        choice = UnsavedChangesDialog.ask(
            self.window, self.document_name(), new_page=self._never_saved()
        )
        if choice is Choice.SAVE:
            return self.save_document()
        if choice is Choice.DISCARD:
            if self.doc.path is not None:
                self.window.library.set_modified(self.doc.path, False)
                if not self.file_gone:  # a deleted file's copy stays: it is the only one left
                    self.window.guard.declined(self.doc.path)
            return True
        return False

    def _never_saved(self) -> bool:
        """A new page (File > New) whose file the first Save creates: not there, never read
        or written (a page deleted by another program is `file_gone`, not this)."""
        doc = self.doc
        return (
            doc is not None
            and not self.file_gone
            and not doc.original
            and doc.path is not None
            and not Path(doc.path).exists()
        )

    # -- save (page_saving.py) -------------------------------------------------------------
    def save_document(self) -> bool:
        """Save the open document through the lossless model; False when it failed."""
        return page_saving.save_document(self)

    def save_document_as(self) -> bool:
        """File > Save As: write the page to a file the user picks, then edit that file."""
        return page_saving.save_document_as(self)

    # -- new -----------------------------------------------------------------------------
    def new_document(self) -> None:
        """File > New: ask for the collection and title, then show the new page, unsaved."""
        new_page_flow.new_document(self)

    def propose_name(self, collection: str, title: str) -> str:
        """The file File > New will create, relative to the site (the core decides the name)."""
        return new_page_flow.propose_name(self.window.site, collection, title)

    # -- edits (page_edits.py) -------------------------------------------------------------
    def undo(self) -> None:
        """Edit > Undo: the form's last change when working in the form, else the editor's."""
        self.edits.undo()

    def redo(self) -> None:
        """Edit > Redo, as Undo chooses."""
        self.edits.redo()

    def after_edit(self) -> None:
        """An edit reached the page: the unsaved mark and the live preview follow."""
        self.update_modified()
        self.window.refresher.page_edited()

    def update_modified(self) -> None:
        """Show whether the page has unsaved changes, when that changed."""
        modified = self.doc is not None and self.doc.is_modified
        if modified == self.shown_modified:
            return  # the usual keystroke: nothing to redraw
        self.show_modified(modified)

    def show_modified(self, modified: bool) -> None:
        """The title's mark, the list's and the window's actions say `modified`."""
        w = self.window
        self.shown_modified = modified
        w.setWindowModified(modified or self.file_gone)
        if self._doc is not None and self._doc.path is not None:
            w.library.set_modified(self._doc.path, modified)
        w.update_actions()
        w.modifiedChanged.emit(modified)

    def on_file_deleted(self, path: Path) -> None:
        """Another program deleted the open page's file: the text here is the only copy."""
        if self.doc is None or self.doc.path is None or Path(self.doc.path) != Path(path):
            return
        self.file_gone = True
        self.window.setWindowModified(True)
        self.window.update_actions()

    def document_name(self) -> str:
        """The open page's title (or the name an Eleventy site's menus give it, as the list
        does), else its file name."""
        if self.doc is None:
            return ""
        site = self.window.site
        fields = (
            site.title_fields(self.doc.front_matter, self.doc.path)
            if site is not None and hasattr(site, "title_fields")
            else None
        )
        title = None if self.raw else page_title(self.doc.front_matter, heading_fields=fields)
        if title:
            return title
        return self.doc.path.name if self.doc.path is not None else self.window.tr("Untitled")
