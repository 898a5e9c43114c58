"""What the main window does after a decision or a note in the review window: the open page
read again, the page list's review states, the Sharing bar counting what is to share, and the
review window's line saying what was done and how the author gets it. Mixed into
`ReviewHook` (`window.py`), whose `window`, `review_window`, `notes`, `_is_open`, `_body` and
`_editor_body` these methods use."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from editor_app.core import review


class AfterDecisionMixin:
    """The main window's side of Approve, Send back, Undo, Publish and notes."""

    window: Any
    review_window: Any
    notes: Any

    def _after_approve(self, path: Path, said: str = "") -> None:
        # The file changed on disk; edits were saved or dropped by the author just before.
        # Read again, the page keeps the editor's caret and view (window_panels.fill_panels).
        if self._is_open(Path(path).resolve()):
            self.window.reload_document()
        self._show_states()
        self._to_share(said)

    def _after_approval(self, path: Path) -> None:
        """Approve: the page leaves the queue and the next one shows, so the window says
        which was approved (it said nothing, or only how the author gets the decision,
        beside an "Undo approval" read as about the page shown)."""
        panel = self.review_window.panel if self.review_window is not None else None
        item = panel.current if panel is not None else None
        if item is not None and item.path != path:
            item = None  # not the one approved: said by its file name
        title = item.title if item is not None else Path(path).name
        # Cut: the line is not wrapped, and the sharing words follow it at 1024 wide.
        said = self.tr("Approved “{title}”.").format(title=review.clip(title, 40))
        if item is not None and panel.model.shown_title(item) != item.title:
            # Another page has its title (the guide's page and its Pidgin copy): its file too.
            said = said[:-1] + f" ({item.relative})."
        self._after_approve(path, said)

    def _after_publish(self, old: Path, new: Path) -> None:
        # A draft moved into _posts: the list shows it in its new collection, and the page
        # open in the editor is followed to its new file.
        self.window.library.set_site(self.window.site)
        if self._is_open(Path(old).resolve()):
            self.window.open_document(new)
        self._show_states()
        self.window.statusBar().showMessage(
            self.window.tr("Published as {name}.").format(name=Path(new).name), 6000
        )

    def _show_states(self) -> None:
        # The main list shows each page's review state (sent back, approved…).
        library = getattr(self.window, "library", None)
        if library is not None and hasattr(library, "refresh"):
            library.refresh()

    def _after_notes_changed(self, path: Path) -> None:
        if self._is_open(Path(path).resolve()):
            self.notes.set_document(path, self._editor_body() or self._body())
        self._show_states()
        self._to_share()

    def _to_share(self, said: str = "") -> None:
        """Notes, suggestions and decisions are files of the site: on a shared site the
        Sharing bar counts them at once (it only looked again after a save, so it read "Up
        to date") and the review window says how the author gets them, after `said` (what
        was done: "Approved “Brand narrative”.")."""
        bar = getattr(self.window, "sync_bar", None)
        shared = bar is not None and bar.state.is_git
        if shared:
            bar.refresh(fetch=False)
        words = [said] if said else []
        offline = shared and bool(getattr(bar, "server_offline", False) or bar.state.offline)
        if shared and bar.state.has_remote and offline:
            # Out of reach: said, so Share is not taken to send it now.
            words.append(
                self.tr(
                    "Offline: kept here; Share my changes sends it to the author once the "
                    "server is reachable."
                )
            )
        elif shared and bar.state.has_remote:
            words.append(
                self.tr("Share my changes in the main window sends it to the author.")
                if said  # shorter after what was done: one line at 1024 wide
                else self.tr(
                    "Kept on this computer. The author sees your notes and decisions once "
                    "you press Share my changes in the main window."
                )
            )
        if words and self.review_window is not None:
            self.review_window.statusBar().showMessage(" ".join(words), 20000)
