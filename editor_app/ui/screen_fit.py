"""Windows that fit the screen they open on, whatever its size.

`fit_to_screen(window, width, height)` gives a window its preferred size, shrunk to the screen's
free area (without the panels of the desktop) and centred on it; `keep_on_screen(window)`
brings a remembered size and place back onto a screen that may now be smaller.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Below this, the main window first opens filling the screen (maximised): a 1440x900 laptop
# too, where a window at 90% of the screen left a frame of desktop that only got in the way.
SMALL_SCREEN = (1680, 1000)


def available_area(widget: QWidget) -> QRect:
    """The free part of the widget's screen (the primary screen before it is shown)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def is_small_screen(widget: QWidget) -> bool:
    """True on laptops and small displays, where every pixel counts."""
    area = available_area(widget)
    return area.width() < SMALL_SCREEN[0] or area.height() < SMALL_SCREEN[1]


def fit_to_screen(widget: QWidget, width: int, height: int, share: float = 0.92) -> None:
    """Resize to width x height at most, and at most `share` of the free screen; centred."""
    area = available_area(widget)
    w = min(width, int(area.width() * share))
    h = min(height, int(area.height() * share))
    # The title bar and frame come on top of the size asked for.
    frame = widget.frameGeometry().size() - widget.geometry().size()
    w = max(200, min(w, area.width() - frame.width()))
    h = max(150, min(h, area.height() - frame.height()))
    # The window may not go below its minimum size: centre what it really becomes.
    least = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    w, h = max(w, least.width()), max(h, least.height())
    widget.resize(w, h)
    w, h = w + frame.width(), h + frame.height()
    widget.move(
        area.x() + max(0, (area.width() - w) // 2), area.y() + max(0, (area.height() - h) // 2)
    )


def keep_on_screen(widget: QWidget) -> None:
    """Shrink and move the window so all of it is on the free part of its screen."""
    area = available_area(widget)
    geometry = widget.geometry()
    w = min(geometry.width(), area.width())
    h = min(geometry.height(), area.height())
    x = min(max(geometry.x(), area.x()), area.x() + area.width() - w)
    y = min(max(geometry.y(), area.y()), area.y() + area.height() - h)
    if (w, h) != (geometry.width(), geometry.height()):
        widget.resize(w, h)
    if (x, y) != (geometry.x(), geometry.y()):
        widget.move(x, y)
