"""Typing into a field the page did not have, then taking the typing back with Ctrl+Z in the
box: the page is as it was (no empty `subtitle:` left in the file, nothing to save), and a
further Ctrl+Z does not bring the typed words back. Before, the box's own Undo was written as
a new edit: the page kept an empty field, and the next Ctrl+Z (the form's step) typed the
words in again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from window_helpers import open_page_with_its_site

from editor_app.ui import form_undo

PAGE = "_resources/2023-03-31-governance-board-minutes.md"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def minutes(qtbot, site_copy: Path, quiet_window, monkeypatch):  # noqa: ANN001, ANN201
    """The window showing board minutes that have no subtitle: (window, page, its bytes)."""
    monkeypatch.setattr(form_undo, "MERGE_SECONDS", 0.05)  # every pause starts a new step
    window = quiet_window
    page = site_copy / PAGE
    saved = page.read_bytes()
    assert b"subtitle" not in saved
    open_page_with_its_site(qtbot, window, site_copy, page)
    return window, page, saved


def test_typing_taken_back_in_the_box_leaves_the_page_unchanged(qtbot, minutes) -> None:  # noqa: ANN001
    window, page, saved = minutes
    box = window.form.widgets["subtitle"].focus_target()
    box.setFocus()
    qtbot.keyClicks(box, "Notes of the board")
    assert window.isWindowModified()
    qtbot.wait(100)  # a pause: the box's Undo comes after the form's step was closed
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert box.text() == ""
    assert "subtitle" not in window.current_document().front_matter
    assert not window.isWindowModified()
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)  # nothing more of the box's or the form's
    assert box.text() == ""
    assert window.current_document().text.encode("utf-8") == saved
    qtbot.keyClick(box, Qt.Key.Key_S, CTRL)
    assert page.read_bytes() == saved


def test_a_box_undo_after_a_pause_is_undone_with_the_typing(qtbot, minutes) -> None:  # noqa: ANN001
    window, _page, saved = minutes
    box = window.form.widgets["subtitle"].focus_target()
    box.setFocus()
    qtbot.keyClicks(box, "Notes")
    qtbot.wait(100)
    qtbot.keyClicks(box, " of the board")
    qtbot.wait(100)
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)  # the box takes back its last typing
    assert box.text() == ""  # a line box takes back all its typing at once
    qtbot.wait(100)
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    # The words typed do not come back: the form's steps for them are gone with them.
    assert box.text() == ""
    assert window.current_document().text.encode("utf-8") == saved


def test_a_box_undo_joins_the_fields_steps() -> None:
    now = [10.0]
    history = form_undo.FormHistory(lambda: now[0])
    history.record("status", "final", "draft")
    now[0] += 5
    history.record("subtitle", form_undo.ABSENT, "Notes")
    now[0] += 5
    history.record("subtitle", "Notes", "Notes of the board")
    now[0] += 5
    # The box took back all its typing: both of the field's steps go, the other stays.
    history.record("subtitle", "Notes of the board", form_undo.ABSENT, joins=True)
    assert history.undo() == ("status", "final")
    assert not history.can_undo
    history.record("title", "A", "AB")
    now[0] += 5
    history.record("title", "AB", "ABC")
    now[0] += 5
    history.record("title", "ABC", "ABX", joins=True)  # no earlier value: the last step
    assert history.undo() == ("title", "AB")
    assert history.undo() == ("title", "A")
