"""The text's heading keys (Ctrl+Alt+1..3, Ctrl+Alt+0) pressed in a form box type nothing:
"1" appeared at the start of the Title (the box took the keys for a digit typed with AltGr).
A key AltGr really changes ("²") is still typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

CASE_STUDY = "_resources/case-study-cag.md"
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, site_copy: Path, quiet_window):  # noqa: ANN001, ANN201
    quiet_window.open_folder(site_copy, then_open=site_copy / CASE_STUDY)
    qtbot.waitUntil(lambda: quiet_window.current_document() is not None, timeout=20000)
    quiet_window.activateWindow()
    return quiet_window


@pytest.mark.parametrize("field", ["title", "topics", "project"])
def test_heading_keys_type_nothing_into_a_box(qtbot, window, field: str) -> None:  # noqa: ANN001
    box = window.form.widgets[field].focus_target()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    before = dict(window.current_document().front_matter)
    shown = box.currentText() if hasattr(box, "currentText") else box.text()
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_0):
        qtbot.keyClick(QApplication.focusWidget(), key, CTRL_ALT)
    assert (box.currentText() if hasattr(box, "currentText") else box.text()) == shown
    assert window.current_document().front_matter == before
    assert not window.isWindowModified()


def test_a_character_made_with_altgr_is_still_typed(qtbot, window) -> None:  # noqa: ANN001
    title = window.form.widgets["title"].focus_target()
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    title.end(False)
    # AltGr+2 on a German keyboard, as Windows sends it: Ctrl+Alt+2 whose text is "²".
    press = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_2, CTRL_ALT, "²")
    QApplication.sendEvent(title, press)
    assert title.text().endswith("²")
