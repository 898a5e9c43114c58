"""The small "Opening the site…" window shown at start while the editor's parts load (2-3 s
of nothing on screen, longer on a busy machine), closed once the main window is up.

A plain frameless window, not Qt's QSplashScreen: its show() waits a whole second for the
window to be exposed, events held meanwhile, so it never is (on X and offscreen alike), and
the main window came a second later at every start."""

from __future__ import annotations

import time

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from editor_app.ui.translation import translator

tr = translator("opening_splash")

WIDTH, HEIGHT = 420, 140


class OpeningWindow(QLabel):
    """The "Opening the site…" picture in a window of its own, over the others."""

    def finish(self, _window: QWidget) -> None:
        """The main window is up: this one goes."""
        self.close()
        self.deleteLater()


def show_opening(icon_path: str) -> OpeningWindow:
    """Show the "Opening the site…" window and return it once it is drawn (the loading that
    follows holds the event loop, so it must be on screen before)."""
    ratio = (
        QGuiApplication.primaryScreen().devicePixelRatio()
        if QGuiApplication.primaryScreen()
        else 1.0
    )
    pixmap = QPixmap(int(WIDTH * ratio), int(HEIGHT * ratio))
    pixmap.setDevicePixelRatio(ratio)
    palette = QApplication.palette()
    pixmap.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(pixmap)
    painter.setPen(palette.color(QPalette.ColorRole.Mid))
    painter.drawRect(0, 0, WIDTH - 1, HEIGHT - 1)
    QIcon(icon_path).paint(painter, QRect(24, (HEIGHT - 64) // 2, 64, 64))
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    painter.setFont(font)
    text_area = QRect(108, 0, WIDTH - 124, HEIGHT)
    painter.drawText(
        text_area.adjusted(0, 0, 0, -HEIGHT // 2 + 4),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
        "editor-app",
    )
    painter.setFont(QApplication.font())
    painter.drawText(
        text_area.adjusted(0, HEIGHT // 2 + 4, 0, 0),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
        tr("Opening the site…"),
    )
    painter.end()
    splash = OpeningWindow()
    splash.setWindowFlags(
        Qt.WindowType.SplashScreen
        | Qt.WindowType.FramelessWindowHint
        | Qt.WindowType.WindowStaysOnTopHint
    )
    splash.setPixmap(pixmap)
    splash.setObjectName("opening")
    splash.setAccessibleName(tr("Opening the site…"))
    splash.resize(WIDTH, HEIGHT)
    screen = QGuiApplication.primaryScreen()
    if screen is not None:  # in the middle of the screen, as a splash screen is
        place = splash.frameGeometry()
        place.moveCenter(screen.availableGeometry().center())
        splash.move(place.topLeft())
    splash.show()
    # Drawn now: an X server shows a window only after a round of events.
    until = time.monotonic() + 1.0
    while time.monotonic() < until:
        QApplication.processEvents()
        handle = splash.windowHandle()
        if handle is not None and handle.isExposed():
            break
        time.sleep(0.01)
    splash.repaint()
    QApplication.processEvents()
    return splash
