"""The "Save the changes?" question answers to Alt+S and Alt+D (Save, Don't save) as in other
editors: its buttons had no key to press, only Enter (Save) and Esc (Cancel)."""

from __future__ import annotations

import importlib.util

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import editor_app.ui.dialogs as dialogs


def _real_dialogs():  # noqa: ANN202 - a module
    """The module as written: the test session answers the question itself (conftest)."""
    spec = importlib.util.spec_from_file_location("dialogs_as_written", dialogs.__file__)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _press(qtbot, key: Qt.Key, seen: list[str]) -> None:  # noqa: ANN001
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, lambda: _press(qtbot, key, seen))
        return
    seen.extend(b.text() for b in box.buttons())
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow, timeout=2000)
    qtbot.keyClick(box, key, Qt.KeyboardModifier.AltModifier)
    # No button for that key: the question would wait for ever; Cancel fails the test instead.
    # The box as the timer's context: once it is gone (answered), the timer goes with it; a
    # bare lambda fired into the next test and failed it ("already deleted").
    QTimer.singleShot(500, box, lambda: box.isVisible() and box.reject())


def test_alt_d_does_not_save_and_alt_s_saves(qtbot) -> None:
    real = _real_dialogs()
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: list[str] = []
    QTimer.singleShot(20, lambda: _press(qtbot, Qt.Key.Key_D, seen))
    assert real.UnsavedChangesDialog.ask(parent, "Draft").name == "DISCARD"
    assert "&Don't save" in seen and "&Save" in seen
    QTimer.singleShot(20, lambda: _press(qtbot, Qt.Key.Key_S, seen))
    assert real.UnsavedChangesDialog.ask(parent, "Draft", new_page=True).name == "SAVE"
