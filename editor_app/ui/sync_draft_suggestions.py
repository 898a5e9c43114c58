"""The Drafts dialog's suggested edits on the chosen draft (Accept, Reject) and its Undo (of
an accept or reject, else of a send back), made on the draft's branch. Mixed into
`DraftDecisionsMixin` (so into `DraftsDialog`), whose `current`, `notes`, `root` and `_run`
these methods use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from editor_app.core import sync_draft_review, sync_draft_suggestions, sync_drafts
from editor_app.core.gitutil import GitError
from editor_app.ui.translation import translator

if TYPE_CHECKING:
    _Base = Any
else:
    _Base = object

tr = translator("DraftsDialog")

# What reading a draft from git can raise: said in the dialog's message line, never a traceback.
READ_ERRORS = (OSError, ValueError, GitError)


class DraftSuggestionsMixin(_Base):
    """Accept, Reject and Undo on the chosen draft, for the DraftsDialog."""

    # -- suggested edits ----------------------------------------------------------------------
    def chosen_suggestion(self) -> str | None:
        """The id of the open suggested edit chosen in the notes list (None: none chosen)."""
        item = self.notes.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _name_suggestion_buttons(self) -> None:
        """Accept and Reject are there while the draft has an open suggested edit, usable once
        one is chosen."""
        rows = (self.notes.item(i) for i in range(self.notes.count()))
        has_open = any(r.data(Qt.ItemDataRole.UserRole) for r in rows)
        usable = bool(self.chosen_suggestion()) and not getattr(self, "_busy", False)
        for button in (self.accept_button, self.reject_button):
            button.setVisible(has_open)
            button.setEnabled(usable)

    def accept_suggestion(self) -> None:
        self._decide_suggestion(sync_draft_suggestions.ACCEPT)

    def reject_suggestion(self) -> None:
        self._decide_suggestion(sync_draft_suggestions.REJECT)

    def _decide_suggestion(self, verb: str) -> None:
        d, sid = self.current, self.chosen_suggestion()
        if d is None or not sid:
            return
        accept = verb == sync_draft_suggestions.ACCEPT
        self._run(
            d,
            tr("Accepting the suggested edit…") if accept else tr("Rejecting the suggested edit…"),
            tr("Suggested edit accepted: made in the draft")
            if accept
            else tr("Suggested edit rejected: the draft is unchanged"),
            sync_draft_suggestions.decide_suggestion,
            d.branch,
            sid,
            verb,
        )

    def _show_undo(self, d: sync_drafts.Draft, seen: Any) -> None:
        """Undo is there after an accept or reject (the draft's newest change), else after a
        send back, as in the review window; its words say which. Not on one's own draft: those
        are the editor's decisions to take back."""
        if getattr(self, "_own", False):
            self._undoing = None
            self.undo_button.setVisible(False)
            return
        try:
            self._undoing = sync_draft_suggestions.last_suggestion_decision(self.root, d)
        except READ_ERRORS:
            self._undoing = None
        if self._undoing is not None:
            accepted = self._undoing.verb == sync_draft_suggestions.ACCEPT
            self.undo_button.setText(tr("Undo accept") if accepted else tr("Undo reject"))
            self.undo_button.setToolTip(tr("Open the suggested edit again; the draft as it was"))
            self.undo_button.setVisible(True)
            return
        self.undo_button.setText(tr("Undo send back"))
        self.undo_button.setToolTip(tr("Take back your send back: its message goes"))
        # Not once the draft changed since (its author sent it again): the send back was
        # answered, and is not taken back then; the rule `sync undo-send-back` refuses by.
        self.undo_button.setVisible(
            seen is not None and sync_draft_review.send_back_kept(seen.store, seen.state) is None
        )

    def undo_last(self) -> None:
        if getattr(self, "_undoing", None) is None:
            self.undo_send_back()
            return
        d = self.current
        if d is None:
            return
        self._run(
            d,
            tr("Taking it back…"),
            tr("Undone: the suggested edit is open again"),
            sync_draft_suggestions.undo_suggestion_decision,
            d.branch,
        )

    def undo_send_back(self) -> None:
        d = self.current
        if d is None:
            return
        self._run(
            d,
            tr("Taking back the send back…"),
            tr("Send back undone: its message is gone"),
            sync_draft_review.undo_send_back,
            d.branch,
        )
