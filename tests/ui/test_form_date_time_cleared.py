"""A date with a time (a Jekyll post's `date: 2024-09-16 21:34:22 +0530`) emptied with the ✕
button showed "1 January 1000 21:34", the box's inner stand-in for no date, instead of "No
date"; a page with no date opened after one with a time did the same."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from editor_app.ui.form_dates import DateField


def test_a_date_and_time_emptied_says_no_date(qtbot) -> None:  # noqa: ANN001
    field = DateField(with_time=True)
    qtbot.addWidget(field)
    field.show()
    field.set_value(dt.datetime(2024, 9, 16, 21, 34, 22))
    assert field.edit.text() == "16 September 2024 21:34"
    got: list[object] = []
    field.edited.connect(got.append)
    qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert field.edit.text() == "No date"
    assert field.is_empty and field.value() is None
    assert got and got[-1] is None


def test_no_date_after_a_date_and_time_says_no_date(qtbot) -> None:  # noqa: ANN001
    field = DateField(with_time=True)
    qtbot.addWidget(field)
    field.set_value(dt.datetime(2024, 9, 16, 21, 34, 22))
    field.set_value(None)  # the next page has none
    assert field.edit.text() == "No date"
