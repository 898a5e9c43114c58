"""The page settings pane takes the height its fields need, up to the height the author gave
it: a page of five fields left an empty band above a squeezed text at 1024x700, as the pane
kept two fifths of the height whatever it held."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtWidgets import QWidget

# Never less than this: room for a field or two and the pane's scroll bar.
MIN_FORM_HEIGHT = 90
# A little room under the last field, so the pane does not look cut.
_MARGIN = 6
# How far the pane's edge may move to end under a whole row rather than through one.
_ROW_SNAP = 48


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
        # Rows change height after the page is shown too (an image's thumbnail comes in, a
        # topic wraps to a new line of chips): the pane fits again once they are laid out.
        window.form.installEventFilter(self)
        # The room changes under it too (the Problems panel opening, the window resized).
        splitter.installEventFilter(self)
        self._scheduled = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        kind = event.type()
        if kind == QEvent.Type.LayoutRequest or (
            kind == QEvent.Type.Resize and watched is self.window.centre_splitter
        ):
            self.schedule()
        return False

    def _moved(self, _pos: int, _index: int) -> None:
        self.wanted = self.window.centre_splitter.sizes()[0]  # the author's own choice

    def schedule(self) -> None:
        """Fit once the new fields are laid out."""
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self._fit_scheduled)

    def _fit_scheduled(self) -> None:
        self._scheduled = False
        self.fit()

    def fit(self) -> None:
        w = self.window
        area, splitter = w.form_area, w.centre_splitter
        if not (shiboken6.isValid(area) and shiboken6.isValid(splitter)):
            return  # the window is going: its panes were freed before this fit's turn
        if not area.isVisible() or not splitter.isVisible():
            return
        sizes = splitter.sizes()
        total = sum(sizes)
        if len(sizes) != 2 or total <= 0:
            return
        need = w.form.sizeHint().height() + 2 * area.frameWidth() + _MARGIN
        most = self.wanted if self.wanted is not None else total * 2 // 5
        height = max(MIN_FORM_HEIGHT, min(most, need, total - MIN_FORM_HEIGHT))
        if height < need:
            # The form scrolls: its edge ends under a whole row, not through one (a half
            # 'Add a value…' box or checkbox at the bottom of the pane looked broken).
            height = self._under_a_whole_row(height, total - MIN_FORM_HEIGHT)
        if height != sizes[0]:
            splitter.setSizes([height, total - height])

    def _under_a_whole_row(self, height: int, most: int) -> int:
        """The pane height nearest `height` (within _ROW_SNAP, at most `most`) whose bottom edge
        passes between the form's rows, at the top of the form."""
        w = self.window
        frame = 2 * w.form_area.frameWidth()
        layout = w.form.layout()
        if layout is not None:
            layout.activate()  # the new page's rows where they will be drawn
        cuts = row_gaps(w.form)
        below = [c + frame for c in cuts if MIN_FORM_HEIGHT <= c + frame <= height]
        above = [c + frame for c in cuts if height < c + frame <= most]
        down = max(below) if below else None
        up = min(above) if above else None
        if down is not None and height - down <= _ROW_SNAP and (up is None or height - down <= up - height):
            return down
        if up is not None and up - height <= _ROW_SNAP:
            return up
        return height


def row_gaps(form: QWidget) -> list[int]:
    """Heights (from the form's top) at which a line crosses no label, box or button of the form:
    the places between its rows. Each is a little under the row above, when there is room."""
    spans: list[tuple[int, int, bool]] = []  # (top, bottom, a gap under it may be cut)
    for child in form.findChildren(QWidget):
        if not child.isVisibleTo(form) or _has_visible_child(child, form):
            continue
        top = child.mapTo(form, QPoint(0, 0)).y()
        # A group's label: not cut from the group under it (form_rows.KEEPS_WITH_NEXT).
        spans.append((top, top + child.height(), not child.property("keepsWithNext")))
    if not spans:
        return []
    crossed = [False] * (form.height() + 2)
    for top, bottom, _may_cut in spans:
        for y in range(max(0, top + 1), min(bottom, len(crossed))):
            crossed[y] = True
    gaps: list[int] = []
    for _top, bottom, may_cut in spans:
        if may_cut and 0 < bottom < len(crossed) and not crossed[bottom]:
            cut = bottom
            while cut + 1 < len(crossed) and not crossed[cut + 1] and cut - bottom < 3:
                cut += 1  # a line of room under the row, as under the last one
            gaps.append(cut)
    return sorted(set(gaps))


def _has_visible_child(widget: QWidget, form: QWidget) -> bool:
    return any(
        isinstance(c, QWidget) and not c.isWindow() and c.isVisibleTo(form)
        for c in widget.children()
    )
