"""The notes of one page: list, resolve, delete (in the review window and the main window)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyleOptionDockWidget,
    QWidget,
)

from editor_app.core import review
from editor_app.core.review.notes import QUOTE_SHOWN
from editor_app.ui.review.common import (
    NOTE_ROLE,
    _count,
    _grey_out,
    _item_list,
    _panel_layout,
    _when,
)
from editor_app.ui.review.lines_as_they_read import read_lines_as_they_read
from editor_app.ui.review.notes_panel_fit import NotesListsFitMixin
from editor_app.ui.review.suggestions_panel import SuggestionsPanel


class NotesPanel(NotesListsFitMixin, QWidget):
    """The review notes of one document: list, resolve, delete; shown to the author too.
    Its suggested edits are listed below the notes (`suggestions`, a SuggestionsPanel);
    how the two lists share the height: `NotesListsFitMixin`.

    The main window calls `set_document(path, body)` when a file opens (and after edits);
    `passageRequested(start, end)` asks it to select the passage a note refers to.
    """

    notesChanged = Signal(Path)
    passageRequested = Signal(int, int)
    addRequested = Signal()  # "Add note…" pressed (the main window's dock only)

    def __init__(
        self, parent: QWidget | None = None, *, compact: bool = False, offers_add: bool = False
    ) -> None:
        """`compact`: each list's buttons on its summary's row (the review window, where the
        lists need the height; a narrow dock keeps them under the list). `offers_add`: an
        "Add note…" button on the summary's row (the main window's dock, on any page; the
        review window has its own beside the text)."""
        super().__init__(parent)
        self.store: review.NoteStore | None = None
        self._body = ""
        self._anchors: dict[str, review.Anchor] = {}

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.show_resolved = QCheckBox(self.tr("Show resolved notes"))
        self.show_resolved.toggled.connect(self._fill)
        self.list = _item_list(self.tr("Review notes"), self._update_buttons, self._show_passage)
        self.list.setAlternatingRowColors(True)
        # Each line of a note read in its own direction: a long Persian quote wraps from the
        # right, its quote marks at its two ends (drawn as one left-to-right paragraph, its
        # closing mark stood mid-line on the second line).
        read_lines_as_they_read(self.list)
        self.list.itemActivated.connect(self._show_passage)

        self.resolve_button = QPushButton(self.tr("Mark as resolved"))
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.delete_button = QPushButton(self.tr("Delete note"))
        self.delete_button.clicked.connect(self.delete_current)

        # The check box on a line of its own: the panel fits a narrow dock on a small screen.
        layout, self.button_rows = _panel_layout(
            self,
            self.summary,
            self.list,
            (self.resolve_button, self.delete_button),
            between=(self.show_resolved,),
            compact=compact,
        )
        self.add_button: QPushButton | None = None
        if offers_add:
            self.add_button = QPushButton(self.tr("Add note…"))
            self.add_button.setToolTip(
                self.tr(
                    "A review note on the words selected in the text (with none selected, on "
                    "the whole page). Or right-click the selected words: Add Review Note…"
                )
            )
            self.add_button.clicked.connect(self.addRequested)
            self.button_rows.top.insertWidget(1, self.add_button)
        self.suggestions = SuggestionsPanel(compact=compact)
        self.suggestions.suggestionsChanged.connect(self._after_suggestions_changed)
        self.suggestions.passageRequested.connect(self.passageRequested)
        layout.addWidget(self.suggestions, 1)
        self._share_height(layout, compact)
        self.set_document(None, "")

    # -- public ----------------------------------------------------------------------------
    def set_document(self, path: Path | str | None, body: str = "") -> None:
        """Show the notes of `path` placed in `body` (its current text)."""
        self.store = review.NoteStore(path) if path is not None else None
        self.set_body(body)

    def set_body(self, body: str) -> None:
        """Re-place the notes after the text changed (without writing anything)."""
        self._body = body
        self._anchors = self.store.anchors(body) if self.store is not None else {}
        path = self.store.document if self.store is not None else None
        self.suggestions.set_store(path, self.store, body)
        self._fill()

    def align_with_title(self, dock: QDockWidget) -> None:
        """The summary line's words start under the dock's title (drawn a few pixels in),
        not at the panel's edge ("No review notes on this page." stood out to the left)."""
        option = QStyleOptionDockWidget()
        dock.initStyleOption(option)
        title = dock.style().subElementRect(QStyle.SubElement.SE_DockWidgetTitleBarText, option, dock)
        self.summary.setContentsMargins(max(0, title.left()), 0, 0, 0)

    def notes(self) -> list[review.Note]:
        return list(self.store.notes) if self.store is not None else []

    def passages(self) -> list[tuple[int, int, bool]]:
        """(start, end, words changed since) of every open note on a passage, for highlighting."""
        out = []
        for note in self.notes():
            anchor = self._anchors.get(note.id)
            if note.resolved or anchor is None or anchor.state == review.GENERAL:
                continue
            out.append((anchor.start, anchor.end, anchor.passage_changed))
        return out

    def add_note(self, start: int, end: int, text: str, author: str | None = None) -> review.Note:
        """Attach a note to body[start:end] (start == end: the whole page) and save it."""
        if self.store is None:
            raise OSError(self.tr("No document is open."))
        note = self.store.add(review.make_note(self._body, start, end, text, author))
        self._after_change()
        return note

    def toggle_resolved(self) -> None:
        note = self._current()
        if note is None or self.store is None:
            return
        self.store.set_resolved(note.id, not note.resolved)
        self._after_change()

    def delete_current(self) -> None:
        note = self._current()
        if note is None or self.store is None:
            return
        if not self.confirm_delete(self):
            return
        self.store.remove(note.id)
        self._after_change()

    @classmethod
    def confirm_delete(cls, parent: QWidget) -> bool:
        """Ask before deleting a note (tests replace this)."""
        answer = QMessageBox.question(
            parent,
            parent.tr("Delete note"),
            parent.tr("Delete this review note? This cannot be undone."),
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- private ---------------------------------------------------------------------------
    def _after_suggestions_changed(self, path: Path) -> None:
        # Accepting changed the file: place the notes in its new text.
        self.store = self.suggestions.store
        self._body = self.suggestions.body
        self._anchors = self.store.anchors(self._body) if self.store is not None else {}
        self._fill()
        self.notesChanged.emit(path)

    def _after_change(self) -> None:
        self.set_body(self._body)
        if self.store is not None:
            self.notesChanged.emit(self.store.document)

    def _current(self) -> review.Note | None:
        item = self.list.currentItem()
        return item.data(NOTE_ROLE) if item is not None else None

    def _fill(self) -> None:
        self.list.clear()
        if self.store is None:
            self.summary.setText(self.tr("No document is open."))
            self._update_buttons()
            return
        if self.store.error:
            self.summary.setText(self.store.error)
            self._update_buttons()
            return
        notes = self.store.notes
        open_count = sum(1 for n in notes if not n.resolved)
        changed = sum(
            1
            for n in notes
            if not n.resolved
            and self._anchors.get(n.id, None) is not None
            and self._anchors[n.id].passage_changed
        )
        if not notes:
            self.summary.setText(self.tr("No review notes on this page."))
        else:
            text = _count(self, open_count, "1 open note", "%1 open notes")
            if len(notes) > open_count:
                text += self.tr(", %1 resolved").replace("%1", str(len(notes) - open_count))
            if changed:
                text += _count(
                    self,
                    changed,
                    "; the words of 1 note have changed since",
                    "; the words of %1 notes have changed since",
                )
            self.summary.setText(text + ".")
        for note in notes:
            if note.resolved and not self.show_resolved.isChecked():
                continue
            anchor = self._anchors.get(note.id)
            state = review.note_state_text(note, anchor) if anchor else ""
            # A Persian name set apart in the left-to-right head line; the quote and the
            # note each a line (a paragraph) of its own, which reads in its own direction.
            head = f"{review.isolate(note.author)}, {_when(note.date)}"
            if state:
                head += f" ({self.tr(state)})"
            lines = [head]
            if note.quote:
                lines.append(f"“{review.clip(note.quote, QUOTE_SHOWN)}”")
            lines.append(note.text)
            item = QListWidgetItem("\n".join(lines))
            item.setData(NOTE_ROLE, note)
            if note.resolved:
                _grey_out(item, self)
            self.list.addItem(item)
        self._update_buttons()

    def _update_buttons(self, *_args: Any) -> None:
        note = self._current()
        self.resolve_button.setEnabled(note is not None)
        self.delete_button.setEnabled(note is not None)
        if self.add_button is not None:
            self.add_button.setEnabled(self.store is not None and not self.store.error)
        self.resolve_button.setText(
            self.tr("Reopen") if note is not None and note.resolved else self.tr("Mark as resolved")
        )

    def _show_passage(self, item: QListWidgetItem) -> None:
        note = item.data(NOTE_ROLE)
        anchor = self._anchors.get(note.id) if note is not None else None
        if anchor is not None and anchor.state != review.GENERAL:
            self.passageRequested.emit(anchor.start, anchor.end)
