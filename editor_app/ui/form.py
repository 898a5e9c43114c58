"""The page settings form: one widget per front-matter field, in the schema's order.

Authors never see YAML: each field gets a widget for its type (text, date picker, drop-down,
tags with completion, image picker...). Loading a page emits nothing and changes nothing;
each edit by the user emits `fieldEdited(name, value)` with a value of the right Python type
(str, `datetime.date`, bool, int/float, list, dict; None for empty). Fields the schema does not
know are shown under "Other fields" and are kept as they are.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QObject,
    QRect,
    QSize,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from editor_app.core import assets
from editor_app.core.site import IMAGE_SUFFIXES

if TYPE_CHECKING:
    from editor_app.core.schema import CollectionSchema, Field, Schema
    from editor_app.core.site import Site
    from editor_app.core.validate import Problem


def tr(text: str) -> str:
    """Translate user-facing text (module-level helper, like QObject.tr)."""
    return QGuiApplication.translate("FrontMatterForm", text)


THUMBNAIL = QSize(96, 72)
_MAX_THUMBNAIL_BYTES = 30_000_000  # bigger files are not decoded just for a thumbnail


# -- turning values into text and back (for fields shown as text) -------------------------


def display_text(value: Any) -> str:
    """A value as an author reads it: lists joined by commas, dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(display_text(v) for v in value)
    if isinstance(value, dict):
        return "\n".join(f"{k}: {display_text(v)}" for k, v in value.items())
    return str(value)


def _is_complex(value: Any) -> bool:
    return isinstance(value, (list, dict))


def _number(text: str) -> int | float | None:
    """`12` -> 12, `1.5` -> 1.5, `1,000` -> 1000; ValueError when it is not a number."""
    cleaned = text.strip().replace(",", "").replace("_", "")
    try:
        return int(cleaned)
    except ValueError:
        value = float(cleaned)
        if math.isnan(value) or math.isinf(value):
            raise ValueError(text) from None
        return value


def _text_value(text: str, original: Any) -> Any:
    """What a text box holds, keeping numbers numbers when the page had a number there."""
    if not text.strip():
        return None
    if isinstance(original, (int, float)) and not isinstance(original, bool):
        try:
            return _number(text)
        except ValueError:
            return text
    return text


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _as_datetime(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


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


class _Row(QHBoxLayout):
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
        _Row(self).addWidget(self.edit)
        self.edit.textEdited.connect(lambda text: self._emit(_text_value(text, self.original)))

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
        _Row(self).addWidget(self.edit)
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

    def _changed(self, text: str) -> None:
        if not text.strip():
            self._emit(None)
            return
        try:
            value = _number(text)
        except ValueError:
            self.edit.setToolTip(tr("Type a number, like 12 or 3.5."))
            return  # not a number yet: nothing is written until it is one
        self.edit.setToolTip("")
        self._emit(value)


class BoolField(FieldWidget):
    """A tick box."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.box = QCheckBox(text)
        _Row(self).addWidget(self.box)
        self.box.toggled.connect(self._emit)

    def _show(self, value: Any) -> None:
        self.box.setChecked(bool(value) if isinstance(value, bool) else False)

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
        row = _Row(self)
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
            when = _as_datetime(value)
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
            day = _as_date(value)
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
        _Row(self).addWidget(self.combo)
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
        completer = QCompleter(titles, self.combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.combo.setCompleter(completer)
        _Row(self).addWidget(self.combo)
        self.combo.lineEdit().textEdited.connect(self._changed)
        self.combo.activated.connect(lambda _: self._changed(self.combo.currentText()))
        completer.activated.connect(self._changed)

    def _show(self, value: Any) -> None:
        self.combo.setEditText(display_text(value))
        self.combo.lineEdit().setCursorPosition(0)  # show the start of a long title

    def _changed(self, text: str) -> None:
        self._emit(_text_value(text, self.original))

    def focus_target(self) -> QWidget:
        return self.combo


class FlowLayout(QLayout):
    """Lays chips out left to right, wrapping to new lines (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QWidgetItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802 (Qt's name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802 (Qt's name)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt's name)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self._arrange(0, 0, width, apply=False)

    def setGeometry(self, rect) -> None:  # noqa: N802 (Qt's name)
        super().setGeometry(rect)
        self._arrange(rect.x(), rect.y(), rect.width(), apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt's name)
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, x0: int, y0: int, width: int, apply: bool) -> int:
        x, y, line = x0, y0, 0
        space = self.spacing()
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > x0 + width and line > 0:
                x, y, line = x0, y + line + space, 0
            if apply:
                item.setGeometry(QRect(x, y, hint.width(), hint.height()))
            x += hint.width() + space
            line = max(line, hint.height())
        return y + line - y0


class Chip(QFrame):
    """One tag with a remove button."""

    removed = Signal(str)

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("chip")
        self.setAccessibleName(text)
        label = QLabel(text)
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(tr("Remove “{tag}”").format(tag=text))
        self.remove_button.setAccessibleName(tr("Remove {tag}").format(tag=text))
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(label)
        row.addWidget(self.remove_button)
        self.remove_button.clicked.connect(lambda: self.removed.emit(self.text))


class TagField(FieldWidget):
    """A list of values as chips, plus a box to add more (Enter adds; typing completes)."""

    def __init__(self, suggestions: list[str], kind: str = "") -> None:
        super().__init__()
        self.tags: list[Any] = []
        self.suggestions = suggestions
        self.chips = QWidget()
        self.flow = FlowLayout(self.chips)
        self.input = QLineEdit()
        self.input.setPlaceholderText(
            tr("Add {kind}…").format(kind=kind) if kind else tr("Add a value…")
        )
        self.input.setToolTip(
            tr("Type and press Enter to add. Backspace in an empty box removes the last one.")
        )
        self.input.setMinimumWidth(160)
        completer = QCompleter(suggestions, self.input)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.input.setCompleter(completer)
        self.completer = completer
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(self.chips)
        col.addWidget(self.input)
        self.input.returnPressed.connect(self._add_typed)
        completer.activated.connect(self._completed)
        self.input.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            watched is self.input
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Backspace
            and not self.input.text()
            and self.tags
        ):
            self.remove(display_text(self.tags[-1]))
            return True
        return super().eventFilter(watched, event)

    def _show(self, value: Any) -> None:
        if value is None or value == "":
            tags = []
        elif isinstance(value, list):
            tags = list(value)
        else:
            tags = [value]  # one value where a list is usual: shown as one tag
        self.tags = tags
        self._rebuild()

    def _rebuild(self) -> None:
        while self.flow.count():
            item = self.flow.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for tag in self.tags:
            chip = Chip(display_text(tag))
            chip.removed.connect(self.remove)
            self.flow.addWidget(chip)
        self.chips.setVisible(bool(self.tags))
        self.chips.updateGeometry()

    def _completed(self, text: str) -> None:
        # Add on the same key press; the completer writes its text into the box afterwards,
        # so empty the box once it is done.
        self.input.setText(text)
        self._add_typed()
        QTimer.singleShot(0, self.input.clear)

    def _add_typed(self) -> None:
        popup = self.completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            return  # Enter on a highlighted suggestion: the completer adds that one
        text = self.input.text().strip()
        if not text:
            return
        # Prefer the exact spelling of a known title typed in another case.
        for s in self.suggestions:
            if s.lower() == text.lower():
                text = s
                break
        self.input.clear()
        self.add(text)

    def add(self, text: str) -> None:
        """Add a tag (as the user's edit); a tag already there is not added twice."""
        if any(display_text(t) == text for t in self.tags):
            return
        self.tags.append(text)
        self._rebuild()
        self._emit(list(self.tags))

    def remove(self, text: str) -> None:
        """Remove a tag (as the user's edit) and keep the keyboard focus in the field."""
        kept = [t for t in self.tags if display_text(t) != text]
        if len(kept) == len(self.tags):
            return
        self.tags = kept
        self._rebuild()
        self.input.setFocus()
        self._emit(list(self.tags) if self.tags else None)

    def focus_target(self) -> QWidget:
        return self.input


class FilePicker(FieldWidget):
    """An image or file from the field's folder: name, thumbnail, Browse and Copy new."""

    def __init__(self, site: Site | None, folder: Path | None, images: bool) -> None:
        super().__init__()
        self.site = site
        self.folder = folder
        self.images = images
        self.thumbnail = QLabel()
        self.thumbnail.setFixedSize(THUMBNAIL)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setFrameShape(QFrame.Shape.StyledPanel)
        self.thumbnail.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(tr("No image") if images else tr("No file"))
        self.browse_button = QToolButton()
        self.browse_button.setText(tr("Browse…"))
        self.browse_button.setToolTip(
            tr("Pick one of the files already in {folder}").format(folder=self._folder_name())
        )
        self.copy_button = QToolButton()
        self.copy_button.setText(tr("Copy New Image…") if images else tr("Copy New File…"))
        self.copy_button.setToolTip(
            tr("Copy a file from your computer into {folder} and use it").format(
                folder=self._folder_name()
            )
        )
        for b in (self.browse_button, self.copy_button):
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setEnabled(site is not None and folder is not None)
        right = QVBoxLayout()
        right.setSpacing(4)
        right.addWidget(self.edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.browse_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        row = _Row(self)
        row.addWidget(self.thumbnail)
        row.addLayout(right, 1)
        # Only once it has a parent: showing a parentless label would open a window.
        self.thumbnail.setHidden(not images)
        self.edit.textEdited.connect(self._typed)
        self.browse_button.clicked.connect(self.browse)
        self.copy_button.clicked.connect(self.copy_new)

    def _folder_name(self) -> str:
        if self.site is None or self.folder is None:
            return tr("the site")
        try:
            return self.folder.relative_to(self.site.root).as_posix()
        except ValueError:
            return self.folder.name

    def _show(self, value: Any) -> None:
        self.edit.setText(display_text(value))
        self._update_thumbnail()

    def resolve(self, value: str) -> Path | None:
        """The file a value names, inside the site only (None when missing or outside)."""
        if self.site is None or not value:
            return None
        value = value.strip()
        candidates = []
        if value.startswith("/"):
            candidates.append(value.lstrip("/"))
        elif self.folder is not None:
            try:
                rel = self.folder.relative_to(self.site.root).as_posix()
            except ValueError:
                rel = ""
            candidates.append(f"{rel}/{value}" if rel else value)
            candidates.append(value)
        for candidate in candidates:
            path = self.site.resolve_inside(candidate)
            if path is not None and path.is_file():
                return path
        return None

    def _update_thumbnail(self) -> None:
        if not self.images:
            return
        value = self.edit.text().strip()
        path = self.resolve(value)
        self.thumbnail.setPixmap(QPixmap())
        if not value:
            self.thumbnail.setText(tr("No image"))
        elif path is None:
            self.thumbnail.setText(tr("Not found"))
        elif path.suffix.lower() not in IMAGE_SUFFIXES:
            self.thumbnail.setText(tr("Not an image"))
        else:
            pixmap = _thumbnail(path)
            if pixmap is None:
                self.thumbnail.setText(tr("Cannot show"))
            else:
                self.thumbnail.setText("")
                self.thumbnail.setPixmap(pixmap)
        self.thumbnail.setToolTip(str(path) if path else "")
        self.thumbnail.setAccessibleName(
            tr("Preview of {name}").format(name=value) if value else tr("No image")
        )

    def _typed(self, text: str) -> None:
        self._update_thumbnail()
        self._emit(text.strip() or None)

    def choose(self, value: str) -> None:
        """Set the field to `value` as the user's edit."""
        self.edit.setText(value)
        self._typed(value)

    @classmethod
    def ask_existing(cls, parent: QWidget, folder: Path, images: bool, current: str) -> str | None:
        """Show the folder's files and return the name picked (tests replace this)."""
        dialog = AssetBrowser(parent, folder, images, current)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.selected()

    @classmethod
    def ask_new_file(cls, parent: QWidget, images: bool) -> Path | None:
        """Ask for a file on the computer to copy in (tests replace this)."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            tr("Copy an image into the site") if images else tr("Copy a file into the site"),
            str(Path.home()),
            tr("Images (*.png *.jpg *.jpeg *.gif *.svg *.webp);;All files (*)")
            if images
            else tr("All files (*)"),
        )
        return Path(name) if name else None

    @classmethod
    def ask_replace(cls, parent: QWidget, name: str) -> bool | None:
        """A different file has that name: True replace, False keep both, None cancel."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("File already there"))
        box.setText(tr("The site already has a different file called “{name}”.").format(name=name))
        box.setInformativeText(tr("Keep both (the new one gets another name)?"))
        keep = box.addButton(tr("Keep Both"), QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton(tr("Replace It"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is keep:
            return False
        return True if box.clickedButton() is replace else None

    def browse(self) -> None:
        """Pick one of the files already in the folder."""
        if self.folder is None:
            return
        picked = self.ask_existing(self, self.folder, self.images, self.edit.text())
        if picked:
            self.choose(picked)

    def copy_new(self) -> None:
        """Copy a file into the folder (never overwriting without asking) and use it."""
        if self.site is None or self.folder is None:
            return
        source = self.ask_new_file(self, self.images)
        if source is None:
            return
        try:
            copied = assets.copy_into_folder(source, self.folder)
        except FileExistsError:
            answer = self.ask_replace(self, assets.safe_file_name(source.name))
            if answer is None:
                return
            name = None if answer else assets.free_name(self.folder, source.name)
            try:
                copied = assets.copy_into_folder(source, self.folder, name=name, overwrite=answer)
            except OSError as exc:
                self._copy_failed(exc)
                return
        except OSError as exc:
            self._copy_failed(exc)
            return
        self.choose(assets.field_value(self.site, copied, self.folder))

    def _copy_failed(self, exc: OSError) -> None:
        QMessageBox.warning(
            self,
            tr("Not copied"),
            tr("The file could not be copied: {reason}").format(reason=exc.strerror or exc),
        )

    def focus_target(self) -> QWidget:
        return self.edit


def _thumbnail(path: Path) -> QPixmap | None:
    try:
        if path.stat().st_size > _MAX_THUMBNAIL_BYTES:
            return None
    except OSError:
        return None
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():  # decode straight at thumbnail size: fast even for big photos
        reader.setScaledSize(size.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    return QPixmap.fromImage(image).scaled(
        THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


class AssetBrowser(QDialog):
    """A list of the files in an asset folder, with thumbnails, to pick one."""

    def __init__(self, parent: QWidget | None, folder: Path, images: bool, current: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Pick a file from {folder}").format(folder=folder.name))
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Files"))
        self.list.setViewMode(
            QListWidget.ViewMode.IconMode if images else QListWidget.ViewMode.ListMode
        )
        self.list.setIconSize(QSize(96, 72))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setGridSize(QSize(130, 110) if images else QSize())
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Search by name"))
        self.filter.setAccessibleName(tr("Search by name"))
        self.filter.textChanged.connect(self._filter)
        files = assets.list_files(folder, images_only=images)
        for path in files:
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, path.name)
            self.list.addItem(item)
            if path.name == current:
                self.list.setCurrentItem(item)
        self._icons_loaded = 0
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        if not files:
            layout.addWidget(QLabel(tr("This folder has no files yet.")))
        layout.addWidget(buttons)
        self.resize(640, 480)
        self.folder = folder
        self.images = images
        if images:
            # Thumbnails of a few hundred files take a moment: draw them after showing.
            self.list.verticalScrollBar().valueChanged.connect(self._load_icons)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.images:
            self._load_icons()

    def _load_icons(self) -> None:
        viewport = self.list.viewport().rect()
        for row in range(self.list.count()):
            item = self.list.item(row)
            if not item.icon().isNull() or item.isHidden():
                continue
            if not self.list.visualItemRect(item).intersects(viewport):
                continue
            pixmap = _thumbnail(self.folder / item.data(Qt.ItemDataRole.UserRole))
            if pixmap is not None:
                item.setIcon(QIcon(pixmap))

    def _filter(self, text: str) -> None:
        needle = text.lower()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(needle not in item.text().lower())
        if self.images:
            self._load_icons()

    def selected(self) -> str | None:
        """The name of the picked file."""
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


class ObjectField(FieldWidget):
    """A group of sub-fields; edits emit the whole group as a dict (other keys kept)."""

    def __init__(self, form: FrontMatterForm, field: Field) -> None:
        super().__init__()
        self.box = QGroupBox()
        self.box.setFlat(True)
        self.layout_ = QFormLayout(self.box)
        self.layout_.setContentsMargins(8, 4, 0, 4)
        _Row(self).addWidget(self.box)
        self.children_: dict[str, FieldWidget] = {}
        for sub in field.fields:
            widget = form._make_widget(sub, None)
            widget.edited.connect(lambda v, name=sub.name: self._child_edited(name, v))
            label = QLabel(sub.label)
            label.setBuddy(widget.focus_target())
            self.layout_.addRow(label, widget)
            self.children_[sub.name] = widget

    def _show(self, value: Any) -> None:
        data = value if isinstance(value, dict) else {}
        for name, widget in self.children_.items():
            widget.set_value(data.get(name))

    def _child_edited(self, name: str, value: Any) -> None:
        data = dict(self.original) if isinstance(self.original, dict) else {}
        data[name] = value
        self.original = data  # later edits build on this one
        self._emit(data)

    def focus_target(self) -> QWidget:
        first = next(iter(self.children_.values()), None)
        return first.focus_target() if first else self

    def mark_targets(self) -> list[QWidget]:
        return [self.box]


# -- the form -----------------------------------------------------------------------------


class FrontMatterForm(QWidget):
    """The page's settings (front matter) as a form built from the collection's schema."""

    fieldEdited = Signal(str, object)  # noqa: N815 (Qt naming): name, new value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.site: Site | None = None
        self.schema: Schema | None = None
        self.collection_schema: CollectionSchema | None = None
        self.widgets: dict[str, FieldWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self._values: dict[str, Any] = {}
        self._marks: dict[str, QLabel] = {}
        self._marked: set[str] = set()
        self._plain_texts: dict[QWidget, tuple[str, str]] = {}
        self.setAccessibleName(tr("Page settings"))
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(8, 8, 8, 8)
        self._body: QWidget | None = None
        self.empty_label = QLabel(tr("Open a page to see its settings."))
        self.empty_label.setEnabled(False)
        self._outer.addWidget(self.empty_label)
        self._outer.addStretch(1)

    # -- the contract with the window -----------------------------------------------------

    def set_site(self, site: Site | None, schema: Schema | None) -> None:
        """The site (titles for relations, asset folders) and the schema in force."""
        self.site = site
        self.schema = schema

    def load(
        self,
        front_matter: dict,
        collection_schema: CollectionSchema | None,
        key_order: list[str],
    ) -> None:
        """Show a page's front matter. Emits nothing and changes nothing."""
        self.collection_schema = collection_schema
        self._values = dict(front_matter)
        self._build(front_matter, collection_schema, key_order)

    def values(self) -> dict:
        """The page's front matter as the form holds it now (untouched fields as loaded)."""
        return dict(self._values)

    def focus_field(self, name: str) -> bool:
        """Move the keyboard focus to a field and scroll it into view; False when not shown."""
        widget = self.widgets.get(name)
        if widget is None or not self.isEnabled():
            return False
        target = widget.focus_target()
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def show_problems(self, problems: Iterable[Problem]) -> None:
        """Mark the fields with problems (red or amber border, icon, tooltip); clear old marks."""
        self._clear_marks()
        by_field: dict[str, list[Problem]] = {}
        for p in problems:
            if p.field and p.field in self.widgets:
                by_field.setdefault(p.field, []).append(p)
        for name, found in by_field.items():
            self._mark(name, found)

    # -- building -------------------------------------------------------------------------

    def _build(
        self, front_matter: dict, schema: CollectionSchema | None, key_order: list[str]
    ) -> None:
        self._clear_marks()
        if self._body is not None:
            self._body.hide()
            self._body.deleteLater()
        self.widgets.clear()
        self.labels.clear()
        self._marks.clear()
        self._plain_texts.clear()
        self.empty_label.hide()

        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        known = QFormLayout()
        known.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        known.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        column.addLayout(known)
        used_keys: set[str] = set()

        schema_fields = schema.fields if schema else []
        for f in schema_fields:
            self._add_row(known, f.name, f.label, self._make_widget(f, front_matter.get(f.name)), f)
            used_keys.add(f.name)

        order = [k for k in key_order if k in front_matter]
        order += [k for k in front_matter if k not in order]
        others = [k for k in order if k not in used_keys]
        if others:
            target = known
            if schema_fields:
                heading = QLabel(tr("Other fields"))
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                note = QLabel(tr("Fields only this page has. They are kept as they are."))
                note.setWordWrap(True)
                note.setEnabled(False)
                column.addSpacing(8)
                column.addWidget(heading)
                column.addWidget(note)
                target = QFormLayout()
                target.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
                target.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                column.addLayout(target)
            for key in others:
                value = front_matter.get(key)
                self._add_row(target, key, _plain(key), self._unknown_widget(value), None)
        if not schema_fields and not others:
            empty = QLabel(tr("This page has no settings."))
            empty.setEnabled(False)
            column.addWidget(empty)
        self._assign_mnemonics()
        self._outer.insertWidget(0, body)
        self._body = body

    def _add_row(
        self, layout: QFormLayout, name: str, label_text: str, widget: FieldWidget, f: Field | None
    ) -> None:
        value = self._values.get(name)
        widget.set_value(value)
        widget.edited.connect(lambda v, name=name: self._edited(name, v))
        text = label_text + (" *" if f is not None and f.required else "")
        label = QLabel(text.replace("&", "&&"))
        label.setBuddy(widget.focus_target())
        label.setTextFormat(Qt.TextFormat.PlainText)
        description = f.help if f is not None and f.help else ""
        if f is not None and f.required:
            description = (description + " " if description else "") + tr("Required.")
        if description:
            label.setToolTip(description)
            widget.focus_target().setToolTip(description)
        target = widget.focus_target()
        target.setAccessibleName(label_text)
        target.setAccessibleDescription(description)
        self._plain_texts[target] = (target.toolTip(), description)
        mark = QLabel()
        mark.setVisible(False)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        mark.setPixmap(icon.pixmap(16, 16))
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(widget, 1)
        row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        layout.addRow(label, holder)
        self.widgets[name] = widget
        self.labels[name] = label
        self._marks[name] = mark
        widget.setObjectName(f"field-{name}")

    def _make_widget(self, f: Field, value: Any) -> FieldWidget:
        kind = f.type
        if kind == "long_text":
            return LongTextField(read_only=_is_complex(value))
        if kind in ("date", "datetime"):
            parsed = _as_datetime(value) if kind == "datetime" else _as_date(value)
            if value is not None and value != "" and parsed is None:
                # "Spring 2024" is not a date: keep it readable and editable as text.
                return TextField()
            return DateField(with_time=kind == "datetime")
        if kind == "boolean":
            if value is not None and not isinstance(value, bool):
                return TextField()  # "yes" in quotes: left as the page has it
            return BoolField(tr("Yes"))
        if kind == "number":
            return NumberField() if not _is_complex(value) else TextField(read_only=True)
        if kind == "choice" and f.choices:
            if _is_complex(value):
                return TagField([display_text(c) for c in f.choices])
            return ChoiceField(f.choices, f.required)
        if kind in ("choices", "list"):
            return TagField([display_text(c) for c in (f.choices or [])])
        if kind == "relation":
            titles = self._titles(f.collection, f.key or "title")
            if f.multiple or isinstance(value, list):
                return TagField(titles, kind=_plain(f.collection or "").lower())
            return RelationField(titles)
        if kind in ("image", "file"):
            if _is_complex(value):
                return TextField(read_only=True)
            return FilePicker(self.site, self._folder(f), images=kind == "image")
        if kind == "object":
            if value is not None and not isinstance(value, dict):
                return TextField(read_only=True)
            return ObjectField(self, f)
        placeholder = {"url": "https://…", "email": tr("name@example.org")}.get(kind, "")
        if _is_complex(value):
            return LongTextField(read_only=True)
        return TextField(placeholder=placeholder)

    def _unknown_widget(self, value: Any) -> FieldWidget:
        if _is_complex(value):
            widget = LongTextField(read_only=True)
            widget.edit.setToolTip(tr("Shown for reference; kept as it is."))
            return widget
        if isinstance(value, bool):
            return BoolField(tr("Yes"))
        if isinstance(value, (dt.date, dt.datetime)):
            return DateField(with_time=isinstance(value, dt.datetime))
        return TextField()

    def _titles(self, collection: str | None, key: str = "title") -> list[str]:
        """What a relation field can hold: the titles (or `key` values) of a collection."""
        if self.site is None or not collection:
            return []
        try:
            if key == "title":
                values = self.site.titles(collection)
            else:
                values = []
                for entry in self.site.documents(collection):
                    if key == "file":  # the file name without extension and date
                        values.append(re.sub(r"^\d{4}-\d{2}-\d{2}-", "", entry.path.stem))
                    elif entry.front_matter.get(key) not in (None, ""):
                        values.append(display_text(entry.front_matter[key]))
        except (KeyError, OSError):
            return []
        return sorted({v for v in values if v}, key=str.lower)

    def _folder(self, f: Field) -> Path | None:
        if self.site is None:
            return None
        if f.folder:
            return self.site.resolve_inside(f.folder)
        name = self.collection_schema.name if self.collection_schema else None
        return assets.asset_folder(self.site, name, self.collection_schema)

    def _assign_mnemonics(self) -> None:
        """Alt+letter for each label (first free letter), so every field is one key away.

        Letters the window's menu bar uses (Alt+F for File...) are left to the menus.
        """
        used: set[str] = set()
        for bar in self.window().findChildren(QMenuBar):
            for action in bar.actions():
                m = re.search(r"&([^&])", action.text())
                if m:
                    used.add(m.group(1).lower())
        for label in self.labels.values():
            text = label.text()
            plain = text.replace("&&", "\x00")
            for i, ch in enumerate(plain):
                if ch.isalpha() and ch.lower() not in used:
                    used.add(ch.lower())
                    label.setText((plain[:i] + "&" + plain[i:]).replace("\x00", "&&"))
                    break

    # -- edits and problems ---------------------------------------------------------------

    def _edited(self, name: str, value: Any) -> None:
        if value is None and name not in self._values:
            return  # a field the page never had, emptied again: nothing to write
        self._values[name] = value
        self.fieldEdited.emit(name, value)

    def _clear_marks(self) -> None:
        # Only the marked fields: restyling every widget on each check would be slow.
        for name in self._marked:
            mark = self._marks.get(name)
            if mark is not None:
                mark.setVisible(False)
            widget = self.widgets.get(name)
            if widget is None:
                continue
            for target in widget.mark_targets():
                target.setStyleSheet("")
            target = widget.focus_target()
            tip, description = self._plain_texts.get(target, ("", ""))
            target.setToolTip(tip)
            target.setAccessibleDescription(description)
        self._marked.clear()

    def _mark(self, name: str, found: list[Problem]) -> None:
        self._marked.add(name)
        widget = self.widgets[name]
        error = any(p.severity == "error" for p in found)
        colour = "#d32f2f" if error else "#ef8f00"
        message = "\n".join(p.message for p in found)
        for target in widget.mark_targets():
            kind = type(target).__name__
            target.setStyleSheet(f"{kind} {{ border: 2px solid {colour}; border-radius: 3px; }}")
        target = widget.focus_target()
        tip, description = self._plain_texts.get(target, ("", ""))
        target.setToolTip(message + (f"\n\n{tip}" if tip else ""))
        target.setAccessibleDescription(message + (f" {description}" if description else ""))
        mark = self._marks[name]
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxCritical
            if error
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        mark.setPixmap(self.style().standardIcon(icon).pixmap(16, 16))
        mark.setToolTip(message)
        mark.setAccessibleName(tr("Problem: {message}").format(message=message))
        mark.setVisible(True)

    def problem_text(self, name: str) -> str:
        """The problem message shown on a field ("" when it has none)."""
        mark = self._marks.get(name)
        return mark.toolTip() if mark is not None and not mark.isHidden() else ""


def _plain(name: str) -> str:
    words = name.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:] if words else name
