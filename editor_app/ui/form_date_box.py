"""The form's date box: a Qt date (and time) box that also reads a date typed the common
ways (12/03/2025, 2025-03-12, 12 March 2025) when the author leaves it, and can hold a word
the generator takes for a date (Eleventy's `Last Modified`) instead of a day. The Date
field around it (calendar, "No date", the menu of words) is form_dates.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime, Signal
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
    QWidget,
)

from editor_app.core.generator_dates import date_word_named
from editor_app.core.settings_form import (
    typed_date,
    typed_date_time,
)
from editor_app.ui.form_fields import SHORTCUT_MODIFIERS

# Qt's date editors always hold a date: the lowest one stands for "no date".
NO_DATE = QDate(1000, 1, 1)
# Keys that step the date: from "no date" they start at today, not in the year 1000.
STEP_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
_LEAVE_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


class _TypedDates:
    """What a Qt date box does beside its own sections: a date typed the common ways is read
    whole (core/settings_form.py) when the author leaves the box. Mixed into QDateEdit and
    QDateTimeEdit (before them), which declare `notADate(text)`: the text typed on leaving was
    no date, and `wordTaken(word)`: the box holds one of its `words` (Eleventy's `Last
    Modified`) instead of a day, shown as its special text at its lowest date.

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
        self._whole_on_typing = False  # reached with Tab, nothing pressed since
        self._tab_section = QDateTimeEdit.Section.NoSection  # the part the arrows step then
        self._before = self.dateTime()  # the date the box had when the typing began
        self.words: tuple[str, ...] = ()  # the generator's own dates the box takes
        self.word: str | None = None  # the one it holds instead of a day
        self._before_word: str | None = None
        self._no_date_text = ""

    # -- a word for a date ----------------------------------------------------------------

    def take_word(self, word: str) -> None:
        """Hold `word` (and say so) instead of a day: shown where "No date" would be."""
        if not self._no_date_text:
            self._no_date_text = self.specialValueText()
        self.word = word
        self.setSpecialValueText(word)
        blocked = self.blockSignals(True)
        self.setDateTime(QDateTime(self.minimumDate(), QTime(0, 0)))
        self.blockSignals(blocked)
        self.lineEdit().setText(word)
        self.wordTaken.emit(word)

    def drop_word(self) -> None:
        """Hold a day (or "No date") again, not a word."""
        if self.word is not None:
            self.word = None
            self.setSpecialValueText(self._no_date_text)

    def word_named(self, text: str) -> str | None:
        """The box's word `text` names, in any capitals, or None."""
        return date_word_named(text, self.words) if self.words else None

    def _back_to_before(self) -> None:
        if self._before_word is not None:
            self.take_word(self._before_word)
        else:
            self.drop_word()
            self.setDateTime(self._before)

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
        if self.own_form(text) or self.typed(text) is not None or self.word_named(text):
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
            if not event.isAccepted() and event.modifiers() & SHORTCUT_MODIFIERS:
                self.finish_typing()  # Ctrl+S, an Alt+letter: the date typed counts first
            return handled
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        if self._typing:
            if key == Qt.Key.Key_Escape:
                self.cancel_typing()  # the date as it was, nothing said
                return
            if key in STEP_KEYS or key in _LEAVE_KEYS:
                self.finish_typing()
                super().keyPressEvent(event)
                return
            self.lineEdit().event(event)  # edited as in any text box
            self._take_typed()
            return
        whole, self._whole_on_typing = self._whole_on_typing, False
        line = self.lineEdit()
        # Still all chosen as Tab left it: a click in the text since chose a place instead.
        whole = whole and line.hasSelectedText() and line.selectedText() == line.text()
        if whole and key in STEP_KEYS | {Qt.Key.Key_Left, Qt.Key.Key_Right}:
            self.setCurrentSection(self._tab_section)  # the part Qt chose, not the year
        if _starts_typing(event):
            self._typing = True
            self._before, self._before_word = self.dateTime(), self.word
            line.blockSignals(True)
            if whole or (line.text() == self.specialValueText() and not line.hasSelectedText()):
                # Typing into "No date", or first thing after Tab, starts a date afresh (Qt
                # had chosen the day alone, and "12 March 2025" went into it).
                line.selectAll()
            line.event(event)
            self._take_typed()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802 (Qt's name)
        # Tab goes on to the next field, as from any field of a form, a date typed or not:
        # Qt's box went to the month, then the year, so typing for the field below changed
        # the year ("7 December Health"). The arrow keys still move between day and month.
        self.finish_typing()
        return QAbstractSpinBox.focusNextPrevChild(self, next_)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        # Reached with Tab: a date typed replaces the whole date, as in any text box; the
        # arrow keys still step the day Qt chose.
        tabbed = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        self._whole_on_typing = event.reason() in tabbed
        if self._whole_on_typing:
            # And shown so: Qt marked the day alone, so "15" typed over what looked like
            # the day was read as a whole date and refused.
            self._tab_section = self.currentSection()
            self.lineEdit().selectAll()

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
        word = self.word_named(text)
        if word is not None:
            if word != self.word:
                self.take_word(word)
            return
        found = self.typed(text)
        if found is None and self.own_form(text):
            found = super().dateTimeFromText(text)
        if found is not None:
            self.drop_word()
            self.setDateTime(found)
        elif not text.strip():
            if self.word is not None:
                self.drop_word()
                self.lineEdit().setText(self.shown_text())
                self.wordTaken.emit("")  # the field's value changed, to no date
            self.setDate(self.minimumDate())  # all the text taken away: no date, as Delete
        else:
            self._back_to_before()  # a date read on the way goes back too
            self.notADate.emit(" ".join(text.split()))

    def cancel_typing(self) -> None:
        """Escape: the date from before the typing back, nothing said."""
        if self._typing:
            self.stop_typing()
            self._back_to_before()

    def _take_typed(self) -> None:
        """The box holds the date the text typed so far names (and says so), or, while it
        names none, the date from before the typing; the text stays as typed."""
        line = self.lineEdit()
        text, cursor = line.text(), line.cursorPosition()
        word = self.word_named(text)
        if word is not None:
            if word != self.word:
                self.take_word(word)  # as a day typed: the box's at once, for a Save
                line.setText(text)
                line.setCursorPosition(cursor)
            return
        found = self.typed(text)
        if found is None:
            if self._before_word is not None:
                if self.word != self._before_word:
                    self.take_word(self._before_word)
                    line.setText(text)
                    line.setCursorPosition(cursor)
                return
            found = self._before  # 2025-03-1 was read on the way, 2025-03-1x is none
        if found == self.dateTime() and self.word is None:
            return
        self.drop_word()
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
    wordTaken = Signal(str)  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup(with_time=False)


class TypedDateTimeEdit(_TypedDates, QDateTimeEdit):
    """A date and time box that also reads dates and times typed the common ways."""

    notADate = Signal(str)  # noqa: N815 (Qt naming)
    wordTaken = Signal(str)  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup(with_time=True)
