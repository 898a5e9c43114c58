"""Ctrl+Z in a form box undoes the form's last step when the box has nothing of its own to
undo: an author picking another Project from its list, or removing a topic, pressed Ctrl+Z
and nothing happened (only Edit > Undo set it back). The box's own typing still comes first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel
from window_helpers import open_page_with_its_site

CASE_STUDY = "_resources/case-study-cag.md"


def _press(qtbot, key: QKeySequence.StandardKey) -> None:  # noqa: ANN001 - qtbot
    qtbot.keySequence(QApplication.focusWidget(), QKeySequence(key))


@pytest.fixture
def case_study(qtbot, site_copy: Path, quiet_window):  # noqa: ANN001, ANN201
    window = quiet_window
    page = site_copy / CASE_STUDY
    open_page_with_its_site(qtbot, window, site_copy, page)
    window.activateWindow()
    return window, page.read_bytes()


def test_ctrl_z_after_picking_from_a_list_sets_the_field_back(qtbot, case_study) -> None:  # noqa: ANN001
    window, saved = case_study
    doc = window.current_document
    before = doc().front_matter["project"]
    box = window.form.widgets["project"].focus_target()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # the next project in the list
    picked = doc().front_matter["project"]
    assert picked != before

    _press(qtbot, QKeySequence.StandardKey.Undo)
    assert doc().front_matter["project"] == before
    assert box.currentText() == before
    assert doc().to_bytes() == saved
    _press(qtbot, QKeySequence.StandardKey.Redo)
    assert doc().front_matter["project"] == picked


def test_ctrl_z_in_the_topics_box_brings_a_removed_topic_back(qtbot, case_study) -> None:  # noqa: ANN001
    window, saved = case_study
    topics = window.form.widgets["topics"]
    chip = next(c for c in topics.chips.findChildren(QLabel) if c.text() == "Health")
    qtbot.mouseClick(chip.parentWidget().remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(topics.input.hasFocus)
    assert window.current_document().front_matter["topics"] == ["Public sector"]

    _press(qtbot, QKeySequence.StandardKey.Undo)
    assert topics.tags == ["Public sector", "Health"]
    assert window.current_document().to_bytes() == saved


def test_typing_in_a_box_is_undone_by_the_box_first(qtbot, case_study) -> None:  # noqa: ANN001
    window, _saved = case_study
    title = window.form.widgets["title"].focus_target()
    before = title.text()
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    title.end(False)
    qtbot.keyClicks(title, " now")
    assert window.current_document().front_matter["title"] == before + " now"
    _press(qtbot, QKeySequence.StandardKey.Undo)
    assert title.text() == before
    assert window.current_document().front_matter["title"] == before


@pytest.mark.parametrize("typed", ["Housing", "Educ"])
def test_ctrl_z_after_adding_a_topic_takes_it_away(qtbot, case_study, typed: str) -> None:  # noqa: ANN001
    """A topic typed and added with Enter (a new one), or picked with Tab from the list: the
    box is empty again, and Ctrl+Z took its words back into the box as text, the topic kept,
    where Edit > Undo took the topic away."""
    window, saved = case_study
    topics = window.form.widgets["topics"]
    topics.input.setFocus()
    qtbot.waitUntil(topics.input.hasFocus)
    qtbot.keyClicks(topics.input, typed)
    if typed == "Educ":  # with its list open, the keys go to the list, which hands them on
        qtbot.waitUntil(topics.completer.popup().isVisible)
        qtbot.keyClick(topics.completer.popup(), Qt.Key.Key_Tab)
    else:
        qtbot.keyClick(topics.input, Qt.Key.Key_Return)
    added = "Education" if typed == "Educ" else typed
    qtbot.waitUntil(lambda: added in window.current_document().front_matter["topics"])
    qtbot.waitUntil(lambda: topics.input.text() == "")

    _press(qtbot, QKeySequence.StandardKey.Undo)
    assert topics.input.text() == ""
    assert added not in topics.tags
    assert window.current_document().to_bytes() == saved
