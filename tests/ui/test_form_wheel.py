"""Turning the mouse wheel to scroll down the page's settings scrolls them: it used to change
the Status list (final -> draft) or a date it passed over, marking the page changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from window_helpers import window_on_site

CASE_STUDY = "_resources/case-study-cag.md"


def turn_wheel_down(widget: QWidget) -> None:
    """One notch down over the middle of `widget`, as the mouse sends it."""
    middle = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        middle,
        QPointF(widget.mapToGlobal(middle.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_a_list_or_date_scrolls_the_form_and_changes_nothing(
    qtbot, settings: QSettings, site_copy: Path
) -> None:
    page = site_copy / CASE_STUDY
    before = page.read_bytes()
    w = window_on_site(qtbot, settings, site_copy, page, size=(1024, 700))
    area = w.form.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    status = w.form.widgets["status"].focus_target()
    date = w.form.widgets["date"].edit
    shown_status, shown_date = status.currentText(), date.date()
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0  # the form is taller than its place at 1024x700
    start = bar.value()

    for widget in (status, date, status.lineEdit() or status):
        turn_wheel_down(widget)
    assert status.currentText() == shown_status
    assert date.date() == shown_date
    assert bar.value() > start  # the form scrolled instead
    assert not w.documents.doc.is_modified
    assert page.read_bytes() == before

    # The cursor put in the list by the window (as a new page's first empty field has it) is
    # not the author clicking into it: the wheel still scrolls the form.
    status.setFocus()
    qtbot.waitUntil(status.hasFocus)
    turn_wheel_down(status)
    assert status.currentText() == shown_status
    assert not w.documents.doc.is_modified

    # Once the author clicks into the list, the wheel picks its values as usual.
    clicked = status.lineEdit() or status
    qtbot.mouseClick(clicked, Qt.MouseButton.LeftButton)
    status.hidePopup()
    qtbot.waitUntil(status.hasFocus)
    turn_wheel_down(status)
    assert status.currentText() != shown_status
