"""The document list's columns share its width: the title takes the room.

Date and Status are as wide as their words up to a share of the list, narrower when the list
is narrow (a dock open on a small screen), so the Title column never shrinks to a few pixels;
a column no page of the collection fills (no dates, no statuses) is hidden.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

from editor_app.ui.library_keys import DATE, TITLE

STATUS = 2
# The most of the list's width Date and Status may take, together; the title keeps the rest.
SIDE_SHARE = 0.6
STATUS_LEAST = 36  # the status's room kept when the date takes its share ("final" fits)
PADDING = 10  # room beside the words in a cell (a date cut by one digit says nothing)


class ColumnFit(QObject):
    """Keeps `view`'s Date and Status columns narrow enough for the title (model: the list's
    DocumentRows, whose `rows.keys` hold each page's date and status)."""

    def __init__(self, view: QTableView, model: Any) -> None:
        super().__init__(view)
        self.view, self.model = view, model
        header = view.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (DATE, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(24)
        view.viewport().installEventFilter(self)
        model.modelReset.connect(self.refit)
        model.layoutChanged.connect(self.refit)
        model.dataChanged.connect(self.refit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self.refit()
        return False

    def filled(self) -> tuple[bool, bool]:
        """(any page has a date, any page has a status) in the listed collection."""
        rows = getattr(self.model, "rows", None)
        keys = getattr(rows, "keys", None) or []
        return any(k.date for k in keys), any(k.status for k in keys)

    def refit(self, *_: Any) -> None:
        """Hide the empty columns; give Date and Status their words' width within their share."""
        view, header = self.view, self.view.horizontalHeader()
        has_date, has_status = self.filled()
        view.setColumnHidden(DATE, not has_date)
        view.setColumnHidden(STATUS, not has_status)
        shown = [c for c, on in ((DATE, has_date), (STATUS, has_status)) if on]
        if not shown:
            return
        wanted = {
            c: max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) + PADDING for c in shown
        }
        # The date first (a cut date says nothing), the status in what is left of the share.
        room = int(view.viewport().width() * SIDE_SHARE)
        least = header.minimumSectionSize()
        widths = {}
        for column in shown:
            others = sum(min(wanted[c], STATUS_LEAST) for c in shown if c > column)
            widths[column] = max(least, min(wanted[column], room - others))
            room -= widths[column]
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
