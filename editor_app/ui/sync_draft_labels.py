"""The Drafts dialog's setting labels, worked out off the UI thread.

A draft's suggested edit on a page setting is named by the label the site's schema gives it
(`sync_draft_suggestions.draft_setting_labels`). Finding the draft page's collection asks git
where the repository's top folder is: on a busy or slow disk that held the dialog still, so it
runs in the window's job pool, once per draft page; the dialog lists those suggested edits
when the labels are known (`known`), saying meanwhile that it reads them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from editor_app.core import sync_draft_suggestions, sync_drafts


class DraftSettingLabels(QObject):
    """The setting labels of the drafts' pages, by the page's path in the repository."""

    known = Signal(str)  # the draft page (its `Draft.path`) whose labels are now known

    def __init__(self, root: Path, window: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.window = window
        self._found: dict[str, dict[str, str]] = {}
        self._asking: set[str] = set()

    def get(self, draft: sync_drafts.Draft) -> dict[str, str] | None:
        """The labels of the draft page's settings, or None while they are being read (asked
        for now, off the UI thread; `known` says when they are)."""
        if draft.path in self._found:
            return self._found[draft.path]
        site = getattr(self.window, "site", None)
        schema = getattr(self.window, "schema", None)
        jobs = getattr(self.window, "jobs", None)
        if site is None or schema is None or jobs is None:
            return {}  # no schema to label by: the key in plain words, no git asked
        if draft.path not in self._asking:
            self._asking.add(draft.path)
            jobs.start(
                sync_draft_suggestions.draft_setting_labels,
                self.root,
                draft,
                site,
                schema,
                on_done=lambda labels, path=draft.path: self._got(path, labels),
                # Unreadable: the key in plain words, as before; the list is still shown.
                on_error=lambda _why, path=draft.path: self._got(path, {}),
            )
        return None

    def _got(self, path: str, labels: dict[str, str]) -> None:
        if not shiboken6.isValid(self):
            return  # the dialog was closed meanwhile
        self._asking.discard(path)
        self._found[path] = labels
        self.known.emit(path)
