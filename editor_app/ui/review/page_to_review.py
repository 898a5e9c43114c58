"""Review > Send This Page for Review: on a site whose pages have no status field, the open
page is kept off the site until it is approved (`review.send_for_review`: `published: false`,
Hugo's `draft: true`), so it waits in the review queue. Off on Eleventy, which has no such
setting (its tip says so)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from editor_app.core import review
from editor_app.ui import dialogs


class PageToReview(QObject):
    """The Review menu's Send This Page for Review; `hook` is the window's ReviewHook."""

    def __init__(self, hook: Any) -> None:
        super().__init__(hook)
        self.hook = hook
        self.window = hook.window
        self.action = QAction(self.tr("&Send This Page for Review"), self.window)
        self.action.triggered.connect(self.send)
        hook.menu.addAction(self.action)
        hook.menu.aboutToShow.connect(self._update)

    def _update(self) -> None:
        site = self.window.site
        doc = self.window.current_document()
        setting = review.keep_off_setting(getattr(site, "generator", None)) if site else None
        self.action.setEnabled(setting is not None and doc is not None and doc.path is not None)
        if site is not None and setting is None:
            tip = self.tr("Eleventy has no setting that keeps a page off the site until approved.")
        elif setting is not None:
            tip = self.tr("Keep the page off the site until it is approved (%1), so it waits in "
                          "the review queue.").replace("%1", review.setting_line(setting))
        else:
            tip = ""
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)

    def send(self) -> str | None:
        """Write the setting in the open page (its unsaved edits saved first, or the step
        cancelled); the line written, or None."""
        doc = self.window.current_document()
        site = self.window.site
        if doc is None or doc.path is None or site is None:
            return None
        if not self.window.maybe_save_changes():
            return None
        path = Path(doc.path)
        try:
            written = review.send_for_review(path, site)
        except (review.ReviewError, OSError) as exc:
            dialogs.show_error(self.window, self.tr("Send for review"), str(exc))
            return None
        self.window.reload_document()
        self.hook._show_states()
        self.hook._to_share()
        self.window.statusBar().showMessage(
            self.tr("Sent for review: %1 written in its settings; it waits in Review > Review "
                    "Queue until approved.").replace("%1", written),
            15000,
        )
        return written
