"""After a modal dialog closes, the keyboard is back where it was before the dialog opened.

A window manager activates the window a dialog was opened over once the dialog closes; on a
bare X server (a kiosk or remote session with no window manager) nothing does: Qt gave the
dialog the keyboard, and when it closed the keyboard fell to the screen's root window, so what
the user typed next went nowhere (or to whatever program lay under the pointer). Here the window
is activated again, and Qt gives the keyboard back to the widget that had it in that window.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication, QWindow


class DialogFocusReturn(QObject):
    """Remembers the window each modal dialog was opened over, and activates it again when
    the dialog closes."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self._last_focused: QWindow | None = None
        # modal window -> (the window to go back to, its visibleChanged slot)
        self._opened_over: dict[QWindow, tuple[QWindow | None, Callable[[bool], None]]] = {}
        app.focusWindowChanged.connect(self._focus_moved)

    def _focus_moved(self, window: QWindow | None) -> None:
        if window is None:
            return  # another program has the keyboard: what was focused last stays known
        previous = self._last_focused
        self._last_focused = window
        for gone in [modal for modal in self._opened_over if not shiboken6.isValid(modal)]:
            del self._opened_over[gone]  # destroyed without being hidden first
        if window.modality() == Qt.WindowModality.NonModal or window in self._opened_over:
            return
        if previous is window or not _alive(previous):
            previous = None

        def visible_changed(visible: bool, modal: QWindow = window) -> None:
            if not visible:
                self._closed(modal)

        self._opened_over[window] = (previous, visible_changed)
        window.visibleChanged.connect(visible_changed)
        if not window.isVisible():
            self._closed(window)  # closed before the keyboard came to it

    def _closed(self, modal: QWindow) -> None:
        previous, slot = self._opened_over.pop(modal)
        modal.visibleChanged.disconnect(slot)
        # Before the app's window had the keyboard once (started, no click yet), the window
        # the dialog belongs to.
        target = previous if _alive(previous) else modal.transientParent()
        if _alive(target) and target.isVisible():
            self._last_focused = target
            target.requestActivate()


def _alive(window: QWindow | None) -> bool:
    return window is not None and shiboken6.isValid(window)


def return_focus_after_dialogs(app: QGuiApplication) -> DialogFocusReturn:
    """Activate again, when a modal dialog closes, the window it was opened over (installed
    once per application; deleting what it returns stops it)."""
    return app.findChild(DialogFocusReturn) or DialogFocusReturn(app)
