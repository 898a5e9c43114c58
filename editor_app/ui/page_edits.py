"""The author's edits into the open page: field writes, the editor's text, Edit > Undo / Redo.

`DocumentSession` (ui/document_session.py) owns one `PageEdits` (`documents.edits`). A form
edit is written into the page's header (`field_writes.set_field`) and recorded in the form's
history (`form_undo.FormHistory`); Undo in the form sets the field back, in the text the editor
undoes its own (each place's own first, then the other's); elsewhere the latest change of the
two is undone (`form_undo.UndoOrder`). The editor's text reaches the page on every keystroke, or after a pause in
typing on a long page (past `DEFERRED_SYNC_CHARS`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from editor_app.core.document import Document, FrontMatterError
from editor_app.core.page_language import language_name as page_language_name
from editor_app.core.page_language import same_language, site_page_language
from editor_app.core.spelling import language_name as spelling_name
from editor_app.ui import field_writes
from editor_app.ui.form_undo import ABSENT, FORM, TEXT, FormHistory, UndoOrder
from editor_app.ui.text_direction import show_page_direction

if TYPE_CHECKING:
    from editor_app.ui.document_session import DocumentSession

# From this many characters on, the editor's text reaches the page after a pause in typing,
# not on every keystroke: copying a 5 MB text out of the editor takes ~40 ms.
DEFERRED_SYNC_CHARS = 300_000
DEFERRED_SYNC_MS = 150


def spelling_unchecked(window: Any, doc: Document) -> str:
    """Why the page's words are left unchecked ("" when the dictionary is its language)."""
    language = site_page_language(window.site, doc.front_matter, doc.path)
    dictionary = window.editor.spelling_language
    if not language or same_language(language, dictionary):
        return ""
    return window.tr(
        "Spelling is not checked on this page: it is in {language}, and the dictionary "
        "is {dictionary}."
    ).format(language=page_language_name(language), dictionary=spelling_name(dictionary))


class PageEdits(QObject):
    """Takes the form's and the editor's edits into the session's open page."""

    def __init__(self, session: DocumentSession) -> None:
        super().__init__(session)
        self.session = session
        self.window = session.window
        self.text_pending = False  # the editor holds typing the page has not taken in yet
        self._sync_timer = QTimer(self)
        self._sync_timer.setSingleShot(True)
        self._sync_timer.setInterval(DEFERRED_SYNC_MS)
        self._sync_timer.timeout.connect(self._sync_text)
        self.form_history = FormHistory()  # Edit > Undo in the form
        self.undo_order = UndoOrder()  # which of the form and the text changed last
        self._saved_of: bytes | None = None  # the page's bytes as saved, and its header read
        self._saved_header: dict = {}
        self.window.form.fieldEdited.connect(self._on_field_edited)
        self.window.editor.textChanged.connect(self._on_text_changed)
        self.window.documentClosed.connect(self._page_closed)
        self.window.editor.undoAvailable.connect(lambda _can: self.follow_histories())
        self.window.editor.document().undoCommandAdded.connect(self._new_text_step)
        self.window.editor.redoAvailable.connect(lambda _can: self.follow_histories())

    def forget_pending(self) -> None:
        """Another page (or none) is shown: typing not taken in belongs to no page now."""
        self.text_pending = False
        self._sync_timer.stop()

    # -- the form's edits ------------------------------------------------------------------
    def _on_field_edited(self, name: str, value: object) -> None:
        session = self.session
        if session.loading or session.doc is None or session.raw:
            return
        if (
            isinstance(value, list)
            and len(value) == 1
            and not isinstance(session.doc.front_matter.get(name), list)
        ):
            value = field_writes.in_site_shape(self.window.site, session.doc, name, value)
        if isinstance(value, dict):
            value = self._new_members_emptied_left_out(name, value)
        old = session.doc.front_matter.get(name, ABSENT)
        if not self._set_field(name, value, self.window.tr("“{field}” was not changed: {reason}")):
            return
        if name not in session.doc.front_matter:
            value = ABSENT  # emptied, the field the page lacked is taken away again
        self.form_history.record(name, old, value, joins=self.window.form.box_undoing)
        self.follow_histories()
        self._field_changed()

    def _new_members_emptied_left_out(self, name: str, value: dict) -> dict:
        """A group's member typed into and emptied again, which the page as saved lacks, is
        left out as a field is: `excerpt:` stayed in Eleventy navigation, the page changed."""
        doc = self.session.doc
        if self._saved_of is not doc.original:
            saved = Document.from_bytes(doc.original, doc.path)
            self._saved_of = doc.original
            self._saved_header = saved.front_matter if saved.error is None else {}
        had = self._saved_header.get(name)
        had = had if isinstance(had, dict) else {}
        return {k: v for k, v in value.items() if k in had or v not in (None, "", [], {})}

    def _set_field(self, name: str, value: object, failure: str) -> bool:
        """Write a field of the open page (ABSENT: take it away); when the header cannot take
        the value, say why in the status bar (`failure` names {field} and {reason})."""
        doc = self.session.doc
        # TOML has no empty value: a field emptied in the form is taken away (refused, the
        # box said "No date" while the page kept its date).
        emptied_toml = value is None and doc.front_matter_format == "toml"
        try:
            if value is ABSENT or emptied_toml:
                if name in doc.front_matter:
                    doc.remove(name)
            else:
                field_writes.set_field(self.window.site, doc, name, value)
        except (ValueError, TypeError, FrontMatterError) as exc:
            self.window.statusBar().showMessage(failure.format(field=name, reason=exc), 6000)
            return False
        return True

    # -- undo and redo ---------------------------------------------------------------------
    def undo(self) -> None:
        """Edit > Undo: in the form the form's last change, in the text the editor's (each
        place's own first, then the other's); elsewhere the page's latest change."""
        text = self.window.editor.document()
        self.follow_histories()
        place = self._where(
            self.form_history.can_undo, text.isUndoAvailable(), self.undo_order.latest_undo()
        )
        if place == FORM:
            self._set_back(self.form_history.undo())
        elif place == TEXT:
            self.window.editor.undo()
        self.follow_histories()

    def redo(self) -> None:
        """Edit > Redo, as Undo chooses."""
        text = self.window.editor.document()
        self.follow_histories()
        place = self._where(
            self.form_history.can_redo, text.isRedoAvailable(), self.undo_order.latest_redo()
        )
        if place == FORM:
            self._set_back(self.form_history.redo())
        elif place == TEXT:
            self.window.editor.redo()
        self.follow_histories()

    def follow_histories(self) -> None:
        """Tell `undo_order` the form's and the text's histories as they are now, and grey
        Edit > Undo / Redo when neither has a step (they did nothing, without a word)."""
        text = self.window.editor.document()
        self.undo_order.follow(
            *self.form_history.steps, text.availableUndoSteps(), text.isRedoAvailable()
        )
        w = self.window
        if hasattr(w, "undo_action"):
            w.undo_action.setEnabled(self.form_history.can_undo or text.isUndoAvailable())
            w.redo_action.setEnabled(self.form_history.can_redo or text.isRedoAvailable())

    def _new_text_step(self) -> None:
        # Typing after an Undo in the form: Redo no longer brings the form's step back (it
        # did, over the new words, from the text with nothing of its own to redo).
        self.form_history.forget_redo()
        self.follow_histories()

    def _where(self, form_can: bool, text_can: bool, latest: str | None) -> str | None:
        focus = QApplication.focusWidget()
        if focus is not None and self.window.form_area.isAncestorOf(focus):
            first = FORM
        elif focus is self.window.editor:
            first = TEXT
        else:
            first = latest  # the list, the preview, a panel: the latest change of the two
        for place, can in sorted(((FORM, form_can), (TEXT, text_can)), key=lambda p: p[0] != first):
            if can:
                return place
        return None

    def _set_back(self, step: tuple[str, object] | None) -> None:
        doc = self.session.doc
        if step is None or doc is None or self.session.raw:
            return
        name, value = step
        if not self._set_field(
            name, value, self.window.tr("“{field}” could not be set back: {reason}")
        ):
            return
        self.window.form.show_value(name, None if value is ABSENT else value, value is not ABSENT)
        self._field_changed()

    def _field_changed(self) -> None:
        """What follows a field's change, typed or undone: the page's spelling and the way
        its lines run follow its language (`lang: fa` typed or undone: right to left at once)."""
        self.session.after_edit()
        # The window's title follows the title being typed, marked unsaved ("*"); the page
        # list's row keeps the saved title until the page is saved, as it lists files.
        self.window.update_title()
        self.spelling_follows_language()
        if self.session.page is not None:
            show_page_direction(self.window, self.session.page)

    def _page_closed(self, _path: object = None) -> None:
        # The page's "Spelling is not checked on this page" stayed on after it was closed.
        bar = self.window.statusBar()
        if bar.currentMessage() and bar.currentMessage() == self.window.editor.spelling_paused_reason:
            bar.clearMessage()

    def spelling_follows_language(self) -> None:
        """A language typed into the page's settings (`lang: fr` on a new page) pauses or
        resumes the spelling at once, as opening the page would."""
        w = self.window
        doc = self.session.page
        if doc is None:
            return
        reason = spelling_unchecked(w, doc)
        if reason == w.editor.spelling_paused_reason:
            return
        w.editor.set_spelling_paused(reason)
        if reason and w.editor.spellcheck_enabled:
            w.statusBar().showMessage(reason, 10000)

    # -- the editor's text -----------------------------------------------------------------
    def _on_text_changed(self) -> None:
        self.follow_histories()
        session = self.session
        doc = session.page
        if session.loading or doc is None or doc.read_only_reason is not None:
            return
        if self.window.editor.highlighter.recolouring:
            return  # colours redone (scrolling, a new dictionary): the text did not change
        if self.window.editor.document().characterCount() > DEFERRED_SYNC_CHARS:
            # A long page: taken in after a pause, or as soon as anything reads `doc`.
            self.text_pending = True
            self._sync_timer.start()
            if not session.shown_modified:
                session.show_modified(True)
            self.window.refresher.page_edited()
            return
        self.take_text()
        session.after_edit()

    def take_text(self) -> None:
        """Bring the editor's text into the open page."""
        self.forget_pending()
        doc = self.session.page
        if doc is None:
            return
        text = self.window.editor.markdown()
        if self.session.raw:
            doc.set_text(text.replace("\n", doc.newline))
        else:
            doc.body = text

    def _sync_text(self) -> None:
        if self.text_pending:
            self.take_text()
            self.session.update_modified()  # typing may have put the page back as it was
