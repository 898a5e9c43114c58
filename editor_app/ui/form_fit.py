"""The page settings pane takes the height its fields need, up to the height the author gave
it: a page of five fields left an empty band above a squeezed text at 1024x700, as the pane
kept two fifths of the height whatever it held."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer

# Never less than this: room for a field or two and the pane's scroll bar.
MIN_FORM_HEIGHT = 90
# A little room under the last field, so the pane does not look cut.
_MARGIN = 6


class FormHeightFit(QObject):
    """Fits the settings pane to its fields each time the form is built or a section opens;
    the author's own height (dragging the divider) is the most it takes, and is remembered."""

    def __init__(self, window: Any, wanted: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        splitter = window.centre_splitter
        # The author's height; None until they drag the divider: two fifths of the room.
        self.wanted: int | None = wanted if wanted and wanted > 0 else None
        splitter.splitterMoved.connect(self._moved)
        window.form.contentChanged.connect(self.schedule)

    def _moved(self, _pos: int, _index: int) -> None:
        self.wanted = self.window.centre_splitter.sizes()[0]  # the author's own choice

    def schedule(self) -> None:
        """Fit once the new fields are laid out."""
        QTimer.singleShot(0, self.fit)

    def fit(self) -> None:
        w = self.window
        area, splitter = w.form_area, w.centre_splitter
        if not area.isVisible() or not splitter.isVisible():
            return
        sizes = splitter.sizes()
        total = sum(sizes)
        if len(sizes) != 2 or total <= 0:
            return
        need = w.form.sizeHint().height() + 2 * area.frameWidth() + _MARGIN
        most = self.wanted if self.wanted is not None else total * 2 // 5
        height = max(MIN_FORM_HEIGHT, min(most, need, total - MIN_FORM_HEIGHT))
        if height != sizes[0]:
            splitter.setSizes([height, total - height])
