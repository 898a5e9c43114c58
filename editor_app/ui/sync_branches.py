"""The Sharing toolbar's drafts on review branches: "Send for review", "Drafts…" and
Approve. Mixed into `SyncBar`, whose state and helpers these methods use (`root`, `busy`,
`open_page`, `_start`, `_finish`, `_tell`, `_author`, `refresh`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6

from editor_app.ui.translation import translator

if TYPE_CHECKING:
    _Base = Any
else:
    _Base = object

tr = translator("SyncBar")


class DraftsMixin(_Base):
    """Send the open page for review, list the drafts, approve one, for the SyncBar."""

    def send_for_review(self) -> None:
        from editor_app.core import sync_drafts

        doc = self.window_.current_document()
        if self.busy or self.root is None or doc is None or doc.path is None:
            return
        if doc.is_modified:
            self._tell(tr("Save the page first: the saved version is sent for review."))
            return
        from editor_app.ui.sync_identity import before_first_share

        # Signed as Share signs: the name and e-mail are asked first if nobody knows them.
        if not before_first_share(self.window_.settings, self.root, self.window_):
            self._tell(tr("Nothing was sent for review: the page stays here."))
            return
        self._start(
            tr("Sending for review…"),
            sync_drafts.send_for_review,
            self.root,
            Path(doc.path),
            self._author(),
            self._email(),
            done=self._after_send,
        )

    def _after_send(self, result: Any) -> None:
        self._finish(result.message)

    def show_drafts(self, branch: str | None = None, parent: Any = None) -> None:
        """The drafts waiting on review branches, with their notes, Send back and Approve
        (for editors); `branch`: the draft to show (the review queue's newer draft)."""
        from editor_app.ui.sync_drafts import DraftsDialog

        if self.root is None:
            return
        self.drafts_dialog = DraftsDialog(self, self.root, parent or self.window_)
        # The dialog asks the server and lists again the drafts sent since: the bar's line
        # asks again each time, so it never says "Up to date" beside a draft listed there.
        self.drafts_dialog.list.model().modelReset.connect(self._drafts_listed_again)
        if branch is not None:
            self.drafts_dialog.show_branch(branch)
        self.drafts_dialog.open()
        self.refresh(fetch=False)  # drafts another command fetched meanwhile, listed already

    def _drafts_listed_again(self) -> None:
        dialog = getattr(self, "drafts_dialog", None)
        # Not while the dialog and window are taken down (their list emptied then too).
        if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
            self.refresh(fetch=False)

    def approve_draft(
        self,
        branch: str,
        done: Any = None,
        *,
        anyway: bool = False,
        reason: str = "",
        author: str | None = None,
        failed: Any = None,
        own: bool = False,
        seen: str | None = None,
        findings: Any = None,
    ) -> None:
        """Approve a draft (merge, final status, share); `done(result)` afterwards; `own`: the
        approver's own draft, and they said yes to approving it themselves; `seen`: the draft's
        commit shown (refused when sent again since); `findings`: the approve question's, by
        page (Check not run again on the bytes they were found on)."""
        from functools import partial

        from editor_app.core import sync_drafts

        if self.busy or self.root is None:
            return
        self.open_page.keep_in_recovery()
        self.open_page.remember()

        def finished(result: Any) -> None:
            self._finish(result.message, result.pages, result.conflicts)  # choices: shown
            if done is not None:
                done(result)

        site = getattr(self.window_, "site", None)
        self._start(
            tr("Approving…"),
            partial(
                sync_drafts.approve_draft,
                anyway=anyway,
                reason=reason,
                own=own,
                seen=seen,
                email=self._email(),
                findings=findings,
            ),
            self.root,
            branch,
            author or self._author(),
            site,
            done=finished,
            failed=self._said_in_the_dialog(failed),
        )

    def _said_in_the_dialog(self, failed: Any) -> Any:
        """A refusal the Drafts dialog says (approve, note, send back): said by the window's
        status bar for a while too, while the bar's own line goes back to where the copy
        stands at once, not keeping the refusal until its next status check."""

        def refused(reason: str) -> None:
            self.refresh(fetch=False)
            if failed is not None:
                failed(reason)

        return refused

    def review_draft(
        self, busy: str, said: str, fn: Any, *args: Any, done: Any, failed: Any
    ) -> bool:
        """A note or a send back on a draft on its branch (`fn(root, *args)`, off the UI
        thread): `busy` said meanwhile, `said` after; `done(result)` or `failed(reason)`.
        False when another sharing step is running."""
        if self.busy or self.root is None:
            return False

        def finished(result: Any) -> None:
            self._finish(said)
            done(result)

        self._start(
            busy, fn, self.root, *args, done=finished, failed=self._said_in_the_dialog(failed)
        )
        return True
