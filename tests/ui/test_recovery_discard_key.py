"""Recover unsaved work > Discard asks "Throw away the unsaved changes…?": its Discard button
had no key, so Alt+D (the key of the dialog's own Discard, pressed again) did nothing and a
keyboard-only author had to Tab to it. Alt+D now discards; Enter and Escape still keep."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from editor_app.ui.recovery import RecoveryDialog


def _answer_with(qtbot, parent: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier) -> bool:  # noqa: ANN001
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        box.activateWindow()
        qtbot.waitUntil(box.isActiveWindow, timeout=2000)
        qtbot.keyClick(box, key, modifier)
        # The key did nothing: the question would wait for ever; Cancel fails the test instead.
        QTimer.singleShot(500, box, lambda: box.isVisible() and box.reject())

    QTimer.singleShot(20, press)
    return RecoveryDialog.confirm_discard(parent, "case-study-data-for-health-councils.md")


def test_alt_d_discards_and_enter_or_escape_keep(qtbot) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    alt = Qt.KeyboardModifier.AltModifier
    none = Qt.KeyboardModifier.NoModifier
    assert _answer_with(qtbot, parent, Qt.Key.Key_D, alt) is True
    assert _answer_with(qtbot, parent, Qt.Key.Key_Return, none) is False
    assert _answer_with(qtbot, parent, Qt.Key.Key_Escape, none) is False
