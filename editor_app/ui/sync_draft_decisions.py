"""The Drafts dialog's decisions on the chosen draft: Add note… (on the selected words, else
the whole page), Accept / Reject of a suggested edit, Send back…, Undo and Approve and share, with the review window's
own questions. Mixed into `DraftsDialog`, whose `current`, `root`, `bar`, `changes`,
`message` and `fill` these methods use."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from editor_app.core import review, sync_draft_review, sync_draft_suggestions, sync_drafts
from editor_app.core.gitutil import GitError
from editor_app.ui.dialogs import ask_to_go_on
from editor_app.ui.translation import translator

if TYPE_CHECKING:
    _Base = Any
else:
    _Base = object

tr = translator("DraftsDialog")

# What reading a draft from git can raise: said in the dialog's message line, never a traceback.
READ_ERRORS = (OSError, ValueError, GitError)


class DraftDecisionsMixin(_Base):
    """Notes, send back, undo and approve on the chosen draft, for the DraftsDialog."""

    # -- the questions (the review window's own; tests replace these) ---------------------------
    @classmethod
    def ask_note_text(cls, parent: QWidget, title: str, quote: str = "") -> str | None:
        from editor_app.ui.dialogs import NoteDialog

        return NoteDialog.ask(parent, tr("Add review note on “{title}”").format(title=title), quote)

    @classmethod
    def ask_send_back_note(cls, parent: QWidget) -> str | None:
        from editor_app.ui.review import ReviewPanel

        return ReviewPanel.ask_send_back_note(parent)

    @classmethod
    def ask_approval(
        cls, parent: QWidget, title: str, blockers: list[review.Blocker]
    ) -> tuple[bool, str] | None:
        from editor_app.ui.review import ReviewPanel

        return ReviewPanel.ask_approval(parent, title, blockers)

    @classmethod
    def ask_own_approval(cls, parent: QWidget, title: str) -> bool:
        """Asked before an author approves their own draft (the site's default)."""
        return ask_to_go_on(
            parent,
            icon=QMessageBox.Icon.Question,
            title=tr("Approve your own draft?"),
            text=tr("“{title}” is your own draft. Approve it yourself?").format(title=title),
            informative=tr(
                "Usually someone else reviews a draft before it is shared: its author misses what a fresh reader sees."
            ),
            go_on=tr("Approve it myself"),
            go_on_is_default=False,
        )

    def _author(self) -> str | None:
        """The reviewer's name, as the review window has it (asked once, then remembered);
        "" when they give none: the core then signs as every sharing commit of this copy
        does (git's user.name), and only without one with the login name. None when they
        cancel the question: the caller then does nothing."""
        from editor_app.ui.dialogs import ReviewerName

        settings = getattr(getattr(self.bar, "window_", None), "settings", None)
        return ReviewerName.get(settings, self) if settings is not None else ""

    def is_own(self, d: sync_drafts.Draft) -> bool:
        """The chosen draft is this person's own (sent from this copy, or under the name they
        review with: remembered, never asked here)."""
        from editor_app.ui.dialogs import REVIEWER_KEY

        settings = getattr(getattr(self.bar, "window_", None), "settings", None)
        name = str(settings.value(REVIEWER_KEY, "") or "").strip() if settings else ""
        try:
            return sync_drafts.is_own_draft(self.root, d, name or None)
        except (*READ_ERRORS, sync_drafts.SyncError):
            return d.mine

    # -- decisions --------------------------------------------------------------------------------
    def selected_words(self) -> str:
        """The words selected in the comparison (as read: the core finds them in the draft)."""
        return " ".join(self.changes.textCursor().selectedText().split())

    def _name_note_button(self) -> None:
        self.note_button.setText(
            tr("Add note on the selected words…") if self.selected_words() else tr("Add note…")
        )

    def add_note(self) -> None:
        d = self.current
        if d is None:
            return
        quote = self.selected_words()
        if quote:
            # Checked before asking for the note: words of the shared copy's column, or
            # words the draft has twice, cannot be placed.
            try:
                sync_draft_review.find_in_draft(self.root, d, quote)
            except (review.PassageNotFound, *READ_ERRORS) as exc:
                if isinstance(exc, review.PassageNotFound) and exc.count > 1:
                    # More of the words say which place (`--nth` on the command line).
                    why = str(exc).rstrip(".")
                    text = tr("{why}: select more words around them.").format(why=why)
                else:
                    text = tr("Select words of the draft's column: {why}").format(why=str(exc))
                self.message.setText(text)
                return
        text = self.ask_note_text(self, d.title, quote)
        if not text or not text.strip():
            return
        self._run(
            d,
            tr("Adding the note…"),
            tr("Note sent to {who}").format(who=d.sent_by),
            partial(sync_draft_review.note_on_draft, on=quote),
            d.branch,
            text,
        )

    def send_back(self) -> None:
        d = self.current
        if d is None:
            return
        text = self.ask_send_back_note(self)
        if text is None:
            return
        self._run(
            d,
            tr("Sending back…"),
            tr("Sent back to {who}: it stays a draft").format(who=d.sent_by),
            sync_draft_review.send_back_draft,
            d.branch,
            text,
        )

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
        last = seen.store.last_decision() if seen is not None else None
        self.undo_button.setText(tr("Undo send back"))
        self.undo_button.setToolTip(tr("Take back your send back: its message goes"))
        self.undo_button.setVisible(
            last is not None and not last.undone and last.decision == review.SENT_BACK
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

    def _run(self, d: sync_drafts.Draft, busy: str, said: str, fn: Any, *args: Any) -> None:
        """`fn(root, *args, author)` on the draft's branch, signed with the reviewer's name
        (None: git's name signs); nothing done when the name question is cancelled."""
        author = self._author()
        if author is None:
            return

        def done(_result: Any) -> None:
            self.fill(keep=d.branch)
            self.message.setText(said)

        if self.bar.review_draft(
            busy, said, fn, *args, author or None, done=done, failed=self._failed
        ):
            self._enable(False)
            self.message.setText(busy)
        else:
            self.message.setText(tr("Another sharing step is running: try again in a moment."))

    def _failed(self, reason: str) -> None:
        self._enable(True)
        self.message.setText(reason)

    def approve(self) -> None:
        d = self.current
        if d is None or self.bar.busy:
            return
        site = getattr(self.bar.window_, "site", None)
        author = self._author()  # asked once: an empty answer is not asked again below
        if author is None:
            return  # the name question was cancelled: not approved
        try:
            rule = sync_drafts.own_draft_rule(self.root, d, author or None)
            blockers = sync_draft_review.draft_blockers(self.root, d, site)
        except READ_ERRORS as exc:
            QMessageBox.warning(self, tr("Drafts"), str(exc))
            return
        if rule == sync_drafts.REFUSE:  # the site's review settings leave it to another person
            self.message.setText(str(sync_drafts.OwnDraftRefused(rule, d)))
            return
        if rule == sync_drafts.ASK and not self.ask_own_approval(self, d.title):
            return
        anyway, reason = False, ""
        if blockers:
            choice = self.ask_approval(self, d.title, blockers)
            if choice is None:
                return
            anyway, reason = choice
        self._enable(False)
        self.message.setText(tr("Approving “{title}”…").format(title=d.title))
        self.bar.approve_draft(
            d.branch,
            done=self._approved,
            anyway=anyway,
            reason=reason,
            author=author or None,
            failed=self._approve_failed,
            own=rule is not None,
            seen=d.commit,  # the version shown: one sent again since is not approved unseen
        )

    def _approve_failed(self, reason: str) -> None:
        """Not approved: said, and the drafts listed again (a version sent since shows)."""
        d = self.current
        self.fill(keep=d.branch if d is not None else None)
        self._failed(reason)

    def _approved(self, result: Any) -> None:
        self.fill()
        self.message.setText(result.message)
