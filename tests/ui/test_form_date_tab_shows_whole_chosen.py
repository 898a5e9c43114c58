"""Reached with Tab, the Date box shows its whole date chosen, as a date typed then replaces
the whole date. Qt marked the day alone ("7" of "7 December 2026"): the author typed "15" for
the 15th and was told "15" is not a date. The arrow keys still step the day."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from window_helpers import tab_from_field

from editor_app.ui.main_window import MainWindow

CASE_STUDY = "_resources/case-study-cag.md"  # date: 2025-03-10


def test_tab_into_the_date_shows_the_whole_date_chosen(
    qtbot, quiet_window: MainWindow, site_copy: Path  # noqa: ANN001
) -> None:
    window = quiet_window
    tab_from_field(qtbot, window, site_copy, site_copy / CASE_STUDY, "author")
    form = window.form
    box = form.widgets["date"].edit
    assert QApplication.focusWidget() is box
    shown = box.lineEdit()
    assert shown.text() == "10 March 2025"
    assert shown.selectedText() == shown.text(), "only a part of the date was marked"

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)  # the day, not the year
    assert form.values()["date"].isoformat() == "2025-03-11"


def test_a_click_after_tab_chooses_the_part_the_arrows_step(
    qtbot, quiet_window: MainWindow, site_copy: Path  # noqa: ANN001
) -> None:
    from PySide6.QtCore import QPoint

    window = quiet_window
    tab_from_field(qtbot, window, site_copy, site_copy / CASE_STUDY, "author")
    form = window.form
    box = form.widgets["date"].edit
    assert QApplication.focusWidget() is box
    line = box.lineEdit()
    year_at = line.fontMetrics().horizontalAdvance("10 March 20") + 4  # inside "2025"
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(year_at, line.height() // 2))
    qtbot.keyClick(box, Qt.Key.Key_Up)  # the year clicked, not the day chosen on Tab
    assert form.values()["date"].isoformat() == "2026-03-10"
