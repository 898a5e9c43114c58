"""A label kept to one line, its text drawn shortened with "…" when narrower than it: a long
title or status neither widens its pane nor pushes the buttons beside it away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel


class ElidingLabel(QLabel):
    """Draws its text on one line, cut with "…" to its width (its text itself unchanged)."""

    def shown_text(self) -> str:
        """The text as drawn: cut with "…" to the label's width (a subclass may shorten it
        its own way)."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(
            self.contentsRect(),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            self.shown_text(),
        )
        painter.end()
