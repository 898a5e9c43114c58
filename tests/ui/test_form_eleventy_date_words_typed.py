"""Eleventy's own dates (`date: Last Modified`, `Created`, `git Last Modified`, `git
Created`) typed into the form's Date box on an Eleventy page, or picked from its menu, are
kept and saved on the date's line alone; the box refused them as "not a date". On a Jekyll
site the same words stay refused (Jekyll cannot build a page dated so)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from shared_sites import copy_shared_site
from window_helpers import open_site

PAGE = "src/docs/quicktips/draft-posts.md"  # date: 2023-01-24


def type_into_date(qtbot, window, text: str) -> None:  # noqa: ANN001
    box = window.form.widgets["date"].edit
    window.form.focus_field("date")
    qtbot.mouseClick(box.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Tab)


def save(qtbot, window) -> None:  # noqa: ANN001
    window.statusBar().clearMessage()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Saved" in window.statusBar().currentMessage())


def changed_lines(before: str, after: str) -> list[tuple[str, str]]:
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    assert len(old) == len(new)
    return [(a, b) for a, b in zip(old, new, strict=True) if a != b]


@pytest.fixture
def eleventy_page(tmp_path: Path) -> tuple[Path, Path]:
    root = copy_shared_site("eleventy-website", tmp_path)
    return root, root / PAGE


@pytest.mark.parametrize("typed", ["Last Modified", "git created"])
def test_a_date_word_typed_is_kept_and_saved_alone(
    qtbot, quiet_window, eleventy_page: tuple[Path, Path], typed: str  # noqa: ANN001
) -> None:
    root, page = eleventy_page
    before = page.read_text(encoding="utf-8")
    assert "\ndate: 2023-01-24\n" in before
    window = quiet_window
    window.resize(1024, 700)
    open_site(qtbot, window, root)
    assert window.open_document(page)
    type_into_date(qtbot, window, typed)
    field = window.form.widgets["date"]
    word = {"Last Modified": "Last Modified", "git created": "git Created"}[typed]
    assert field.edit.lineEdit().text() == word
    assert "not a date" not in window.statusBar().currentMessage()
    save(qtbot, window)
    after = page.read_text(encoding="utf-8")
    assert changed_lines(before, after) == [("date: 2023-01-24\n", f"date: {word}\n")]

    # Back to a day: the box is a date box again, and the page says so.
    type_into_date(qtbot, window, "2024-05-06")
    save(qtbot, window)
    assert page.read_text(encoding="utf-8") == before.replace("2023-01-24", "2024-05-06")


def test_a_date_word_from_the_menu(qtbot, quiet_window, eleventy_page) -> None:  # noqa: ANN001
    root, page = eleventy_page
    before = page.read_text(encoding="utf-8")
    window = quiet_window
    open_site(qtbot, window, root)
    assert window.open_document(page)
    field = window.form.widgets["date"]
    assert field.words_button is not None and field.words_button.isVisibleTo(window)
    names = [action.text() for action in field.words_button.menu().actions()]
    assert names == ["Last Modified", "Created", "git Last Modified", "git Created"]
    field.words_button.menu().actions()[1].trigger()
    assert field.edit.lineEdit().text() == "Created"
    save(qtbot, window)
    assert changed_lines(before, page.read_text(encoding="utf-8")) == [
        ("date: 2023-01-24\n", "date: Created\n")
    ]
    # "No date" after a word empties the field.
    field.clear_button.click()
    assert field.value() is None
    assert field.edit.lineEdit().text() == "No date"


def test_a_page_dated_by_a_word_opens_in_a_date_box(qtbot, quiet_window, eleventy_page) -> None:  # noqa: ANN001
    root, page = eleventy_page
    text = page.read_text(encoding="utf-8").replace("date: 2023-01-24", "date: git Last Modified")
    page.write_text(text, encoding="utf-8")
    window = quiet_window
    open_site(qtbot, window, root)
    assert window.open_document(page)
    field = window.form.widgets["date"]
    assert field.value() == "git Last Modified"
    assert field.edit.lineEdit().text() == "git Last Modified"


def test_a_day_stepped_to_or_picked_replaces_the_word(qtbot, quiet_window, eleventy_page) -> None:  # noqa: ANN001
    root, page = eleventy_page
    window = quiet_window
    open_site(qtbot, window, root)
    assert window.open_document(page)
    field = window.form.widgets["date"]
    field.words_button.menu().actions()[0].trigger()
    assert field.value() == "Last Modified"
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)  # from no day, Up starts at today
    assert field.value() == dt.date.today()
    assert window.current_document().front_matter["date"] == dt.date.today()
    field.words_button.menu().actions()[1].trigger()
    field.edit.setDate(QDate(2024, 2, 3))  # as the calendar sets a day picked
    assert field.value() == dt.date(2024, 2, 3)
    save(qtbot, window)
    assert "date: 2024-02-03\n" in page.read_text(encoding="utf-8")


def test_a_misspelt_word_is_refused_saying_the_words(qtbot, quiet_window, eleventy_page) -> None:  # noqa: ANN001
    root, page = eleventy_page
    before = page.read_bytes()
    window = quiet_window
    open_site(qtbot, window, root)
    assert window.open_document(page)
    type_into_date(qtbot, window, "Last Modifed")
    said = window.statusBar().currentMessage()
    assert "not a date" in said
    assert "Last Modified, Created, git Last Modified or git Created" in said
    assert window.form.widgets["date"].value() == dt.date(2023, 1, 24)
    assert page.read_bytes() == before


def test_the_words_are_no_date_on_jekyll(qtbot, quiet_window, tmp_path: Path) -> None:  # noqa: ANN001
    root = copy_shared_site("connectedbydata", tmp_path)
    page = root / "_resources/case-study-cag.md"
    before = page.read_bytes()
    window = quiet_window
    open_site(qtbot, window, root)
    assert window.open_document(page)
    field = window.form.widgets["date"]
    assert field.words_button is None
    type_into_date(qtbot, window, "Last Modified")
    assert "not a date" in window.statusBar().currentMessage()
    assert "Eleventy" not in window.statusBar().currentMessage()
    assert page.read_bytes() == before
