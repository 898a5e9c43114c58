"""A click outside a completer's open list does what it was aimed at.

QCompleter closes its list on a mouse press outside it and drops the press: after typing a
value whose list of values in use opened, the first click on a button (Rename or Merge a
Value's Preview) only closed the list, and a second click was needed. Now a button under the
press is clicked, and any other widget there is given the press (and the focus, a field
clicked), once the list is closed. The form's completing boxes use it too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QCompleter, QWidget


class _ClickThrough(QObject):
    def __init__(self, completer: QCompleter) -> None:
        super().__init__(completer)  # lives as long as the completer
        self.popup: QWidget = completer.popup()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is not self.popup or event.type() != QEvent.Type.MouseButtonPress:
            return False
        assert isinstance(event, QMouseEvent)
        spot = event.globalPosition().toPoint()
        if self.popup.rect().contains(self.popup.mapFromGlobal(spot)):
            return False  # a click in the list: the completer's own
        self.popup.hide()
        target = QApplication.widgetAt(spot)
        if isinstance(target, QAbstractButton):
            # Its release went to the list's window, which held the pointer: clicked now, as
            # the press meant (a press alone left the button down and did nothing).
            if target.isEnabled() and event.button() == Qt.MouseButton.LeftButton:
                target.click()
        elif target is not None:
            _focus_as_a_click_would(target)
            press = QMouseEvent(
                QEvent.Type.MouseButtonPress,
                target.mapFromGlobal(event.globalPosition()),
                event.globalPosition(),
                event.button(),
                event.buttons(),
                event.modifiers(),
            )
            QApplication.postEvent(target, press)
        return True  # the completer would drop it anyway


def _focus_as_a_click_would(target: QWidget) -> None:
    """Qt moves the focus only for a press from the window system, not for one posted: the
    first widget from `target` up taking focus by click takes it (a field clicked)."""
    widget: QWidget | None = target
    while widget is not None and not widget.isWindow():
        if widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.ClickFocus:
            widget.setFocus(Qt.FocusReason.MouseFocusReason)
            return
        widget = widget.parentWidget()


def let_clicks_through(completer: QCompleter) -> None:
    """A press outside `completer`'s open list closes it and reaches the widget under it."""
    completer.popup().installEventFilter(_ClickThrough(completer))
