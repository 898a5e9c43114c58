"""A message in the status bar is read whole: the word count beside it steps aside for it.

On a 1024-pixel screen a long message ("Combined your changes with the ones made on disk to
“2025-01-27-jekyll-4-4-0-released.markdown”: check the page and save it (Undo brings back your
version)") ran under the word count on the right and was cut mid-word. While a message needs
the room, the word count is hidden; it comes back with the next message, or none. A message
wider than the whole bar is also the bar's tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar, QWidget

ROOM = 24  # pixels beside the words: the bar's margins and its size grip


class StatusFit(QObject):
    """Hides `beside` (the word count) while the status bar's message needs its room."""

    def __init__(self, bar: QStatusBar, beside: QWidget) -> None:
        super().__init__(bar)
        self.bar, self.beside = bar, beside
        self.stepped_aside = False
        bar.messageChanged.connect(self.fit)

    def fit(self, message: str) -> None:
        """Make room for `message` (the bar's new one; empty: none)."""
        width = self.bar.fontMetrics().horizontalAdvance(message) + ROOM
        needs_room = bool(message) and width + self.beside.sizeHint().width() > self.bar.width()
        if needs_room != self.stepped_aside:
            self.stepped_aside = needs_room
            self.beside.setVisible(not needs_room)
        self.bar.setToolTip(message if message and width > self.bar.width() else "")
