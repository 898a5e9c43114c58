"""The rows of the document list, served on demand from the site's index entries.

`DocumentRows` is a table model over one collection's `IndexEntry` objects: nothing is built
per cell; a cell's text is worked out when the view asks for it (only the rows on screen), and
sorting and filtering run over plain Python keys kept per entry. A 50,000-page collection is
listed in a few tens of milliseconds, where one `QStandardItem` per cell took seconds.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QIcon

from editor_app.ui.library_keys import DATE, TITLE, CollectionRows

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

UNSAVED_MARK = "● "
HAYSTACK_SLICE = 1500  # pages whose searched text is made per turn of the event loop
_ANY_INDEX = QModelIndex | QPersistentModelIndex


class ListMark(NamedTuple):
    """A mark shown before a page's title (e.g. changed by others): an icon and its words."""

    icon: QIcon
    words: str


class DocumentRows(QAbstractTableModel):
    """One collection's pages as rows (title, date, status), sorted and filtered by keys.

    `entries` are listed in index order; `_sorted` holds their positions in the chosen
    order, `_shown` those that match the typed words. The widget answers for the states that
    outlive a refresh: unsaved pages, marks and review states (`Look` below).
    """

    def __init__(self, headers: list[str], look: Look, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self.look = look
        self.root = ""
        self.rows = CollectionRows()
        self.entries: list[Any] = []
        self._sorted: list[int] = []
        self._shown: list[int] = []
        self.sort_order: tuple[int, Qt.SortOrder] = (DATE, Qt.SortOrder.DescendingOrder)
        self._words: list[str] = []
        self._cells: dict[int, tuple[str, str, str, str]] = {}
        self._haystack_timer = QTimer(self)
        self._haystack_timer.setSingleShot(True)
        self._haystack_timer.timeout.connect(self._make_haystacks_meanwhile)
        self._rows_by_path: dict[str, int] | None = None

    # -- filling -------------------------------------------------------------------------
    def set_rows(self, rows: CollectionRows, root: Path | None) -> None:
        """List one collection's pages, keeping the sort and the typed words."""
        self.beginResetModel()
        self.root = str(root) + os.sep if root is not None else ""
        self.rows = rows
        self.entries = rows.entries
        self._cells = {}
        self._rows_by_path = None
        self._sorted = self._sorted_rows()
        self._shown = self._matching(self._sorted)
        self.endResetModel()
        self._haystack_timer.start()

    def total(self) -> int:
        return len(self.entries)

    def shown_entries(self) -> list[Any]:
        return [self.entries[i] for i in self._shown]

    def row_of(self, path: Path | str) -> int:
        """The shown row of a page, -1 when it is not listed or hidden by the typed words."""
        position = self.position_of(path)
        if position < 0:
            return -1
        try:
            return self._shown.index(position)
        except ValueError:
            return -1

    def position_of(self, path: Path | str) -> int:
        """The page's place among the entries (shown or not), -1 when not in the collection."""
        if self._rows_by_path is None:
            self._rows_by_path = {k.path: i for i, k in enumerate(self.rows.keys)}
        return self._rows_by_path.get(str(path), -1)

    def refresh_path(self, path: Path | str) -> None:
        """Its unsaved mark or list mark changed: repaint the page's row."""
        row = self.row_of(path)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, 2))

    def refresh_all(self) -> None:
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._shown) - 1, 2))

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or row >= len(self._shown):
            return None
        position = self._shown[row]
        column = index.column()
        if role == PATH_ROLE:
            return str(self.entries[position].path)  # a str, as the list has always given
        cells = self._cells.get(position)
        if cells is None:
            cells = self._cells[position] = self._cells_of(position)
        title, date, status, rel = cells
        entry = self.entries[position]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                modified = self.look.is_modified(entry.path)
                return UNSAVED_MARK + title if modified else title
            if column == DATE:
                return date
            return self.look.status_text(entry, status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(position, column, title, rel)
        if role == SORT_ROLE:
            return (title, date, status)[column].casefold()
        if role == SEARCH_ROLE:
            return self._haystack(position)
        if column == TITLE:
            return self._title_role(entry, role, title)
        return None

    def _title_role(self, entry: Any, role: int, title: str) -> Any:
        if role == Qt.ItemDataRole.DecorationRole:
            mark = self.look.mark(entry.path)
            return None if mark is None else mark.icon
        if role == Qt.ItemDataRole.WhatsThisRole:
            mark = self.look.mark(entry.path)
            return None if mark is None else mark.words
        if role == Qt.ItemDataRole.FontRole:
            if not self.look.is_modified(entry.path):
                return None
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # Screen readers hear the state, not the bullet.
            if self.look.is_modified(entry.path):
                return self.look.words("{title}, unsaved changes").format(title=title)
            return title
        return None

    def _tooltip(self, position: int, column: int, title: str, rel: str) -> str | None:
        entry = self.entries[position]
        if column == TITLE:
            tip = f"{title}\n{rel}"  # the full title: the column is often too narrow
            if entry.error is not None:
                tip += "\n" + self.look.words("Its settings cannot be read: {error}").format(
                    error=entry.error
                )
            mark = self.look.mark(entry.path)
            return tip if mark is None else f"{tip}\n{mark.words}"
        if column == DATE:
            from_name = self.rows.keys[position].date_from_name
            return self.look.words("The date at the start of the file name") if from_name else None
        return self.look.status_tip(entry)

    def _cells_of(self, position: int) -> tuple[str, str, str, str]:
        """(title, date, status, path from the site's folder) of one entry, as shown."""
        keys = self.rows.keys[position]
        title = self.rows.shown_title(position)
        return title, keys.date, keys.status, self._rel(keys.path)

    def _rel(self, path: str) -> str:
        """The path from the site's folder ("_posts/a.md"), else the file's name."""
        if not self.root:
            return path
        if not path.startswith(self.root):
            return os.path.basename(path)
        return path[len(self.root) :].replace(os.sep, "/")

    # -- sorting -----------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._relayout(lambda: self._resort(column, order))

    def _resort(self, column: int, order: Qt.SortOrder) -> None:
        self.sort_order = (column, order)
        self._sorted = self._sorted_rows()
        self._shown = self._matching(self._sorted)

    def _sorted_rows(self) -> list[int]:
        column, order = self.sort_order
        return self.rows.order(column, order == Qt.SortOrder.DescendingOrder)

    # -- filtering ---------------------------------------------------------------------------
    def set_words(self, text: str) -> None:
        """Show only the pages whose title, file name or status hold every typed word."""
        words = text.casefold().split()
        if words == self._words:
            return
        # More letters typed: only the pages matching before can match now.
        narrower = len(words) >= len(self._words) and all(
            old in new for old, new in zip(self._words, words, strict=False)
        )

        def refilter() -> None:
            self._words = words
            self._shown = self._matching(self._shown if narrower else self._sorted)

        self._relayout(refilter)

    def _matching(self, rows: list[int]) -> list[int]:
        if not self._words:
            return list(rows)
        haystacks = self._all_haystacks()
        words = self._words
        if len(words) == 1:
            word = words[0]
            return [i for i in rows if word in haystacks[i]]
        return [i for i in rows if all(w in haystacks[i] for w in words)]

    def _all_haystacks(self) -> list[str]:
        return self._haystacks_up_to(len(self.entries))

    def _haystacks_up_to(self, end: int) -> list[str]:
        """The searched text of the pages, kept with the collection's rows, made up to `end`."""
        rows = self.rows
        made = rows.haystacks
        for position in range(len(made), min(end, len(self.entries))):
            keys = rows.keys[position]
            text = f"{rows.shown_title(position)} {self._rel(keys.path)} {keys.status}"
            made.append(text.casefold())
        return made

    def _haystack(self, position: int) -> str:
        return self._haystacks_up_to(position + 1)[position]

    def _make_haystacks_meanwhile(self) -> None:
        """Make the searched text a slice at a time while the window is idle, so the first
        letter typed in the search box does not wait for 50,000 of them."""
        if len(self.rows.haystacks) < len(self.entries):
            self._haystacks_up_to(len(self.rows.haystacks) + HAYSTACK_SLICE)
            self._haystack_timer.start()

    # -- keeping the selection -------------------------------------------------------------
    def _relayout(self, change: Callable[[], None]) -> None:
        """Reorder or filter the rows; the selected row follows its page (or goes)."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [(self._at(i.row()), i.column()) for i in before]
        change()
        if before:
            rows = {position: row for row, position in enumerate(self._shown)}
            after = [self.index(rows[p], c) if p in rows else QModelIndex() for p, c in held]
            self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _at(self, row: int) -> int:
        return self._shown[row] if 0 <= row < len(self._shown) else -1

    # -- reading rows like items (kept for callers of the former item model) -------------
    def item(self, row: int, column: int = 0) -> Cell | None:
        if not 0 <= row < len(self._shown) or not 0 <= column < len(self._headers):
            return None
        return Cell(self.index(row, column))


class Look:
    """What the widget says about a page beyond its entry (callables set by the widget)."""

    def __init__(
        self,
        is_modified: Callable[[Path], bool],
        mark: Callable[[Path], ListMark | None],
        status_text: Callable[[Any, str], str],
        status_tip: Callable[[Any], str | None],
        words: Callable[[str], str],
    ) -> None:
        self.is_modified = is_modified
        self.mark = mark
        self.status_text = status_text
        self.status_tip = status_tip
        self.words = words


class Cell:
    """One cell read as a `QStandardItem` would be: text, tooltip, icon and roles."""

    def __init__(self, index: QModelIndex) -> None:
        self._index = index

    def index(self) -> QModelIndex:
        return self._index

    def data(self, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._index.data(role)

    def text(self) -> str:
        return str(self._index.data() or "")

    def toolTip(self) -> str:  # noqa: N802 - as QStandardItem
        return str(self._index.data(Qt.ItemDataRole.ToolTipRole) or "")

    def icon(self) -> QIcon:
        icon = self._index.data(Qt.ItemDataRole.DecorationRole)
        return icon if isinstance(icon, QIcon) else QIcon()
