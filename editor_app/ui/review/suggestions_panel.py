"""The suggested edits of one page, with Accept and Reject (for the author and the editor)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from editor_app.core import review
from editor_app.core.document import Document, FrontMatterError
from editor_app.ui.review.common import (
    _count,
    _grey_out,
    _item_list,
    _panel_layout,
    _when,
)
from editor_app.ui.review.lines_as_they_read import read_lines_as_they_read

SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 4


class SuggestionsPanel(QWidget):
    """Lists a page's suggestions; Accept makes the change (only those words), Reject drops it.

    The host sets `may_change_file(path) -> bool` (asked before the file changes: unsaved
    edits) and `author() -> str | None` (None: the name question was cancelled, nothing is
    done); `fileChanged(path)` says the file on disk changed.
    """

    fileChanged = Signal(Path)
    suggestionsChanged = Signal(Path)
    passageRequested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.store: review.NoteStore | None = None
        self.body = ""
        self.may_change_file: Callable[[Path], bool] = lambda path: True
        self.author: Callable[[], str | None] = review.default_author
        # The page's settings by the names its form shows (`review.setting_labels`).
        self.setting_labels: dict[str, str] = {}
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = _item_list(self.tr("Suggested edits"), self._update_buttons, self._show_passage)
        # Each line read in its own direction: a long Persian quote wraps from the right.
        read_lines_as_they_read(self.list)
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_button.setToolTip(self.tr("Make this change in the page (only these words)"))
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button = QPushButton(self.tr("Reject"))
        self.reject_button.setToolTip(self.tr("Turn this suggestion down; the page is unchanged"))
        self.reject_button.clicked.connect(self.reject_current)
        _layout, self.button_rows = _panel_layout(
            self, self.summary, self.list, (self.reject_button, self.accept_button), compact=compact
        )
        self.set_store(None, None, "")

    def set_store(self, path: Path | None, store: review.NoteStore | None, body: str) -> None:
        """Show the suggestions of the page (its record already read by the notes panel)."""
        self.path = Path(path) if path is not None else None
        self.store = store
        self.body = body
        self._fill()

    def suggestions(self) -> list[review.Suggestion]:
        return list(self.store.suggestions) if self.store is not None else []

    def marks(self, body: str | None = None) -> list[tuple[int, int, review.Suggestion]]:
        """(start, end, suggestion) of each open suggestion on words of the text."""
        return review.open_body_marks(self.suggestions(), self.body if body is None else body)

    def select(self, suggestion_id: str) -> bool:
        """Make a suggestion the current row (False when it is not listed)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(SUGGESTION_ROLE).id == suggestion_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def current(self) -> review.Suggestion | None:
        item = self.list.currentItem()
        return item.data(SUGGESTION_ROLE) if item is not None else None

    # -- decisions ---------------------------------------------------------------------------
    def accept_current(self) -> bool:
        """Make the suggested change in the file (through the document model)."""
        s, path = self.current(), self.path
        if s is None or path is None or not s.is_open or not self.may_change_file(path):
            return False
        author = self.author()
        if author is None:
            return False  # the name question was cancelled
        try:
            review.accept_suggestion(path, s.id, author)
        except (review.ReviewError, FrontMatterError, ValueError, OSError) as exc:
            self.show_error(
                self, self.tr("The suggestion could not be made: %1").replace("%1", str(exc))
            )
            return False
        self.fileChanged.emit(path)
        self._reload(path)
        return True

    def reject_current(self) -> bool:
        """Turn the suggestion down; the file is not touched."""
        s, path = self.current(), self.path
        if s is None or path is None or not s.is_open:
            return False
        author = self.author()
        if author is None:
            return False  # the name question was cancelled
        try:
            review.reject_suggestion(path, s.id, author)
        except (review.ReviewError, OSError) as exc:
            self.show_error(
                self, self.tr("The suggestion could not be saved: %1").replace("%1", str(exc))
            )
            return False
        self._reload(path)
        return True

    @classmethod
    def show_error(cls, parent: QWidget, message: str) -> None:
        """Tell the user something went wrong (tests replace this)."""
        QMessageBox.warning(parent, parent.tr("Suggested edits"), message)

    # -- private -----------------------------------------------------------------------------
    def _reload(self, path: Path) -> None:
        self.store = review.NoteStore(path)
        try:
            self.body = Document.load(path).body
        except OSError:
            pass
        self._fill()
        self.suggestionsChanged.emit(path)

    def _fill(self) -> None:
        self.list.clear()
        items = self.suggestions()
        self.setVisible(bool(items))
        open_count = sum(1 for s in items if s.is_open)
        self.summary.setText(
            _count(
                self,
                open_count,
                "1 suggested edit to accept or reject.",
                "%1 suggested edits to accept or reject.",
            )
            if open_count
            else self.tr("Suggested edits: all dealt with.")
        )
        found = {id(s) for _a, _b, s in self.marks()}
        # Open suggestions first, in reading order; decided ones after, greyed.
        for s in sorted(items, key=lambda s: (not s.is_open, s.offset or 0)):
            head = f"{review.isolate(s.author)}, {_when(s.date)}"
            if not s.is_open:
                head += f" ({self.tr(s.status)} by {review.isolate(s.decided_by)})"
            elif s.field is None and id(s) not in found:
                head += self.tr(" (the words were changed since)")
            # The words and the new words each a line of their own ("Replace", “…”, "with",
            # “…”), read in their own direction: on one left-to-right line a long Persian
            # quote wrapped with its closing mark mid-line.
            what = "\n".join(s.lines(labels=self.setting_labels))
            item = QListWidgetItem(f"{head}\n{what[:1].upper()}{what[1:]}")
            item.setData(SUGGESTION_ROLE, s)
            if not s.is_open:
                _grey_out(item, self)
            self.list.addItem(item)
        if open_count:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self, *_args: Any) -> None:
        s = self.current()
        for b in (self.accept_button, self.reject_button):
            b.setEnabled(s is not None and s.is_open)

    def _show_passage(self, item: QListWidgetItem) -> None:
        s = item.data(SUGGESTION_ROLE)
        for start, end, mark in self.marks():
            if mark is s:
                self.passageRequested.emit(start, end)
