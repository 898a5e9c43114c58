"""A frame in the highlight colour around a pane while the keyboard is inside it.

The preview shows no caret and, on a page without links, nothing that takes the keyboard's
mark: after F6 into it a keyboard-only author could not tell where the keyboard was. The
frame is a child laid over the pane's edge, passing the mouse through, shown while the widget
holding the keyboard is the pane or inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

WIDTH = 2


class FocusFrame(QWidget):
    """Drawn over `pane`'s edge while it holds the keyboard."""

    def __init__(self, pane: QWidget) -> None:
        super().__init__(pane)
        self.setObjectName("focusFrame")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pane = pane
        self.hide()
        pane.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.pane and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.pane.rect())
        return False

    def _follow(self, _old: QWidget | None, now: QWidget | None) -> None:
        inside = now is not None and (now is self.pane or self.pane.isAncestorOf(now))
        if inside:
            self.setGeometry(self.pane.rect())
            self.raise_()
        self.setVisible(inside)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight))
        pen.setWidth(WIDTH)
        painter.setPen(pen)
        painter.drawRect(self.rect().adjusted(1, 1, -1, -1))


class FramesChoiceBoxes(QObject):
    """Frames a list box of `container` (a QComboBox one cannot type in: Layout, Language)
    while it holds the keyboard: under openbox such a box looked the same with or without it,
    so Shift+F6 from the text to the form's first box seemed to go nowhere. Boxes are framed
    as they first take the keyboard, since the form makes its rows anew for each page."""

    def __init__(self, container: QWidget) -> None:
        super().__init__(container)
        self.container = container
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow)

    def _follow(self, old: QWidget | None, now: QWidget | None) -> None:
        if not isinstance(now, QComboBox) or now.isEditable():
            return
        if not self.container.isAncestorOf(now) or now.findChild(FocusFrame) is not None:
            return
        FocusFrame(now)._follow(old, now)  # created during this change: shown at once
