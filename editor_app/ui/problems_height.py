"""The Problems panel's height: as tall as its rows when a Check lists them, up to a limit,
or the height the author last dragged it to.

At 1024x700 a strip of a sixth of the window showed one and a half rows of three problems:
the author scrolled to read the rest. Now each Check fits the panel to its rows (at most
`MOST_ROWS`, and at most a third of the window, so the form and text keep their room) until
the author drags the panel's edge; from then on their height is kept, also on the next start.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer

MOST_ROWS = 4
LEAST_HEIGHT = 110  # the summary line, the column names and a row or two
HEIGHT_KEY = "window/problemsHeight"


class ProblemsHeight(QObject):
    """Fits `window.problems_dock` to the rows `window.problems` lists after each Check."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dock = window.problems_dock
        self.author_height = _remembered_height(window.settings.value(HEIGHT_KEY))
        self._target: int | None = None  # the height last asked of the dock by a fit
        self._reached = False  # the dock has been laid out at that height since
        self._window_height = 0  # the window's height when the fit was asked
        self._pending = False  # a fit asked and not laid out yet
        window.problemsShown.connect(self._fit_soon)
        self.dock.installEventFilter(self)

    @property
    def settled(self) -> bool:
        """No fit is waiting to be laid out: the panel is at the height it will keep."""
        return not self._pending

    def remember(self) -> None:
        """Kept for the next start (called as the window closes)."""
        if self.author_height is not None:
            self.window.settings.setValue(HEIGHT_KEY, self.author_height)

    def wanted_height(self) -> int:
        """The author's height, or the panel's own parts and its first rows, between
        `LEAST_HEIGHT` and a third of the window; with no rows, its summary line alone."""
        problems = self.window.problems
        tree = problems.tree
        if tree.isHidden():
            # No rows: the summary line alone, even below a height the author dragged.
            width = problems.width()
            needed = (
                problems.heightForWidth(width)  # the summary wrapped at the panel's width
                if problems.hasHeightForWidth()
                else problems.sizeHint().height()
            )
            return self.dock.height() - problems.height() + needed
        if self.author_height is not None:
            return self.author_height
        count = min(tree.topLevelItemCount(), MOST_ROWS)
        rows = sum(tree.visualItemRect(tree.topLevelItem(i)).height() for i in range(count))
        around = self.dock.height() - tree.viewport().height()  # title, summary, column names
        room = around + rows + 2 * tree.frameWidth()
        return max(LEAST_HEIGHT, min(room, self.window.height() // 3))

    def _fit_soon(self, *_args: object) -> None:
        self._pending = True  # until the fit below is laid out
        # After the layout gives the shown dock its width: the rows' heights follow it.
        QTimer.singleShot(0, self, self.fit)

    def fit(self) -> None:
        self._pending = False  # unless a new height is asked below
        if not self.dock.isVisible() or self.dock.isFloating():
            return
        if self.window.dockWidgetArea(self.dock) != Qt.DockWidgetArea.BottomDockWidgetArea:
            return  # moved to the right: its height is the window's
        height = self.wanted_height()
        # At that height already, no resize will come to say it was reached.
        self._target, self._reached = height, abs(self.dock.height() - height) <= 2
        self._pending = not self._reached
        self._window_height = self.window.height()
        self.window.resizeDocks([self.dock], [height], Qt.Orientation.Vertical)

    def _least_height(self) -> int:
        return max(self.dock.minimumSizeHint().height(), self.dock.minimumHeight())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.dock and event.type() == QEvent.Type.Resize:
            self._resized(self.dock.height())
        return False

    def _resized(self, height: int) -> None:
        if self._target is None or not self.dock.isVisible():
            return
        if abs(height - self._target) <= 2:
            self._reached, self._pending = True, False
        elif self.window.height() != self._window_height:
            # The window's own resizing moved it: not the author's choice.
            self._window_height, self._target = self.window.height(), height
        elif height > self._target and height <= self._least_height() + 2:
            # Pushed up to the least its contents need (rows appearing after a Check that
            # found nothing): not the author's choice either (dragged, it would have been kept,
            # and the site's problems stayed in a strip of one row and a half). An edge dragged
            # down to that least height is the author's.
            self._target = height
        elif self._reached:
            # Neither the fit nor the window's resizing: the author dragged the edge.
            self.author_height = height
            self._target = height


def _remembered_height(value: object) -> int | None:
    try:
        height = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return height if height > 0 else None
