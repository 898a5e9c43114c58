"""A date typed into the Date box the common ways (12/03/2025, 2025-03-12, 12 March 2025,
March 12, 2025, 12.03.2025) is read when the author leaves the box, and Save writes it on the
date's line alone, as the page wrote its date; text that is no date is not kept: the date
comes back, the status bar says how to write one, and the file stays as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shared_sites import copy_shared_site
from window_helpers import click_document, open_site

from editor_app.ui.main_window import MainWindow

CASE_STUDY = "_resources/case-study-cag.md"  # date: 2025-03-10


@pytest.fixture
def window(quiet_window):  # noqa: ANN001, ANN201
    quiet_window.resize(1024, 700)
    return quiet_window


def open_page(qtbot, w: MainWindow, site: Path, page: Path):  # noqa: ANN001, ANN201 - qtbot
    open_site(qtbot, w, site)
    click_document(qtbot, w, page)
    return w.form.widgets["date"]


def type_date(qtbot, w: MainWindow, text: str, leave: Qt.Key = Qt.Key.Key_Tab) -> None:  # noqa: ANN001
    """Click into the Date box, select all, type `text`, press `leave`."""
    box = w.form.widgets["date"].edit
    w.form.focus_field("date")
    qtbot.mouseClick(box.lineEdit(), Qt.MouseButton.LeftButton)
    assert box.hasFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, text)
    assert box.lineEdit().text() == text  # typed as in any text box, not jumbled by Qt
    if leave is not None:
        qtbot.keyClick(box, leave)


def save(qtbot, w: MainWindow) -> None:  # noqa: ANN001
    """Ctrl+S, pressed where the keyboard is (the Date box itself, when still in it)."""
    w.statusBar().clearMessage()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Saved" in w.statusBar().currentMessage())


def changed_lines(before: str, after: str) -> list[tuple[str, str]]:
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    assert len(old) == len(new)
    return [(a, b) for a, b in zip(old, new, strict=True) if a != b]


# Each a different day, so that every save changes the line.
TYPED = [
    ("12/03/2025", "date: 2025-03-12\n"),
    ("2025-03-13", "date: 2025-03-13\n"),
    ("14 March 2025", "date: 2025-03-14\n"),
    ("March 15, 2025", "date: 2025-03-15\n"),
    ("16.03.2025", "date: 2025-03-16\n"),
    ("17-03-2025", "date: 2025-03-17\n"),
    ("18 Mar 2025", "date: 2025-03-18\n"),
    ("1/4/2026", "date: 2026-04-01\n"),
]


def test_dates_typed_the_common_ways_are_saved_on_the_date_line_alone(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    page = site_copy / CASE_STUDY
    open_page(qtbot, window, site_copy, page)
    box = window.form.widgets["date"].edit
    for text, line in TYPED:
        before = page.read_text(encoding="utf-8")
        type_date(qtbot, window, text)
        assert not box.hasFocus()  # Tab went on, out of the box
        save(qtbot, window)
        after = page.read_text(encoding="utf-8")
        assert [new for _old, new in changed_lines(before, after)] == [line], text
        assert box.lineEdit().text() == window.form.widgets["date"].edit.shown_text()
        assert "is not a date" not in window.statusBar().currentMessage()


@pytest.mark.parametrize("text", ["soon", "12/03/25", "31/02/2025", "next Tuesday"])
def test_text_that_is_no_date_leaves_the_file_as_it_was_and_says_why(
    qtbot, window: MainWindow, site_copy: Path, text: str
) -> None:
    page = site_copy / CASE_STUDY
    before = page.read_bytes()
    date = open_page(qtbot, window, site_copy, page)
    type_date(qtbot, window, text)
    assert date.edit.lineEdit().text() == "10 March 2025"  # the date it had came back
    message = window.statusBar().currentMessage()
    assert f"“{text}” is not a date" in message and "12 March 2025" in message
    assert not window.isWindowModified()  # nothing to save
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(200)
    assert page.read_bytes() == before


def test_return_reads_the_date_and_undo_brings_the_old_one_back(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    page = site_copy / CASE_STUDY
    date = open_page(qtbot, window, site_copy, page)
    type_date(qtbot, window, "2025-03-12", leave=Qt.Key.Key_Return)
    assert date.edit.lineEdit().text() == "12 March 2025"
    assert window.form.values()["date"].isoformat() == "2025-03-12"
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert date.edit.lineEdit().text() == "10 March 2025"
    assert window.form.values()["date"].isoformat() == "2025-03-10"
    window.redo_action.trigger()
    assert date.edit.lineEdit().text() == "12 March 2025"


def test_save_while_still_in_the_box_saves_the_date_typed(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    page = site_copy / CASE_STUDY
    before = page.read_text(encoding="utf-8")
    open_page(qtbot, window, site_copy, page)
    type_date(qtbot, window, "12 March 2025", leave=None)
    save(qtbot, window)
    after = page.read_text(encoding="utf-8")
    assert changed_lines(before, after) == [("date: 2025-03-10\n", "date: 2025-03-12\n")]


def test_save_from_the_toolbar_while_in_the_box_saves_the_date_typed(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    """A click on the toolbar's Save leaves the keyboard in the box: the date typed is the
    box's already."""
    page = site_copy / CASE_STUDY
    before = page.read_text(encoding="utf-8")
    date = open_page(qtbot, window, site_copy, page)
    type_date(qtbot, window, "12/03/2025", leave=None)
    button = window.toolbar.widgetForAction(window.save_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in window.statusBar().currentMessage())
    assert date.edit.hasFocus() and date.edit.lineEdit().text() == "12/03/2025"
    after = page.read_text(encoding="utf-8")
    assert changed_lines(before, after) == [("date: 2025-03-10\n", "date: 2025-03-12\n")]


def test_a_date_read_on_the_way_is_not_kept_when_the_text_stops_being_one(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    page = site_copy / CASE_STUDY
    date = open_page(qtbot, window, site_copy, page)
    type_date(qtbot, window, "2025-03-1", leave=None)
    assert window.form.values()["date"].isoformat() == "2025-03-01"  # a date already
    qtbot.keyClicks(date.edit, "x")
    assert window.form.values()["date"].isoformat() == "2025-03-10"  # none: the old one
    assert not window.isWindowModified()
    qtbot.keyClick(date.edit, Qt.Key.Key_Tab)
    assert "“2025-03-1x” is not a date" in window.statusBar().currentMessage()
    assert date.edit.lineEdit().text() == "10 March 2025"


def test_escape_or_emptying_the_box(qtbot, window: MainWindow, site_copy: Path) -> None:
    page = site_copy / CASE_STUDY
    date = open_page(qtbot, window, site_copy, page)
    type_date(qtbot, window, "12/03/2025", leave=Qt.Key.Key_Escape)
    assert date.edit.lineEdit().text() == "10 March 2025"  # Escape: as it was, nothing said
    assert not window.isWindowModified()
    type_date(qtbot, window, "x", leave=None)
    qtbot.keyClick(date.edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(date.edit, Qt.Key.Key_Tab)
    assert date.is_empty and window.form.values()["date"] is None  # all taken away: no date


def test_numbers_are_read_month_first_in_american_english(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    page = site_copy / CASE_STUDY
    open_page(qtbot, window, site_copy, page)
    type_date(qtbot, window, "03/12/2025")
    assert window.form.values()["date"].isoformat() == "2025-12-03"  # British: 3 December
    window.spelling_language.choose("en_US")
    type_date(qtbot, window, "03/12/2025")
    assert window.form.values()["date"].isoformat() == "2025-03-12"
    type_date(qtbot, window, "soon")
    assert "like 03/12/2025" in window.statusBar().currentMessage()


def test_a_date_and_time_keeps_the_page_s_own_form(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """A Jekyll post's `date: 2018-08-17 12:56:24 -0400`: the day typed alone keeps the time
    and zone; a day and time typed change the time, the zone stays."""
    site = copy_shared_site("jekyll-docs", tmp_path)
    page = site / "_tutorials" / "cache-api.md"
    before = page.read_text(encoding="utf-8")
    assert "date: 2018-08-17 12:56:24 -0400\n" in before
    date = open_page(qtbot, window, site, page)
    assert date.with_time
    type_date(qtbot, window, "12/03/2025")
    save(qtbot, window)
    after = page.read_text(encoding="utf-8")
    assert [new for _old, new in changed_lines(before, after)] == [
        "date: 2025-03-12 12:56:24 -0400\n"
    ]
    type_date(qtbot, window, "March 12, 2025 at 2:30 pm")
    save(qtbot, window)
    again = page.read_text(encoding="utf-8")
    assert [new for _old, new in changed_lines(before, again)] == [
        "date: 2025-03-12 14:30:00 -0400\n"
    ]
    type_date(qtbot, window, "12/03/2025 26:00")
    assert "is not a date and time" in window.statusBar().currentMessage()
    assert date.edit.lineEdit().text() == "12 March 2025 14:30"


def test_a_toolbar_save_while_no_date_is_typed_says_it_left_the_date_out(
    qtbot, window: MainWindow, site_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The toolbar's Save leaves the keyboard in the box: the save asks first, then says the
    text typed is no date, as it says of letters in a number box."""
    from editor_app.ui.not_kept_questions import NotKeptQuestion

    asked: list[list[str]] = []
    monkeypatch.setattr(
        NotKeptQuestion, "ask", classmethod(lambda cls, p, lines, go_on: asked.append(lines) or True)
    )
    page = site_copy / CASE_STUDY
    date = open_page(qtbot, window, site_copy, page)
    title = window.form.widgets["title"].focus_target()
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " Jr")  # a change that is saved
    type_date(qtbot, window, "next week", leave=None)
    assert window.form.not_kept() == [("Date", "next week")]
    button = window.toolbar.widgetForAction(window.save_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in window.statusBar().currentMessage())
    assert "Left as it was: Date ('next week' is not a date)" in window.statusBar().currentMessage()
    assert asked == [["Date holds 'next week', which is not a date and will not be kept."]]
    after = page.read_text(encoding="utf-8")
    assert "date: 2025-03-10" in after.splitlines() and " Jr" in after
    assert date.edit.hasFocus()


def test_tab_goes_from_the_date_to_the_next_field_not_to_its_clear_button(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    page = site_copy / CASE_STUDY
    date = open_page(qtbot, window, site_copy, page)
    type_date(qtbot, window, "12/03/2025")
    focused = QApplication.focusWidget()
    assert focused is not date.clear_button and focused is not date.edit
    assert not date.isAncestorOf(focused)
