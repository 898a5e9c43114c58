"""The "Text and notes" tab: the page text (read-only, passages with notes marked) and its notes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor_app.core import review
from editor_app.ui.dialogs import ReviewerName
from editor_app.ui.review.common import _from_qt, _to_qt
from editor_app.ui.review.notes_panel import NotesPanel
from editor_app.ui.text_direction import align_lines_by_direction

# Words a note is on (orange once they changed since); the Drafts comparison marks them so too.
NOTE_COLOUR = "#fff3a8"
SUGGESTION_COLOUR = "#ffd4d1"
# Words a suggestion adds new words beside: they stay, so they are not struck (green, as the
# preview marks the added words).
INSERT_COLOUR = "#c9f0d1"


class TextNotesView(QWidget):
    """The text of the page under review, the editor's name, and the page's notes."""

    selectionChanged = Signal()
    passageShown = Signal()  # a note's passage was selected in the text

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.body = ""
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("Page text"))
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text_view.selectionChanged.connect(self.selectionChanged)
        self.notes = NotesPanel(compact=True)
        self.notes.passageRequested.connect(self.select_passage)
        self.notes.notesChanged.connect(lambda _p: self.highlight())
        self.add_note_button = QPushButton(self.tr("Add note…"))
        self.add_note_button.setToolTip(
            self.tr("Select words in the text first to attach the note to them.")
        )
        self.suggest_button = QPushButton(self.tr("Suggest an edit…"))
        self.suggest_button.setToolTip(
            self.tr(
                "Select words in the text, then propose new words (or none, to delete them); "
                "with nothing selected, propose a new value for a page setting such as the title."
            )
        )
        # The name people read on notes: asked once (ReviewerName), never the login name.
        self.author_edit = QLineEdit(str(self.settings.value("review/author", "") or ""))
        self.author_edit.setPlaceholderText(self.tr("Your name"))
        self.author_edit.setAccessibleName(self.tr("Your name"))
        self.author_edit.setMinimumWidth(self.author_edit.fontMetrics().averageCharWidth() * 22)
        self.author_edit.editingFinished.connect(
            lambda: self.settings.setValue("review/author", self.author_edit.text().strip())
        )
        # The name and the two buttons on rows of their own: on one row they made the pane
        # wider than its share of a 1024x700 screen, and the window's splitter jumped.
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("Your name:")))
        name_row.addWidget(self.author_edit)
        name_row.addStretch(1)
        # The buttons act on the words selected in the text: right under it.
        text_part = QWidget()
        text_layout = QVBoxLayout(text_part)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(self.text_view, 1)
        buttons_row = QHBoxLayout()
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.suggest_button)
        buttons_row.addWidget(self.add_note_button)
        text_layout.addLayout(buttons_row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(text_part)
        split.addWidget(self.notes)
        # The notes and suggested edits take two thirds: at 1024x700 the text kept them and
        # the lists showed one note and one suggested edit each.
        split.setSizes([300, 600])
        layout = QVBoxLayout(self)
        layout.addLayout(name_row)
        layout.addWidget(split, 1)

    def set_page(
        self,
        path: Path | None,
        body: str,
        setting_labels: dict[str, str] | None = None,
        *,
        right_to_left: bool = False,
    ) -> None:
        """Show this page's text and notes (None: no page); `setting_labels`: its settings by
        the names its form shows, for the suggestions on them; `right_to_left`: a page whose
        language reads so (Persian), its lines aligned at the right as the editor shows them
        (they started at the left edge)."""
        self.body = body
        align_lines_by_direction(self.text_view, right_to_left)
        self.notes.suggestions.setting_labels = dict(setting_labels or {})
        if path is None:
            self.text_view.clear()
            self.notes.set_document(None)
            return
        self.text_view.setPlainText(body)
        self.notes.set_document(path, body)
        self.highlight()

    def author(self) -> str | None:
        """The editor's name (remembered), else git's or the login name; None when the name
        question is cancelled (the action is then not made)."""
        name = self.author_edit.text().strip()
        if name:
            self.settings.setValue("review/author", name)
            return name
        store = self.notes.store
        name = ReviewerName.signing(self.settings, self, store.document if store else None)
        if name is None:
            return None
        self.author_edit.setText(name)
        return name

    def selection(self) -> tuple[int, int]:
        """The selected words as body indexes (start == end: nothing selected)."""
        cursor = self.text_view.textCursor()
        # The document's own text, not the widget's (which shows no-break spaces as spaces).
        return _from_qt(self.body, cursor.selectionStart()), _from_qt(
            self.body, cursor.selectionEnd()
        )

    def word_selection(self) -> tuple[int, int]:
        """The selection grown to whole words at an end that cuts a word (`review.whole_words`),
        for a note or a suggested edit on it."""
        start, end = self.selection()
        return review.whole_words(self.body, start, end)

    def has_selection(self) -> bool:
        return self.text_view.textCursor().hasSelection()

    def marks(self) -> list[tuple[int, int, str]]:
        """(start, end, colour) of every passage to mark in the text: notes yellow (orange:
        the words changed since), suggestions red."""
        out = [
            (start, end, "#ffd9a0" if changed else NOTE_COLOUR)
            for start, end, changed in self.notes.passages()
        ]
        out += [
            (start, end, INSERT_COLOUR if s.kind == review.INSERT else SUGGESTION_COLOUR)
            for start, end, s in self.notes.suggestions.marks()
        ]
        return out

    def highlight(self, *_args: Any) -> None:
        """Mark the passages that have notes in the text (orange: the words changed since)."""
        selections = []
        for start, end, colour in self.marks():
            sel = QTextEdit.ExtraSelection()
            sel.format.setBackground(QColor(colour))
            if colour == SUGGESTION_COLOUR:
                sel.format.setFontStrikeOut(True)  # the words a suggestion would replace
            elif colour == INSERT_COLOUR:
                sel.format.setFontUnderline(True)  # kept: new words go beside them
            cursor = self.text_view.textCursor()
            cursor.setPosition(_to_qt(self.body, start))
            cursor.setPosition(_to_qt(self.body, end), cursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
        self.text_view.setExtraSelections(selections)

    def select_passage(self, start: int, end: int) -> None:
        cursor = self.text_view.textCursor()
        cursor.setPosition(_to_qt(self.body, start))
        cursor.setPosition(_to_qt(self.body, end), cursor.MoveMode.KeepAnchor)
        self.text_view.setTextCursor(cursor)
        self.text_view.centerCursor()
        self.passageShown.emit()
