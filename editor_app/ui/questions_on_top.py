"""Every question stays above the main window when Qt makes that window's native window anew.

Qt remakes it when a view drawn by the GPU first comes into it: the preview's Chromium view
does, about half a second after a site opens. The new native window came up over any dialog
shown before it (the crash-recovery question, a page changed on disk, a site that cannot be
read, Save changes?, a sharing choice, the notes about a site...), which then hid behind it
still holding the keyboard: the window looked open, answered no key, and nothing seemed asked.

`keep_questions_on_top(window)` is the one guard for all of them: it watches the window, not
each dialog, so a message box made by a static QMessageBox call is kept above too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget


def _owner_chain(widget: QWidget) -> list[QWidget]:
    """The windows a window belongs to, nearest first (its parent's window, and so on)."""
    chain: list[QWidget] = []
    parent = widget.parentWidget()
    while parent is not None:
        owner = parent.window()
        if owner in chain:
            break
        chain.append(owner)
        parent = owner.parentWidget()
    return chain


def questions_of(window: QWidget) -> list[QDialog]:
    """The visible dialogs that belong to `window` (questions, message boxes, file choosers,
    and the dialogs those opened), and modal ones that belong to no window; those nearer the
    window first. Windows of their own (the review window, the Guide) are left where they are."""
    found: list[tuple[int, QDialog]] = []
    for widget in QApplication.topLevelWidgets():
        if not isinstance(widget, QDialog) or not widget.isVisible():
            continue
        chain = _owner_chain(widget)
        if window in chain:
            found.append((chain.index(window), widget))
        elif not chain and widget.isModal():
            found.append((0, widget))  # asked with no parent: still in front of the app
    found.sort(key=lambda pair: pair[0])
    return [widget for _depth, widget in found]


class QuestionsOnTop(QObject):
    """Puts the window's dialogs back above it once its native window has been made anew."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.window and event.type() == QEvent.Type.WinIdChange:
            # On the next turn: the new native window is shown by then.
            QTimer.singleShot(0, self, self.put_back_on_top)
        return False

    def put_back_on_top(self) -> None:
        """Each dialog belongs to the window's new native window and comes up above it; the
        one holding the keyboard (the modal one asked last) is made active again."""
        handle = self.window.windowHandle()
        questions = questions_of(self.window)
        if not questions:
            return
        for dialog in questions:
            own = dialog.windowHandle()
            if own is None:
                continue
            belongs_here = dialog.parentWidget() is not None and (
                dialog.parentWidget().window() is self.window
            )
            if handle is not None and (belongs_here or own.transientParent() is None):
                own.setTransientParent(None)  # the old one is gone: tell the system the new one
                own.setTransientParent(handle)
            dialog.raise_()
        modal = QApplication.activeModalWidget()
        if modal in questions:
            modal.raise_()
            modal.activateWindow()


def keep_questions_on_top(window: QWidget) -> QuestionsOnTop:
    """Install the guard on the main window (once, as it is made)."""
    return QuestionsOnTop(window)
