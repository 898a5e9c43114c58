"""The mouse wheel scrolls the form, never a value: turning the wheel over the Status list or
a date while scrolling down the page's settings changed them (a case study went from final to
draft). A list, number or date takes the wheel only once the author has clicked into it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)


class WheelGuard(QObject):
    """Passes a wheel turn over an unfocused value widget on to the form, which scrolls."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget):
            if not watched.hasFocus():
                # Handed to the scroll area around the form by hand: Qt passes an unhandled
                # wheel to the parents only when it came from the mouse itself.
                area = _scroll_area_around(watched)
                if area is not None:
                    QApplication.sendEvent(area.viewport(), event)
                return True
        return False


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def guard_wheel(root: QWidget, guard: WheelGuard) -> None:
    """Guard every list, number and date under `root`, and let the wheel give them no focus."""
    for kind in (QComboBox, QAbstractSpinBox):
        for widget in root.findChildren(kind):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            widget.installEventFilter(guard)
