"""The form's field widgets for plain values: text, long text, number, yes/no, date, choice,
relation; and how values turn into text and back.

The page settings form (form.py) puts one of these (or a tag field, form_tags.py, or a file
picker, form_files.py) per front-matter field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QObject,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from editor_app.core.settings_form import (
    as_date,
    as_datetime,
    typed_number,
    typed_value,
)
from editor_app.ui.translation import translator

if TYPE_CHECKING:
    pass

tr = translator("FrontMatterForm")


# -- turning values into text and back (for fields shown as text) -------------------------


DISPLAY_LIMIT = 4000  # characters: a value longer than this is shown cut, with "…"


class _Full(Exception):
    """The shown text is long enough: stop walking the value."""


def display_text(value: Any, limit: int = DISPLAY_LIMIT) -> str:
    """A value as an author reads it: lists joined by commas, dates as YYYY-MM-DD.

    The walk stops at `limit` characters: a header whose lists repeat each other through
    aliases (a few lines that stand for billions of values) must not freeze the form."""
    out: list[str] = []
    size = [0]

    def put(text: str) -> None:
        out.append(text)
        size[0] += len(text)
        if size[0] > limit:
            raise _Full

    def walk(v: Any) -> None:
        if isinstance(v, list):
            for i, item in enumerate(v):
                if i:
                    put(", ")
                walk(item)
        elif isinstance(v, dict):
            for i, (k, item) in enumerate(v.items()):
                if i:
                    put("\n")
                put(f"{k}: ")
                walk(item)
        else:
            put(_scalar_text(v))

    try:
        walk(value)
    except _Full:
        return "".join(out)[:limit] + "…"
    return "".join(out)


def _scalar_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


# -- the widgets, one class per kind of field -------------------------------------------


class FieldWidget(QWidget):
    """A field's editor. `edited` is emitted only for the user's own changes."""

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.original: Any = None

    def set_value(self, value: Any) -> None:
        """Show `value` without emitting anything."""
        self.original = value
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def _emit(self, value: Any) -> None:
        if not self._loading:
            self.edited.emit(value)

    def focus_target(self) -> QWidget:
        """The control that takes the focus for this field (label buddy, problem jumps)."""
        return self

    def mark_targets(self) -> list[QWidget]:
        """The controls that get a red border when the field has a problem."""
        return [self.focus_target()]

    def not_kept(self) -> str:
        """Text the author typed that the field cannot hold, so the page does not get it
        ("" when none): `abc` in a number box."""
        return ""


class FieldRow(QHBoxLayout):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(4)


class TextField(FieldWidget):
    """One line of text (also used for web addresses and e-mail)."""

    def __init__(self, placeholder: str = "", read_only: bool = False) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setReadOnly(read_only)
        FieldRow(self).addWidget(self.edit)
        self.edit.textEdited.connect(lambda text: self._emit(typed_value(text, self.original)))

    def _show(self, value: Any) -> None:
        self.edit.setText(display_text(value))
        self.edit.setCursorPosition(0)

    def focus_target(self) -> QWidget:
        return self.edit


class LongTextField(FieldWidget):
    """Several lines of plain text."""

    def __init__(self, read_only: bool = False) -> None:
        super().__init__()
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)  # Tab moves on to the next field, as in a form
        self.edit.setReadOnly(read_only)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 12)
        FieldRow(self).addWidget(self.edit)
        self.edit.textChanged.connect(self._changed)

    def _show(self, value: Any) -> None:
        self.edit.setPlainText(display_text(value))

    def _changed(self) -> None:
        text = self.edit.toPlainText()
        self._emit(text if text.strip() else None)

    def focus_target(self) -> QWidget:
        return self.edit


class NumberField(TextField):
    """A number typed as text, so the field can also be empty."""

    def __init__(self) -> None:
        super().__init__(placeholder=tr("A number"))
        self.edit.textEdited.disconnect()
        self.edit.textEdited.connect(self._changed)
        self.edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)

    _wrong = False
    _kept: tuple[str, str] = ("", "")

    def _changed(self, text: str) -> None:
        if not text.strip():
            self._not_a_number(False)
            self._emit(None)
            return
        try:
            value = typed_number(text)
        except ValueError:
            self._not_a_number(True)
            return  # not a number yet: nothing is written until it is one
        self._not_a_number(False)
        self._emit(value)

    def _show(self, value: Any) -> None:
        super()._show(value)
        self._not_a_number(False)

    def not_kept(self) -> str:
        return self.edit.text() if self._wrong else ""

    def _not_a_number(self, wrong: bool) -> None:
        """Mark the box, as Check marks an error, while its text is not a number: otherwise
        `5x` looks accepted though nothing is written."""
        if wrong == self._wrong:
            return
        self._wrong = wrong
        if wrong:
            self._kept = (self.edit.toolTip(), self.edit.accessibleDescription())
            reason = tr("Type a number, like 12 or 3.5: nothing is saved until it is one.")
            self.edit.setStyleSheet("QLineEdit { border: 2px solid #d32f2f; border-radius: 3px; }")
            self.edit.setToolTip(reason)
            self.edit.setAccessibleDescription(reason)
        else:
            self.edit.setStyleSheet("")
            self.edit.setToolTip(self._kept[0])
            self.edit.setAccessibleDescription(self._kept[1])


class BoolField(FieldWidget):
    """A tick box; on a page without the setting it shows what that means to the site
    (`left_out`: ticked for `published`, which every page is unless it says otherwise)."""

    def __init__(self, text: str, left_out: bool = False) -> None:
        super().__init__()
        self.left_out = left_out
        self.box = QCheckBox(text)
        FieldRow(self).addWidget(self.box)
        self.box.toggled.connect(self._emit)

    def _show(self, value: Any) -> None:
        shown = value if isinstance(value, bool) else value is None and self.left_out
        self.box.setChecked(shown)

    def focus_target(self) -> QWidget:
        return self.box


_DATE_START_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    *(Qt.Key(Qt.Key.Key_0.value + i) for i in range(10)),
}


class DateField(FieldWidget):
    """A date picker with a calendar, which can also hold "no date"."""

    # Qt's date editors always hold a date: the lowest one stands for "no date".
    _NONE = QDate(1000, 1, 1)

    def __init__(self, with_time: bool = False) -> None:
        super().__init__()
        self.with_time = with_time
        self.edit = QDateTimeEdit() if with_time else QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMMM yyyy HH:mm" if with_time else "d MMMM yyyy")
        self.edit.setMinimumDate(self._NONE)
        self.edit.setSpecialValueText(tr("No date"))
        self.clear_button = QToolButton()
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(tr("No date"))
        self.clear_button.setAccessibleName(tr("Clear the date"))
        self.clear_button.setAutoRaise(True)
        row = FieldRow(self)
        row.addWidget(self.edit, 1)
        row.addWidget(self.clear_button)
        self.edit.dateTimeChanged.connect(self._changed)
        self.clear_button.clicked.connect(self.clear)
        # An empty date opens its calendar at today, not in the year 1000.
        self.edit.calendarWidget().installEventFilter(self)
        self.edit.installEventFilter(self)
        self.edit.setToolTip(tr("Pick a date; Delete empties it."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and self.is_empty:
            today = QDate.currentDate()
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
        elif watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Delete and not self.is_empty:
                self.clear()  # the keyboard way to "no date"
                return True
            if self.is_empty and key in _DATE_START_KEYS:
                # Stepping from "no date" starts at today, not in the year 1000.
                self.edit.setDate(QDate.currentDate())
                return True
        return super().eventFilter(watched, event)

    @property
    def is_empty(self) -> bool:
        """True when the field shows "No date"."""
        return self.edit.date() == self._NONE

    def clear(self) -> None:
        """Set "no date" (as the user's edit)."""
        self.edit.setDate(self._NONE)
        self.edit.setFocus()

    def _show(self, value: Any) -> None:
        if self.with_time:
            when = as_datetime(value)
            if when is None:
                self.edit.setDate(self._NONE)
            else:
                self.edit.setDateTime(
                    QDateTime(
                        QDate(when.year, when.month, when.day),
                        QTime(when.hour, when.minute, when.second),
                    )
                )
        else:
            day = as_date(value)
            self.edit.setDate(self._NONE if day is None else QDate(day.year, day.month, day.day))
        self.clear_button.setEnabled(not self.is_empty)

    def value(self) -> dt.date | dt.datetime | None:
        """The date shown (a `datetime.date`, or `datetime.datetime` with time), or None."""
        if self.is_empty:
            return None
        d = self.edit.date()
        if not self.with_time:
            return dt.date(d.year(), d.month(), d.day())
        t = self.edit.time()
        tz = self.original.tzinfo if isinstance(self.original, dt.datetime) else None
        return dt.datetime(
            d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), tzinfo=tz
        )

    def _changed(self) -> None:
        self.clear_button.setEnabled(not self.is_empty)
        self._emit(self.value())

    def focus_target(self) -> QWidget:
        return self.edit


class ChoiceField(FieldWidget):
    """A drop-down of the allowed values; a value not in the list is still shown and kept."""

    def __init__(self, choices: Iterable[Any], required: bool) -> None:
        super().__init__()
        self.choices = list(choices)
        self.required = required
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(12)
        FieldRow(self).addWidget(self.combo)
        self.combo.activated.connect(lambda index: self._emit(self.combo.itemData(index)))

    def _show(self, value: Any) -> None:
        self.combo.clear()
        if value is None or not self.required:
            self.combo.addItem(tr("(none)"), None)
        for choice in self.choices:
            self.combo.addItem(display_text(choice), choice)
        if value is not None and value not in self.choices:
            self.combo.addItem(
                tr("{value} (not one of the usual values)").format(value=display_text(value)), value
            )
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))

    def focus_target(self) -> QWidget:
        return self.combo


def contains_completer(words: list[str], parent: QWidget) -> QCompleter:
    """Completion offering every word holding what was typed, in any case ("health" finds
    "Public health")."""
    completer = QCompleter(words, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class RelationField(FieldWidget):
    """One page of another collection, picked by title (typing completes)."""

    def __init__(self, titles: list[str]) -> None:
        super().__init__()
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Long titles must not make the whole form wider than its panel.
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(16)
        self.combo.addItems(titles)
        completer = contains_completer(titles, self.combo)
        self.combo.setCompleter(completer)
        FieldRow(self).addWidget(self.combo)
        self.combo.lineEdit().textEdited.connect(self._changed)
        self.combo.activated.connect(lambda _: self._changed(self.combo.currentText()))
        completer.activated.connect(self._changed)

    def _show(self, value: Any) -> None:
        self.combo.setEditText(display_text(value))
        self.combo.lineEdit().setCursorPosition(0)  # show the start of a long title

    def _changed(self, text: str) -> None:
        self._emit(typed_value(text, self.original))

    def focus_target(self) -> QWidget:
        return self.combo
