"""Ctrl+Z and Redo's keys in a form box undo the form's last step when the box has nothing of
its own to undo.

A text box claims Undo's keys for its own typing, even when it holds none: a value picked from
a list (Project, Author), a topic added or removed, a value set back by Undo, all leave the box
with nothing to undo, and the keys did nothing while Edit > Undo set the field back. Now the
box undoes its own typing while it has some, and the form's steps after that.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget


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


class UndoKeysToForm(QObject):
    """Lets Undo's and Redo's keys through to the window when the box has no step of its own."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        steps = _own_steps(watched)
        if steps is None:
            return False
        can_undo, can_redo = steps
        if (event.matches(QKeySequence.StandardKey.Undo) and not can_undo) or (
            event.matches(QKeySequence.StandardKey.Redo) and not can_redo
        ):
            event.ignore()  # not the box's: the window's Undo / Redo takes the keys
            return True
        return False


def route_undo_keys(root: QWidget, router: UndoKeysToForm) -> None:
    """Every text box, typed list and text area under `root` leaves the keys to the form when it
    has nothing of its own to undo (the date boxes do so themselves: form_dates.py)."""
    for kind in (QLineEdit, QComboBox, QPlainTextEdit):
        for widget in root.findChildren(kind):
            widget.installEventFilter(router)
