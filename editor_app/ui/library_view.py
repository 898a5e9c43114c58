"""The page list's table: rows laid out only on screen, sortable, one row selected; and the
arrow keys opening the row they stop on. Parts of `DocumentList` (ui/library.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from editor_app.core.page_language import holds_right_to_left
from editor_app.ui.library_keys import TITLE
from editor_app.ui.library_model import DocumentRows


def make_table(owner: QWidget, model: DocumentRows) -> QTableView:
    """The table the list shows `model` in (`owner`'s words and font)."""
    # A table, not a tree: it lays out only the rows on screen (a tree view walks every
    # row after each sort or keystroke in the search box).
    view = QTableView()
    view.setAccessibleName(owner.tr("Documents"))
    view.setModel(model)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setCornerButtonEnabled(False)
    view.setTabKeyNavigation(False)  # Tab goes on to the form, as from any list
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(owner.fontMetrics().height() + 6)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    # Date and status widths from the first rows only: measuring more asks for every cell.
    header.setResizeContentsPrecision(100)
    view.viewport().installEventFilter(KeepsOpenRowInView(view))
    view.setItemDelegateForColumn(TITLE, TitleInItsDirection(view))
    return view


class TitleInItsDirection(QStyledItemDelegate):
    """A title holding Persian, Arabic or Hebrew letters reads right to left, from the row's
    right edge, as the form's boxes show it ("GitHub برای تازه‌کارها" read left to right put
    its words in the wrong order); other rows stay as they were."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:  # noqa: N802 - Qt API
        super().initStyleOption(option, index)
        if holds_right_to_left(option.text):
            option.direction = Qt.LayoutDirection.RightToLeft


class KeepsOpenRowInView(QObject):
    """The open page's row, on show in the list, stays on show when the list gets shorter
    (the Problems panel opened by Check below it): it was left under the list's bottom edge,
    and the author no longer saw which page was open."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and isinstance(event, QResizeEvent):
            view = self._view
            row = view.currentIndex()
            if row.isValid():
                place = view.visualRect(row)
                was_shown = place.top() >= 0 and place.bottom() <= event.oldSize().height()
                if was_shown and place.bottom() > event.size().height():
                    # Once the scroll bar knows the new height.
                    QTimer.singleShot(0, lambda: view.scrollTo(view.currentIndex()))
        return False


MOVING_PAUSE_MS = 300  # the pause after the last key before the row reached opens


class KeysOpen(QObject):
    """Moving through the list with the arrow keys, or typing the start of a title, opens the
    row reached after a short pause (not at every row passed with the key held): the
    highlighted row and the open page no longer disagree."""

    MOVING_KEYS = frozenset(
        {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
        | {Qt.Key.Key_Home, Qt.Key.Key_End}
    )

    def __init__(self, view: QTableView, open_row: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.view = view
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(open_row)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            if event.key() in self.MOVING_KEYS:
                self.timer.start(MOVING_PAUSE_MS)
            elif _types_ahead(event):
                # Letters typed in the list go to the title starting with them: opened once the
                # author stops typing (it was highlighted only, another page still open).
                self.timer.start(max(MOVING_PAUSE_MS, QApplication.keyboardInputInterval()))
        return super().eventFilter(watched, event)


def _types_ahead(event: QEvent) -> bool:
    """A key that looks for a title in the list: a printable character without Ctrl or Alt."""
    text = event.text()
    plain = not event.modifiers() & (
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    return plain and bool(text) and text.isprintable() and not text.isspace()
