"""The review screen's queue being built: off the UI thread (every draft is checked), then
shown, keeping the page chosen or asked for meanwhile. Mixed into `ReviewPanel`, whose
`site`, `schema`, `queue`, `jobs`, `current` and `queueLoaded` these methods use."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.core import review
from editor_app.ui.review.common import _count

if TYPE_CHECKING:
    _Base = Any
else:
    _Base = object


class QueueLoadingMixin(_Base):
    """Set the site, build the queue again, choose a page in it, for the ReviewPanel."""

    def set_site(self, site: Any, schema: Any = None) -> None:
        """Review this site (schema: the one in force; loaded by the core when None)."""
        self.site, self.schema = site, schema
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the queue in the background (validation of every draft takes a moment)."""
        if self.site is None:
            return
        collections = getattr(self.site, "collections", {})
        if self.schema is not None and any(
            self.schema.for_collection(c) is None for c in collections
        ):
            # A collection came since the schema was worked out (Get latest brought its first
            # page): worked out again with the queue, so its pages are judged by their fields.
            self.schema = None
        self.queue.show_busy()
        self._listing = True
        self.jobs.start(
            self._build_queue,
            self.site,
            self.schema,
            on_done=self._on_queue,
            on_error=self._on_queue_failed,
        )

    def _on_queue_failed(self, reason: str) -> None:
        self._listing = False
        self._select_after_refresh = None
        self.queue.show_failed(reason)

    @staticmethod
    def _build_queue(site: Any, schema: Any) -> tuple[list[review.QueueItem], Any, int]:
        if schema is None:
            from editor_app.core.schema import load_schema

            schema = load_schema(site)
        items = review.review_queue(site, schema)
        return items, schema, review.branch_drafts(site, items)

    def _on_queue(self, result: tuple[list[review.QueueItem], Any, int]) -> None:
        items, self.schema, on_branches = result
        self.drafts_on_branches = on_branches  # said in a report on the whole queue too
        self._listing = False
        keep = self.current.path if self.current is not None else None
        if self._select_after_refresh is not None:
            keep, self._select_after_refresh = self._select_after_refresh, None
        labels = {name: c.label for name, c in getattr(self.site, "collections", {}).items()}
        warning = review.notes_publishing_warning(self.site) or ""
        if on_branches:
            # Drafts sent on their own git branch are approved from the Sharing toolbar.
            # "More" beside the pages listed; with none listed, the drafts alone wait.
            words = (
                (
                    "1 more draft sent for review: see Drafts in the Sharing bar",
                    "%1 more drafts sent for review: see Drafts in the Sharing bar",
                )
                if items
                else (
                    "1 draft sent for review waits: see Drafts in the Sharing bar",
                    "%1 drafts sent for review wait: see Drafts in the Sharing bar",
                )
            )
            warning += ("\n" if warning else "") + _count(self, on_branches, *words)
        empty = review.nothing_to_review(self.site, self.schema)
        self.queue.set_items(items, labels, warning or None, keep, empty)
        self.queue.drafts_button.setVisible(bool(on_branches))
        self.queueLoaded.emit(len(items))

    def select_path(self, path: Path | str) -> bool:
        """Select a document in the queue; False when it is not in it (or filtered out)."""
        return self.queue.select_path(path)

    def choose_page(self, path: Path | str) -> None:
        """Show this page when it is in the queue, now or once the queue being built is ready."""
        if self._listing:
            self._select_after_refresh = Path(path).resolve()
        else:
            self.select_path(path)
