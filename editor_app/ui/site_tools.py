"""Site-wide tools in the window: Search Site (a panel listing pages as you type) and
Rename or Merge a Value (a dialog that changes one value in every page that uses it).

Both call `core/tools.py` in a worker thread; `install_site_tools(window)` adds them to the
main window through its public hooks (menus, signals and methods in docs/ARCHITECTURE.md).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeyEvent, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.schema import FILE_KEY, field_label
from editor_app.core.tool_support import ValueUse, first_match_line, value_uses
from editor_app.core.tools import RenameReport, SearchHit, rename_value, search
from editor_app.ui.workers import JobRunner

SEARCH_DELAY_MS = 150  # a pause in typing, so each keystroke does not start a search
RESULT_LIMIT = 200  # more than anyone reads; keeps the list quick on big sites
RENAMEABLE_TYPES = ("text", "choice", "choices", "relation")
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1  # the second line of a result


def _pages(n: int) -> str:
    """ "1 page" / "N pages", translated."""
    if n == 1:
        return QCoreApplication.translate("site_tools", "1 page")
    return QCoreApplication.translate("site_tools", "{n} pages").format(n=n)


# -- Search Site ---------------------------------------------------------------------------------


class _HitDelegate(QStyledItemDelegate):
    """Draws a result as two lines: the title in bold, then where it matched and a snippet."""

    def _lines(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, str]:
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        detail = str(index.data(DETAIL_ROLE) or "")
        return title, detail

    def sizeHint(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        height = QFontMetrics(option.font).height()
        return QSize(200, height * 2 + 12)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, detail = self._lines(index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_role = palette.ColorRole.HighlightedText if selected else palette.ColorRole.Text
        painter.save()
        rect = opt.rect.adjusted(8, 5, -8, -5)
        height = QFontMetrics(opt.font).height()
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        top = QRect(rect.left(), rect.top(), rect.width(), height)
        painter.drawText(
            top,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(opt.font)
        if not selected:
            painter.setPen(palette.color(palette.ColorRole.PlaceholderText))
        bottom = QRect(rect.left(), rect.top() + height + 2, rect.width(), height)
        painter.drawText(
            bottom,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(opt.font).elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()


class SiteSearchPanel(QWidget):
    """A search box over the whole site; matching pages are listed as you type.

    Searches run in a worker thread after a short pause in typing, one at a time; results
    for text that has since changed are dropped. Enter or a double-click on a result emits
    `openRequested(path)`; for a match in the page text, `matchRequested(path, query)` follows
    so the window can show the line, and for one in a setting, `fieldRequested(path, field)`.
    """

    openRequested = Signal(Path)
    matchRequested = Signal(Path, str)  # a match in the page text: the path and the query
    fieldRequested = Signal(Path, str)  # a match in a setting: the path and the field name
    searchFinished = Signal()  # results (or "nothing found") are on show

    def __init__(self, parent: QWidget | None = None, delay_ms: int = SEARCH_DELAY_MS) -> None:
        super().__init__(parent)
        self._site: Any = None
        self._schema: Any = None
        self._hits: list[SearchHit] = []
        self._generation = 0  # bumped on every change of the text: older results are stale
        self._busy = False
        self._pending = False
        self._jobs = JobRunner(1, self)

        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("Search every page…"))
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName(self.tr("Search the site"))
        self.box.textChanged.connect(self._on_text_changed)
        self.box.returnPressed.connect(self._open_current_or_first)
        self.box.installEventFilter(self)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Search status"))

        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Pages found"))
        self.results.setItemDelegate(_HitDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.itemActivated.connect(lambda item: self.activate(self.results.row(item)))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.box)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)
        self._show_status()

    # -- public ----------------------------------------------------------------------------
    def set_site(self, site: Any, schema: Any = None) -> None:
        """Search this site from now on (None: no site open); the current text is searched."""
        self._site = site
        self._schema = schema
        self.refresh()

    def query(self) -> str:
        """The text being searched for."""
        return self.box.text()

    def set_query(self, text: str) -> None:
        """Put text in the box, as if typed (the search follows after the usual pause)."""
        self.box.setText(text)

    def hits(self) -> list[SearchHit]:
        """The results on show."""
        return list(self._hits)

    def refresh(self) -> None:
        """Search again for the current text (after pages changed)."""
        self._on_text_changed(self.box.text())

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected so typing replaces it."""
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def activate(self, row: int) -> None:
        """Open the result in `row` (as Enter or a double-click does)."""
        if not 0 <= row < len(self._hits):
            return
        hit = self._hits[row]
        self.openRequested.emit(hit.path)
        if hit.field == "body":
            self.matchRequested.emit(hit.path, self.box.text())
        elif hit.field != "title":
            self.fieldRequested.emit(hit.path, hit.field)

    # -- searching -------------------------------------------------------------------------
    def _on_text_changed(self, text: str) -> None:
        self._generation += 1
        if not text.strip() or self._site is None:
            self._timer.stop()
            self._show([])
            return
        self.status.setText(self.tr("Searching…"))
        self._timer.start()

    def _start(self) -> None:
        if self._site is None or not self.box.text().strip():
            return
        if self._busy:
            # One search at a time: the newest text is searched when this one is done.
            self._pending = True
            return
        self._busy = True
        generation, query = self._generation, self.box.text()
        self._jobs.start(
            search,
            self._site,
            query,
            limit=RESULT_LIMIT,
            on_done=lambda hits, g=generation: self._on_results(g, hits),
            on_error=lambda reason, g=generation: self._on_failed(g, reason),
        )

    def _next(self) -> None:
        self._busy = False
        if self._pending:
            self._pending = False
            self._start()

    def _on_results(self, generation: int, hits: list[SearchHit]) -> None:
        if generation == self._generation:
            self._show(hits)
        self._next()

    def _on_failed(self, generation: int, reason: str) -> None:
        if generation == self._generation:
            self._show([])
            self.status.setText(self.tr("The search stopped: {reason}").format(reason=reason))
        self._next()

    # -- showing ---------------------------------------------------------------------------
    def _where(self, hit: SearchHit) -> str:
        if hit.field == "title":
            return self.tr("Title")
        if hit.field == "body":
            return self.tr("Text")
        return field_label(hit.field)

    def _collection_label(self, hit: SearchHit) -> str:
        if self._site is None or hit.collection is None:
            return self.tr("Other pages")
        collection = self._site.collections.get(hit.collection)
        return str(getattr(collection, "label", "") or hit.collection)

    def _relative(self, path: Path) -> str:
        try:
            return path.relative_to(self._site.root).as_posix()
        except (ValueError, AttributeError):
            return str(path)

    def _show(self, hits: list[SearchHit]) -> None:
        self._hits = list(hits)
        self.results.clear()
        for hit in self._hits:
            item = QListWidgetItem(hit.title or hit.path.name)
            if hit.field == "title":
                detail = f"{self._collection_label(hit)} · {self.tr('title')}"
            else:
                detail = f"{self._collection_label(hit)} · {self._where(hit)}: {hit.snippet}"
            item.setData(DETAIL_ROLE, detail)
            item.setToolTip(
                self.tr("{title}\n{path}\nFound in: {where}").format(
                    title=hit.title, path=self._relative(hit.path), where=self._where(hit)
                )
            )
            self.results.addItem(item)
        self._show_status()
        self.searchFinished.emit()

    def _show_status(self) -> None:
        n = len(self._hits)
        if self._site is None:
            text = self.tr("Open a site to search its pages.")
        elif not self.box.text().strip():
            text = self.tr("Type words to find the pages that hold all of them.")
        elif n == 0:
            text = self.tr("No page holds all of these words.")
        elif n >= RESULT_LIMIT:
            text = self.tr("The first {n} pages found; add a word to narrow it down.").format(n=n)
        elif n == 1:
            text = self.tr("1 page found.")
        else:
            text = self.tr("{n} pages found.").format(n=n)
        self.status.setText(text)

    # -- keyboard --------------------------------------------------------------------------
    def _open_current_or_first(self) -> None:
        row = self.results.currentRow()
        self.activate(row if row >= 0 else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Down arrow in the box moves into the results, as in most search lists.
        if (
            watched is self.box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.results.count()
        ):
            self.results.setFocus()
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)


# -- Rename or merge a value ------------------------------------------------------------------


class ConfirmRename:
    """Asks before pages are changed; a classmethod so tests can answer it."""

    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> bool:
        """Ask the user; only the Rename button says yes."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QObject.tr(box, "Rename or merge a value"))
        box.setText(text)
        yes = box.addButton(QObject.tr(box, "Change the pages"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes


class RenameValueDialog(QDialog):
    """Rename or merge a value across the site: choose the field, the old value and the new.

    Preview lists the pages that would change (a dry run); Rename asks, changes them (each with
    the smallest edit, through the lossless document model) and lists what changed. Set
    `before_change` to a function returning False to stop a rename (e.g. unsaved edits).
    """

    renamed = Signal(object)  # the RenameReport of a rename that changed files

    def __init__(
        self,
        site: Any,
        schema: Any,
        collection: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rename or merge a value"))
        self.setObjectName("renameValueDialog")
        self.site = site
        self.schema = schema
        self.before_change: Callable[[], bool] = lambda: True
        self.report: RenameReport | None = None
        own, others = self._rename_fields(collection)
        self._fields: dict[str, Any] = {f.name: f for f in own + others}
        self._uses: list[ValueUse] = []
        self._names: list[str] = []  # values offered as the new one
        self._busy = False
        self._jobs = JobRunner(1, self)

        intro = QLabel(
            self.tr(
                "Change a value in every page of the site that uses it, for example a topic or "
                "an author's name. To merge two values, choose one as the old value and the "
                "other as the new one."
            )
        )
        intro.setWordWrap(True)

        self.field_box = QComboBox()
        self.field_box.setAccessibleName(self.tr("Field"))
        for f in own:
            self.field_box.addItem(f.label or field_label(f.name), f.name)
        if own and others:
            self.field_box.insertSeparator(self.field_box.count())
        for f in others:  # fields only other collections have, e.g. topics seen from a topic
            self.field_box.addItem(f.label or field_label(f.name), f.name)
        self.old_box = QComboBox()
        self.old_box.setAccessibleName(self.tr("Old value"))
        self.old_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.new_edit = QLineEdit()
        self.new_edit.setAccessibleName(self.tr("New value"))
        self.new_edit.setPlaceholderText(self.tr("Type the new value, or pick one in use"))
        self._completion = QStringListModel(self)
        completer = QCompleter(self._completion, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.new_edit.setCompleter(completer)
        self.target_check = QCheckBox()
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Field:"), self.field_box)
        form.addRow(self.tr("&Old value:"), self.old_box)
        form.addRow(self.tr("&New value:"), self.new_edit)
        form.addRow("", self.target_check)
        form.addRow("", self.hint)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Result"))
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Pages"))
        self.files.setMinimumHeight(140)
        self.files.setWordWrap(True)  # notes are sentences: read whole, not scrolled sideways
        self.files.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.buttons = QDialogButtonBox()
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setToolTip(self.tr("List the pages that would change, change none"))
        self.rename_button = QPushButton(self.tr("&Rename"))
        self.rename_button.setToolTip(self.tr("Change every page that uses the old value"))
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.rename_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.rename_button.clicked.connect(self.rename)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 520)

        self.field_box.currentIndexChanged.connect(self._on_field)
        self.old_box.currentIndexChanged.connect(self._on_old)
        self.new_edit.textChanged.connect(self._on_inputs)
        self.target_check.toggled.connect(self._on_inputs)
        if not self._fields:
            self.summary.setText(self.tr("This site has no field whose values can be renamed."))
        self._on_field()

    # -- the choices -------------------------------------------------------------------------
    def _rename_fields(self, collection: str | None) -> tuple[list[Any], list[Any]]:
        """Fields that hold names: the collection's own first, then other collections'."""
        schema = self.schema
        if schema is None:
            return [], []
        chosen = schema.for_collection(collection) if collection else None
        own: dict[str, Any] = {}
        others: dict[str, Any] = {}
        for cs in [chosen] if chosen is not None else []:
            for f in cs.fields:
                if f.type in RENAMEABLE_TYPES:
                    own.setdefault(f.name, f)
        for cs in schema.collections.values():
            for f in cs.fields:
                if f.type in RENAMEABLE_TYPES and f.name not in own:
                    (others if own else own).setdefault(f.name, f)
        return list(own.values()), list(others.values())

    def field(self) -> Any:
        """The schema field chosen, or None."""
        return self._fields.get(str(self.field_box.currentData() or ""))

    def old_value(self) -> str | None:
        """The old value chosen, as written in the pages."""
        data = self.old_box.currentData()
        return None if data is None else str(data)

    def new_value(self) -> str:
        """The new value typed (spaces at the ends dropped)."""
        return self.new_edit.text().strip()

    def set_choice(self, field: str, old: str, new: str, rename_target: bool = False) -> bool:
        """Choose a field and values, as a person would with the boxes; False if not offered."""
        i = self.field_box.findData(field)
        if i < 0:
            return False
        self.field_box.setCurrentIndex(i)
        j = self.old_box.findData(old)
        if j < 0:
            return False
        self.old_box.setCurrentIndex(j)
        self.new_edit.setText(new)
        self.target_check.setChecked(rename_target)
        return True

    def _is_relation(self, f: Any) -> bool:
        # Pages named by any field (title:, name: on author pages) can be renamed with the
        # value; pages named by their file cannot (renaming files is not done here).
        return bool(f is not None and f.type == "relation" and f.collection and f.key != FILE_KEY)

    def _target_names(self, f: Any) -> list[str]:
        """The names the related pages go by, in the field the relation names them by."""
        key = f.key or "title"
        if key == "title":
            return self.site.titles(f.collection)
        return [
            str(e.front_matter.get(key))
            for e in self.site.documents(f.collection)
            if e.front_matter.get(key) not in (None, "")
        ]

    def _target_label(self, f: Any) -> str:
        collection = self.site.collections.get(f.collection) if self.site is not None else None
        return str(getattr(collection, "label", "") or f.collection)

    def _on_field(self) -> None:
        f = self.field()
        self._uses = value_uses(self.site, f.name) if f is not None and self.site else []
        self.old_box.blockSignals(True)
        self.old_box.clear()
        for use in self._uses:
            pages = _pages(use.count)
            self.old_box.addItem(f"{use.text}  ({pages})", use.text)
        self.old_box.blockSignals(False)
        names = [use.text for use in self._uses]
        if self._is_relation(f):
            # Pages of the related collection not used yet are fine new values too.
            names += [t for t in self._target_names(f) if t and t not in names]
        self._names = sorted(set(names), key=lambda n: (n.casefold(), n))
        self.target_check.setVisible(self._is_relation(f))
        self.target_check.setChecked(False)
        self._on_old()

    def _on_old(self) -> None:
        # Every value in use is offered as the new one (merging is picking it), but the old.
        old = self.old_value()
        self._completion.setStringList([n for n in self._names if n != old])
        self._on_inputs()

    def _on_inputs(self) -> None:
        f, old, new = self.field(), self.old_value(), self.new_value()
        if self._is_relation(f):
            self.target_check.setText(
                self.tr("Also rename the page “{old}” in {collection} itself").format(
                    old=old or "…", collection=self._target_label(f)
                )
            )
        used = {use.text: use.count for use in self._uses}
        hint = ""
        if old is not None and new and new == old:
            hint = self.tr("The new value is the same as the old one.")
        elif new and new in used:
            hint = self.tr(
                "“{new}” is already used by {pages}: the two values will be merged into it."
            ).format(new=new, pages=_pages(used[new]))
        elif new and any(new.casefold() == text.casefold() for text in used):
            hint = self.tr("A value differing only in capitals is already in use.")
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        ready = not self._busy and f is not None and old is not None and bool(new) and new != old
        self.preview_button.setEnabled(ready)
        self.rename_button.setEnabled(ready)
        for w in (self.field_box, self.old_box, self.new_edit, self.target_check):
            w.setEnabled(not self._busy)

    # -- running -----------------------------------------------------------------------------
    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        if text:
            self.summary.setText(text)
        self._on_inputs()
        self.close_button.setEnabled(not busy)

    def _run(self, dry_run: bool, on_done: Callable[[RenameReport], None]) -> None:
        f, old, new = self.field(), self.old_value(), self.new_value()
        if f is None or old is None or not new:
            return
        self._set_busy(
            True, self.tr("Looking for pages…") if dry_run else self.tr("Changing pages…")
        )
        self._jobs.start(
            rename_value,
            self.site,
            f.name,
            old,
            new,
            dry_run=dry_run,
            rename_target=self.target_check.isVisible() and self.target_check.isChecked(),
            on_done=on_done,
            on_error=self._on_failed,
        )

    def preview(self) -> None:
        """List the pages that would change; nothing is written."""
        self._run(True, self._on_preview)

    def rename(self) -> None:
        """Find the pages, ask, then change them and list what changed."""
        self._run(True, self._on_rename_checked)

    def _on_preview(self, report: RenameReport) -> None:
        self._set_busy(False)
        self._show_report(report)

    def _on_rename_checked(self, report: RenameReport) -> None:
        self._set_busy(False)
        self._show_report(report)
        if not report.files:
            return
        n = len(report.files)
        question = self.tr("Change “{old}” to “{new}” in {pages}?").format(
            old=report.old, new=report.new, pages=_pages(n)
        )
        if not ConfirmRename.ask(self, question):
            return
        if not self.before_change():
            self.summary.setText(self.tr("Nothing was changed."))
            return
        self._run(False, self._on_renamed)

    def _on_renamed(self, report: RenameReport) -> None:
        self._set_busy(False)
        self.report = report
        self._show_report(report)
        # The counts of the values changed: show them as they are now, with the new value chosen.
        field, new = self.field(), self.new_value()
        self._on_field()
        if field is not None:
            i = self.old_box.findData(new)
            if i >= 0:
                self.old_box.setCurrentIndex(i)
        self.new_edit.clear()
        if report.files:
            self.renamed.emit(report)

    def _on_failed(self, reason: str) -> None:
        self._set_busy(False)
        self.summary.setText(
            self.tr("Something went wrong; pages already changed stay changed: {reason}").format(
                reason=reason
            )
        )

    def _relative(self, path: Path) -> str:
        try:
            return Path(path).relative_to(self.site.root).as_posix()
        except (ValueError, AttributeError):
            return str(path)

    def _page_item(self, path: Path, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setToolTip(self._relative(path))
        return item

    def _describe(self, path: Path) -> str:
        """A page as authors know it: its title and where it lives."""
        entry = self.site.entry(path) if self.site is not None else None
        title = entry.title if entry is not None and entry.title else Path(path).name
        collection = self.site.collections.get(entry.collection) if entry is not None else None
        label = getattr(collection, "label", "") if collection is not None else ""
        return f"{title} ({label})" if label else title

    def _show_report(self, report: RenameReport) -> None:
        self.files.clear()
        n = len(report.files)
        if report.dry_run:
            if n == 0:
                text = self.tr("No page would change.")
            else:
                text = self.tr("{pages} would change:").format(pages=_pages(n))
        elif n == 0:
            text = self.tr("No page was changed.")
        else:
            text = self.tr("Changed {pages}:").format(pages=_pages(n))
        self.summary.setText(text)
        for path in report.changed:
            self.files.addItem(self._page_item(path, self._describe(path)))
        for path in report.targets:
            if path not in report.changed:
                text = self.tr("{page}: the page's own title").format(page=self._describe(path))
                self.files.addItem(self._page_item(path, text))
        quiet = self.palette().color(self.palette().ColorRole.PlaceholderText)
        extra = [
            self.tr("Left as it is: {page}: {why}").format(page=self._relative(path), why=why)
            for path, why in report.skipped
        ] + list(report.notes)
        if extra:
            heading = QListWidgetItem(self.tr("Also worth knowing:"))
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.files.addItem(heading)
        for text in extra:
            item = QListWidgetItem(text)
            item.setForeground(quiet)
            item.setToolTip(text)
            self.files.addItem(item)

    def reject(self) -> None:
        # A rename half done must finish: closing waits until the pages are written.
        if not self._busy:
            super().reject()

    def is_busy(self) -> bool:
        """True while pages are being looked for or changed."""
        return self._busy


# -- the main window's side --------------------------------------------------------------------


class SaveFirstQuestion:
    """Asks to save the open page before a rename may change it; a classmethod for tests."""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> bool:
        """True to save and go on; False leaves everything as it is."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QObject.tr(box, "Unsaved changes"))
        box.setText(QObject.tr(box, "“{name}” has changes that are not saved.").format(name=name))
        box.setInformativeText(
            QObject.tr(
                box,
                "Save them before the rename? The rename may change this page too, and your "
                "changes must be saved first so none are lost.",
            )
        )
        save = box.addButton(QObject.tr(box, "Save and go on"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is save


def _load_schema(site: Any) -> Any:
    """The schema again, after values changed (runs in a worker: inference reads the index)."""
    from editor_app.core.schema import load_schema

    return load_schema(site)


class SiteToolsHook(QObject):
    """Puts Search Site (Ctrl+Shift+F, a panel) and Rename or Merge a Value into the window.

    Installed by `install_site_tools(window)`; uses only the window's public hooks.
    """

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: RenameValueDialog | None = None
        self._jobs = JobRunner(1, self)

        self.panel = SiteSearchPanel()
        self.dock = QDockWidget(self.tr("Search Site"), window)
        self.dock.setObjectName("siteSearchDock")
        self.dock.setWidget(self.panel)
        self.panel.setMinimumWidth(300)  # room for a title and the start of its snippet
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.dock.hide()

        self.search_action = QAction(self.tr("&Search Site…"), window)
        self.search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.search_action.setStatusTip(self.tr("Find pages by their title, settings or text"))
        self.search_action.triggered.connect(self.show_search)
        self.rename_action = QAction(self.tr("Rename or &Merge a Value…"), window)
        self.rename_action.setStatusTip(
            self.tr("Change a topic, an author's name or another value in every page")
        )
        self.rename_action.triggered.connect(self.open_rename)
        self.rename_action.setEnabled(False)
        menu = window.tools_menu
        menu.addSeparator()
        menu.addAction(self.search_action)
        menu.addAction(self.rename_action)
        window.addAction(self.search_action)  # the shortcut works wherever the focus is

        self.panel.openRequested.connect(self._open)
        self.panel.matchRequested.connect(self._show_match)
        self.panel.fieldRequested.connect(self._show_field)
        window.siteOpened.connect(self._on_site)

    def _on_site(self, _root: Path) -> None:
        self.panel.set_site(self.window.site, self.window.schema)
        self.rename_action.setEnabled(self.window.site is not None)

    # -- search ------------------------------------------------------------------------------
    def show_search(self) -> None:
        """Show the Search Site panel and put the cursor in its box."""
        self.dock.show()
        self.dock.raise_()
        self.panel.focus_search()

    def _open(self, path: Path) -> None:
        self.window.open_document(path)

    def _is_open(self, path: Path) -> bool:
        doc = self.window.current_document()
        if doc is None or doc.path is None:
            return False
        return Path(doc.path).resolve() == Path(path).resolve()

    def _show_field(self, path: Path, field: str) -> None:
        if self._is_open(path):
            self.window.form.focus_field(field)

    def _show_match(self, path: Path, query: str) -> None:
        doc = self.window.current_document()
        if doc is None or not self._is_open(path):
            return
        line = first_match_line(doc, query)
        if line is None:
            return
        editor = self.window.editor
        if doc.error is None:
            line = line - doc.body_start_line + 1  # the editor holds the text below the settings
        editor.go_to_line(max(1, line))
        editor.setFocus()

    # -- rename ------------------------------------------------------------------------------
    def _current_collection(self) -> str | None:
        window = self.window
        doc = window.current_document()
        if doc is not None and doc.path is not None and window.site is not None:
            name = window.site.collection_of(doc.path)
            if name:
                return name
        library = getattr(window, "library", None)
        current = getattr(library, "current_collection", None)
        return current() if callable(current) else None

    def open_rename(self) -> RenameValueDialog | None:
        """Open the Rename or Merge a Value dialog for the current collection's fields."""
        window = self.window
        if window.site is None:
            return None
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = RenameValueDialog(
            window.site, window.schema, self._current_collection(), window
        )
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.before_change = self._may_change
        self.dialog.renamed.connect(self._after_rename)
        self.dialog.show()
        return self.dialog

    def _may_change(self) -> bool:
        # Unsaved edits are saved first (or the rename does not happen): never lose them.
        doc = self.window.current_document()
        if doc is None or not doc.is_modified:
            return True
        name = Path(doc.path).name if doc.path is not None else self.tr("this page")
        if not SaveFirstQuestion.ask(self.dialog or self.window, name):
            return False
        return bool(self.window.save_document())

    def _after_rename(self, report: RenameReport) -> None:
        # The pages were saved and the site's index updated by the core; values feed the
        # schema's choices, so read it again before the open page is shown afresh.
        self._jobs.start(
            _load_schema,
            self.window.site,
            on_done=lambda schema: self._refresh(report, schema),
            on_error=lambda _reason: self._refresh(report, None),
        )

    def _refresh(self, report: RenameReport, schema: Any) -> None:
        window = self.window
        if schema is not None:
            window.schema = schema
            window.form.set_site(window.site, schema)
        window.library.refresh()
        doc = window.current_document()
        changed = {Path(p).resolve() for p in report.files}
        if doc is not None and doc.path is not None and Path(doc.path).resolve() in changed:
            if not doc.is_modified:
                window.reload_document()
        self.panel.set_site(window.site, window.schema)
        n = len(report.files)
        window.statusBar().showMessage(
            self.tr("“{old}” is now “{new}” in {pages}.").format(
                old=report.old, new=report.new, pages=_pages(n)
            ),
            6000,
        )


def install_site_tools(window: Any) -> SiteToolsHook:
    """Add Tools > Search Site… (Ctrl+Shift+F) and Rename or Merge a Value… to a MainWindow."""
    hook = SiteToolsHook(window)
    window.site_tools = hook
    return hook


__all__ = [
    "ConfirmRename",
    "RenameValueDialog",
    "SaveFirstQuestion",
    "SiteSearchPanel",
    "SiteToolsHook",
    "install_site_tools",
]
