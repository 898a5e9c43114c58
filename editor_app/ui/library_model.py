"""The rows of the document list, served on demand from the site's index entries.

`DocumentRows` is a table model over one collection's `IndexEntry` objects: nothing is built
per cell; a cell's text is worked out when the view asks for it (only the rows on screen), and
sorting and filtering run over plain Python keys kept per entry. A 50,000-page collection is
listed in a few tens of milliseconds, where one `QStandardItem` per cell took seconds.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QIcon

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

UNSAVED_MARK = "● "
TITLE, DATE, STATUS = range(3)

_DATED_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})-")  # Jekyll posts: 2024-05-03-title.md
_ANY_INDEX = QModelIndex | QPersistentModelIndex


class ListMark(NamedTuple):
    """A mark shown before a page's title (e.g. changed by others): an icon and its words."""

    icon: QIcon
    words: str


def date_text(value: Any) -> str:
    """A front-matter date as the list shows it (YYYY-MM-DD), "" when there is none."""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if value is None:
        return ""
    return str(value)[:10]


def name_date(path: Path | str) -> str:
    """The date a post's file name starts with ("2024-05-03-weeknotes.md"), else ""."""
    match = _DATED_NAME.match(os.path.basename(path))
    if match is None:
        return ""
    try:
        return _dt.date.fromisoformat(match.group(1)).isoformat()
    except ValueError:
        return ""


def entry_title(entry: Any) -> str:
    return entry.title or Path(entry.path).stem


def entry_date(entry: Any) -> tuple[str, bool, bool]:
    """(date shown, taken from the file name, the page counts as dated)."""
    fm = entry.front_matter if isinstance(entry.front_matter, dict) else {}
    value = fm.get("date")
    text = date_text(value)
    if text:
        return text, False, bool(value)
    text = name_date(entry.path)
    return text, bool(text), bool(value) or bool(text)


def entry_status(entry: Any) -> str:
    fm = entry.front_matter if isinstance(entry.front_matter, dict) else {}
    status = fm.get("status")
    return "" if status is None else str(status)


class EntryDates:
    """Each entry's date, worked out once per entry object (a re-read page is a new object)."""

    def __init__(self) -> None:
        self._cache: dict[int, tuple[Any, tuple[str, bool, bool]]] = {}

    def clear(self) -> None:
        self._cache.clear()

    def of(self, entry: Any) -> tuple[str, bool, bool]:
        got = self._cache.get(id(entry))
        if got is None or got[0] is not entry:
            got = self._cache[id(entry)] = (entry, entry_date(entry))
        return got[1]


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
        self.dates = EntryDates()
        self.root = ""
        self.entries: list[Any] = []
        self._repeated: set[str] = set()
        self._sorted: list[int] = []
        self._shown: list[int] = []
        self.sort_order: tuple[int, Qt.SortOrder] = (DATE, Qt.SortOrder.DescendingOrder)
        self._words: list[str] = []
        self._cells: dict[int, tuple[str, str, str, str]] = {}
        self._haystacks: list[str] | None = None
        self._rows_by_path: dict[str, int] | None = None

    # -- filling -------------------------------------------------------------------------
    def set_entries(self, entries: list[Any], root: Path | None) -> None:
        """List these entries (one collection), keeping the sort and the typed words."""
        self.beginResetModel()
        self.root = str(root) + os.sep if root is not None else ""
        self.entries = list(entries)
        # Titles shared by several pages ("Weeknotes") get their file name beside them.
        counts = Counter(entry_title(e) for e in self.entries)
        self._repeated = {title for title, n in counts.items() if n > 1}
        self._cells = {}
        self._haystacks = None
        self._rows_by_path = None
        self._sorted = self._sorted_rows()
        self._shown = self._matching(self._sorted)
        self.endResetModel()

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
            self._rows_by_path = {str(e.path): i for i, e in enumerate(self.entries)}
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
            return self._tooltip(entry, column, title, rel)
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

    def _tooltip(self, entry: Any, column: int, title: str, rel: str) -> str | None:
        if column == TITLE:
            tip = f"{title}\n{rel}"  # the full title: the column is often too narrow
            if entry.error is not None:
                tip += "\n" + self.look.words("Its settings cannot be read: {error}").format(
                    error=entry.error
                )
            mark = self.look.mark(entry.path)
            return tip if mark is None else f"{tip}\n{mark.words}"
        if column == DATE:
            from_name = self.dates.of(entry)[1]
            return self.look.words("The date at the start of the file name") if from_name else None
        return self.look.status_tip(entry)

    def _cells_of(self, position: int) -> tuple[str, str, str, str]:
        """(title, date, status, path from the site's folder) of one entry, as shown."""
        entry = self.entries[position]
        path = str(entry.path)
        title = entry_title(entry)
        if title in self._repeated:
            title = f"{title} · {os.path.basename(path)}"
        rel = path[len(self.root) :] if self.root and path.startswith(self.root) else path
        if rel is path and self.root:
            rel = os.path.basename(path)
        return title, self.dates.of(entry)[0], entry_status(entry), rel.replace(os.sep, "/")

    # -- sorting -----------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._relayout(lambda: self._resort(column, order))

    def _resort(self, column: int, order: Qt.SortOrder) -> None:
        self.sort_order = (column, order)
        self._sorted = self._sorted_rows()
        self._shown = self._matching(self._sorted)

    def _sorted_rows(self) -> list[int]:
        column, order = self.sort_order
        keys = self._keys(column)
        # Equal keys keep their index order either way (a stable sort, as the view had).
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(range(len(self.entries)), key=keys.__getitem__, reverse=descending)

    def _keys(self, column: int) -> list[str]:
        entries = self.entries
        if column == TITLE:
            repeated = self._repeated
            keys = []
            for e in entries:
                title = entry_title(e)
                if title in repeated:
                    title = f"{title} · {os.path.basename(e.path)}"
                keys.append(title.casefold())
            return keys
        if column == DATE:
            of = self.dates.of
            return [of(e)[0] for e in entries]
        return [entry_status(e).casefold() for e in entries]

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
        if self._haystacks is None:
            self._haystacks = [self._haystack(i) for i in range(len(self.entries))]
        return self._haystacks

    def _haystack(self, position: int) -> str:
        if self._haystacks is not None:
            return self._haystacks[position]
        title, _date, status, rel = self._cells.get(position) or self._cells_of(position)
        return f"{title} {rel} {status}".casefold()

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


def folders_with_notes(paths: Iterable[str], folder_name: str, suffix: str) -> list[Path]:
    """The pages that have a review record beside them, each `.review` folder listed once."""
    names: dict[str, set[str]] = {}
    found = []
    for path in paths:
        folder, name = os.path.split(path)
        have = names.get(folder)
        if have is None:
            try:
                have = set(os.listdir(os.path.join(folder, folder_name)))
            except OSError:
                have = set()
            names[folder] = have
        if have and name + suffix in have:
            found.append(Path(path))
    return found
