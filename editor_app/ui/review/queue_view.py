"""The left side of the review screen: the filter, the queue table and its summary line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor_app.core import review
from editor_app.ui.review.common import ITEM_ROLE, _count
from editor_app.ui.review.queue_model import (
    PROBLEMS_MARK,
    ReviewQueueFilter,
    ReviewQueueModel,
)


class QueueView(QWidget):
    """The pages waiting for review, sortable and filtered as `review.QueueFilter` says."""

    currentChanged = Signal(object)  # the chosen review.QueueItem, or None
    activated = Signal()  # a row was double-clicked (open the page)
    refreshRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The line under the queue, as words and whether `*` marks a row: said again as the
        # columns shown change (`_say_count`).
        self._said: tuple[str, bool, str] | None = None
        # Each column heading's width, as last measured shown: Qt measures a hidden one as 0,
        # which let a column left out come back too narrow for its heading.
        self._heading_widths: dict[int, int] = {}
        self.model = ReviewQueueModel(self)
        self.proxy = ReviewQueueFilter(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by title, author, status…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter the review queue"))
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.problems_only = QCheckBox(self.tr("Only with problems"))
        self.problems_only.toggled.connect(self.proxy.set_only_problems)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refreshRequested)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Review queue"))
        self.table.setTabKeyNavigation(False)  # Tab leaves, arrows move: as the page list
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ReviewQueueModel.LAST_CHANGE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Every column fits the table's width (no sideways scrolling to reach Review, at 1024
        # wide too): `_fit_columns` sizes them; long text is elided, its tooltip whole.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(36)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.viewport().installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.table.doubleClicked.connect(lambda _i: self.activated.emit())
        self.queue_label = QLabel(self.tr("Looking for drafts…"))
        self.queue_label.setWordWrap(True)
        # Drafts sent on their own branch are reviewed in Drafts: opened from here too (the
        # Sharing bar is in the main window, often behind this one).
        self.drafts_button = QPushButton(self.tr("Open Drafts…"))
        self.drafts_button.setToolTip(self.tr("The drafts sent for review on their own branch"))
        self.drafts_button.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.filter_edit, 1)
        row.addWidget(self.problems_only)
        row.addWidget(self.refresh_button)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        below = QHBoxLayout()
        below.addWidget(self.queue_label, 1)
        below.addWidget(self.drafts_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(below)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    # Left out first when the table is too narrow for all (the title's tooltip says them):
    # Kind, Date, Last change, Problems; Title, Status, Author and Review always stay.
    _LEFT_OUT_FIRST = (1, 4, 5, 6)

    def _fit_columns(self) -> None:
        """Size the columns to the table's width: each its text's width, the title taking
        what is left; when that is too wide, the title takes a third (160 at least), the columns
        of `_LEFT_OUT_FIRST` are hidden in turn, the title narrowed to a quarter, then the
        widest cut down, their text elided."""
        header = self.table.horizontalHeader()
        room = self.table.viewport().width()
        if room <= 0:
            return
        least = header.minimumSectionSize()
        for c in range(len(ReviewQueueModel.COLUMNS)):
            if not header.isSectionHidden(c):
                self._heading_widths[c] = header.sectionSizeHint(c)
        wants = {
            c: max(self._heading_widths.get(c, 0), self.table.sizeHintForColumn(c) + 8, least)
            for c in range(len(ReviewQueueModel.COLUMNS))
        }
        title = min(wants[0], max(160, room // 3))
        shown = [c for c in wants if c != 0]
        for col in self._LEFT_OUT_FIRST:
            if title + sum(wants[c] for c in shown) <= room:
                break
            shown.remove(col)
        # Then the title gives room (its tooltip has it whole) down to a quarter, before a
        # state is cut ("changed since sent b…" at 1024 wide).
        over = title + sum(wants[c] for c in shown) - room
        if over > 0:
            title = max(title - over, min(title, max(120, room // 4)))
        cap = max(wants[c] for c in shown)
        while cap > least and title + sum(min(wants[c], cap) for c in shown) > room:
            cap -= 4
        for col in wants:
            self.table.setColumnHidden(col, col != 0 and col not in shown)
        self.model.set_problems_in_title(ReviewQueueModel.PROBLEMS not in shown)
        widths = {c: min(wants[c], cap) for c in shown}
        header.resizeSection(0, max(room - sum(widths.values()), least))
        for col, width in widths.items():
            header.resizeSection(col, width)
        self._say_count()

    def _say_count(self) -> None:
        """The line under the queue: how many pages, what `*` means while the Last change
        column shows it (a narrow queue leaves that column out), and the warning."""
        if self._said is None:
            return
        text, starred, warning = self._said
        if starred and not self.table.isColumnHidden(ReviewQueueModel.LAST_CHANGE):
            text += self.tr(" * = changed since its last version in history.")
        if self.table.isColumnHidden(ReviewQueueModel.PROBLEMS) and any(
            it.problems for it in self.model.items()
        ):
            text += self.tr(" %1 = problems Check finds.").replace("%1", PROBLEMS_MARK)
        self.queue_label.setText(text + warning)

    def show_busy(self) -> None:
        self._said = None  # until the rows come, a resize leaves this line as it is
        self.refresh_button.setEnabled(False)
        self.queue_label.setText(self.tr("Looking for drafts…"))

    def show_failed(self, reason: str) -> None:
        self._said = None
        self.refresh_button.setEnabled(True)
        self.queue_label.setText(
            self.tr("The review queue could not be built: %1").replace("%1", reason)
        )

    def set_items(
        self,
        items: list[review.QueueItem],
        labels: dict[str, str],
        warning: str | None = None,
        keep: Path | None = None,
        empty: str = "Nothing to review: every page is final.",
    ) -> None:
        """Show these rows, and choose `keep` again (else the first row); `empty`: what no
        rows mean on the site (`review.nothing_to_review`)."""
        self.model.set_items(items, labels)
        self.refresh_button.setEnabled(True)
        if items:
            text = _count(
                self, len(items), "1 page waiting for review.", "%1 pages waiting for review."
            )
        else:
            text = self.tr(empty)
        starred = any(i.last_change_source == "not committed" for i in items)
        self._said = (text, starred, "\n" + self.tr(warning) if warning else "")
        self._fit_columns()  # to the new rows' text
        self._say_count()
        row = 0
        if keep is not None:
            for r in range(self.proxy.rowCount()):
                if self.proxy.index(r, 0).data(ITEM_ROLE).path == keep:
                    row = r
        if self.proxy.rowCount():
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.proxy.index(row, 0))
        else:
            self.currentChanged.emit(None)

    def select_path(self, path: Path | str) -> bool:
        """Select a document in the queue; False when it is not in it (or filtered out)."""
        target = Path(path).resolve()
        for r in range(self.proxy.rowCount()):
            if self.proxy.index(r, 0).data(ITEM_ROLE).path == target:
                self.table.setCurrentIndex(self.proxy.index(r, 0))
                return True
        return False

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.currentChanged.emit(current.data(ITEM_ROLE) if current.isValid() else None)

    def paths(self) -> list[Path]:
        """Every page in the queue (filtered or not), in the model's order."""
        return [it.path for it in self.model.items()]

    def count(self) -> int:
        return self.model.rowCount()

    def labels(self) -> dict[str, Any]:
        return self.model.labels()
