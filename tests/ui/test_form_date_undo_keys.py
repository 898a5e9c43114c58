"""Ctrl+Z in the Date box sets the date back, as Edit > Undo does, and Redo's keys bring it
again; the box's own text box took the keys and undid nothing (the date stayed as typed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from window_helpers import open_page_with_its_site

CASE_STUDY = "_resources/case-study-cag.md"
CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_z_in_the_date_box_sets_the_date_back(qtbot, site_copy: Path, quiet_window) -> None:  # noqa: ANN001
    window = quiet_window
    page = site_copy / CASE_STUDY
    saved = page.read_bytes()
    open_page_with_its_site(qtbot, window, site_copy, page)
    window.activateWindow()
    before = window.current_document().front_matter["date"]
    box = window.form.widgets["date"].focus_target()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(box, "12 March 2026")
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)  # while typing: the date typed, then undone
    assert window.current_document().front_matter["date"] == before
    assert box.hasFocus()

    qtbot.keyClick(box, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(box, "12 March 2026")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert str(window.current_document().front_matter["date"]) == "2026-03-12"
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert window.current_document().front_matter["date"] == before
    assert box.date().toPython() == before
    assert window.current_document().to_bytes() == saved
    # The platform's Redo keys (Ctrl+Shift+Z, or Ctrl+Y).
    qtbot.keySequence(QApplication.focusWidget(), QKeySequence(QKeySequence.StandardKey.Redo))
    assert str(window.current_document().front_matter["date"]) == "2026-03-12"
