"""The Drafts dialog's decisions on the chosen draft: Add note… (on the selected words, else
the whole page), Send back… and Approve and share, with the review window's own questions
(Accept / Reject of a suggested edit and Undo: `sync_draft_suggestions.py`). A note or send
back that could not be sent keeps its words for the next try (how a step runs:
`sync_draft_steps.py`). Mixed into `DraftsDialog`, whose `current`, `root`, `bar`,
`changes`, `message` and `fill` these methods use."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from editor_app.core import review, sync_draft_review, sync_drafts
from editor_app.ui.dialogs import ask_to_go_on
from editor_app.ui.sync_draft_steps import DraftStepsMixin
from editor_app.ui.sync_draft_suggestions import READ_ERRORS, DraftSuggestionsMixin
from editor_app.ui.translation import translator

tr = translator("DraftsDialog")

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1  # a note's (id, resolved) on its row of the list


class DraftDecisionsMixin(DraftStepsMixin, DraftSuggestionsMixin):
    """Notes, send back and approve on the chosen draft, for the DraftsDialog (its suggested
    edits and undo: `DraftSuggestionsMixin`). Each step starts through `after_asking`, once
    the dialog's own look at the server is done (`DraftStepsMixin`)."""

    # -- the questions (the review window's own; tests replace these) ---------------------------
    @classmethod
    def ask_note_text(
        cls, parent: QWidget, title: str, quote: str = "", text: str = ""
    ) -> str | None:
        from editor_app.ui.dialogs import NoteDialog

        asked = tr("Add review note on “{title}”").format(title=title)
        return NoteDialog.ask(parent, asked, quote, text)

    @classmethod
    def ask_send_back_note(cls, parent: QWidget, text: str = "") -> str | None:
        from editor_app.ui.review import ReviewPanel

        return ReviewPanel.ask_send_back_note(parent, text)

    @classmethod
    def ask_approval(
        cls, parent: QWidget, title: str, findings: review.ApprovalFindings
    ) -> tuple[bool, str] | None:
        from editor_app.ui.review import ReviewPanel

        return ReviewPanel.ask_approval(parent, title, findings)

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

    def is_own(self, d: sync_drafts.Draft) -> bool:
        """The chosen draft is this person's own (sent from this copy, or under the name they
        review with: remembered, never asked here)."""
        try:
            return sync_drafts.is_own_draft(self.root, d, self.bar._author(), self.bar._email())
        except (*READ_ERRORS, sync_drafts.SyncError):
            return d.mine

    # -- decisions --------------------------------------------------------------------------------
    def selected_words(self) -> str:
        """The words selected in the comparison (as read: the core finds them in the draft),
        grown to whole words at an end that cuts one, as the review window grows a drag
        (`review.whole_words`): a note on "It has been qui" quoted half a word."""
        cursor = self.changes.textCursor()
        if not cursor.hasSelection():
            return ""
        # The document's raw text: one character per cursor position, cells and paragraphs
        # apart as separators that are no part of a word.
        text = self.changes.document().toRawText()
        start, end = review.whole_words(text, cursor.selectionStart(), cursor.selectionEnd())
        return " ".join(text[start:end].split())

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
        text = self.ask_note_text(self, d.title, quote, **self._kept(d, "note"))
        if not text or not text.strip():
            return
        self._run(
            d,
            tr("Adding the note…"),
            tr("Note sent to {who}").format(who=d.sent_by),
            partial(sync_draft_review.note_on_draft, on=quote),
            d.branch,
            text,
            keep=(d.branch, "note", text),
        )

    def chosen_note(self) -> tuple[str, bool] | None:
        """The (id, resolved) of the note chosen in the notes list (None: none chosen)."""
        item = self.notes.currentItem()
        return item.data(NOTE_ROLE) if item is not None else None

    def _name_resolve_button(self) -> None:
        """Mark as resolved (Reopen, for a resolved note) while a note is chosen in the list."""
        chosen = self.chosen_note()
        self.resolve_button.setVisible(chosen is not None)
        self.resolve_button.setEnabled(chosen is not None and not getattr(self, "_busy", False))
        if chosen is not None:
            self.resolve_button.setText(tr("Reopen") if chosen[1] else tr("Mark as resolved"))

    def resolve_note(self) -> None:
        d, chosen = self.current, self.chosen_note()
        if d is None or chosen is None:
            return
        note_id, resolved = chosen
        self._run(
            d,
            tr("Reopening the note…") if resolved else tr("Marking the note as resolved…"),
            tr("Note open again") if resolved else tr("Note marked as resolved"),
            partial(sync_draft_review.resolve_on_draft, resolved=not resolved),
            d.branch,
            note_id,
        )

    def send_back(self) -> None:
        d = self.current
        if d is None:
            return
        text = self.ask_send_back_note(self, **self._kept(d, "send back"))
        if text is None:
            return
        self._run(
            d,
            tr("Sending back…"),
            tr("Sent back to {who}: it stays a draft").format(who=d.sent_by),
            sync_draft_review.send_back_draft,
            d.branch,
            text,
            keep=(d.branch, "send back", text),
        )

    def approve(self) -> None:
        d = self.current
        if d is None or self.bar.busy:
            return
        site = getattr(self.bar.window_, "site", None)
        author = self._author()  # asked once: an empty answer is not asked again below
        if author is None:
            return  # the name question was cancelled: not approved
        try:
            rule = sync_drafts.own_draft_rule(self.root, d, author or None, self.bar._email())
            findings = sync_draft_review.draft_findings(self.root, d, site)
        except READ_ERRORS as exc:
            QMessageBox.warning(self, tr("Drafts"), str(exc))
            return
        if rule == sync_drafts.REFUSE:  # the site's review settings leave it to another person
            self.message.setText(str(sync_drafts.OwnDraftRefused(rule, d)))
            return
        if rule == sync_drafts.ASK and not self.ask_own_approval(self, d.title):
            return
        anyway, reason = False, ""
        if findings.blockers or findings.warnings:  # warnings said first; the rest hold it back
            choice = self.ask_approval(self, d.title, findings)
            if choice is None:
                return
            anyway, reason = choice
            anyway = anyway and bool(findings.blockers)

        def start(_look_failed: str) -> bool:  # Approve runs offline, shared later
            if self.bar.busy:  # begun while the dialog's look at the server ran
                self.message.setText(tr("Another sharing step is running: try again in a moment."))
                return False
            self._enable(False)
            approving = tr("Approving “{title}”…").format(title=d.title)
            self.message.setText(approving)
            self._tick_while(approving)
            self.bar.approve_draft(
                d.branch,
                done=partial(self._approved, title=self.shown_title(d)),
                anyway=anyway,
                reason=reason,
                author=author or None,
                failed=self._approve_failed,
                own=rule is not None,
                seen=d.commit,  # the version shown: one sent again since is not approved unseen
                findings={d.path: findings},  # Check's run for the question is the approval's
            )
            return False

        self.after_asking(start)

    def _approve_failed(self, reason: str) -> None:
        """Not approved: said, and the drafts listed again (a version sent since shows)."""
        self._stop_ticking()
        d = self.current
        self.fill(keep=d.branch if d is not None else None)
        self._failed(reason)

    def _approved(self, result: Any, title: str = "") -> None:
        self._stop_ticking()
        self.fill()
        text = result.said(warnings=True)  # approved with Check's warnings: said here
        if title:
            # The line names the one approved: the next draft shown now, it read as said of
            # that one (a guide's German page approved, its Persian one shown); the last one
            # gone from the list, nothing else said which.
            text = tr("“{title}”: {result}").format(title=title, result=text[:1].lower() + text[1:])
        if not self.drafts:  # the last one: said, so no one looks for another
            text += tr(". No other draft waits.")
        self.message.setText(text)
