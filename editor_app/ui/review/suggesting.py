"""The review screen's suggested edits, made on the selected words or on one of the page's
text settings. Mixed into `ReviewPanel`, whose widgets and signals these methods use
(`current`, `text_notes`, `notes`...)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QWidget

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.core.schema import field_label as _field_label
from editor_app.ui.review.setting_dialog import SettingSuggestionDialog, words_suggestion_dialog

if TYPE_CHECKING:
    _Base = Any
else:
    _Base = object


class SuggestingMixin(_Base):
    """Suggest new words, for the ReviewPanel."""

    @classmethod
    def ask_suggestion(cls, parent: QWidget, quote: str) -> str | None:
        """Ask for the new words (empty: delete them); None when cancelled (tests replace this)."""
        box = words_suggestion_dialog(parent, quote)
        return box.textValue() if box.exec() else None

    @classmethod
    def ask_setting_suggestion(
        cls, parent: QWidget, values: dict[str, str], labels: dict[str, str]
    ) -> tuple[str, str] | None:
        """Ask which text setting to change and to what; None when cancelled (tests replace
        this)."""
        dialog = SettingSuggestionDialog(values, labels, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def suggest_on_selection(self) -> review.Suggestion | None:
        """Propose new words for the words selected in the text (nothing selected: for one of
        the page's text settings, e.g. a better title)."""
        if self.current is None:
            return None
        start, end = self.text_notes.word_selection()  # whole words, as a note takes
        if start == end:
            return self.suggest_on_setting()
        quote = self._body[start:end]
        author = self._author()  # first: cancelling it loses no words typed
        if author is None:
            return None  # the name question was cancelled
        new = self.ask_suggestion(self, quote)
        if new is None or new == quote:
            return None
        try:
            store = review.NoteStore(self.current.path)
            if store.error is not None:
                raise OSError(store.error)
            made = review.make_suggestion(self._body, start, end, new, author)
            store.add_suggestion(made)
        except (OSError, ValueError) as exc:
            self._error(self.tr("The suggestion could not be saved: %1").replace("%1", str(exc)))
            return None
        self.notes.set_document(self.current.path, self._body)
        self.text_notes.highlight()
        self._update_buttons()
        self.notes.notesChanged.emit(self.current.path)  # the main window shows it too
        return made

    def suggest_on_setting(self) -> review.Suggestion | None:
        """Propose a new value for one of the page's text settings."""
        item = self.current
        if item is None:
            return None
        try:
            doc = Document.load(item.path)
        except OSError as exc:
            self._error(self.tr("This file cannot be read: %1").replace("%1", str(exc)))
            return None
        fm = doc.front_matter if doc.error is None else {}
        values = {k: v for k, v in fm.items() if isinstance(v, str) and v.strip()}
        if not values:
            self._error(self.tr("This page has no text setting to suggest a change to."))
            return None
        # As the form names them: a `label:` the site's schema gives, else the key in words.
        declared = review.setting_labels(self.schema, item.collection)
        labels = {name: declared.get(name) or _field_label(name) for name in values}
        author = self._author()  # first: cancelling it loses no words typed
        if author is None:
            return None  # the name question was cancelled
        choice = self.ask_setting_suggestion(self, values, labels)
        if choice is None or choice[1] == values.get(choice[0]):
            return None
        name, new = choice
        try:
            made = review.suggest(item.path, None, new, field=name, author=author)
        except (review.ReviewError, OSError, ValueError) as exc:
            self._error(self.tr("The suggestion could not be saved: %1").replace("%1", str(exc)))
            return None
        self.notes.set_document(item.path, self._body)
        self.notes.notesChanged.emit(item.path)  # the main window shows it too
        return made

    def _after_page_changed(self, path: Path) -> None:
        # A suggestion was accepted: the file changed on disk, and the site's list of pages
        # (their titles) learns it, as after an approval.
        if hasattr(self.site, "update_entry"):
            self.site.update_entry(Path(path).resolve())
        self.pageChanged.emit(path)
        if self.current is not None and self.current.path == Path(path).resolve():
            self._show_item(self.current)
            # Its title, status and Check's problems (which the Approve button counts) may
            # have changed with the words: the queue is read again, the page kept chosen.
            self._select_after_refresh = Path(path).resolve()
            self.refresh()
