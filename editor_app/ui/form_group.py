"""A free-form group of the page settings form: rows of a name and a value the author adds,
edits and removes (Eleventy's `relatedLinks`: a web address and the link's text), never YAML.
Which group the rows make, and when it cannot be written yet, is the core's
`settings_form_group`. A part of `FrontMatterForm` (ui/form.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.settings_form_group import GroupRow, group_value, names_are_addresses
from editor_app.ui.form_fields import FieldWidget, display_text, tr

_FAULT_STYLE = "QLineEdit { border: 2px solid #d32f2f; border-radius: 3px; }"
# Narrower than this (pixels), a row's text goes under its name: side by side, each box showed
# a dozen letters of an address at 1024x700. Wider than STACK_UNTIL, side by side again (the
# gap keeps a scroll bar coming and going from switching it back and forth).
STACK_BELOW = 400
STACK_UNTIL = 440


@dataclass
class _Row:
    name: QLineEdit
    value: QLineEdit
    remove: QToolButton
    old_name: Any = None
    old_value: Any = None
    value_shown: str = ""


class GroupField(FieldWidget):
    """Rows of name and value, an "Add a row" button under them; each change emits the whole
    group as a dict in the rows' order (None once every row is gone). `rows_changed` is called
    when rows come or go (the form lays its tab order and routes the new boxes' keys)."""

    def __init__(self, rows_changed: Callable[[], None] | None = None) -> None:
        super().__init__()
        self._rows_changed = rows_changed
        self._rows: list[_Row] = []
        self._problem = ""
        self._fault: QLineEdit | None = None
        self.addresses = False
        self.stacked = False  # each row's text under its name (a narrow form)
        self.box = QFrame()
        self.box.setObjectName("group-rows")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.box)
        column = QVBoxLayout(self.box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        # The rows in a part of their own, made before the button: Tab reaches them first.
        self.rows_box = QWidget(self.box)
        self.grid = QGridLayout(self.rows_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(4)
        self.grid.setVerticalSpacing(4)
        # The name (often a long address) gets a little more room than its text.
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        column.addWidget(self.rows_box)
        # Why a row is marked, in words under the rows (a red border alone says nothing).
        self.problem_label = QLabel(self.box)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("QLabel { color: #d32f2f; }")
        self.problem_label.hide()
        column.addWidget(self.problem_label)
        self.add_button = QPushButton(tr("Add a row"), self.box)
        self.add_button.clicked.connect(self.add_row)
        column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setFocusProxy(self.add_button)

    # -- shown values ---------------------------------------------------------------------
    def _show(self, value: Any) -> None:
        data = value if isinstance(value, dict) else {}
        focus = self._focused_place()
        self.addresses = names_are_addresses(list(data))
        self._clear_rows()
        for name, item in data.items():
            self._append_row(name, item)
        self._set_problem("", None)
        self._after_rows_changed()
        if focus is not None:
            self._focus_place(*focus)

    def _clear_rows(self) -> None:
        for row in self._rows:
            self._drop(row)
        self._rows.clear()

    def _drop(self, row: _Row) -> None:
        """Take a row's boxes out of the grid and away."""
        for widget in (row.name, row.value, row.remove):
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()

    def _append_row(self, name: Any = None, value: Any = None) -> _Row:
        index = len(self._rows)
        shown = display_text(value)
        # Made inside the group in Tab's order (name, text, remove), whatever the grid's: a
        # narrow form puts the remove button beside the name, and Tab went to it, not the text.
        name_box = QLineEdit(display_text(name), self.rows_box)
        name_box.setPlaceholderText(tr("Web address") if self.addresses else tr("Name"))
        name_box.setCursorPosition(0)
        value_box = QLineEdit(shown, self.rows_box)
        value_box.setPlaceholderText(tr("Text"))
        value_box.setCursorPosition(0)
        remove = QToolButton(self.rows_box)
        remove.setText("✕")
        remove.setAutoRaise(True)
        row = _Row(name_box, value_box, remove, name, value, shown)
        self._name_row(row, index)
        for box in (name_box, value_box):  # the whole of a long address or text
            box.setToolTip(box.text())
            box.textChanged.connect(lambda text, box=box: self._tip(box, text))
        name_box.textEdited.connect(lambda _text: self._changed())
        value_box.textEdited.connect(lambda _text: self._changed())
        remove.clicked.connect(lambda _checked=False, row=row: self.remove_row(row))
        self._place(row, index)
        for widget in (name_box, value_box, remove):
            widget.show()  # at once, not when the layout gets to it: it can take the focus
        self._rows.append(row)
        return row

    def _place(self, row: _Row, index: int) -> None:
        """Put a row's boxes in the grid: side by side, or its text under its name."""
        for widget in (row.name, row.value, row.remove):
            self.grid.removeWidget(widget)
        if self.stacked:  # a third, empty grid row keeps each pair apart from the next
            self.grid.addWidget(row.name, 3 * index, 0)
            self.grid.addWidget(row.remove, 3 * index, 2)
            self.grid.addWidget(row.value, 3 * index + 1, 0, 1, 2)
            self.grid.setRowMinimumHeight(3 * index + 2, 6)
        else:
            self.grid.addWidget(row.name, index, 0)
            self.grid.addWidget(row.value, index, 1)
            self.grid.addWidget(row.remove, index, 2)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        width = event.size().width()
        stacked = width < STACK_BELOW or (self.stacked and width < STACK_UNTIL)
        if stacked != self.stacked:
            self.stacked = stacked
            self.grid.setColumnStretch(1, 0 if stacked else 2)
            self.grid.setVerticalSpacing(2 if stacked else 4)
            for gap in range(self.grid.rowCount()):
                self.grid.setRowMinimumHeight(gap, 0)
            for index, row in enumerate(self._rows):
                self._place(row, index)

    def _name_row(self, row: _Row, index: int) -> None:
        """Accessible names and tooltips that say which row a box is on."""
        what = tr("web address") if self.addresses else tr("name")
        row.name.setAccessibleName(tr("Row {n}, {what}").format(n=index + 1, what=what))
        row.value.setAccessibleName(tr("Row {n}, text").format(n=index + 1))
        row.remove.setToolTip(tr("Remove this row"))
        row.remove.setAccessibleName(tr("Remove row {n}").format(n=index + 1))

    # -- the author's changes ---------------------------------------------------------------
    def add_row(self) -> None:
        """A new empty row, its name box focused; nothing is written until it holds something."""
        row = self._append_row()
        self._after_rows_changed()
        row.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_row(self, row: _Row) -> None:
        """Take a row away (and its line from the page)."""
        if row not in self._rows:
            return
        index = self._rows.index(row)
        self._rows.remove(row)
        self._drop(row)
        for place, later in enumerate(self._rows[index:], start=index):  # close the gap
            self._place(later, place)
        self._after_rows_changed()
        if self._rows:
            self._rows[min(index, len(self._rows) - 1)].name.setFocus()
        else:
            self.add_button.setFocus()
        self._changed()

    def _changed(self) -> None:
        made = group_value(
            [
                GroupRow(r.name.text(), r.value.text(), r.old_name, r.old_value, r.value_shown)
                for r in self._rows
            ]
        )
        fault = self._rows[made.row].name if made.problem and made.row >= 0 else None
        self._set_problem(made.problem, fault)
        if not made.problem:
            self._emit(made.value)

    def _tip(self, box: QLineEdit, text: str) -> None:
        if box is not self._fault:
            box.setToolTip(text)

    def _set_problem(self, problem: str, fault: QLineEdit | None) -> None:
        """Mark the row at fault while the rows cannot be written (as a number box does)."""
        if self._fault is not None and self._fault is not fault:
            try:
                self._fault.setStyleSheet("")
                self._fault.setToolTip(self._fault.text())
            except RuntimeError:  # its row was removed
                pass
        self._problem = tr(problem) if problem else ""
        self._fault = fault
        if fault is not None:
            fault.setStyleSheet(_FAULT_STYLE)
            fault.setToolTip(self.not_kept_mark())
        self.problem_label.setText(self.not_kept_mark() if problem else "")
        self.problem_label.setVisible(bool(problem))

    def _after_rows_changed(self) -> None:
        first = self._rows[0].name if self._rows else self.add_button
        self.setFocusProxy(first)
        for index, row in enumerate(self._rows):
            self._name_row(row, index)
        if self._rows_changed is not None:
            self._rows_changed()

    # -- focus, kept places -----------------------------------------------------------------
    def _focused_place(self) -> tuple[int, int] | None:
        focus = QApplication.focusWidget()
        for index, row in enumerate(self._rows):
            if focus is row.name:
                return index, 0
            if focus is row.value:
                return index, 1
        return None

    def _focus_place(self, index: int, column: int) -> None:
        if 0 <= index < len(self._rows):
            row = self._rows[index]
            (row.name if column == 0 else row.value).setFocus()

    def focus_target(self) -> QWidget:
        return self

    def mark_targets(self) -> list[QWidget]:
        return [self.box]

    def row_boxes(self) -> list[tuple[QLineEdit, QLineEdit]]:
        """The (name, value) boxes of each row, in order."""
        return [(r.name, r.value) for r in self._rows]

    def remove_buttons(self) -> list[QToolButton]:
        """Each row's remove button, in order."""
        return [r.remove for r in self._rows]

    def not_kept(self) -> str:
        if not self._problem or self._fault is None:
            return ""
        return self._fault.text() or self._problem

    def not_kept_note(self) -> str:
        return self._problem

    def not_kept_mark(self) -> str:
        return self._problem + " " + tr("Nothing is saved until then.")
