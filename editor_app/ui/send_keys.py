"""Ctrl+Enter (Cmd+Enter on macOS) presses a dialog's go-ahead button from a box of several
lines, as in other editors: there Enter starts a new line, so the keyboard alone could not
send a note, a send back message or a suggestion. The button's tooltip names the keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QWidget

# Qt's Ctrl is the Command key on macOS. Return (the main keyboard) and Enter (the keypad).
SEND_KEYS = (
    QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return),
    QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter),
)


def send_keys_text() -> str:
    """The keys as this platform writes them: "Ctrl+Enter", "⌘Enter" on macOS."""
    return SEND_KEYS[1].toString(QKeySequence.SequenceFormat.NativeText)


def press_on_send_keys(window: QWidget, button: QAbstractButton) -> None:
    """Ctrl+Enter anywhere in `window` clicks `button` (when it is enabled); its tooltip says
    so ("Send back (Ctrl+Enter)")."""
    for keys in SEND_KEYS:
        shortcut = QShortcut(keys, window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda: button.isEnabled() and button.click())
    words = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    button.setToolTip(f"{words} ({send_keys_text()})")


def press_ok_on_send_keys(dialog: QWidget) -> None:
    """`press_on_send_keys` for the accepting button of a standard dialog (a QInputDialog
    keeps its own); nothing when it has none."""
    box = dialog.findChild(QDialogButtonBox)
    button = box.button(QDialogButtonBox.StandardButton.Ok) if box is not None else None
    if button is not None:
        press_on_send_keys(dialog, button)
