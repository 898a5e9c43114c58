"""The document session of the main window: open, show, edit, save and close one page.

`DocumentSession(window)` holds the open `Document` (`doc`; `raw` when its header could not
be read and the editor holds the whole file), puts it in the form and the editor, turns the
author's edits into changes of the document, saves through the window's guard (ui/safety.py:
recovery copies, changes on disk, safe saves) and emits the window's `documentOpened`,
`documentSaved`, `documentClosed` and `modifiedChanged`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from editor_app.core.document import Document, FrontMatterError
from editor_app.core.errors import explain_os_error
from editor_app.core.page_language import language_name as page_language_name
from editor_app.core.page_language import page_language, same_language
from editor_app.core.site_entries import readable_title, title_value
from editor_app.core.spelling import language_name as spelling_name
from editor_app.ui import dialogs, new_page_flow
from editor_app.ui.dialogs import Choice, UnsavedChangesDialog
from editor_app.ui.form_undo import ABSENT, FormHistory
from editor_app.ui.window_panels import fill_panels, show_banner

# From this many characters on, the editor's text reaches the page after a pause in typing,
# not on every keystroke: copying a 5 MB text out of the editor takes ~40 ms.
DEFERRED_SYNC_CHARS = 300_000
DEFERRED_SYNC_MS = 150


class DocumentSession(QObject):
    """The open page and everything that happens to it."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self._doc: Document | None = None
        self._text_pending = False  # the editor holds typing the page has not taken in yet
        self._sync_timer = QTimer(self)
        self._sync_timer.setSingleShot(True)
        self._sync_timer.setInterval(DEFERRED_SYNC_MS)
        self._sync_timer.timeout.connect(self._sync_text)
        self.raw = False  # the header could not be read: the editor holds the whole file
        self._loading = False
        self._modified = False
        self.file_gone = False  # another program deleted the open page's file
        self.form_history = FormHistory()  # Edit > Undo in the form
        window.form.fieldEdited.connect(self._on_field_edited)
        window.editor.textChanged.connect(self._on_text_changed)

    @property
    def doc(self) -> Document | None:
        """The open page, with everything typed so far (a long page takes it in on demand)."""
        if self._text_pending:
            self._take_text()
        return self._doc

    @property
    def typing_pending(self) -> bool:
        """True while typing into a long page has not reached the page yet (it will after a
        short pause, or as soon as anything reads `doc`)."""
        return self._text_pending

    @doc.setter
    def doc(self, doc: Document | None) -> None:
        self._text_pending = False
        self._sync_timer.stop()
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
        self._loading = True
        self.form_history.clear()
        unchecked = self._spelling_unchecked(doc)
        w.editor.set_spelling_paused(unchecked, respell=False)  # the new text is coloured next
        try:
            self.doc = doc
            self.raw = doc.error is not None
            fill_panels(self.window, doc, self.raw)
        finally:
            self._loading = False
        show_banner(self.window, self.doc)
        self.show_editing(True)
        # An unreadable header has no form to show: give the editor the room.
        w.form_area.setVisible(not self.raw and w.toggle_form_action.isChecked())
        self._modified = False
        self.file_gone = False
        w.setWindowModified(False)
        self._update_modified()  # a recovered document may arrive with changes
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

    def _spelling_unchecked(self, doc: Document) -> str:
        """Why the page's words are left unchecked ("" when the dictionary is its language)."""
        site = self.window.site
        language = page_language(
            doc.front_matter,
            doc.path,
            site.config if site is not None else None,
            site.root if site is not None else None,
        )
        dictionary = self.window.editor.spelling_language
        if not language or same_language(language, dictionary):
            return ""
        return self.window.tr(
            "Spelling is not checked on this page: it is in {language}, and the dictionary "
            "is {dictionary}."
        ).format(language=page_language_name(language), dictionary=spelling_name(dictionary))

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
        self._loading = True
        try:
            self.doc = None
            self.raw = False
            w.form.load({}, None, [])
            w.editor.set_markdown("")
        finally:
            self._loading = False
        w.refresher.page_closed()
        w.banner.hide()
        self.show_editing(False)
        w.library.select_path(None)
        self._modified = False
        self.file_gone = False
        w.setWindowModified(False)
        w.update_title()
        w.update_actions()
        if path is not None:
            w.documentClosed.emit(path)
        return True

    def maybe_save_changes(self) -> bool:
        """Ask Save / Don't save / Cancel when there are unsaved changes; True to go on."""
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

    # -- save ----------------------------------------------------------------------------
    def save_document(self) -> bool:
        """Save the open document through the lossless model; False when it failed."""
        w, doc = self.window, self.doc
        if doc is None:
            return False
        old_path = doc.path
        # The guard asks before replacing a newer file and explains failures (Save As offered).
        saved = w.guard.save_document(doc)
        if saved is None:
            return False
        if old_path is None or Path(saved) != Path(old_path):
            self._saved_elsewhere(old_path, Path(saved))  # the failed save's Save As was taken
            return True
        path = doc.path
        if w.site is not None and path is not None:
            w.site.update_entry(path)
            w.library.refresh()
        if self.file_gone:  # saving put the deleted file back
            self.file_gone = False
            w.setWindowModified(doc.is_modified)
            w.update_actions()
        self._update_modified()
        left_out = w.form.not_kept()
        if left_out:  # said, not silently dropped: the box still shows what was typed
            fields = "; ".join(
                w.tr("{field} ('{text}' is not a number)").format(field=f, text=t)
                for f, t in left_out
            )
            w.statusBar().showMessage(
                w.tr("Saved {name}, without {fields}.").format(name=path.name, fields=fields),
                15000,
            )
        else:
            w.statusBar().showMessage(w.tr("Saved {name}.").format(name=path.name), 4000)
        if path is not None:
            w.documentSaved.emit(path)
        if self.raw:
            # The author may have repaired the header by hand: reopen to bring the form back.
            fresh = Document.load(path)
            if fresh.error is None:
                self.show_document(fresh)
        return True

    def save_document_as(self) -> bool:
        """File > Save As: write the page to a file the user picks, then edit that file."""
        doc = self.doc
        if doc is None:
            return False
        old_path = doc.path
        saved = self.window.guard.save_as(doc)
        if saved is None:
            return False
        self._saved_elsewhere(old_path, Path(saved))
        return True

    def _saved_elsewhere(self, old_path: Path | None, new_path: Path) -> None:
        """After Save As: the window now edits `new_path`; the old file stays as it was."""
        w, doc = self.window, self.doc
        if doc is None:
            return
        doc.path = new_path.resolve()
        if old_path is not None:
            w.library.set_modified(old_path, False)
            w.documentClosed.emit(old_path)
        inside = w.site is not None and doc.path.is_relative_to(w.site.root.resolve())
        if inside:
            w.site.update_entry(doc.path)
            w.library.refresh()
        # Shown afresh: the new place may belong to another collection, with other fields.
        cursor = w.editor.textCursor().position()
        self.show_document(doc)
        moved = w.editor.textCursor()
        moved.setPosition(min(cursor, len(w.editor.toPlainText())))
        w.editor.setTextCursor(moved)  # the author carries on where they were
        w.statusBar().showMessage(w.tr("Saved as {name}.").format(name=doc.path.name), 4000)
        w.documentSaved.emit(doc.path)

    # -- new -----------------------------------------------------------------------------
    def new_document(self) -> None:
        """File > New: ask for the collection and title, then show the new page, unsaved."""
        new_page_flow.new_document(self)

    def propose_name(self, collection: str, title: str) -> str:
        """The file File > New will create, relative to the site (the core decides the name)."""
        return new_page_flow.propose_name(self.window.site, collection, title)

    # -- edits ---------------------------------------------------------------------------
    def _on_field_edited(self, name: str, value: object) -> None:
        if self._loading or self.doc is None or self.raw:
            return
        if (
            isinstance(value, list)
            and len(value) == 1
            and not isinstance(self.doc.front_matter.get(name), list)
        ):
            value = new_page_flow.in_site_shape(self.window.site, self.doc, name, value)
        old = self.doc.front_matter.get(name, ABSENT)
        if not self._set_field(name, value, self.window.tr("“{field}” was not changed: {reason}")):
            return
        self.form_history.record(name, old, value)
        self._after_edit()
        self._spelling_follows_language()

    def _set_field(self, name: str, value: object, failure: str) -> bool:
        """Write a field of the open page (ABSENT: take it away); when the header cannot take
        the value, say why in the status bar (`failure` names {field} and {reason})."""
        doc = self.doc
        try:
            if value is ABSENT:
                if name in doc.front_matter:
                    doc.remove(name)
            else:
                new_page_flow.set_field(self.window.site, doc, name, value)
        except (ValueError, TypeError, FrontMatterError) as exc:
            self.window.statusBar().showMessage(failure.format(field=name, reason=exc), 6000)
            return False
        return True

    # -- undo and redo ---------------------------------------------------------------------
    def undo(self) -> None:
        """Edit > Undo: the form's last change when working in the form, else the editor's."""
        if self._in_form() and self.form_history.can_undo:
            self._set_back(self.form_history.undo())
        else:
            self.window.editor.undo()

    def redo(self) -> None:
        """Edit > Redo, as Undo chooses."""
        if self._in_form() and self.form_history.can_redo:
            self._set_back(self.form_history.redo())
        else:
            self.window.editor.redo()

    def _in_form(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and self.window.form_area.isAncestorOf(focus)

    def _set_back(self, step: tuple[str, object] | None) -> None:
        doc = self.doc
        if step is None or doc is None or self.raw:
            return
        name, value = step
        if not self._set_field(
            name, value, self.window.tr("“{field}” could not be set back: {reason}")
        ):
            return
        self.window.form.show_value(name, None if value is ABSENT else value, value is not ABSENT)
        self._after_edit()
        self._spelling_follows_language()

    def _spelling_follows_language(self) -> None:
        """A language typed into the page's settings (`lang: fr` on a new page) pauses or
        resumes the spelling at once, as opening the page would."""
        w = self.window
        if self._doc is None:
            return
        reason = self._spelling_unchecked(self._doc)
        if reason == w.editor.spelling_paused_reason:
            return
        w.editor.set_spelling_paused(reason)
        if reason and w.editor.spellcheck_enabled:
            w.statusBar().showMessage(reason, 10000)

    def _on_text_changed(self) -> None:
        if self._loading or self._doc is None or self._doc.read_only_reason is not None:
            return
        if self.window.editor.highlighter.recolouring:
            return  # colours redone (scrolling, a new dictionary): the text did not change
        if self.window.editor.document().characterCount() > DEFERRED_SYNC_CHARS:
            # A long page: taken in after a pause, or as soon as anything reads `doc`.
            self._text_pending = True
            self._sync_timer.start()
            if not self._modified:
                self._show_modified(True)
            self.window.refresher.page_edited()
            return
        self._take_text()
        self._after_edit()

    def _take_text(self) -> None:
        """Bring the editor's text into the open page."""
        self._text_pending = False
        self._sync_timer.stop()
        doc = self._doc
        if doc is None:
            return
        text = self.window.editor.markdown()
        if self.raw:
            doc.set_text(text.replace("\n", doc.newline))
        else:
            doc.body = text

    def _sync_text(self) -> None:
        if self._text_pending:
            self._take_text()
            self._update_modified()  # typing may have put the page back as it was

    def _after_edit(self) -> None:
        self._update_modified()
        self.window.refresher.page_edited()

    def _update_modified(self) -> None:
        modified = self.doc is not None and self.doc.is_modified
        if modified == self._modified:
            return  # the usual keystroke: nothing to redraw
        self._show_modified(modified)

    def _show_modified(self, modified: bool) -> None:
        w = self.window
        self._modified = modified
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
        """The open page's title, else its file name."""
        if self.doc is None:
            return ""
        title = None if self.raw else title_value(self.doc.front_matter)
        if title:
            return readable_title(title)
        return self.doc.path.name if self.doc.path is not None else self.window.tr("Untitled")
