"""The form's date field: a date box with a calendar that also reads a date typed the common
ways (12/03/2025, 2025-03-12, 12 March 2025, March 12, 2025), as the site's language writes
them (core/settings_form.typed_date). Text that is no date is not kept: on leaving the box
the date it had comes back, and the status bar says how to write one. On an Eleventy page
the Date box also takes Eleventy's own dates, `Last Modified` and the like
(core/generator_dates.date_words), typed or picked from its menu."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QToolButton,
    QToolTip,
    QWidget,
)

from editor_app.core.settings_form import (
    as_date,
    as_datetime,
    date_as_page_wrote,
    month_first_language,
)
from editor_app.core.spelling import declared_site_language
from editor_app.ui.form_date_box import (
    NO_DATE,
    STEP_KEYS,
    TypedDateEdit,
    TypedDateTimeEdit,
)
from editor_app.ui.form_fields import FieldRow, FieldWidget, tr


def not_a_date_message(
    text: str, month_first: bool, with_time: bool = False, words: tuple[str, ...] = ()
) -> str:
    """What the author is told when `text` is not a date: how to write one (`words`: the
    generator's own dates the box takes too, named in short so that it fits the status bar
    at 1024 pixels)."""
    example = "03/12/2025" if month_first else "12/03/2025"
    if words:
        return tr(
            "“{text}” is not a date, so the date was not changed. Type one like {example} or "
            "2025-03-12, or Eleventy's {words} or {last}."
        ).format(text=text, example=example, words=", ".join(words[:-1]), last=words[-1])
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
    """A date picker with a calendar, which can also hold "no date" and reads typed dates;
    `words`: the generator's own dates it takes too (Eleventy's `Last Modified`), in a menu."""

    _NONE = NO_DATE

    def __init__(self, with_time: bool = False, words: tuple[str, ...] = ()) -> None:
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
        self.edit.words = words
        self.words_button = _words_button(self.edit) if words else None
        if self.words_button is not None:
            row.addWidget(self.words_button)
        row.addWidget(self.clear_button)
        self.edit.dateTimeChanged.connect(self._changed)
        self.edit.wordTaken.connect(lambda _word: self._changed())
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
        if event.type() == QEvent.Type.Show and self._no_day:
            today = QDate.currentDate()
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
        elif watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if self.edit.is_typing():
                return super().eventFilter(watched, event)  # keys edit the text typed
            if key == Qt.Key.Key_Delete and not self.is_empty:
                self.clear()  # the keyboard way to "no date"
                return True
            if self._no_day and key in STEP_KEYS:
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
        return self._no_day and self.edit.word is None

    @property
    def _no_day(self) -> bool:
        """The box holds no day: "No date", or a word (the calendar opens at today)."""
        return self.edit.date() == self._NONE

    def clear(self) -> None:
        """Set "no date" (as the user's edit)."""
        self.edit.stop_typing()
        had_word = self.edit.word is not None
        self.edit.drop_word()
        self._set_none()
        if had_word:  # the box was at its lowest date already: nothing told the page
            self.edit.lineEdit().setText(self.edit.shown_text())
            self._changed()
        self.edit.setFocus()

    def _set_none(self) -> None:
        # At midnight too: Qt says "No date" only at the very first moment it allows, and a
        # time kept from the date before showed "1 January 1000 21:34".
        self.edit.setDateTime(QDateTime(self._NONE, QTime(0, 0)))

    def _show(self, value: Any) -> None:
        self.edit.stop_typing()  # the page's value (an undo, another page) replaces the text
        if isinstance(value, str) and self.edit.word_named(value):
            self.edit.take_word(value.strip())  # as the page wrote it
            self.clear_button.setEnabled(True)
            return
        self.edit.drop_word()
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

    def value(self) -> dt.date | dt.datetime | str | None:
        """The date shown (a `datetime.date`, or `datetime.datetime` with time), or None;
        the generator's word for one (`Last Modified`) when it holds one."""
        if self.edit.word is not None:
            return self.edit.word
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
        if self.edit.word is not None and not self._no_day:
            self.edit.drop_word()  # a day picked, stepped to or wheeled to replaces the word
        self.clear_button.setEnabled(not self.is_empty)
        value = self.value()
        self._emit(value if isinstance(value, str) else date_as_page_wrote(value, self.original))

    def _not_a_date(self, text: str) -> None:
        """Say, where the author looks, that the text typed was no date and how to write one."""
        self.said = not_a_date_message(text, self.month_first(), self.with_time, self.edit.words)
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
        if self.edit.word_named(text):
            return ""
        return " ".join(text.split())

    def not_kept_note(self) -> str:
        return tr("'{text}' is not a date").format(text=self.not_kept())

    def not_kept_mark(self) -> str:
        return tr("The box's text is not a date, so it is not saved yet.")


def _words_button(edit: TypedDateEdit | TypedDateTimeEdit) -> QToolButton:
    """The Date box's menu of the generator's own dates (Eleventy's `Last Modified`)."""
    button = QToolButton()
    button.setText("⋯")  # "more": the calendar's arrow is beside it
    button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
    button.setAutoRaise(True)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on to the next field
    button.setAccessibleName(tr("Eleventy's own dates"))
    button.setToolTip(
        tr(
            "Eleventy's own dates: Last Modified (the file's last change), Created (when "
            "the file was made), or the same told by git. You can also type them."
        )
    )
    menu = QMenu(button)
    for word in edit.words:
        action = menu.addAction(word)
        action.triggered.connect(lambda _on=False, word=word: _pick_word(edit, word))
    button.setMenu(menu)
    return button


def _pick_word(edit: TypedDateEdit | TypedDateTimeEdit, word: str) -> None:
    edit.stop_typing()
    if edit.word != word:
        edit.take_word(word)
