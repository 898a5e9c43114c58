"""When a window of the app that has the keyboard closes (a dialog, the Guide, the review
window), the keyboard goes back to the window that had it before, to the widget it was on.

A window manager does that; on a bare X server (a kiosk or remote session with no window
manager) nothing does: when the window closed, X gave the keyboard to the screen's root window,
so what the user typed next went nowhere (or to whatever program lay under the pointer). Here
the window that had the keyboard before is activated again, and Qt gives the keyboard back to
the widget that had it in that window.

The same happens when Qt makes a window's X window again (the preview's Chromium added to
the main window changes how it is drawn): the old one, which had the keyboard, is destroyed,
and X gives the keyboard to the root window. The window made again is activated again.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QPlatformSurfaceEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget


class DialogFocusReturn(QObject):
    """Keeps the order in which the app's windows had the keyboard, and activates the last
    one still open when the window holding the keyboard closes."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self._had_keyboard: list[QWindow] = []  # the most recent last
        self._watched: set[int] = set()
        app.focusWindowChanged.connect(self._focus_moved)

    def _focus_moved(self, window: QWindow | None) -> None:
        if window is None:
            return  # another program has the keyboard: the order stays as it was
        self._had_keyboard = [w for w in self._had_keyboard if _alive(w) and w is not window]
        self._watch(window)
        if not window.isVisible():
            # It closed before the keyboard came to it (a dialog answered at once).
            self._give_back(window)
            return
        self._had_keyboard.append(window)

    def _watch(self, window: QWindow) -> None:
        if id(window) in self._watched:
            return
        self._watched.add(id(window))
        key = id(window)

        def visible_changed(visible: bool) -> None:
            if not visible and QGuiApplication.focusWindow() is window:
                self._give_back(window)

        window.visibleChanged.connect(visible_changed)
        window.destroyed.connect(lambda: self._watched.discard(key))
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.PlatformSurface
            and event.surfaceEventType()
            == QPlatformSurfaceEvent.SurfaceEventType.SurfaceAboutToBeDestroyed
            and QGuiApplication.focusWindow() is watched
        ):
            widget = next(
                (w for w in QApplication.topLevelWidgets() if w.windowHandle() is watched), None
            )
            if widget is not None:
                # Made again in a new window once this one is gone; activated once X shows it.
                QTimer.singleShot(0, lambda: _activate_again(widget))
        return False

    def _give_back(self, closed: QWindow) -> None:
        self._had_keyboard = [w for w in self._had_keyboard if _alive(w) and w is not closed]
        open_before = [w for w in self._had_keyboard if w.isVisible()]
        # Before any window of the app had the keyboard (started, no click yet): the window
        # the closed one belongs to.
        target = open_before[-1] if open_before else closed.transientParent()
        if _alive(target) and target.isVisible():
            target.requestActivate()


def _activate_again(widget: QWidget) -> None:
    if shiboken6.isValid(widget) and widget.isVisible():
        widget.activateWindow()


def _alive(window: QWindow | None) -> bool:
    return window is not None and shiboken6.isValid(window)


def return_focus_after_dialogs(app: QGuiApplication) -> DialogFocusReturn:
    """Give the keyboard back, when a window of the app that has it closes, to the window
    that had it before (installed once per application; deleting what it returns stops it)."""
    return app.findChild(DialogFocusReturn) or DialogFocusReturn(app)
