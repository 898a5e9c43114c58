"""Keys in the form's boxes that belong to the window or the text, not to the box.

- Ctrl+Z and Redo's keys undo the form's last step when the box has nothing of its own to
  undo. A text box claims Undo's keys for its own typing, even when it holds none: a value
  picked from a list (Project, Author), a topic added or removed, a value set back by Undo,
  all leave the box with nothing to undo, and the keys did nothing while Edit > Undo set the
  field back. The box undoes its own typing while it has some, and the form's steps after that.
- The text's heading keys (Ctrl+Alt+1..3, Ctrl+Alt+0) type nothing into a box: the box took
  them for a digit typed with AltGr, and "1" appeared in the Title. A key that AltGr really
  changes (AltGr+2 giving "²") is typed as before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

_CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def _own_steps(widget: QObject) -> tuple[bool, bool] | None:
    """(can undo, can redo) of the box's own text; None for a widget with no text of its own."""
    if isinstance(widget, QComboBox):
        widget = widget.lineEdit()  # None when the list cannot be typed into
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable(), widget.isRedoAvailable()
    if isinstance(widget, QPlainTextEdit):
        document = widget.document()
        return document.isUndoAvailable(), document.isRedoAvailable()
    return None


def leaves_undo_to_window(widget: QObject, event: QKeyEvent) -> bool:
    """Undo's or Redo's key in a box (or the page's text) with no step of its own to take
    back: the key is the window's, whose Edit > Undo / Redo take back the form's last step."""
    steps = _own_steps(widget)
    if steps is None:
        return False
    can_undo, can_redo = steps
    return (event.matches(QKeySequence.StandardKey.Undo) and not can_undo) or (
        event.matches(QKeySequence.StandardKey.Redo) and not can_redo
    )


def _heading_key(event: QKeyEvent) -> bool:
    """Ctrl+Alt and a digit that the modifiers leave a plain digit: the text's heading keys."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    key = int(event.key())
    if mods != _CTRL_ALT or not ord("0") <= key <= ord("9"):  # Qt's digit keys are their codes
        return False
    return event.text() in ("", chr(key))


class FormKeys(QObject):
    """Lets Undo's and Redo's keys through to the window when the box has no step of its own,
    and keeps the text's heading keys from typing a digit into the box."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # True while a box undoes or redoes its own typing (until the key is handled): the
        # edit it makes belongs to the form's step for that field.
        self.box_undoing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and _heading_key(event):
            return True  # typed nowhere: Format's headings are for the page's text
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self._note_box_undo(watched, event)
        if kind != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if leaves_undo_to_window(watched, event):
            event.ignore()  # not the box's: the window's Undo / Redo takes the keys
            return True
        return False


    def _note_box_undo(self, watched: QObject, event: QKeyEvent) -> None:
        steps = _own_steps(watched)
        if steps is None:
            return
        if (event.matches(QKeySequence.StandardKey.Undo) and steps[0]) or (
            event.matches(QKeySequence.StandardKey.Redo) and steps[1]
        ):
            self.box_undoing = True  # the box acts on the key once this filter returns
            QTimer.singleShot(0, self, self._box_undo_done)

    def _box_undo_done(self) -> None:
        self.box_undoing = False


def route_form_keys(root: QWidget, keys: FormKeys) -> None:
    """Every text box, typed list and text area under `root` gets `keys` (the date boxes pass
    Undo's keys on themselves: form_dates.py)."""
    for kind in (QLineEdit, QComboBox, QPlainTextEdit):
        for widget in root.findChildren(kind):
            widget.installEventFilter(keys)
