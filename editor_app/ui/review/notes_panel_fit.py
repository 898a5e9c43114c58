"""How the notes panel's two lists (its notes, and its suggested edits below) share the
height: evenly in the review window (`compact`), and in the main window's panel fitted to
their rows when it lies wide under the page (a small screen). Mixed into `NotesPanel`, whose
`list`, `suggestions` and `button_rows` these methods use."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QListWidget, QSizePolicy, QVBoxLayout


class NotesListsFitMixin:
    """The height of the notes panel's two lists (`_share_height` sets it up)."""

    list: QListWidget
    suggestions: Any

    # A panel at least this wide (under the page at 1024 px) puts each list's buttons on its
    # summary's row, and fits the notes list to its notes: the rows under the lists, and a
    # notes list as tall as the suggested edits', left one suggested edit in view.
    WIDE = 600
    # Suggested edits kept whole in view, wide (with half the next one when there are more):
    # the page above keeps some ten lines at 700 px high.
    SUGGESTIONS_IN_VIEW = 2

    def _share_height(self, layout: QVBoxLayout, compact: bool) -> None:
        """Compact: the two lists share the height evenly; else they are fitted again as
        they fill (wide under the page)."""
        if compact:
            # The height shared by the two lists, not given by their size hints (the
            # suggested edits took twice the notes' height, each list showing one row).
            for items in (self.list, self.suggestions.list):
                policy = items.sizePolicy()
                policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
                items.setSizePolicy(policy)
                items.setMinimumHeight(items.fontMetrics().height() * 3)
            layout.setStretchFactor(self.list, 1)
            layout.setStretchFactor(self.suggestions, 1)
        self._compact = compact
        self._wide: bool | None = None
        if not compact:
            # Wide under the page (a small screen), the lists are fitted again as they fill.
            for items in (self.list, self.suggestions.list):
                model = items.model()
                model.rowsInserted.connect(self._fit_soon)
                model.rowsRemoved.connect(self._fit_soon)
                model.modelReset.connect(self._fit_soon)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)  # type: ignore[misc]
        if self._compact:
            return
        wide = self.width() >= self.WIDE  # type: ignore[attr-defined]
        if wide != self._wide:
            self._wide = wide
            self.button_rows.put(on_top=wide, between_too=True)  # type: ignore[attr-defined]
            self.suggestions.button_rows.put(on_top=wide)
            self._fit_lists()

    def _fit_soon(self, *_args: Any) -> None:
        QTimer.singleShot(0, self._fit_lists)

    def _fit_lists(self) -> None:
        """Wide: the notes list no taller than its notes (two at most in view), the
        suggested edits' list tall enough for SUGGESTIONS_IN_VIEW; narrow, as Qt sizes them."""
        if not shiboken6.isValid(self):
            return
        if not self._wide:
            for items in (self.list, self.suggestions.list):
                items.setMinimumHeight(0)
                items.setMaximumHeight(16777215)
            return
        notes = _rows_height(self.list, 2)
        self.list.setMinimumHeight(notes)
        self.list.setMaximumHeight(max(notes, _rows_height(self.list, 3)))
        edits = self.suggestions.list
        least = _rows_height(edits, self.SUGGESTIONS_IN_VIEW)
        if edits.count() > self.SUGGESTIONS_IN_VIEW:  # half the next one: the list scrolls
            least += (edits.sizeHintForRow(self.SUGGESTIONS_IN_VIEW) + 2 * edits.spacing()) // 2
        edits.setMinimumHeight(least)


def _rows_height(items: QListWidget, rows: int) -> int:
    """The height showing the list's first `rows` rows whole (one line's height for an empty
    list, where its summary says there is none)."""
    # Each row with the list's spacing above and below it.
    shown = [items.sizeHintForRow(row) + 2 * items.spacing() for row in range(min(rows, items.count()))]
    inner = sum(shown) if shown else items.fontMetrics().height()
    return inner + 2 * items.frameWidth() + 2
