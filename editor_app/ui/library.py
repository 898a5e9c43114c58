"""The document list: pick a collection, filter by typing, open a document.

The rows come from `library_model.DocumentRows`, a model that works out each cell when the
view asks for it, so a site of 50,000 pages lists as fast as one of 50. The table and its
keys are `library_view.py`'s, the collection chooser `library_collections.py`'s.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from editor_app.core import review
from editor_app.ui.library_collections import CollectionChooser
from editor_app.ui.library_columns import ColumnFit
from editor_app.ui.library_keys import (
    OTHER_PAGES,
    CollectionRows,
    Listing,
    listing_for,
    name_date,
)
from editor_app.ui.library_model import (
    PATH_ROLE,
    SEARCH_ROLE,
    SORT_ROLE,
    UNSAVED_MARK,
    DocumentRows,
    ListMark,
    Look,
)
from editor_app.ui.library_view import KeysOpen, make_table

__all__ = [
    "OTHER_PAGES",
    "PATH_ROLE",
    "SEARCH_ROLE",
    "SORT_ROLE",
    "UNSAVED_MARK",
    "DocumentList",
    "ListMark",
    "name_date",
]


class DocumentList(QWidget):
    """Lists a site's documents by collection (title, date, status) and marks unsaved ones."""

    documentActivated = Signal(Path)
    collectionChanged = Signal(str)
    countChanged = Signal(int, int)  # noqa: N815 (Qt naming): pages listed, pages in the list

    COLUMNS = ("Title", "Date", "Status")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._site: Any = None
        self._modified: set[Path] = set()
        self._current: Path | None = None
        self._marks: dict[str, ListMark] = {}
        self._review_states: dict[Path, Any] = {}
        self._listing: Listing | None = None  # the site's pages per collection, with keys

        self.collection_box = QComboBox()
        self.collection_box.setAccessibleName(self.tr("Collection"))
        self.collection_box.setToolTip(self.tr("Which kind of page to list"))
        self.collection_box.currentIndexChanged.connect(self._on_collection)
        self.collections = CollectionChooser(self.collection_box, self._collection_counts)
        label = QLabel(self.tr("&Show:"))
        label.setBuddy(self.collection_box)

        self.search = QLineEdit()
        # The filter matches a page's folder as well as its title ("ar/" lists a language).
        self.search.setPlaceholderText(self.tr("Search titles and folders…"))
        self.search.setToolTip(
            self.tr("Shows the pages whose title or folder holds these words (e.g. ar/)")
        )
        self.search.setAccessibleName(self.tr("Search titles and folders"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)

        look = Look(
            is_modified=lambda path: Path(path) in self._modified,
            mark=lambda path: self._marks.get(str(path)),
            status_text=self._status_text,
            status_tip=self._status_tip,
            words=self.tr,
        )
        # One model serves the rows on demand; `proxy` is the same object, the name callers
        # have always read the shown rows from.
        self.model = DocumentRows([self.tr(c) for c in self.COLUMNS], look, self)
        self.proxy = self.model

        self.view = make_table(self, self.proxy)
        # Title takes the room; Date and Status within a share, hidden when nothing fills them.
        self.columns = ColumnFit(self.view, self.model)
        self.columns.keep_whole(self._unreadable())  # a cut "can't r…" says nothing
        self.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.view.clicked.connect(self._on_activated)
        self.view.activated.connect(self._on_activated)
        # Sorted by another column, the chosen page stays in sight (it was left off screen).
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._current_in_sight)
        self.keys_open = KeysOpen(self.view, self._open_current_row, self)

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
        previous = self._site
        if previous is not None and (site is None or site.root != previous.root):
            # Words typed to find a page of another site: kept, they listed no page of this one.
            self.search.clear()
        self._site = site
        self._modified.clear()
        # Worked out in the worker that read the site, when it did (else here, once).
        self._listing = listing_for(site) if site is not None else None
        self.collections.fill(site)
        self._fill()

    def _collection_counts(self) -> dict[str, int]:
        listing = self._fresh_listing()
        return listing.counts() if listing is not None else {}

    def _fresh_listing(self, again: bool = False) -> Listing | None:
        """The listing of the site's index as it is now (`again`: review records read anew)."""
        if self._site is None:
            return None
        entries = self._site.entries()
        if self._listing is None or not self._listing.matches(entries):
            self._listing = Listing(entries, self._listing)
        elif again:
            for rows in self._listing.collections.values():
                rows.with_records = None
        return self._listing

    def current_collection(self) -> str | None:
        """The chosen collection's name ('' for pages outside collections), None when empty."""
        return self.collections.current()

    def set_collection(self, name: str) -> bool:
        """Choose a collection by name; False when the site has none by that name."""
        return self.collections.choose(name)

    def choose_largest_collection(self) -> None:
        """Show the collection authors write in: the one with the most dated pages (posts,
        news, case studies), else the one with the most pages."""
        if self._site is None or self.collection_box.count() == 0:
            return
        counts = self._collection_counts()
        dated = self._listing.dated if self._listing is not None else {}
        self.collections.choose_writing(dated, counts)

    def refresh(self) -> None:
        """Re-read the list from the site's index (after a save or a new document)."""
        self._fill(again=True)

    def _fill(self, again: bool = False) -> None:
        root = self._site.root if self._site is not None else None
        listing = self._fresh_listing(again)
        name = self.current_collection()
        rows = listing.rows(name) if listing is not None and name is not None else CollectionRows()
        # Pages sent back, changed since, or approved in review (read from .review records);
        # only pages with a record beside them are read.
        with_records = rows.look_for_records()
        self._review_states = review.review_states(with_records) if with_records else {}
        header = self.view.horizontalHeader()
        self.model.sort_order = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.model.set_rows(rows, root)
        self.collections.update_counts()
        self._update_count()
        if self._current is not None:
            self.select_path(self._current)

    def _unreadable(self) -> str:
        """The Status of a page whose settings cannot be read: short, to fit beside the date
        on a small screen; the tooltip says the whole (`_status_tip`)."""
        return self.tr("can't read")

    def _status_text(self, entry: Any, status: str) -> str:
        if entry.error is not None:
            return self._unreadable()
        state = self._review_states.get(Path(entry.path)) if self._review_states else None
        if state is None:
            return status
        return f"{status} · {self.tr(state.state)}" if status else state.state

    def _status_tip(self, entry: Any) -> str | None:
        if entry.error is not None:
            return self.tr("This page's settings cannot be read: %1").replace(
                "%1", str(entry.error)
            )
        state = self._review_states.get(Path(entry.path)) if self._review_states else None
        if state is None:
            return None
        return self.tr("Review: %1").replace("%1", state.describe())

    # -- unsaved marker, marks and selection ---------------------------------------------
    def set_modified(self, path: Path, modified: bool) -> None:
        """Mark (or unmark) a document as having unsaved changes."""
        path = Path(path)
        if modified:
            self._modified.add(path)
        else:
            self._modified.discard(path)
        self.model.refresh_path(path)

    def is_marked_modified(self, path: Path) -> bool:
        """Whether the list shows this document as unsaved."""
        row = self.model.row_of(Path(path))
        if row < 0:
            return False
        return str(self.model.index(row, 0).data()).startswith(UNSAVED_MARK)

    def set_marks(self, marks: Mapping[Path | str, ListMark]) -> None:
        """Show these marks (an icon, its words in the tooltip) before the pages' titles, in
        place of the ones before; they stay when the list is refreshed."""
        self._marks = {str(Path(path)): mark for path, mark in marks.items()}
        self.model.refresh_all()

    def mark_of(self, path: Path | str) -> ListMark | None:
        """The mark shown before a page's title, if any."""
        return self._marks.get(str(Path(path)))

    def paths(self) -> list[Path]:
        """The documents listed, in the order shown (after filtering and sorting)."""
        return [
            e.path if isinstance(e.path, Path) else Path(e.path) for e in self.model.shown_entries()
        ]

    def select_path(self, path: Path | None) -> bool:
        """Highlight a document without opening it (e.g. after Cancel); False if not listed."""
        self._current = None if path is None else Path(path)
        if path is None:
            self.view.clearSelection()
            return False
        if self.model.position_of(Path(path)) < 0:
            self.view.clearSelection()
            return False
        row = self.model.row_of(Path(path))
        if row < 0 and self.search.text():
            # Hidden by the words typed in the search box: show the whole list again, so
            # the open page is always in sight (and the count never says "0 of N").
            self.search.clear()
            row = self.model.row_of(Path(path))
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def _current_in_sight(self, *_: Any) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.scrollTo(index)

    def _open_current_row(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self._on_activated(index)

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
        self.model.set_words(text)
        self._update_count()

    def _open_first_match(self) -> None:
        if self.proxy.rowCount():
            index = self.proxy.index(0, 0)
            self.view.setCurrentIndex(index)
            self.view.setFocus()
            self._on_activated(index)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        if shown == total:
            text = self.tr("1 document") if total == 1 else self.tr("{n} documents").format(n=total)
        else:
            text = self.tr("{shown} of {total} documents").format(shown=shown, total=total)
        self.count_label.setText(text)
        self.countChanged.emit(shown, total)
