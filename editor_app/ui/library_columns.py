"""The document list's columns share its width: the title takes the room.

Date and Status are as wide as the words in their cells (not their headers' words and sort
arrow, wider than "final") up to a share of the list, narrower when the list is narrow (a dock
open on a small screen), so the Title column keeps most of the width; a column no page of the
collection fills (no dates, no statuses) is hidden. A Date or Status column the author sized
by hand keeps that width (remembered with the window's layout). A status that must be read
whole ("can't read") keeps its room beside the date (`keep_whole`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from editor_app.ui.library_keys import DATE, TITLE

STATUS = 2
# The most of the list's width Date and Status may take, together; the title keeps the rest
# (at 0.6 a 1024x700 screen's list cut every title to a dozen letters).
SIDE_SHARE = 0.5
UNREADABLE_SHARE = 0.62  # the most they may take to show "can't read" whole beside a date
STATUS_LEAST = 36  # the status's room kept when the date takes its share ("final" fits)
PADDING = 6  # room beside the words in a cell (a date cut by one digit says nothing)


class ColumnFit(QObject):
    """Keeps `view`'s Date and Status columns narrow enough for the title (model: the list's
    DocumentRows, whose `rows.keys` hold each page's date and status)."""

    def __init__(self, view: QTableView, model: Any) -> None:
        super().__init__(view)
        self.view, self.model = view, model
        self.chosen: dict[int, int] = {}  # widths the author gave Date or Status by hand
        self._dragging = False  # the header's mouse button is down: the author sizes a column
        self._fitting = False
        self._widths: dict[tuple[int, int, int], int] = {}  # _words_width's, for one listing
        self._status_least = STATUS_LEAST
        self._whole_words = ""  # keep_whole's: shown in Status for a page that cannot be read
        header = view.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (DATE, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(24)
        header.sectionResized.connect(self._resized)
        view.viewport().installEventFilter(self)
        header.viewport().installEventFilter(self)
        model.modelReset.connect(self.refit)
        model.layoutChanged.connect(self.refit)
        model.dataChanged.connect(self.refit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == QEvent.Type.Resize and watched is self.view.viewport():
            self.refit()
        elif kind == QEvent.Type.MouseButtonPress:
            self._dragging = True
        elif kind == QEvent.Type.MouseButtonRelease:
            self._dragging = False
        return False

    def _resized(self, column: int, _old: int, new: int) -> None:
        """A Date or Status column dragged by the author keeps the width given."""
        # Qt sizes columns too (a new list, a hidden column shown): only a drag is the author's.
        if self._dragging and not self._fitting and column in (DATE, STATUS) and new > 0:
            self.chosen[column] = new

    def remember(self, chosen: dict[int, int]) -> None:
        """Take the widths the author gave by hand (read back from the window's layout)."""
        self.chosen = {c: w for c, w in chosen.items() if c in (DATE, STATUS) and w > 0}
        self.refit()

    def keep_whole(self, words: str) -> None:
        """Status `words` (a page that cannot be read) are never cut for the date's sake."""
        margin = self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        width = self.view.fontMetrics().horizontalAdvance(words) + 2 * margin + PADDING
        self._status_least = max(STATUS_LEAST, width)
        self._whole_words = words
        self.refit()

    def _unreadable(self) -> bool:
        """Some page of the listed collection cannot be read (its Status says so)."""
        entries = getattr(getattr(self.model, "rows", None), "entries", None) or []
        return any(getattr(e, "error", None) is not None for e in entries)

    def filled(self) -> tuple[bool, bool]:
        """(any page has a date, any page has a status) in the listed collection."""
        rows = getattr(self.model, "rows", None)
        keys = getattr(rows, "keys", None) or []
        return any(k.date for k in keys), any(k.status for k in keys) or self._unreadable()

    def _words_width(self, column: int) -> int:
        """The widest date or status of the whole collection, as a cell shows it: a search
        showing only pages without one left the column its least width (its header "D")."""
        keys = getattr(getattr(self.model, "rows", None), "keys", None) or []
        seen = (id(keys), len(keys), column)
        if seen not in self._widths:
            words = {getattr(k, "date" if column == DATE else "status") for k in keys}
            if column == STATUS and self._whole_words and self._unreadable():
                words.add(self._whole_words)
            longest = sorted(words, key=len, reverse=True)[:8]  # a date is as wide as another
            metrics = self.view.fontMetrics()
            style = self.view.style()
            # Qt's margin beside an item's text, each side.
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
            width = max((metrics.horizontalAdvance(w) for w in longest if w), default=0)
            if any(done[:2] != seen[:2] for done in self._widths):
                self._widths.clear()  # another listing
            self._widths[seen] = width + 2 * margin if width else 0
        return self._widths[seen]

    def refit(self, *_: Any) -> None:
        """Hide the empty columns; give Date and Status their words' width within their share."""
        view, header = self.view, self.view.horizontalHeader()
        has_date, has_status = self.filled()
        view.setColumnHidden(DATE, not has_date)
        view.setColumnHidden(STATUS, not has_status)
        shown = [c for c, on in ((DATE, has_date), (STATUS, has_status)) if on]
        if not shown:
            return
        # The cells' words decide, not the header's: "Status" and its sort arrow would take
        # twice the room of "final".
        wanted = {c: max(view.sizeHintForColumn(c), self._words_width(c)) + PADDING for c in shown}
        # The date first (a cut date says nothing), the status in what is left of the share.
        room = int(view.viewport().width() * SIDE_SHARE)
        # The status's room kept beside the date: "can't read" whole only where a page says
        # it (kept for it everywhere, it cut the dates beside "final · approved" at 1024).
        status_least = self._status_least if self._unreadable() else STATUS_LEAST
        if has_status and status_least > STATUS_LEAST:
            # A page that cannot be read: its Status and the dates whole, up to a bit more of
            # the list, rather than "can't r…" beside a cut date.
            need = sum(min(wanted[c], status_least) if c == STATUS else wanted[c] for c in shown)
            room = max(room, min(need, int(view.viewport().width() * UNREADABLE_SHARE)))
        least = header.minimumSectionSize()
        widths = {}
        for column in shown:
            if column in self.chosen:
                widths[column] = self.chosen[column]
                room -= widths[column]
                continue
            others = sum(min(wanted[c], status_least) for c in shown if c > column)
            widths[column] = max(least, min(wanted[column], room - others))
            room -= widths[column]
        self._fitting = True
        try:
            for column, width in widths.items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False
