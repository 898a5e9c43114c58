"""Tab through the form goes into the Date box and out of it to the next field, as from any other
field, and a date typed after Tab replaces the whole date. Tab went on to the box's month, then
its year: typing 'Health' for the Topics below gave '7 December Health', and a date typed after
Tab went into the day alone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from window_helpers import tab_from_field

from editor_app.ui.main_window import MainWindow

CASE_STUDY = "_resources/case-study-cag.md"  # date: 2025-03-10


def _in(widget) -> bool:  # noqa: ANN001 - a QWidget
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def test_tab_goes_through_the_date_box_to_the_next_field(
    qtbot, quiet_window: MainWindow, site_copy: Path  # noqa: ANN001
) -> None:
    window = quiet_window
    tab_from_field(qtbot, window, site_copy, site_copy / CASE_STUDY, "author")
    form = window.form
    assert _in(form.widgets["date"])
    qtbot.keyClicks(QApplication.focusWidget(), "12 March 2025")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert _in(form.widgets["topics"]), "Tab stayed in the Date box"
    assert form.values()["date"].isoformat() == "2025-03-12"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert _in(form.widgets["date"])

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # without typing: on too
    assert _in(form.widgets["topics"]), "Tab went on to the month"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert _in(form.widgets["author"]), "Shift+Tab went back to the day"
    assert form.values()["date"].isoformat() == "2025-03-12"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)  # the arrows step the day, as before
    assert form.values()["date"].isoformat() == "2025-03-13"
