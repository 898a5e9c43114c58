"""The review queue as a Qt table model, and the filter in front of it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from editor_app.core import review
from editor_app.core.page_names import shown_titles
from editor_app.ui.review.common import (
    ITEM_ROLE,
    SORT_ROLE,
    _count,
    _when,
)

_STATE_COLOURS = {
    "sent back": QColor("#9a5b00"),
    "changed since sent back": QColor("#1d5fa8"),
    "approved": QColor("#2e7d32"),
    "changed since approved": QColor("#1d5fa8"),
}


PROBLEMS_MARK = "⚠"  # before the title: the problems Check finds, when that column is hidden


class ReviewQueueModel(QAbstractTableModel):
    """The review queue as a table: one row per draft (a thin adapter over core QueueItems)."""

    COLUMNS = ("Title", "Kind", "Status", "Author", "Date", "Last change", "Problems", "Review")
    LAST_CHANGE, PROBLEMS, REVIEW = 5, 6, 7

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[review.QueueItem] = []
        self._labels: dict[str, str] = {}
        self._shown_titles: dict[str, str] = {}  # by path: told apart (page_names)
        # A narrow queue hides the Problems column: the count then leads the title ("⚠ 2").
        self._problems_in_title = False

    def set_problems_in_title(self, on: bool) -> None:
        """Whether the title shows the page's problem count (the Problems column is hidden)."""
        if on == self._problems_in_title:
            return
        self._problems_in_title = on
        if self._items:  # the titles shown change
            last = self.index(len(self._items) - 1, 0)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])

    def set_items(
        self, items: list[review.QueueItem], labels: dict[str, str] | None = None
    ) -> None:
        """Replace the rows (labels: plain names of the collections)."""
        self.beginResetModel()
        self._items = list(items)
        self._labels = dict(labels or {})
        shown = shown_titles([(it.title, it.relative) for it in self._items])
        self._shown_titles = {it.relative: title for it, title in zip(self._items, shown, strict=True)}
        self.endResetModel()

    def shown_title(self, item: review.QueueItem) -> str:
        """The title as the queue shows it: with its file when other pages share it."""
        return self._shown_titles.get(item.relative, item.title)

    def item(self, row: int) -> review.QueueItem:
        return self._items[row]

    def items(self) -> list[review.QueueItem]:
        return list(self._items)

    def labels(self) -> dict[str, str]:
        """Collection name -> the plain name the Kind column shows."""
        return self._labels

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,  # a narrow column elides its name
        ):
            return self.tr(self.COLUMNS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        it = self._items[index.row()]
        col = index.column()
        if role == ITEM_ROLE:
            return it
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 5 and it.last_change_source == "not committed":
                return self.tr("Changed since its last version in history")
            if col == 7 and it.newer_draft is not None:
                return self.tr(it.newer_draft_text)
            if col == 7 and it.state_reason:
                return self.tr(it.state_said) + ": " + review.isolate(it.state_reason)
            if col == 6 and it.problems:
                text = _count(self, it.problems, "1 problem", "%1 problems")
                return text + self.tr(", %1 of them errors").replace("%1", str(it.errors))
            # The whole text, as a narrow column elides it (the title with its file).
            text = self._display(it, col)
            if col != 0:
                return text or it.relative
            # A narrow queue leaves out Kind, Date, Last change and Problems: said here.
            more = [
                f"{self.tr(self.COLUMNS[c])}: {self._display(it, c)}"
                for c in (1, 4, 5, 6)
                if self._display(it, c)
            ]
            return "\n".join([text, it.relative, " · ".join(more)] if more else [text, it.relative])
        if role == Qt.ItemDataRole.ForegroundRole and col == 7 and it.newer_draft is not None:
            return _STATE_COLOURS["changed since sent back"]  # blue: the author has answered
        if role == Qt.ItemDataRole.ForegroundRole and col == 7 and it.state != "waiting":
            # Sent back: amber; changed since: blue (the author has answered); approved (a
            # Jekyll draft waiting to be moved to _posts): green.
            return _STATE_COLOURS.get(it.state, _STATE_COLOURS["changed since sent back"])
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0 and self._problems_in_title and it.problems:
                return f"{PROBLEMS_MARK} {it.problems}  {self._display(it, 0)}"
            return self._display(it, col)
        if role == SORT_ROLE:
            return self._sort_key(it, col)
        return None

    def _display(self, it: review.QueueItem, col: int) -> str:
        if col == 0:
            return self.shown_title(it)
        if col == 1:
            return self._labels.get(it.collection or "", it.collection or "")
        if col == 2:
            return it.status
        if col == 3:
            return it.author
        if col == 4:
            return it.date.strftime("%d %b %Y") if it.date else ""
        if col == 5:
            text = _when(it.last_change)
            return text + (" *" if it.last_change_source == "not committed" else "")
        if col == 6:
            return str(it.problems) if it.problems else ""
        if it.newer_draft is not None:
            return self.tr("newer draft waits")
        return self.tr(it.state_said)  # "approved with 2 warnings" when Check warned then

    def _sort_key(self, it: review.QueueItem, col: int) -> Any:
        if col == 4:
            return it.date.isoformat() if it.date else ""
        if col == 5:
            return it.last_change.timestamp() if it.last_change else 0.0
        if col == 6:
            return it.problems
        return self._display(it, col).casefold()


class ReviewQueueFilter(QSortFilterProxyModel):
    """Sorts by the model's sort keys and keeps the rows `review.QueueFilter` accepts."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        # The rule of `editor-app review queue --text ... --with-problems`.
        self.rules = review.QueueFilter()

    @property
    def only_problems(self) -> bool:
        return self.rules.with_problems

    def set_only_problems(self, on: bool) -> None:
        self._set_rules(replace(self.rules, with_problems=on))

    def set_text(self, text: str) -> None:
        self._set_rules(replace(self.rules, text=text or None))

    def _set_rules(self, rules: review.QueueFilter) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+: invalidateFilter is deprecated
            self.beginFilterChange()
            self.rules = rules
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.rules = rules
            self.invalidateFilter()

    def filterAcceptsRow(  # noqa: N802 - Qt API
        self, row: int, parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        item = self.sourceModel().index(row, 0, parent).data(ITEM_ROLE)
        return item is None or self.rules.accepts(item, self.sourceModel().labels())
