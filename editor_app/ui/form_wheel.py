"""The mouse wheel scrolls the form, never a value: turning the wheel over the Status list or
a date while scrolling down the page's settings changed them (a case study went from final to
draft). A list, number or date takes the wheel only once the author has clicked into it: the
cursor the window puts there (a new page's first empty field) or a Tab does not count, as a
wheel turned to scroll the form over such a box set the page's Author unasked."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

_CLICKED = "wheelGuardClicked"  # the widget's property: clicked into since it took the focus
# Focus that comes back from the widget's own list, or from another window, keeps what was so.
_KEEPS = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)


class WheelGuard(QObject):
    """Passes a wheel turn over a value widget not clicked into on to the form, which scrolls."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if not isinstance(watched, QWidget):
            return False
        kind = event.type()
        owner = watched.property("wheelGuardOwner") or watched  # a list's typing line: the list
        if kind == QEvent.Type.MouseButtonPress:
            owner.setProperty(_CLICKED, True)
        elif kind == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
            # Decided as the focus comes in (leaving decides nothing: its own list, opening,
            # takes the focus away too).
            if event.reason() not in _KEEPS:
                clicked = event.reason() == Qt.FocusReason.MouseFocusReason
                owner.setProperty(_CLICKED, clicked)
        elif kind == QEvent.Type.Wheel and watched is owner:
            if not (watched.hasFocus() and watched.property(_CLICKED)):
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
            line = widget.lineEdit() if isinstance(widget, QComboBox) else None
            if line is not None:  # a click lands on a typable list's line, not on the list
                line.setProperty("wheelGuardOwner", widget)
                line.installEventFilter(guard)
