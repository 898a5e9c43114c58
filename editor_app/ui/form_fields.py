"""The form's field widgets for plain values: text, long text, number, yes/no, choice,
relation; and how values turn into text and back.

The page settings form (form.py) puts one of these (or a date, form_dates.py, a tag field,
form_tags.py, or a file picker, form_files.py) per front-matter field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from editor_app.core.settings_form import typed_number, typed_value
from editor_app.ui.completer_click import let_clicks_through
from editor_app.ui.translation import translator

if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractItemModel

tr = translator("FrontMatterForm")

# The modifiers of a shortcut (Ctrl+S, an Alt+letter): a box's text being typed counts first.
SHORTCUT_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


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

    def problem_hint(self, codes: set[str]) -> str:
        """How to put right, in this box, problems of these codes ("" when nothing to add)."""
        return ""

    def not_kept(self) -> str:
        """Text the author typed that the field cannot hold, so the page does not get it
        ("" when none): `abc` in a number box."""
        return ""

    def not_kept_note(self) -> str:
        """Why `not_kept`'s text is left out of a save, in the author's words."""
        return tr("'{text}' is not a number").format(text=self.not_kept())

    def not_kept_mark(self) -> str:
        """What the field's problem mark adds while its text is left out."""
        return tr("The box's text is not a number, so it is not saved yet.")


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


def contains_completer(words: list[str] | QAbstractItemModel, parent: QWidget) -> QCompleter:
    """Completion offering every word holding what was typed, in any case ("health" finds
    "Public health"); a click outside its open list closes it and still lands. `words` may
    be a model, for words that change while it is shown."""
    completer = QCompleter(words, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    let_clicks_through(completer)  # the click that closes the list does what it aimed at
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
