"""The problems list: what Validate found, one row per problem; activating one jumps to it."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.page_language import isolate_quoted
from editor_app.ui.wrapping_rows import wrap_column

_PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1
_PUT_RIGHT_ROLE = Qt.ItemDataRole.UserRole + 2  # the page no longer has this problem
_SEVERITY_RANK = {"error": 0, "warning": 1, "suggestion": 2}
# Each severity's icon and word; a suggestion (the content checks: is the page good?) is told
# apart from a problem. An unknown severity is shown as a warning.
_SEVERITY_LOOK = {
    "error": (QStyle.StandardPixmap.SP_MessageBoxCritical, "Error"),
    "warning": (QStyle.StandardPixmap.SP_MessageBoxWarning, "Warning"),
    "suggestion": (QStyle.StandardPixmap.SP_MessageBoxInformation, "Suggestion"),
}


def window_words(problem: Any) -> str:
    """The problem's words as the window says them (a missing field named as the form
    names it; words quoted from a Persian or Arabic page in their own order). The checks
    load with the first check, not with the window."""
    from editor_app.core.checks.fields import window_words as words

    return isolate_quoted(words(problem))


class ProblemList(QWidget):
    """Shows problems (severity, file, line, message); emits `problemActivated` on click/Enter."""

    problemActivated = Signal(object)  # a core Problem
    cancelRequested = Signal()
    fixRequested = Signal(object)  # the problem whose fix the author asked for (FIXES)

    # Problems the window can fix itself, with the button's words.
    FIXES = {"date-mismatch": "Rename File to Match Date"}

    COLUMNS = ("Severity", "File", "Line", "Problem")
    MESSAGE_COLUMN = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._root: Path | None = None
        self._problems: list[Any] = []

        self.summary = QLabel(self._nothing_checked())
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Checking progress"))
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setAccessibleName(self.tr("Stop checking"))
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.cancel_button.hide()
        self.fix_button = QPushButton()
        self.fix_button.clicked.connect(self._fix_selected)
        self.fix_button.hide()

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Problems found"))
        self.tree.setColumnCount(len(self.COLUMNS))
        self.tree.setHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.resizeSection(1, 260)
        # A long message wraps at the panel's edge, its row as tall as it (it was cut there).
        wrap_column(self.tree, 3)
        # Click or Enter (activated) jumps; a single click is what people expect in such lists.
        self.tree.itemClicked.connect(self._on_item)
        self.tree.itemActivated.connect(self._on_item)
        self.tree.currentItemChanged.connect(self._offer_fix)
        # Tab, F6 or Up/Down onto a row lands on its message, not on the narrow severity cell
        # (Left and Right still move along the row).
        self.tree.selectionModel().currentChanged.connect(self._onto_message)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._fix_menu)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        top.addWidget(self.fix_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addStretch()  # with the table hidden (nothing found) the words stay at the top
        self.setFocusProxy(self.tree)

    def _nothing_checked(self) -> str:
        return self.tr("Press F7 to check this page, or Shift+F7 for the whole site.")

    # -- filling -------------------------------------------------------------------------
    def clear_problems(self, root: Path | None = None) -> None:
        """Empty the list before anything is checked (another site opened): it says how to
        check, not "No problems found", which nothing has found yet."""
        self.set_problems([], root)
        self.summary.setText(self._nothing_checked())

    def set_problems(
        self, problems: Sequence[Any], root: Path | None = None, scope: str = ""
    ) -> None:
        """Replace the list; `root` shortens file names, `scope` says what was checked."""
        self._root = root
        # Errors first, then warnings, then suggestions (each in the order given: by file and
        # line): on a whole site, a few errors must not hide among hundreds of suggestions.
        self._problems = sorted(problems, key=lambda p: _SEVERITY_RANK.get(p.severity, 1))
        self.tree.clear()
        style = self.style()
        looks = {
            severity: (style.standardIcon(pixmap), self.tr(word))
            for severity, (pixmap, word) in _SEVERITY_LOOK.items()
        }
        items = []
        for number, problem in enumerate(self._problems):
            icon, severity = looks.get(problem.severity, looks["warning"])
            where = self.display_path(problem.path)
            words = window_words(problem)  # a missing field named as the form names it
            item = QTreeWidgetItem(
                ["", where, "" if problem.line is None else str(problem.line), words]
            )
            item.setIcon(0, icon)
            item.setToolTip(0, severity)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, severity)
            item.setToolTip(1, where)
            item.setToolTip(3, words)
            item.setData(3, Qt.ItemDataRole.AccessibleTextRole, f"{severity}: {words}")
            item.setData(0, _PROBLEM_ROLE, number)  # an index: Qt keeps no Python objects
            items.append(item)
        self.tree.addTopLevelItems(items)
        # Nothing found: the summary says so, with no empty table of column names beneath.
        self.tree.setVisible(bool(items))
        self._offer_fix(self.tree.currentItem())
        errors = sum(1 for p in self._problems if p.severity == "error")
        suggestions = sum(1 for p in self._problems if p.severity == "suggestion")
        warnings = len(self._problems) - errors - suggestions
        if not self._problems:
            text = self.tr("No problems found.")
        else:
            parts = []
            if errors:
                parts.append(
                    self.tr("1 error") if errors == 1 else self.tr("{n} errors").format(n=errors)
                )
            if warnings:
                parts.append(
                    self.tr("1 warning")
                    if warnings == 1
                    else self.tr("{n} warnings").format(n=warnings)
                )
            if suggestions:
                parts.append(
                    self.tr("1 suggestion")
                    if suggestions == 1
                    else self.tr("{n} suggestions").format(n=suggestions)
                )
            listed = ", ".join(parts[:-1]) + self.tr(" and ") + parts[-1] if parts[1:] else parts[0]
            text = self.tr("Found {what}.").format(what=listed)
        self.summary.setText(f"{scope} {text}".strip())

    def set_line(self, index: int, line: int) -> None:
        """The `index`th problem now sits at `line` (text typed above it): its row and where
        a click takes the author follow."""
        if not 0 <= index < len(self._problems) or self._problems[index].line == line:
            return
        self._problems[index] = dataclasses.replace(self._problems[index], line=line)
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item.data(0, _PROBLEM_ROLE) == index:
                item.setText(2, str(line))
                break

    def set_put_right(self, put_right: Sequence[bool]) -> None:
        """Grey the rows whose problem the page no longer has (one flag per problem, in
        `problems()`' order); a row whose problem is back shows as before."""
        palette = self.tree.palette()
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            index = item.data(0, _PROBLEM_ROLE)
            gone = 0 <= index < len(put_right) and put_right[index]
            if bool(item.data(1, _PUT_RIGHT_ROLE)) == gone:
                continue
            item.setData(1, _PUT_RIGHT_ROLE, gone)
            words = window_words(self._problems[index])
            for column in range(self.tree.columnCount()):
                if gone:
                    item.setForeground(
                        column, palette.color(palette.ColorGroup.Disabled, palette.ColorRole.Text)
                    )
                else:
                    item.setData(column, Qt.ItemDataRole.ForegroundRole, None)
            # In words too: a chosen row shows no colour but the selection's.
            shown = self.tr("Put right since the check: {words}").format(words=words)
            item.setText(3, shown if gone else words)
            item.setToolTip(3, shown if gone else words)

    def put_right(self) -> list[bool]:
        """For each problem in `problems()`' order, whether its row is greyed as put right."""
        flags = [False] * len(self._problems)
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            flags[item.data(0, _PROBLEM_ROLE)] = bool(item.data(1, _PUT_RIGHT_ROLE))
        return flags

    def problems(self) -> list[Any]:
        """The problems shown, in order."""
        return list(self._problems)

    def display_path(self, path: str | Path) -> str:
        """The file name relative to the site folder, as the author knows it."""
        p = Path(path)
        if self._root is not None and p.is_absolute():
            try:
                return p.relative_to(self._root).as_posix()
            except ValueError:
                return str(p)
        return p.as_posix()

    # -- progress ------------------------------------------------------------------------
    def set_busy(self, busy: bool, message: str = "") -> None:
        """Show or hide the progress bar and the Stop button while the site is checked."""
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        if busy:
            self.progress.setRange(0, 0)
            if message:
                self.summary.setText(message)

    def set_progress(self, done: int, total: int) -> None:
        """Update the progress bar (total 0 shows a busy bar)."""
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)

    def _onto_message(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid() or current.column() == self.MESSAGE_COLUMN:
            return
        if previous.isValid() and previous.row() == current.row():
            return  # moved along the row on purpose
        self.tree.selectionModel().setCurrentIndex(
            current.siblingAtColumn(self.MESSAGE_COLUMN),
            QItemSelectionModel.SelectionFlag.NoUpdate,
        )

    def _problem_of(self, item: QTreeWidgetItem | None) -> Any:
        number = item.data(0, _PROBLEM_ROLE) if item is not None else None
        if isinstance(number, int) and 0 <= number < len(self._problems):
            return self._problems[number]
        return None

    def _on_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        problem = self._problem_of(item)
        if problem is not None:
            self.problemActivated.emit(problem)

    # -- fixes ---------------------------------------------------------------------------
    def _offer_fix(self, item: QTreeWidgetItem | None, _old: Any = None) -> None:
        """The selected problem's fix, as a button beside the summary (hidden when none)."""
        problem = self._problem_of(item) if item is not None else self._only_fixable()
        words = self.FIXES.get(getattr(problem, "code", None) or "")
        self.fix_button.setVisible(words is not None)
        if words is not None:
            self.fix_button.setText(self.tr(words))

    def _only_fixable(self) -> Any:
        """With no row chosen, the one fixable problem of a page's own check. A whole site's
        list offered its one fix with no row chosen, for a page the button did not name."""
        if len({p.path for p in self._problems}) != 1:
            return None
        fixable = [p for p in self._problems if p.code in self.FIXES]
        return fixable[0] if len(fixable) == 1 else None

    def _fix_selected(self) -> None:
        item = self.tree.currentItem()
        problem = self._problem_of(item) if item is not None else self._only_fixable()
        if problem is not None and problem.code in self.FIXES:
            self.fixRequested.emit(problem)

    def _fix_menu(self, pos: Any) -> None:
        item = self.tree.itemAt(pos)
        problem = self._problem_of(item)
        if problem is None or problem.code not in self.FIXES:
            return
        self.tree.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(self.tr(self.FIXES[problem.code]), lambda: self.fixRequested.emit(problem))
        menu.exec(self.tree.viewport().mapToGlobal(pos))
