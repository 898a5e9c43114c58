"""Review mode for editors: the queue of drafts, what changed, notes, decisions and reports.

The widgets only call `editor_app.core.review`; every rule (what is a draft, how notes are
anchored, how a decision changes the file) lives there.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor_app.core import review
from editor_app.core.document import Document, FrontMatterError
from editor_app.ui.workers import JobRunner

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
NOTE_ROLE = Qt.ItemDataRole.UserRole + 3


def _count(obj: Any, n: int, one: str, many: str) -> str:
    """Singular or plural words for a number, translatable."""
    return obj.tr(one) if n == 1 else obj.tr(many).replace("%1", str(n))


def _to_qt(text: str, index: int) -> int:
    """A Python string index as a Qt text position (Qt counts UTF-16 units, e.g. emoji as 2)."""
    return len(text[:index].encode("utf-16-le")) // 2


def _from_qt(text: str, position: int) -> int:
    """A Qt text position as a Python string index."""
    units = 0
    for i, ch in enumerate(text):
        if units >= position:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def _when(moment: Any) -> str:
    return moment.astimezone().strftime("%d %b %Y, %H:%M") if moment is not None else ""


class ReviewQueueModel(QAbstractTableModel):
    """The review queue as a table: one row per draft (a thin adapter over core QueueItems)."""

    COLUMNS = ("Title", "Kind", "Status", "Author", "Date", "Last change", "Problems")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[review.QueueItem] = []
        self._labels: dict[str, str] = {}

    def set_items(
        self, items: list[review.QueueItem], labels: dict[str, str] | None = None
    ) -> None:
        """Replace the rows (labels: plain names of the collections)."""
        self.beginResetModel()
        self._items = list(items)
        self._labels = dict(labels or {})
        self.endResetModel()

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
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
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
                return self.tr("Changed since the last commit")
            if col == 6 and it.problems:
                text = _count(self, it.problems, "1 problem", "%1 problems")
                return text + self.tr(", %1 of them errors").replace("%1", str(it.errors))
            return it.relative
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(it, col)
        if role == SORT_ROLE:
            return self._sort_key(it, col)
        return None

    def _display(self, it: review.QueueItem, col: int) -> str:
        if col == 0:
            return it.title
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
        return str(it.problems) if it.problems else ""

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


class NotesPanel(QWidget):
    """The review notes of one document: list, resolve, delete; shown to the author too.

    The main window calls `set_document(path, body)` when a file opens (and after edits);
    `passageRequested(start, end)` asks it to select the passage a note refers to.
    """

    notesChanged = Signal(Path)
    passageRequested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: review.NoteStore | None = None
        self._body = ""
        self._anchors: dict[str, review.Anchor] = {}

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.show_resolved = QCheckBox(self.tr("Show resolved notes"))
        self.show_resolved.toggled.connect(self._fill)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Review notes"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(self._show_passage)
        self.list.itemClicked.connect(self._show_passage)

        self.resolve_button = QPushButton(self.tr("Mark as resolved"))
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.delete_button = QPushButton(self.tr("Delete note"))
        self.delete_button.clicked.connect(self.delete_current)

        buttons = QHBoxLayout()
        buttons.addWidget(self.show_resolved)
        buttons.addStretch(1)
        buttons.addWidget(self.resolve_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
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
        self._fill()

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
            head = f"{note.author}, {_when(note.date)}"
            if state:
                head += f" ({self.tr(state)})"
            lines = [head]
            if note.quote:
                quote = " ".join(note.quote.split())
                lines.append(f"“{quote[:160]}{'…' if len(quote) > 160 else ''}”")
            lines.append(note.text)
            item = QListWidgetItem("\n".join(lines))
            item.setData(NOTE_ROLE, note)
            if note.resolved:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
        self._update_buttons()

    def _update_buttons(self, *_args: Any) -> None:
        note = self._current()
        self.resolve_button.setEnabled(note is not None)
        self.delete_button.setEnabled(note is not None)
        self.resolve_button.setText(
            self.tr("Reopen") if note is not None and note.resolved else self.tr("Mark as resolved")
        )

    def _show_passage(self, item: QListWidgetItem) -> None:
        note = item.data(NOTE_ROLE)
        anchor = self._anchors.get(note.id) if note is not None else None
        if anchor is not None and anchor.state != review.GENERAL:
            self.passageRequested.emit(anchor.start, anchor.end)


class ReviewPanel(QWidget):
    """The review screen: queue on the left; what changed, notes and report on the right."""

    approved = Signal(Path)  # the file was changed on disk (status set to final)
    sentBack = Signal(Path)
    openRequested = Signal(Path)  # "Open in editor"
    queueLoaded = Signal(int)

    COMPARE_COMMIT, COMPARE_REVIEWED, COMPARE_COMMITS = range(3)

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.site: Any = None
        self.schema: Any = None
        self.snapshots = review.SnapshotStore()
        self.history: review.History | None = None
        self.current: review.QueueItem | None = None
        self._body = ""
        self.report_text = ""
        self.jobs = JobRunner(1, self)
        # Asked before a decision changes a file (the main window checks for unsaved edits).
        self.may_change_file = lambda path: True
        self._build()

    # -- construction ----------------------------------------------------------------------
    def _build(self) -> None:
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
        self.refresh_button.clicked.connect(self.refresh)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Review queue"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # The title matters most: it keeps a useful width, the short columns fit their text.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        for col in range(1, len(ReviewQueueModel.COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(0, 240)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.table.doubleClicked.connect(lambda _i: self._open_current())
        self.queue_label = QLabel(self.tr("Looking for drafts…"))
        self.queue_label.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.filter_edit, 1)
        row.addWidget(self.problems_only)
        row.addWidget(self.refresh_button)
        left_layout.addLayout(row)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.queue_label)

        # What changed
        self.compare_combo = QComboBox()
        self.compare_combo.setAccessibleName(self.tr("Compare with"))
        self.compare_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.compare_combo.currentIndexChanged.connect(self._on_compare_mode)
        self.from_combo = QComboBox()
        self.from_combo.setAccessibleName(self.tr("Older version"))
        self.to_combo = QComboBox()
        self.to_combo.setAccessibleName(self.tr("Newer version"))
        self.from_combo.currentIndexChanged.connect(self.show_diff)
        self.to_combo.currentIndexChanged.connect(self.show_diff)
        self.mark_button = QPushButton(self.tr("Mark as reviewed"))
        self.mark_button.setToolTip(
            self.tr("Remember this version, so next time you see only what changed after it.")
        )
        self.mark_button.clicked.connect(self.mark_reviewed)
        self.diff_view = QTextBrowser()
        self.diff_view.setAccessibleName(self.tr("What changed"))
        self.diff_view.setOpenLinks(False)
        compare_row = QHBoxLayout()
        compare_row.addWidget(QLabel(self.tr("Compare:")))
        compare_row.addWidget(self.compare_combo)
        self.from_label = QLabel(self.tr("from"))
        self.to_label = QLabel(self.tr("to"))
        compare_row.addWidget(self.from_label)
        compare_row.addWidget(self.from_combo, 1)
        compare_row.addWidget(self.to_label)
        compare_row.addWidget(self.to_combo, 1)
        compare_row.addStretch(0)
        compare_row.addWidget(self.mark_button)
        changes = QWidget()
        changes_layout = QVBoxLayout(changes)
        changes_layout.addLayout(compare_row)
        changes_layout.addWidget(self.diff_view, 1)

        # Text and notes
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("Page text"))
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text_view.selectionChanged.connect(self._update_buttons)
        self.notes = NotesPanel()
        self.notes.passageRequested.connect(self._select_passage)
        self.notes.notesChanged.connect(lambda _p: self._after_notes_changed())
        self.add_note_button = QPushButton(self.tr("Add note…"))
        self.add_note_button.setToolTip(
            self.tr("Select words in the text first to attach the note to them.")
        )
        self.add_note_button.clicked.connect(self.add_note_on_selection)
        self.author_edit = QLineEdit(
            str(self.settings.value("review/author", "") or review.default_author())
        )
        self.author_edit.setAccessibleName(self.tr("Your name"))
        self.author_edit.editingFinished.connect(
            lambda: self.settings.setValue("review/author", self.author_edit.text().strip())
        )
        note_row = QHBoxLayout()
        note_row.addWidget(QLabel(self.tr("Your name:")))
        note_row.addWidget(self.author_edit)
        note_row.addStretch(1)
        note_row.addWidget(self.add_note_button)
        notes_split = QSplitter(Qt.Orientation.Vertical)
        notes_split.addWidget(self.text_view)
        notes_split.addWidget(self.notes)
        notes_split.setSizes([400, 250])
        notes_tab = QWidget()
        notes_layout = QVBoxLayout(notes_tab)
        notes_layout.addLayout(note_row)
        notes_layout.addWidget(notes_split, 1)

        # Report
        self.report_view = QTextBrowser()
        self.report_view.setAccessibleName(self.tr("Review report"))
        self.report_view.setOpenExternalLinks(False)
        self.report_view.setOpenLinks(False)
        self.report_one_button = QPushButton(self.tr("Report on this page"))
        self.report_one_button.clicked.connect(lambda: self.make_report(whole_queue=False))
        self.report_all_button = QPushButton(self.tr("Report on the whole queue"))
        self.report_all_button.clicked.connect(lambda: self.make_report(whole_queue=True))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(self.save_report_pdf)
        self.html_button = QPushButton(self.tr("Save as web page…"))
        self.html_button.clicked.connect(self.save_report_html)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_report)
        report_row = QHBoxLayout()
        for b in (self.report_one_button, self.report_all_button):
            report_row.addWidget(b)
        report_row.addStretch(1)
        for b in (self.pdf_button, self.html_button, self.print_button):
            report_row.addWidget(b)
        report_tab = QWidget()
        report_layout = QVBoxLayout(report_tab)
        report_layout.addLayout(report_row)
        report_layout.addWidget(self.report_view, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(changes, self.tr("What changed"))
        self.tabs.addTab(notes_tab, self.tr("Text and notes"))
        self.tabs.addTab(report_tab, self.tr("Report"))

        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setToolTip(self.tr("Set the status to its final value and save."))
        self.approve_button.clicked.connect(self.approve_current)
        self.send_back_button = QPushButton(self.tr("Send back…"))
        self.send_back_button.setToolTip(
            self.tr("Keep it as a draft, with your notes for the author.")
        )
        self.send_back_button.clicked.connect(self.send_back_current)
        self.open_button = QPushButton(self.tr("Open in editor"))
        self.open_button.clicked.connect(self._open_current)
        decide_row = QHBoxLayout()
        decide_row.addWidget(self.open_button)
        decide_row.addStretch(1)
        decide_row.addWidget(self.send_back_button)
        decide_row.addWidget(self.approve_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title_label)
        right_layout.addWidget(self.detail_label)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addLayout(decide_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([620, 820])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.setFocusProxy(self.table)
        self._show_item(None)

    # -- the queue -------------------------------------------------------------------------
    def set_site(self, site: Any, schema: Any = None) -> None:
        """Review this site (schema: the one in force; loaded by the core when None)."""
        self.site, self.schema = site, schema
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the queue in the background (validation of every draft takes a moment)."""
        if self.site is None:
            return
        self.refresh_button.setEnabled(False)
        self.queue_label.setText(self.tr("Looking for drafts…"))
        self.jobs.start(
            self._build_queue,
            self.site,
            self.schema,
            on_done=self._on_queue,
            on_error=self._on_queue_failed,
        )

    @staticmethod
    def _build_queue(site: Any, schema: Any) -> tuple[list[review.QueueItem], Any]:
        if schema is None:
            from editor_app.core.schema import load_schema

            schema = load_schema(site)
        return review.review_queue(site, schema), schema

    def _on_queue(self, result: tuple[list[review.QueueItem], Any]) -> None:
        items, self.schema = result
        keep = self.current.path if self.current is not None else None
        labels = {name: c.label for name, c in getattr(self.site, "collections", {}).items()}
        self.model.set_items(items, labels)
        self.refresh_button.setEnabled(True)
        if items:
            self.queue_label.setText(
                _count(
                    self, len(items), "1 page waiting for review.", "%1 pages waiting for review."
                )
                + (
                    self.tr(" * = changed since the last commit.")
                    if any(i.last_change_source == "not committed" for i in items)
                    else ""
                )
            )
        else:
            self.queue_label.setText(self.tr("Nothing to review: every page is final."))
        warning = review.notes_publishing_warning(self.site)
        if warning:
            self.queue_label.setText(self.queue_label.text() + "\n" + self.tr(warning))
        row = 0
        if keep is not None:
            for r in range(self.proxy.rowCount()):
                if self.proxy.index(r, 0).data(ITEM_ROLE).path == keep:
                    row = r
        if self.proxy.rowCount():
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.proxy.index(row, 0))
        else:
            self._show_item(None)
        self.queueLoaded.emit(len(items))

    def _on_queue_failed(self, reason: str) -> None:
        self.refresh_button.setEnabled(True)
        self.queue_label.setText(
            self.tr("The review queue could not be built: %1").replace("%1", reason)
        )

    def select_path(self, path: Path | str) -> bool:
        """Select a document in the queue; False when it is not in it (or filtered out)."""
        target = Path(path).resolve()
        for r in range(self.proxy.rowCount()):
            if self.proxy.index(r, 0).data(ITEM_ROLE).path == target:
                self.table.setCurrentIndex(self.proxy.index(r, 0))
                return True
        return False

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_item(current.data(ITEM_ROLE) if current.isValid() else None)

    # -- one document ----------------------------------------------------------------------
    def _show_item(self, item: review.QueueItem | None) -> None:
        self.current = item
        if item is None:
            self.history = None
            self._body = ""
            self.title_label.setText(self.tr("No page chosen"))
            self.detail_label.setText(self.tr("Choose a page in the queue to review it."))
            self.diff_view.clear()
            self.text_view.clear()
            self.notes.set_document(None)
            self._update_buttons()
            return
        self.title_label.setText(item.title)
        parts = [item.relative, self.tr("status: %1").replace("%1", item.status)]
        if item.problems:
            parts.append(_count(self, item.problems, "1 problem", "%1 problems"))
        self.detail_label.setText(" · ".join(parts))
        self.history = review.History(item.path, self.snapshots)
        try:
            body = Document.load(item.path).body
        except OSError as exc:
            body = ""
            self.detail_label.setText(
                self.tr("This file cannot be read: %1").replace("%1", str(exc))
            )
        self._body = body
        self.text_view.setPlainText(body)
        self.notes.set_document(item.path, body)
        self._highlight_notes()
        self._fill_compare()
        self._update_buttons()

    def _fill_compare(self) -> None:
        history = self.history
        self.compare_combo.blockSignals(True)
        self.compare_combo.clear()
        if history is not None and history.uses_git:
            self.compare_combo.addItem(self.tr("Since the last commit"), self.COMPARE_COMMIT)
            self.compare_combo.addItem(self.tr("Between two commits"), self.COMPARE_COMMITS)
        self.compare_combo.addItem(
            self.tr("Since I last marked it reviewed"), self.COMPARE_REVIEWED
        )
        self.compare_combo.blockSignals(False)
        commits = history.commits() if history is not None else []
        for combo in (self.from_combo, self.to_combo):
            combo.blockSignals(True)
            combo.clear()
        self.to_combo.addItem(self.tr("Now (the file as it is)"), None)
        for c in commits:
            text = f"{_when(c.date)} · {c.subject} ({c.author})"
            self.from_combo.addItem(text, c.sha)
            self.to_combo.addItem(text, c.sha)
        # Default range: the previous commit to the latest one.
        if len(commits) > 1:
            self.from_combo.setCurrentIndex(1)
            self.to_combo.setCurrentIndex(1)
        for combo in (self.from_combo, self.to_combo):
            combo.blockSignals(False)
        self._on_compare_mode()

    def _on_compare_mode(self, *_args: Any) -> None:
        between = self.compare_combo.currentData() == self.COMPARE_COMMITS
        for w in (self.from_label, self.from_combo, self.to_label, self.to_combo):
            w.setVisible(between)
        self.show_diff()

    def set_compare_commits(self, older: str, newer: str | None) -> None:
        """Compare two commits (newer None: the file as it is now)."""
        self.compare_combo.setCurrentIndex(self.compare_combo.findData(self.COMPARE_COMMITS))
        self.from_combo.setCurrentIndex(self.from_combo.findData(older))
        self.to_combo.setCurrentIndex(self.to_combo.findData(newer))
        self.show_diff()

    def show_diff(self, *_args: Any) -> None:
        """Compute the chosen comparison in the core and show its HTML."""
        history = self.history
        if history is None:
            return
        mode = self.compare_combo.currentData()
        note = ""
        try:
            if mode == self.COMPARE_COMMIT:
                diff = history.since_last_commit()
                if not diff.changed:
                    note = self.tr(
                        "No changes since the last commit. Choose “Between two commits” to see "
                        "earlier changes."
                    )
            elif mode == self.COMPARE_COMMITS:
                older = self.from_combo.currentData()
                if older is None:
                    diff = None
                    note = self.tr("This page has no earlier commit to compare with.")
                else:
                    diff = history.between(older, self.to_combo.currentData())
            else:
                diff = history.since_reviewed()
                if diff is None:
                    note = self.tr(
                        "You have not marked this page as reviewed yet, so there is nothing to "
                        "compare with. Read it in “Text and notes”, then press “Mark as reviewed”: "
                        "next time you will see only what changed after that."
                    )
        except OSError as exc:
            diff, note = None, self.tr("The versions could not be read: %1").replace("%1", str(exc))
        html = f"<p>{note}</p>" if note else ""
        if diff is not None and (diff.changed or not note):
            html += diff.to_html()
        self.diff_view.setHtml(html)

    def mark_reviewed(self) -> None:
        if self.history is None:
            return
        try:
            self.history.mark_reviewed()
        except OSError as exc:
            self._error(self.tr("The reviewed copy could not be kept: %1").replace("%1", str(exc)))
            return
        self.show_diff()

    # -- notes -----------------------------------------------------------------------------
    def _author(self) -> str:
        name = self.author_edit.text().strip() or review.default_author()
        self.settings.setValue("review/author", name)
        return name

    @classmethod
    def ask_note_text(cls, parent: QWidget, quote: str) -> str | None:
        """Ask for the text of a note (tests replace this)."""
        label = (
            parent.tr("Your note on the selected words:")
            if quote
            else parent.tr("Your note on the whole page:")
        )
        text, ok = QInputDialog.getMultiLineText(parent, parent.tr("Add review note"), label)
        return text.strip() if ok and text.strip() else None

    def add_note_on_selection(self) -> review.Note | None:
        """Attach a note to the words selected in the text (or to the whole page)."""
        if self.current is None:
            return None
        cursor = self.text_view.textCursor()
        # The document's own text, not the widget's (which shows no-break spaces as spaces).
        body = self._body
        start = _from_qt(body, cursor.selectionStart())
        end = _from_qt(body, cursor.selectionEnd())
        text = self.ask_note_text(self, body[start:end])
        if not text:
            return None
        try:
            return self.notes.add_note(start, end, text, self._author())
        except OSError as exc:
            self._error(self.tr("The note could not be saved: %1").replace("%1", str(exc)))
            return None

    def _after_notes_changed(self) -> None:
        self._highlight_notes()
        self._update_buttons()

    def _highlight_notes(self) -> None:
        """Mark the passages that have notes in the text (orange: the words changed since)."""
        selections = []
        for start, end, changed in self.notes.passages():
            sel = QTextEdit.ExtraSelection()
            sel.format.setBackground(QColor("#ffd9a0" if changed else "#fff3a8"))
            cursor = self.text_view.textCursor()
            cursor.setPosition(_to_qt(self._body, start))
            cursor.setPosition(_to_qt(self._body, end), cursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
        self.text_view.setExtraSelections(selections)

    def _select_passage(self, start: int, end: int) -> None:
        cursor = self.text_view.textCursor()
        cursor.setPosition(_to_qt(self._body, start))
        cursor.setPosition(_to_qt(self._body, end), cursor.MoveMode.KeepAnchor)
        self.text_view.setTextCursor(cursor)
        self.text_view.centerCursor()
        self.tabs.setCurrentIndex(1)

    # -- decisions -------------------------------------------------------------------------
    def approve_current(self) -> bool:
        """Set the status to its final value through the lossless document model, and save."""
        item = self.current
        if item is None or not self.may_change_file(item.path):
            return False
        try:
            review.approve(item.path, self.site, self.schema, self.snapshots)
        except (review.ReviewError, FrontMatterError, ValueError, OSError) as exc:
            self._error(self.tr("This page could not be approved: %1").replace("%1", str(exc)))
            return False
        self.approved.emit(item.path)
        self.refresh()
        return True

    @classmethod
    def ask_send_back_note(cls, parent: QWidget) -> str | None:
        """Ask for an optional message to the author; None when cancelled (tests replace this)."""
        text, ok = QInputDialog.getMultiLineText(
            parent,
            parent.tr("Send back to the author"),
            parent.tr("The page stays a draft with your notes. Add a message (optional):"),
        )
        return text if ok else None

    def send_back_current(self) -> bool:
        item = self.current
        if item is None:
            return False
        message = self.ask_send_back_note(self)
        if message is None:
            return False
        try:
            review.send_back(item.path, message, self._author())
        except (review.ReviewError, OSError) as exc:
            self._error(self.tr("The message could not be saved: %1").replace("%1", str(exc)))
            return False
        self.notes.set_document(item.path, self._body)
        self.sentBack.emit(item.path)
        return True

    def _open_current(self) -> None:
        if self.current is not None:
            self.openRequested.emit(self.current.path)

    # -- report ----------------------------------------------------------------------------
    def make_report(self, whole_queue: bool = False) -> None:
        """Build the report (this page, or every page in the queue) in the background."""
        if whole_queue:
            paths = [self.model.item(r).path for r in range(self.model.rowCount())]
            title = self.tr("Review report: the whole queue")
        elif self.current is not None:
            paths = [self.current.path]
            title = self.tr("Review report: %1").replace("%1", self.current.title)
        else:
            return
        self.tabs.setCurrentIndex(2)
        self.report_view.setHtml(f"<p>{self.tr('Preparing the report…')}</p>")
        self._report_busy(True)
        self.jobs.start(
            review.report_html,
            paths,
            self.site,
            self.schema,
            None,
            title,
            on_done=self._on_report,
            on_error=self._on_report_failed,
        )

    def _report_busy(self, busy: bool) -> None:
        for b in (self.report_one_button, self.report_all_button):
            b.setEnabled(not busy)
        has = bool(self.report_text) and not busy
        for b in (self.pdf_button, self.html_button, self.print_button):
            b.setEnabled(has)

    def _on_report(self, html: str) -> None:
        self.report_text = html
        self.report_view.setHtml(html)
        self._report_busy(False)

    def _on_report_failed(self, reason: str) -> None:
        self.report_view.setHtml(
            f"<p>{self.tr('The report could not be made: %1').replace('%1', reason)}</p>"
        )
        self._report_busy(False)

    @classmethod
    def ask_save_path(cls, parent: QWidget, caption: str, name: str, filters: str) -> str | None:
        """Ask where to save (tests replace this)."""
        path, _ = QFileDialog.getSaveFileName(parent, caption, name, filters)
        return path or None

    def _report_document(self) -> QTextDocument:
        doc = QTextDocument()
        doc.setHtml(self.report_text)
        return doc

    def save_report_pdf(self, path: str | None = None) -> Path | None:
        """Print the report to a PDF file."""
        if not self.report_text:
            return None
        path = path or self.ask_save_path(
            self, self.tr("Save report as PDF"), "review-report.pdf", self.tr("PDF files (*.pdf)")
        )
        if not path:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        self._report_document().print_(printer)
        return Path(path)

    def save_report_html(self, path: str | None = None) -> Path | None:
        """Save the report as a web page (the core writes it)."""
        if not self.report_text:
            return None
        path = path or self.ask_save_path(
            self, self.tr("Save report"), "review-report.html", self.tr("Web pages (*.html)")
        )
        if not path:
            return None
        try:
            return review.write_report(path, self.report_text)
        except OSError as exc:
            self._error(self.tr("The report could not be saved: %1").replace("%1", str(exc)))
            return None

    def print_report(self) -> None:
        if not self.report_text:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self._report_document().print_(printer)

    # -- helpers ---------------------------------------------------------------------------
    def _update_buttons(self, *_args: Any) -> None:
        has = self.current is not None
        for b in (
            self.approve_button,
            self.send_back_button,
            self.open_button,
            self.add_note_button,
        ):
            b.setEnabled(has)
        self.report_one_button.setEnabled(has)
        self.report_all_button.setEnabled(self.model.rowCount() > 0)
        self.mark_button.setEnabled(has)
        if has and self.text_view.textCursor().hasSelection():
            self.add_note_button.setText(self.tr("Add note on the selected words…"))
        else:
            self.add_note_button.setText(self.tr("Add note on the whole page…"))
        has_report = bool(self.report_text)
        for b in (self.pdf_button, self.html_button, self.print_button):
            b.setEnabled(has_report)

    @classmethod
    def show_error(cls, parent: QWidget, message: str) -> None:
        """Tell the user something went wrong (tests replace this)."""
        QMessageBox.warning(parent, parent.tr("Review"), message)

    def _error(self, message: str) -> None:
        self.show_error(self, message)

    def shutdown(self) -> None:
        """Wait for background work (at close)."""
        self.jobs.shutdown()


class ReviewWindow(QMainWindow):
    """A window holding the ReviewPanel, opened from Review > Review Queue…"""

    def __init__(
        self,
        site: Any = None,
        schema: Any = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review queue"))
        self.panel = ReviewPanel(settings, self)
        self.setCentralWidget(self.panel)
        self.resize(1300, 820)
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)
        refresh = QAction(self.tr("Refresh"), self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(self.panel.refresh)
        self.addActions([close, refresh])
        if site is not None:
            self.set_site(site, schema)

    def set_site(self, site: Any, schema: Any = None) -> None:
        name = Path(site.root).name
        self.setWindowTitle(self.tr("Review queue – %1").replace("%1", name))
        self.panel.set_site(site, schema)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.panel.shutdown()
        super().closeEvent(event)


class ReviewHook(QObject):
    """Puts review mode into the main window: the Review menu and the notes of the open page.

    Installed by `install_review(window)`; it uses only the window's public hooks (menus,
    signals and methods listed in docs/ARCHITECTURE.md).
    """

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.review_window: ReviewWindow | None = None

        self.notes = NotesPanel()
        self.notes.setAccessibleName(self.tr("Review notes"))
        self.notes_dock = QDockWidget(self.tr("Review notes"), window)
        self.notes_dock.setObjectName("reviewNotesDock")
        self.notes_dock.setWidget(self.notes)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notes_dock)
        self.notes_dock.hide()

        self.queue_action = QAction(self.tr("Review &Queue…"), window)
        self.queue_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.queue_action.setStatusTip(self.tr("See every draft waiting for review"))
        self.queue_action.triggered.connect(self.open_queue)
        notes_action = self.notes_dock.toggleViewAction()
        notes_action.setText(self.tr("Review &Notes"))
        self.menu = QMenu(self.tr("&Review"), window)
        self.menu.addAction(self.queue_action)
        self.menu.addAction(notes_action)
        help_menu = getattr(window, "help_menu", None)
        bar = window.menuBar()
        if help_menu is not None:
            bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            bar.addMenu(self.menu)

        window.documentOpened.connect(self._on_opened)
        window.documentSaved.connect(self._on_saved)
        window.documentClosed.connect(lambda _p: self.notes.set_document(None))
        window.siteOpened.connect(self._on_site)
        self.notes.passageRequested.connect(self._select_in_editor)
        self._sync_timer = QTimer(self)
        self._sync_timer.setSingleShot(True)
        self._sync_timer.setInterval(800)
        self._sync_timer.timeout.connect(self._sync_body)
        window.editor.textChanged.connect(self._sync_timer.start)
        self.notes_dock.visibilityChanged.connect(lambda shown: shown and self._sync_body())

    # -- the notes of the open page ---------------------------------------------------------
    def _body(self) -> str:
        doc = self.window.current_document()
        return doc.body if doc is not None and doc.error is None else ""

    def _on_opened(self, path: Path) -> None:
        self.notes.set_document(path, self._body())
        if any(not n.resolved for n in self.notes.notes()):
            self.notes_dock.show()

    def _on_saved(self, _path: Path) -> None:
        self.notes.set_body(self._editor_body() or self._body())

    def _editor_body(self) -> str | None:
        """The page text being edited, or None when the editor holds the whole raw file."""
        doc = self.window.current_document()
        if doc is None or doc.error is not None:
            return None
        return self.window.editor.toPlainText()

    def _sync_body(self) -> None:
        # Keep the notes placed in the text as typed, so clicking a note finds its words.
        body = self._editor_body()
        if body is not None and self.notes.store is not None and self.notes_dock.isVisible():
            self.notes.set_body(body)

    def _select_in_editor(self, start: int, end: int) -> None:
        text = self._editor_body()
        if text is None:
            return
        editor = self.window.editor
        cursor = editor.textCursor()
        cursor.setPosition(_to_qt(text, start))
        cursor.setPosition(_to_qt(text, end), cursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        editor.centerCursor()
        editor.setFocus()

    # -- the review window ------------------------------------------------------------------
    def open_queue(self) -> ReviewWindow | None:
        """Open (or raise) the review window on the window's site."""
        site = self.window.site
        if site is None:
            return None
        if self.review_window is None:
            # A child of the main window: it goes when that window closes, and does not keep
            # the application running on its own.
            self.review_window = ReviewWindow(settings=self.window.settings, parent=self.window)
            panel = self.review_window.panel
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(panel.shutdown)
            panel.may_change_file = self._may_change
            panel.approved.connect(self._after_approve)
            panel.sentBack.connect(self._after_notes_changed)
            panel.notes.notesChanged.connect(self._after_notes_changed)
            panel.openRequested.connect(self._open_in_editor)
            self.review_window.set_site(site, self.window.schema)
        self.review_window.show()
        self.review_window.raise_()
        self.review_window.activateWindow()
        return self.review_window

    def _is_open(self, path: Path) -> bool:
        doc = self.window.current_document()
        return doc is not None and doc.path is not None and Path(doc.path).resolve() == path

    def _may_change(self, path: Path) -> bool:
        # Unsaved edits to the same page would be lost or overwrite the decision: ask first
        # (save, don't save, or cancel the decision).
        if self._is_open(Path(path).resolve()):
            return bool(self.window.maybe_save_changes())
        return True

    def _after_approve(self, path: Path) -> None:
        # The file changed on disk; edits were saved or dropped by the author just before.
        if self._is_open(Path(path).resolve()):
            self.window.reload_document()

    def _after_notes_changed(self, path: Path) -> None:
        if self._is_open(Path(path).resolve()):
            self.notes.set_document(path, self._editor_body() or self._body())

    def _open_in_editor(self, path: Path) -> None:
        if self.window.open_document(path):
            self.window.raise_()
            self.window.activateWindow()

    def _on_site(self, _root: Path) -> None:
        if self.review_window is not None:
            self.review_window.set_site(self.window.site, self.window.schema)


def install_review(window: Any) -> ReviewHook:
    """Add the Review menu (Review Queue…, Ctrl+Shift+R) and the notes panel to a MainWindow."""
    hook = ReviewHook(window)
    window.review = hook
    return hook
