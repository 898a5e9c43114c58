"""The review screen's decisions: approve (behind the approval gate), send back, undo
(suggested edits: `suggesting.py`). Mixed into `ReviewPanel`, whose widgets and signals these
methods use (`current`, `site`, `schema`, `undo_button`...)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from editor_app.core import review
from editor_app.core.document import FrontMatterError
from editor_app.ui.review.approve_dialog import (
    ApproveDialog,
    ask_own_change_approval,
    ask_publish_draft,
    send_back_dialog,
)

if TYPE_CHECKING:
    _Base = Any
else:
    _Base = object


class DecisionsMixin(_Base):
    """Approve, send back and undo, for the ReviewPanel."""

    def _build_decisions(self) -> QHBoxLayout:
        """The row under the page: Open in editor, and Undo, Send back…, Approve."""
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setToolTip(self.tr("Set the status to its final value and save."))
        self.approve_button.clicked.connect(self.approve_current)
        self.send_back_button = QPushButton(self.tr("Send back…"))
        self.send_back_button.setToolTip(
            self.tr("Keep it as a draft, with your notes for the author.")
        )
        self.send_back_button.clicked.connect(self.send_back_current)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setEnabled(False)
        self.undo_button.setToolTip(self.tr("Undo the last Approve or Send back"))
        self.undo_button.clicked.connect(self.undo_last_decision)
        self.open_button = QPushButton(self.tr("Open in editor"))
        self.open_button.clicked.connect(self._open_current)
        self.newer_button = QPushButton(self.tr("Open the newer draft…"))
        self.newer_button.setToolTip(
            self.tr("Review the draft waiting on its review branch, in Drafts")
        )
        self.newer_button.setVisible(False)
        self.newer_button.clicked.connect(self._open_newer_draft)
        # An approved Jekyll draft answered "Later" when offered to publish: published from
        # here, not by approving it again.
        self.publish_button = QPushButton(self.tr("Publish…"))
        self.publish_button.setToolTip(
            self.tr("Move the approved draft from _drafts to _posts: it goes on the site.")
        )
        self.publish_button.setVisible(False)
        self.publish_button.clicked.connect(self.publish_current)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.newer_button)
        row.addWidget(self.undo_button)
        row.addWidget(self.send_back_button)
        row.addWidget(self.approve_button)
        row.addWidget(self.publish_button)
        return row

    def _open_newer_draft(self) -> None:
        item = self.current
        if item is not None and item.newer_draft is not None:
            self.newerDraftRequested.emit(item.newer_draft.branch)

    def _show_gate(self) -> None:
        """Say on the Approve button whether something is still open (the dialog lists it);
        offer Publish… for a Jekyll draft approved (and unchanged since)."""
        item, store = self.current, self.notes.store
        jekyll_draft = item is not None and review.in_jekyll_drafts(
            item.collection, getattr(self.site, "generator", None)
        )
        publish = (
            jekyll_draft
            and item is not None
            and item.state == review.APPROVED
            and item.newer_draft is None
        )
        # In Approve's place: approved and unchanged since, there is nothing to approve again
        # (and a row of five buttons would take the queue's half of a narrow window).
        self.publish_button.setVisible(publish)
        self.approve_button.setVisible(not publish)
        open_items = 0
        if item is not None:
            open_items = item.errors
            if store is not None:
                open_items += len(store.open_notes()) + len(store.open_suggestions())
        # Check's warnings, said first; counted beside what is open, as the dialog lists both.
        warned = item.problems - item.errors if item is not None else 0
        warnings = (
            self.tr("1 warning")
            if warned == 1
            else self.tr("%1 warnings").replace("%1", str(warned))
        )
        if open_items:
            counted = self.tr("%1 open").replace("%1", str(open_items))
            if warned:
                counted = self.tr("%1, %2").replace("%1", counted).replace("%2", warnings)
            self.approve_button.setText(self.tr("Approve… (%1)").replace("%1", counted))
            self.approve_button.setToolTip(
                self.tr(
                    "Errors, open notes or open suggestions remain: Approve lists them, and "
                    "approving anyway needs a reason."
                )
                + (self.tr(" Check's warnings are listed too.") if warned else "")
            )
        elif warned:
            self.approve_button.setText(self.tr("Approve… (%1)").replace("%1", warnings))
            self.approve_button.setToolTip(
                self.tr("Check warns about this page: Approve lists what, before approving.")
            )
        elif jekyll_draft:
            # Jekyll publishes a draft only once it is moved to _posts: Approve records the
            # decision and leaves the file as it is.
            self.approve_button.setText(self.tr("Approve"))
            self.approve_button.setToolTip(
                self.tr(
                    "Everything is checked: record your approval. The page goes on the site "
                    "once it is moved from _drafts to _posts."
                )
            )
        else:
            self.approve_button.setText(self.tr("Approve"))
            self.approve_button.setToolTip(
                self.tr("Everything is checked: set the status to its final value and save.")
            )

    @classmethod
    def ask_approval(
        cls, parent: QWidget, title: str, findings: review.ApprovalFindings
    ) -> tuple[bool, str] | None:
        """Show what is still open and what Check warns about; None when cancelled, else
        (anyway, reason) (tests replace this)."""
        dialog = ApproveDialog(title, findings, parent)
        dialog.exec()
        return dialog.result_choice()

    @classmethod
    def ask_own_approval(cls, parent: QWidget, title: str) -> bool:
        """Asked before a reviewer approves a page whose last change is their own (the site's
        default; tests replace this)."""
        return ask_own_change_approval(parent, title)

    def _sharing_email(self) -> str | None:
        """The e-mail Share signs with (the app's), so a change shared under it is one's own."""
        from editor_app.ui.sync_identity import sharing_email

        settings = getattr(self, "settings", None)
        return sharing_email(settings) if settings is not None else None

    def approve_current(self) -> bool:
        """Approve the page (behind the approval gate) through the lossless document model."""
        item = self.current
        if item is None or not self.may_change_file(item.path):
            return False
        author = self._author()
        if author is None:
            return False  # the name question was cancelled: nothing approved
        anyway, reason = False, ""
        try:
            root = getattr(self.site, "root", None)
            own_rule = review.own_change_rule(item.path, author, root, self._sharing_email())
            findings = review.approval_findings(item.path, self.site, self.schema)
        except (FrontMatterError, OSError) as exc:
            self._error(self.tr("This page could not be approved: %1").replace("%1", str(exc)))
            return False
        if own_rule == review.OWN_REFUSE:  # the site leaves it to another person
            who = review.last_change_by(item.path) or author
            self._error(str(review.OwnChangeRefused(own_rule, item.title, who)))
            return False
        if own_rule == review.OWN_ASK and not self.ask_own_approval(self, item.title):
            return False
        if findings.blockers or findings.warnings:  # warnings said first; errors hold it back
            choice = self.ask_approval(self, item.title, findings)
            if choice is None:
                return False
            anyway, reason = choice
            anyway = anyway and bool(findings.blockers)
        try:
            review.approve(
                item.path,
                self.site,
                self.schema,
                self.snapshots,
                anyway=anyway,
                reason=reason,
                author=author,
                own=own_rule is not None,
                findings=findings,  # Check ran for the question: not again on the same page
            )
        except review.NewerDraftWaits as exc:  # the core's words, with this window's way there
            self._error(self._newer_draft_said(exc, self.tr("This page could not be approved")))
            return False
        except (review.ReviewError, FrontMatterError, ValueError, OSError) as exc:
            self._error(self.tr("This page could not be approved: %1").replace("%1", str(exc)))
            return False
        self._decided(item, self.tr("Undo approval"), self.tr("Undo approval of “%1”"))
        self.approved.emit(item.path)
        if review.in_jekyll_drafts(item.collection, getattr(self.site, "generator", None)):
            self._offer_publish(item)
        self.refresh()
        return True

    @classmethod
    def ask_publish(cls, parent: QWidget, title: str, target: str) -> bool:
        """Ask whether to publish an approved Jekyll draft now (tests replace this)."""
        return ask_publish_draft(parent, title, target)

    def publish_current(self) -> bool:
        """Publish… of an approved Jekyll draft: asked as after approving, then moved."""
        item = self.current
        if item is None or not self.may_change_file(item.path):
            return False
        self._offer_publish(item)
        self.refresh()
        return True

    def _offer_publish(self, item: Any) -> None:
        """After approving a Jekyll draft: move it into _posts if the editor says so."""
        try:
            target = review.published_path(item.path)
        except review.ReviewError:
            return
        if not self.ask_publish(self, item.title, f"_posts/{target.name}"):
            return
        try:
            moved = review.publish_draft(item.path, self.site, snapshots=self.snapshots)
        except review.NotApproved as exc:  # the core's words, with this window's way to approve
            why = exc.said(self.tr("press Approve"))
            self._error(self.tr("“%1”: %2.").replace("%1", item.title).replace("%2", why))
            return
        except (review.ReviewError, OSError) as exc:
            self._error(self.tr("The draft could not be published: %1").replace("%1", str(exc)))
            return
        self.published.emit(item.path, moved)

    @classmethod
    def ask_send_back_note(cls, parent: QWidget, text: str = "") -> str | None:
        """Ask for an optional message to the author (`text`: what was written before and not
        sent); None when cancelled (tests replace this)."""
        box = send_back_dialog(parent, text)
        return box.textValue() if box.exec() else None

    def send_back_current(self) -> bool:
        item = self.current
        if item is None:
            return False
        author = self._author()  # first: cancelling it loses no message typed
        if author is None:
            return False  # the name question was cancelled
        message = self.ask_send_back_note(self)
        if message is None:
            return False
        try:
            review.send_back(item.path, message, author)
        except review.NewerDraftWaits as exc:
            self._error(self._newer_draft_said(exc, self.tr("The message could not be saved")))
            return False
        except (review.ReviewError, OSError) as exc:
            self._error(self.tr("The message could not be saved: %1").replace("%1", str(exc)))
            return False
        self.notes.set_document(item.path, self._body)
        self._decided(item, self.tr("Undo send back"), self.tr("Undo send back of “%1”"))
        self.sentBack.emit(item.path)
        self.refresh()  # the queue shows it as sent back
        return True

    def _newer_draft_said(self, exc: review.NewerDraftWaits, lead: str) -> str:
        """The core's refusal naming this window's way to the newer draft, not the command's."""
        return f"{lead}: {exc.said(self.tr('Drafts (Sharing bar)'))}"

    def _decided(self, item: review.QueueItem, undo_text: str, whole: str) -> None:
        self.last_decided = item.path
        # The page's title in the tip alone: on the button even a clipped one widened the
        # page's side past its half at 1024 wide, eliding the queue's columns.
        self._undo_said = (undo_text, whole.replace("%1", item.title))
        self._show_undo()

    def _show_undo(self) -> None:
        """Offer Undo of the last decision beside its own page, or while that page has left
        the queue (approved: the next one is shown); beside another page of the queue it read
        as about that page ("Undo send back" by a page never sent back)."""
        path, item = self.last_decided, self.current
        waiting = path is not None and any(
            self.model.item(row).path == path for row in range(self.model.rowCount())
        )
        offered = path is not None and (not waiting or (item is not None and item.path == path))
        if offered:
            text, tip = self._undo_said
        else:
            text, tip = self.tr("Undo"), self.tr("Undo the last Approve or Send back")
        self.undo_button.setText(text)
        self.undo_button.setToolTip(tip)
        self.undo_button.setEnabled(offered)

    def undo_last_decision(self) -> bool:
        """Undo the last Approve or Send back made here (the page's values come back)."""
        path = self.last_decided
        if path is None or not self.may_change_file(path):
            return False
        author = self._author()
        if author is None:
            return False  # the name question was cancelled
        try:
            review.undo_last(path, author, self.site)
        except (review.ReviewError, FrontMatterError, ValueError, OSError) as exc:
            self._error(self.tr("The decision could not be undone: %1").replace("%1", str(exc)))
            return False
        self.last_decided = None
        self._show_undo()
        self._select_after_refresh = path
        self.undone.emit(path)
        self.refresh()
        return True
