"""The form's date field: a date box with a calendar that also reads a date typed the common
ways (12/03/2025, 2025-03-12, 12 March 2025, March 12, 2025), as the site's language writes
them (core/settings_form.typed_date). Text that is no date is not kept: on leaving the box
the date it had comes back, and the status bar says how to write one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QValidator,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDateEdit,
    QDateTimeEdit,
    QMainWindow,
    QToolButton,
    QToolTip,
    QWidget,
)

from editor_app.core.settings_form import (
    as_date,
    as_datetime,
    date_as_page_wrote,
    month_first_language,
    typed_date,
    typed_date_time,
)
from editor_app.core.spelling import declared_site_language
from editor_app.ui.form_fields import FieldRow, FieldWidget, tr

# Qt's date editors always hold a date: the lowest one stands for "no date".
NO_DATE = QDate(1000, 1, 1)
# Keys that step the date: from "no date" they start at today, not in the year 1000.
_STEP_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
_LEAVE_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
_SHORTCUT_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class _TypedDates:
    """What a Qt date box does beside its own sections: a date typed the common ways is read
    whole (core/settings_form.py) when the author leaves the box. Mixed into QDateEdit and
    QDateTimeEdit (before them), which declare `notADate(text)`: the text typed on leaving was
    no date.

    While the author types, the box is a plain text box: Qt's own typing jumps between the
    day, month and year at a space or slash and puts the old date back as soon as the text
    is not one of its own (12/03/2025 could not be typed), so its line edit's signals, which
    drive that, are held until the author leaves the box. A date read on the way is the
    box's at once (as any box's text is), so that a Save from the toolbar has it."""

    notADate: Signal

    def _setup(self, with_time: bool) -> None:
        self.with_time = with_time
        self.month_first: Callable[[], bool] = lambda: False
        self._typing = False
        self._before = self.dateTime()  # the date the box had when the typing began

    # -- reading the text ---------------------------------------------------------------

    def typed(self, text: str) -> QDateTime | None:
        """The date (and time) `text` names as an author writes one, or None."""
        if self.with_time:
            found = typed_date_time(text, self.month_first())
            if found is None:
                return None
            day, time = found
            shown = self.time()  # a date typed alone keeps the time the field had
            clock = QTime(time.hour, time.minute, time.second) if time else shown
        else:
            day = typed_date(text, self.month_first())
            if day is None:
                return None
            clock = QTime(0, 0)
        if day <= dt.date(1000, 1, 1):
            return None  # the box's "no date"
        return QDateTime(QDate(day.year, day.month, day.day), clock)

    def shown_text(self) -> str:
        """The box's text for the date it holds ("No date" for none)."""
        if self.date() == self.minimumDate() and self.specialValueText():
            return self.specialValueText()
        return self.textFromDateTime(self.dateTime())

    def is_typing(self) -> bool:
        """The author is typing text the box has not read yet."""
        return self._typing

    def own_form(self, text: str) -> bool:
        """`text` is the box's own way of showing a date."""
        return super().validate(text, 0)[0] == QValidator.State.Acceptable

    # -- Qt's hooks ---------------------------------------------------------------------

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self.own_form(text) or self.typed(text) is not None:
            return QValidator.State.Acceptable, text, pos
        # Anything may be typed on the way to a date; what is no date is said on leaving.
        return QValidator.State.Intermediate, text, pos

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802 (Qt's name)
        if not self.own_form(text):
            found = self.typed(text)
            if found is not None:
                return found
        return super().dateTimeFromText(text)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
        ):
            # The box's own line edit claimed Ctrl+Z and undid nothing (its text is the
            # box's, set anew with each date): the window's Undo sets the date back, as Edit >
            # Undo does. A date being typed counts first, as with Ctrl+S.
            self.finish_typing()
            event.ignore()
            return False
        if self._typing and event.type() == QEvent.Type.ShortcutOverride:
            handled = super().event(event)
            if not event.isAccepted() and event.modifiers() & _SHORTCUT_MODIFIERS:
                self.finish_typing()  # Ctrl+S, an Alt+letter: the date typed counts first
            return handled
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        if self._typing:
            if key == Qt.Key.Key_Escape:
                self.cancel_typing()  # the date as it was, nothing said
                return
            if key in _STEP_KEYS or key in _LEAVE_KEYS:
                self.finish_typing()
                super().keyPressEvent(event)
                return
            self.lineEdit().event(event)  # edited as in any text box
            self._take_typed()
            return
        if _starts_typing(event):
            self._typing = True
            self._before = self.dateTime()
            line = self.lineEdit()
            line.blockSignals(True)
            if line.text() == self.specialValueText() and not line.hasSelectedText():
                line.selectAll()  # typing into "No date" starts a date afresh
            line.event(event)
            self._take_typed()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802 (Qt's name)
        if self._typing:
            # Tab after a typed date goes on to the next field, as in any form (not to the
            # month: the date typed was read whole).
            self.finish_typing()
            return QAbstractSpinBox.focusNextPrevChild(self, next_)
        return super().focusNextPrevChild(next_)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        self.finish_typing()
        super().focusOutEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        self.finish_typing()  # the calendar opens on the date typed
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        self.finish_typing()  # steps from the date typed
        super().wheelEvent(event)

    # -- leaving the box ----------------------------------------------------------------

    def finish_typing(self) -> None:
        """Read the text typed: the box takes the date it names (emptied, "no date"); when
        it names none, the box shows its date again and `notADate` says the text."""
        if not self._typing:
            return
        text = self.lineEdit().text()
        self.stop_typing()
        found = self.typed(text)
        if found is None and self.own_form(text):
            found = super().dateTimeFromText(text)
        if found is not None:
            self.setDateTime(found)
        elif not text.strip():
            self.setDate(self.minimumDate())  # all the text taken away: no date, as Delete
        else:
            self.setDateTime(self._before)  # a date read on the way goes back too
            self.notADate.emit(" ".join(text.split()))

    def cancel_typing(self) -> None:
        """Escape: the date from before the typing back, nothing said."""
        if self._typing:
            self.stop_typing()
            self.setDateTime(self._before)

    def _take_typed(self) -> None:
        """The box holds the date the text typed so far names (and says so), or, while it
        names none, the date from before the typing; the text stays as typed."""
        line = self.lineEdit()
        text, cursor = line.text(), line.cursorPosition()
        found = self.typed(text)
        if found is None:
            found = self._before  # 2025-03-1 was read on the way, 2025-03-1x is none
        if found == self.dateTime():
            return
        self.setDateTime(found)  # Qt shows it in its own form: the typed text goes back
        if self._typing:  # (unless the page's value replaced the text meanwhile)
            line.setText(text)
            line.setCursorPosition(cursor)

    def stop_typing(self) -> None:
        """Leave the text typed unread: the box shows its date again."""
        if not self._typing:
            return
        self._typing = False
        line = self.lineEdit()
        line.setText(self.shown_text())
        line.blockSignals(False)


def _starts_typing(event: QKeyEvent) -> bool:
    """A key that edits the box's text as a whole: a character, Backspace or a paste."""
    if event.matches(QKeySequence.StandardKey.Paste) or event.key() == Qt.Key.Key_Backspace:
        return True
    text = event.text()
    mods = event.modifiers() & ~(
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
    )
    return bool(text) and text.isprintable() and mods == Qt.KeyboardModifier.NoModifier


class TypedDateEdit(_TypedDates, QDateEdit):
    """A date box that also reads dates typed the common ways."""

    notADate = Signal(str)  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup(with_time=False)


class TypedDateTimeEdit(_TypedDates, QDateTimeEdit):
    """A date and time box that also reads dates and times typed the common ways."""

    notADate = Signal(str)  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup(with_time=True)


def not_a_date_message(text: str, month_first: bool, with_time: bool = False) -> str:
    """What the author is told when `text` is not a date: how to write one."""
    example = "03/12/2025" if month_first else "12/03/2025"
    if with_time:
        return tr(
            "“{text}” is not a date and time, so the date was not changed. Type one like "
            "{example} 14:30, 12 March 2025 2:30 pm or 2025-03-12 14:30, with the year in full."
        ).format(text=text, example=example)
    return tr(
        "“{text}” is not a date, so the date was not changed. Type a date like {example}, "
        "12 March 2025 or 2025-03-12, with the year in full."
    ).format(text=text, example=example)


class DateField(FieldWidget):
    """A date picker with a calendar, which can also hold "no date" and reads typed dates."""

    _NONE = NO_DATE

    def __init__(self, with_time: bool = False) -> None:
        super().__init__()
        self.with_time = with_time
        self.edit = TypedDateTimeEdit() if with_time else TypedDateEdit()
        self.edit.month_first = self.month_first
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMMM yyyy HH:mm" if with_time else "d MMMM yyyy")
        self.edit.setMinimumDate(self._NONE)
        self.edit.setSpecialValueText(tr("No date"))
        self.clear_button = QToolButton()
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(tr("No date"))
        self.clear_button.setAccessibleName(tr("Clear the date"))
        self.clear_button.setAutoRaise(True)
        # Tab goes from the date to the next field, as past a line edit's clear button;
        # Delete is the keyboard's way to "no date".
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = FieldRow(self)
        row.addWidget(self.edit, 1)
        row.addWidget(self.clear_button)
        self.edit.dateTimeChanged.connect(self._changed)
        self.edit.notADate.connect(self._not_a_date)
        self.clear_button.clicked.connect(self.clear)
        # An empty date opens its calendar at today, not in the year 1000.
        self.edit.calendarWidget().installEventFilter(self)
        self.edit.installEventFilter(self)
        self.edit.setToolTip(
            tr("Pick a date, or type one like 12 March 2025 or 2025-03-12; Delete empties it.")
        )
        self.said = ""  # the last thing the field told the author

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and self.is_empty:
            today = QDate.currentDate()
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
        elif watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if self.edit.is_typing():
                return super().eventFilter(watched, event)  # keys edit the text typed
            if key == Qt.Key.Key_Delete and not self.is_empty:
                self.clear()  # the keyboard way to "no date"
                return True
            if self.is_empty and key in _STEP_KEYS:
                self.edit.setDate(QDate.currentDate())
                return True
        return super().eventFilter(watched, event)

    def month_first(self) -> bool:
        """Whether 03/12/2025 is read as 12 March: when the site's spelling language (the
        window's, else the one the site declares) is American English."""
        window = self.window()
        language = getattr(getattr(window, "editor", None), "spelling_language", None)
        if not isinstance(language, str):
            parent = self.parentWidget()
            while parent is not None and not hasattr(parent, "site"):
                parent = parent.parentWidget()
            site = getattr(parent, "site", None)
            language = declared_site_language(site) if site is not None else None
        return month_first_language(language or "")

    @property
    def is_empty(self) -> bool:
        """True when the field shows "No date"."""
        return self.edit.date() == self._NONE

    def clear(self) -> None:
        """Set "no date" (as the user's edit)."""
        self.edit.stop_typing()
        self._set_none()
        self.edit.setFocus()

    def _set_none(self) -> None:
        # At midnight too: Qt says "No date" only at the very first moment it allows, and a
        # time kept from the date before showed "1 January 1000 21:34".
        self.edit.setDateTime(QDateTime(self._NONE, QTime(0, 0)))

    def _show(self, value: Any) -> None:
        self.edit.stop_typing()  # the page's value (an undo, another page) replaces the text
        if self.with_time:
            when = as_datetime(value)
            if when is None:
                self._set_none()
            else:
                self.edit.setDateTime(
                    QDateTime(
                        QDate(when.year, when.month, when.day),
                        QTime(when.hour, when.minute, when.second),
                    )
                )
        else:
            day = as_date(value)
            if day is None:
                self._set_none()
            else:
                self.edit.setDate(QDate(day.year, day.month, day.day))
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
        self._emit(date_as_page_wrote(self.value(), self.original))

    def _not_a_date(self, text: str) -> None:
        """Say, where the author looks, that the text typed was no date and how to write one."""
        self.said = not_a_date_message(text, self.month_first(), self.with_time)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.said, 15000)
        if self.isVisible():
            bottom = self.edit.rect().bottomLeft()
            QToolTip.showText(self.edit.mapToGlobal(bottom), self.said, self.edit)

    def focus_target(self) -> QWidget:
        return self.edit

    def not_kept(self) -> str:
        """Text being typed that names no date (a Save from the toolbar leaves the box
        typing): the page keeps its date."""
        if not self.edit.is_typing():
            return ""
        text = self.edit.lineEdit().text()
        if not text.strip() or self.edit.typed(text) is not None or self.edit.own_form(text):
            return ""
        return " ".join(text.split())

    def not_kept_note(self) -> str:
        return tr("'{text}' is not a date").format(text=self.not_kept())

    def not_kept_mark(self) -> str:
        return tr("The box's text is not a date, so it is not saved yet.")
