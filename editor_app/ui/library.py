"""The document list: pick a collection, filter by typing, open a document."""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from editor_app.core import review

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

# The collection chooser's entry for pages outside any collection.
OTHER_PAGES = ""
UNSAVED_MARK = "● "


_DATED_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})-")  # Jekyll posts: 2024-05-03-title.md


def _date_text(value: Any) -> str:
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if value is None:
        return ""
    return str(value)[:10]


def name_date(path: Path) -> str:
    """The date a post's file name starts with ("2024-05-03-weeknotes.md"), else ""."""
    match = _DATED_NAME.match(path.name)
    if match is None:
        return ""
    try:
        return _dt.date.fromisoformat(match.group(1)).isoformat()
    except ValueError:
        return ""


class _Filter(QSortFilterProxyModel):
    """Matches every typed word against the title, file name and other shown text."""

    def __init__(self) -> None:
        super().__init__()
        self._words: list[str] = []

    def set_words(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802 - Qt API
        if not self._words:
            return True
        index = self.sourceModel().index(row, 0, parent)
        haystack = str(index.data(SEARCH_ROLE) or "")
        return all(word in haystack for word in self._words)


class DocumentList(QWidget):
    """Lists a site's documents by collection (title, date, status) and marks unsaved ones."""

    documentActivated = Signal(Path)
    collectionChanged = Signal(str)

    COLUMNS = ("Title", "Date", "Status")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._site: Any = None
        self._modified: set[Path] = set()
        self._current: Path | None = None

        self.collection_box = QComboBox()
        self.collection_box.setAccessibleName(self.tr("Collection"))
        self.collection_box.setToolTip(self.tr("Which kind of page to list"))
        self.collection_box.currentIndexChanged.connect(self._on_collection)
        label = QLabel(self.tr("&Show:"))
        label.setBuddy(self.collection_box)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles…"))
        self.search.setAccessibleName(self.tr("Search documents"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)

        self.model = QStandardItemModel(0, len(self.COLUMNS), self)
        self.model.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.proxy = _Filter()
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.view = QTreeView()
        self.view.setAccessibleName(self.tr("Documents"))
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.view.clicked.connect(self._on_activated)
        self.view.activated.connect(self._on_activated)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of documents shown"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QWidget()
        row = QVBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.collection_box)
        layout.addWidget(top)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.setTabOrder(self.collection_box, self.search)
        self.setTabOrder(self.search, self.view)

        # Down arrow in the search box moves into the list, as in most launchers.
        self.search.returnPressed.connect(self._open_first_match)

    # -- site ----------------------------------------------------------------------------
    def set_site(self, site: Any) -> None:
        """Fill the collection chooser from an opened core `Site` and list its first collection."""
        self._site = site
        self._modified.clear()
        self.collection_box.blockSignals(True)
        self.collection_box.clear()
        if site is not None:
            counts = self._collection_counts()
            for name in site.collections:
                self.collection_box.addItem(self._collection_label(name, counts.get(name, 0)), name)
            if counts.get(OTHER_PAGES):
                self.collection_box.addItem(
                    self._collection_label(OTHER_PAGES, counts[OTHER_PAGES]), OTHER_PAGES
                )
        # The first collection is shown without telling anyone: it is not the author's choice.
        self.collection_box.setCurrentIndex(0)
        self.collection_box.blockSignals(False)
        self._fill()

    def _collection_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for entry in self._site.entries() if self._site is not None else []:
            key = OTHER_PAGES if entry.collection is None else entry.collection
            counts[key] = counts.get(key, 0) + 1
        return counts

    def _collection_label(self, name: str, count: int) -> str:
        if name == OTHER_PAGES:
            return self.tr("Other pages ({n})").format(n=count)
        collection = self._site.collections.get(name) if self._site is not None else None
        label = getattr(collection, "label", "") or name.replace("_", " ").capitalize()
        return f"{label} ({count})"

    def _update_collection_counts(self) -> None:
        """The numbers in the collection chooser, after a page was added or removed."""
        if self._site is None:
            return
        counts = self._collection_counts()
        for i in range(self.collection_box.count()):
            name = str(self.collection_box.itemData(i))
            text = self._collection_label(name, counts.get(name, 0))
            if self.collection_box.itemText(i) != text:
                self.collection_box.setItemText(i, text)

    def current_collection(self) -> str | None:
        """The chosen collection's name ('' for pages outside collections), None when empty."""
        data = self.collection_box.currentData()
        return None if data is None else str(data)

    def set_collection(self, name: str) -> bool:
        """Choose a collection by name; False when the site has none by that name."""
        index = self.collection_box.findData(name)
        if index < 0:
            return False
        self.collection_box.setCurrentIndex(index)
        return True

    def choose_largest_collection(self) -> None:
        """Show the collection authors write in: the one with the most dated pages (posts,
        news, case studies), else the one with the most pages."""
        if self._site is None or self.collection_box.count() == 0:
            return
        counts = self._collection_counts()
        dated: dict[str, int] = {}
        for entry in self._site.entries():
            fm = entry.front_matter if isinstance(entry.front_matter, dict) else {}
            if fm.get("date") or name_date(Path(entry.path)):
                key = OTHER_PAGES if entry.collection is None else entry.collection
                dated[key] = dated.get(key, 0) + 1
        names = [str(self.collection_box.itemData(i)) for i in range(self.collection_box.count())]
        self.set_collection(max(names, key=lambda n: (dated.get(n, 0), counts.get(n, 0))))

    def refresh(self) -> None:
        """Re-read the list from the site's index (after a save or a new document)."""
        self._fill()

    def _entries(self) -> list[Any]:
        if self._site is None:
            return []
        name = self.current_collection()
        if name is None:
            return []
        wanted = None if name == OTHER_PAGES else name
        return [e for e in self._site.entries() if e.collection == wanted]

    def _fill(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        root = self._site.root if self._site is not None else None
        entries = self._entries()
        # Titles shared by several pages ("Weeknotes") get their file name beside them.
        counts = Counter(self._title(e) for e in entries)
        # Pages sent back, changed since, or approved in review (read from .review records).
        self._review_states = review.review_states([Path(e.path) for e in entries])
        for entry in entries:
            self.model.appendRow(self._row(entry, root, counts[self._title(entry)] > 1))
        self._update_collection_counts()
        self.proxy.sort(
            self.view.header().sortIndicatorSection(), self.view.header().sortIndicatorOrder()
        )
        self._update_count()
        if self._current is not None:
            self.select_path(self._current)

    @staticmethod
    def _title(entry: Any) -> str:
        return entry.title or Path(entry.path).stem

    def _row(self, entry: Any, root: Path | None, repeated: bool = False) -> list[QStandardItem]:
        fm = entry.front_matter if isinstance(entry.front_matter, dict) else {}
        path = Path(entry.path)
        title = self._title(entry)
        if repeated:
            title = f"{title} · {path.name}"
        date = _date_text(fm.get("date"))
        date_from_name = not date and bool(name_date(path))
        if date_from_name:
            date = name_date(path)
        status = fm.get("status")
        status = "" if status is None else str(status)
        title_item = QStandardItem(title)
        title_item.setData(str(path), PATH_ROLE)  # a str: Qt keeps no Python objects
        title_item.setData(title.casefold(), SORT_ROLE)
        rel = path.name
        if root is not None:
            try:
                rel = path.relative_to(root).as_posix()
            except ValueError:
                pass
        tip = f"{title}\n{rel}"  # the full title: the column is often too narrow
        if entry.error is not None:
            tip += "\n" + self.tr("Its settings cannot be read: {error}").format(error=entry.error)
        title_item.setToolTip(tip)
        title_item.setData(f"{title} {rel} {status}".casefold(), SEARCH_ROLE)
        date_item = QStandardItem(date)
        date_item.setData(date, SORT_ROLE)
        if date_from_name:
            date_item.setToolTip(self.tr("The date at the start of the file name"))
        status_item = QStandardItem(status)
        status_item.setData(status.casefold(), SORT_ROLE)
        state = getattr(self, "_review_states", {}).get(path)
        if state is not None:
            status_item.setText(f"{status} · {self.tr(state.state)}" if status else state.state)
            status_item.setToolTip(self.tr("Review: %1").replace("%1", state.describe()))
        if entry.error is not None:
            status_item.setText(self.tr("cannot read"))
            status_item.setToolTip(str(entry.error))
        row = [title_item, date_item, status_item]
        self._mark(row[0], path in self._modified)
        return row

    # -- unsaved marker and selection ----------------------------------------------------
    def set_modified(self, path: Path, modified: bool) -> None:
        """Mark (or unmark) a document as having unsaved changes."""
        path = Path(path)
        if modified:
            self._modified.add(path)
        else:
            self._modified.discard(path)
        item = self._item_for(path)
        if item is not None:
            self._mark(item, modified)

    def is_marked_modified(self, path: Path) -> bool:
        """Whether the list shows this document as unsaved."""
        item = self._item_for(Path(path))
        return item is not None and item.text().startswith(UNSAVED_MARK)

    def _mark(self, item: QStandardItem, modified: bool) -> None:
        title = item.text().removeprefix(UNSAVED_MARK)
        item.setText(UNSAVED_MARK + title if modified else title)
        font = item.font()
        font.setBold(modified)
        item.setFont(font)
        # Screen readers hear the state, not the bullet.
        item.setData(
            self.tr("{title}, unsaved changes").format(title=title) if modified else title,
            Qt.ItemDataRole.AccessibleTextRole,
        )

    def _item_for(self, path: Path) -> QStandardItem | None:
        for row in range(self.model.rowCount()):
            item = self.model.item(row, 0)
            if item.data(PATH_ROLE) == str(path):
                return item
        return None

    def paths(self) -> list[Path]:
        """The documents listed, in the order shown (after filtering and sorting)."""
        return [
            Path(self.proxy.index(row, 0).data(PATH_ROLE)) for row in range(self.proxy.rowCount())
        ]

    def select_path(self, path: Path | None) -> bool:
        """Highlight a document without opening it (e.g. after Cancel); False if not listed."""
        self._current = None if path is None else Path(path)
        if path is None:
            self.view.clearSelection()
            return False
        item = self._item_for(Path(path))
        if item is None:
            self.view.clearSelection()
            return False
        index = self.proxy.mapFromSource(item.index())
        if not index.isValid() and self.search.text():
            # Hidden by the words typed in the search box: show the whole list again, so
            # the open page is always in sight (and the count never says "0 of N").
            self.search.clear()
            index = self.proxy.mapFromSource(item.index())
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def _on_activated(self, index: QModelIndex) -> None:
        value = index.siblingAtColumn(0).data(PATH_ROLE)
        if value and Path(value) != self._current:
            self.documentActivated.emit(Path(value))

    def _on_collection(self, _index: int) -> None:
        self._fill()
        name = self.current_collection()
        if name is not None:
            self.collectionChanged.emit(name)

    def _on_search(self, text: str) -> None:
        self.proxy.set_words(text)
        self._update_count()

    def _open_first_match(self) -> None:
        if self.proxy.rowCount():
            index = self.proxy.index(0, 0)
            self.view.setCurrentIndex(index)
            self.view.setFocus()
            self._on_activated(index)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("1 document") if total == 1 else self.tr("{n} documents").format(n=total)
        else:
            text = self.tr("{shown} of {total} documents").format(shown=shown, total=total)
        self.count_label.setText(text)
