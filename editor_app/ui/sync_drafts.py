"""Drafts sent for review on branches: the list, what each changes, its notes, and the
decisions: Approve and share, Send back…, Add note….

For sites that send drafts on their own branch (docs/SHARING.md). The drafts are read from the
branches without switching to them (`core/sync_drafts.py`); notes and send back are made by
the review core on the draft where it waits (`core/sync_draft_review.py`), with the review
window's own questions (its Add note, Send back and Approve boxes; `sync_draft_decisions.py`);
every step that talks to the server runs off the UI thread, through the Sharing bar.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor_app.core import sync_draft_review, sync_drafts
from editor_app.core.page_names import told_apart, with_title
from editor_app.ui.review.lines_as_they_read import read_lines_as_they_read
from editor_app.ui.sync_draft_decisions import (
    READ_ERRORS,
    DraftDecisionsMixin,
)
from editor_app.ui.sync_draft_marks import mark_notes
from editor_app.ui.sync_draft_notes_list import DraftNotesListMixin
from editor_app.ui.translation import translator

tr = translator("DraftsDialog")


class DraftsDialog(DraftNotesListMixin, DraftDecisionsMixin, QDialog):
    """The drafts waiting on review branches; pick one to see what it changes and its notes;
    Approve and share, Send back…, Add note…."""

    def __init__(self, bar: Any, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Drafts sent for review"))
        self.bar = bar
        self.root = root
        self.drafts: list[sync_drafts.Draft] = []
        self.reviews: list[sync_draft_review.DraftReview | None] = []
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Drafts"))
        read_lines_as_they_read(self.list)  # a Persian title at the right, its "sent by" line at the left
        self.list.currentRowChanged.connect(self._show)
        self.changes = QTextBrowser()
        self.changes.setAccessibleName(tr("What the draft changes"))
        # Shown while nothing is listed (the last one approved): said, not a blank pane.
        self.changes.setPlaceholderText(
            tr("No draft is waiting for review. Drafts others send for review show here.")
        )
        self.changes.selectionChanged.connect(self._name_note_button)
        self.notes_label = QLabel(tr("Review notes"))
        self.notes = QListWidget()
        self.notes.setAccessibleName(tr("Review notes on the draft"))
        read_lines_as_they_read(self.notes)
        self.notes_label.setBuddy(self.notes)
        self._busy = False
        self._asking = False  # the dialog's own look at the server runs
        self._waiting_step: Callable[[str], bool] | None = None  # a step clicked meanwhile
        self._asked_at = 0.0  # when the look began (time.monotonic)
        # While a step waits for the look, the seconds it has waited are said each second
        # (the mixin's one ticker, which also says how long a running step has run).
        # The failed look's line ("The server could not be reached…"): said again with each
        # draft picked while the dialog is offline, not only until another one is picked.
        self._offline_said = ""
        self.notes.currentRowChanged.connect(lambda _row: self._name_suggestion_buttons())
        self.notes.currentRowChanged.connect(lambda _row: self._name_resolve_button())
        # A note chosen in the list: marked as resolved (or open again) on the draft's branch,
        # as the Approve dialog asks ("Resolve them first").
        self.resolve_button = QPushButton(tr("Mark as resolved"))
        self.resolve_button.clicked.connect(self.resolve_note)
        self.resolve_button.setVisible(False)
        # A suggested edit chosen in the list: decided here, on the draft's branch.
        self.accept_button = QPushButton(tr("Accept"))
        self.accept_button.setToolTip(tr("Make the chosen suggested edit in the draft"))
        self.accept_button.clicked.connect(self.accept_suggestion)
        self.reject_button = QPushButton(tr("Reject"))
        self.reject_button.setToolTip(tr("Turn the chosen suggested edit down: the draft stays"))
        self.reject_button.clicked.connect(self.reject_suggestion)
        head = QHBoxLayout()
        head.addWidget(self.notes_label, 1)
        head.addWidget(self.resolve_button)
        head.addWidget(self.accept_button)
        head.addWidget(self.reject_button)
        notes_box = QWidget()
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addLayout(head)
        notes_layout.addWidget(self.notes, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.changes)
        right.addWidget(notes_box)
        right.setSizes([320, 140])
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.note_button = QPushButton(tr("Add note…"))
        self.note_button.setToolTip(
            tr(
                "A note sent to its author: on the words selected in the draft, else on the "
                "whole page"
            )
        )
        self.note_button.clicked.connect(self.add_note)
        self.send_back_button = QPushButton(tr("Send back…"))
        self.send_back_button.setToolTip(
            tr("Keep it as a draft, with your notes and a message saying what to change.")
        )
        self.send_back_button.clicked.connect(self.send_back)
        self.undo_button = QPushButton(tr("Undo send back"))
        self.undo_button.setToolTip(tr("Take back your send back: its message goes"))
        self.undo_button.clicked.connect(self.undo_last)
        self.undo_button.setVisible(False)
        self.approve_button = QPushButton(tr("Approve and share"))
        self.approve_button.clicked.connect(self.approve)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([260, 520])
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(close)
        buttons.addWidget(self.note_button)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.send_back_button)
        buttons.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.resize(880, 520)
        self.fill()
        self._ask_server()

    def fill(self, keep: str | None = None, drafts: list[sync_drafts.Draft] | None = None) -> None:
        """List the drafts known here (Get latest brings those sent since); `keep`: the
        branch to show again; `drafts`: the queue just read (else read here)."""
        failure = ""
        try:
            self.drafts = sync_drafts.draft_queue(self.root) if drafts is None else drafts
        except READ_ERRORS as exc:
            self.drafts = []
            failure = tr("The drafts could not be read: {why}").format(why=exc)
        self.reviews = []
        self.list.clear()
        for d in self.drafts:
            try:
                seen: sync_draft_review.DraftReview | None = sync_draft_review.draft_review(
                    self.root, d
                )
            except READ_ERRORS as exc:  # git could not read it: said, not hidden
                seen = None
                self.message.setText(str(exc))
            self.reviews.append(seen)
            # This copy's own drafts are listed too: said, so the author does not take one
            # for a draft waiting on them.
            who = tr("you ({name})").format(name=d.sent_by) if d.mine else d.sent_by
            text = tr("{title}\nsent by {who}, {when}").format(
                title=self.shown_title(d), who=who, when=f"{d.sent_at:%d %b %Y %H:%M}"
            )
            if seen is not None and seen.state.decision is not None:
                text += "\n" + seen.state.describe()
            item = QListWidgetItem(text)
            item.setToolTip(f"{d.path} ({d.branch})")
            self.list.addItem(item)
        rows = [i for i, d in enumerate(self.drafts) if d.branch == keep]
        if self.drafts:
            self.list.setCurrentRow(rows[0] if rows else 0)
        else:
            self.changes.setHtml("")
            self.notes.clear()
            self.undo_button.setVisible(False)
            self._name_suggestion_buttons()
            said = failure or tr("No draft is waiting for review.")
            if self._offline_said:
                said = f"{self._offline_said} {said}"
            self.message.setText(said)
        self._enable(True)

    def _enable(self, on: bool) -> None:
        for button in (
            self.approve_button,
            self.send_back_button,
            self.note_button,
            self.undo_button,
        ):
            button.setEnabled(on and bool(self.drafts))
        self._busy = not on
        self._name_suggestion_buttons()
        self._name_resolve_button()

    def shown_title(self, d: sync_drafts.Draft) -> str:
        """The draft's title, with its file when another draft listed has that title (a guide
        page and its Pidgin copy, both "Best Practices for Maintainers"), as every list tells
        such pages apart (page_names.told_apart)."""
        which = told_apart([(other.title, other.path) for other in self.drafts])
        paths = {other.path: which.get(at) for at, other in enumerate(self.drafts)}
        return with_title(d.title, paths.get(d.path))

    @property
    def current(self) -> sync_drafts.Draft | None:
        row = self.list.currentRow()
        return self.drafts[row] if 0 <= row < len(self.drafts) else None

    def show_branch(self, branch: str) -> bool:
        """Show the draft waiting on `branch` (the review queue's "open the newer draft")."""
        rows = [i for i, d in enumerate(self.drafts) if d.branch == branch]
        if rows:
            self.list.setCurrentRow(rows[0])
        return bool(rows)

    def _show(self, row: int) -> None:
        d = self.current
        if d is None:  # none left (the last one approved): nothing of it stays shown
            self.changes.clear()
            self.notes.clear()
            self.notes_label.setText(tr("No review notes"))
            self._name_suggestion_buttons()
            self._name_resolve_button()
            return
        diff = None
        try:
            diff = sync_drafts.draft_diff(self.root, d)
            self.changes.setHtml(diff.to_html())
        except READ_ERRORS as exc:
            self.changes.setPlainText(tr("The draft could not be read: {why}").format(why=exc))
        seen = self.reviews[row] if row < len(self.reviews) else None
        self._own = self.is_own(d)
        notes, suggestions = self._list_notes(d, seen)
        # The words open notes are on, marked in the comparison as the review window does:
        # each at its own place in the draft.
        noted = [n for n in notes if not n.resolved and n.quote]
        body = seen.body if seen is not None and diff is not None else None
        mark_notes(self.changes, diff, body, noted)
        # A page without a status field (an Eleventy post) has none to show: "none" read as
        # a state of the draft.
        words = [tr("Status: {status}").format(status=d.status)] if d.status else []
        if seen is not None and seen.state.decision is not None:
            words.append(seen.state.describe())
        if self._own and any(s.is_open for s in suggestions):
            # The author answers suggested edits in their own copy, not with the editor's
            # buttons (which could also take back the editor's accept).
            words.append(
                tr("Your own draft: answer its suggested edits in the page's review notes")
            )
        self._show_undo(d, seen)
        if self._offline_said:
            words.insert(0, self._offline_said)
        self.message.setText(" · ".join(words))
