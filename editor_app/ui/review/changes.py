"""What changed on one page: the comparison chooser, the side-by-side diff, "Mark as reviewed"."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor_app.core import review
from editor_app.core.gitutil import GitError
from editor_app.ui.review.common import _when


class ChangesView(QWidget):
    """The "What changed" tab: the latest change, between two versions, or since reviewed.

    The comparison itself is made by the core (`review.History`); this only shows its HTML.
    """

    failed = Signal(str)  # a plain message for the user (the reviewed copy could not be kept)

    COMPARE_COMMIT, COMPARE_REVIEWED, COMPARE_COMMITS, COMPARE_DRAFT = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history: review.History | None = None
        # (site folder, sync_drafts.Draft): a newer draft of the page waits on a review branch.
        self.newer_draft: tuple[Any, Any] | None = None
        self.compare_combo = QComboBox()
        self.compare_combo.setAccessibleName(self.tr("Compare with"))
        self.compare_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.compare_combo.currentIndexChanged.connect(self._on_compare_mode)
        self.from_combo = QComboBox()
        self.from_combo.setAccessibleName(self.tr("Older version"))
        self.to_combo = QComboBox()
        self.to_combo.setAccessibleName(self.tr("Newer version"))
        for combo in (self.from_combo, self.to_combo):
            # Commit subjects can be long: the lists keep a width of their own, not theirs.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.from_combo.currentIndexChanged.connect(self.show_diff)
        self.to_combo.currentIndexChanged.connect(self.show_diff)
        self.mark_button = QPushButton(self.tr("Mark as reviewed"))
        self.mark_button.setToolTip(
            self.tr("Remember this version, so next time you see only what changed after it.")
        )
        self.mark_button.clicked.connect(self.mark_reviewed)
        self.diff_view = QTextBrowser()
        self.diff_view.setAccessibleName(self.tr("What changed"))
        self.diff_view.setOpenLinks(False)
        compare_row = QHBoxLayout()
        compare_row.addWidget(QLabel(self.tr("Compare:")))
        compare_row.addWidget(self.compare_combo)
        compare_row.addStretch(1)
        compare_row.addWidget(self.mark_button)
        # Between two commits: which two, on a row of their own (on the row above they made
        # the pane wider than its share of a small screen).
        self.from_label = QLabel(self.tr("from"))
        self.to_label = QLabel(self.tr("to"))
        between_row = QHBoxLayout()
        between_row.addWidget(self.from_label)
        between_row.addWidget(self.from_combo, 1)
        between_row.addWidget(self.to_label)
        between_row.addWidget(self.to_combo, 1)
        for w in (self.from_label, self.from_combo, self.to_label, self.to_combo):
            w.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(compare_row)
        layout.addLayout(between_row)
        layout.addWidget(self.diff_view, 1)

    def set_history(
        self, history: review.History | None, newer_draft: tuple[Any, Any] | None = None
    ) -> None:
        """Compare the versions of this page (None: no page chosen); `newer_draft`: (site
        folder, draft) when a newer draft of it waits on a review branch, shown first."""
        self.history = history
        self.newer_draft = newer_draft if history is not None else None
        if history is None:
            self.diff_view.clear()
            return
        self._fill_compare()

    def _fill_compare(self) -> None:
        history = self.history
        self.compare_combo.blockSignals(True)
        self.compare_combo.clear()
        if self.newer_draft is not None:
            # What the editor should read: the draft, not this out-of-date shared copy.
            self.compare_combo.addItem(self.tr("The newer draft"), self.COMPARE_DRAFT)
        if history is not None and history.uses_git:
            self.compare_combo.addItem(self.tr("Latest change"), self.COMPARE_COMMIT)
            self.compare_combo.addItem(self.tr("Between two versions"), self.COMPARE_COMMITS)
        self.compare_combo.addItem(
            self.tr("Since I last marked it reviewed"), self.COMPARE_REVIEWED
        )
        self.compare_combo.blockSignals(False)
        commits = history.commits() if history is not None else []
        for combo in (self.from_combo, self.to_combo):
            combo.blockSignals(True)
            combo.clear()
        self.to_combo.addItem(self.tr("Now (the file as it is)"), None)
        for c in commits:
            text = f"{_when(c.date)} · {c.subject} ({c.author})"
            self.from_combo.addItem(text, c.sha)
            self.to_combo.addItem(text, c.sha)
        # Default range: the previous commit to the latest one.
        if len(commits) > 1:
            self.from_combo.setCurrentIndex(1)
            self.to_combo.setCurrentIndex(1)
        for combo in (self.from_combo, self.to_combo):
            combo.blockSignals(False)
        self._on_compare_mode()

    def _on_compare_mode(self, *_args: Any) -> None:
        between = self.compare_combo.currentData() == self.COMPARE_COMMITS
        for w in (self.from_label, self.from_combo, self.to_label, self.to_combo):
            w.setVisible(between)
        self.show_diff()

    def set_compare_commits(self, older: str, newer: str | None) -> None:
        """Compare two commits (newer None: the file as it is now)."""
        self.compare_combo.setCurrentIndex(self.compare_combo.findData(self.COMPARE_COMMITS))
        self.from_combo.setCurrentIndex(self.from_combo.findData(older))
        self.to_combo.setCurrentIndex(self.to_combo.findData(newer))
        self.show_diff()

    def show_diff(self, *_args: Any) -> None:
        """Compute the chosen comparison in the core and show its HTML."""
        history = self.history
        if history is None:
            return
        mode = self.compare_combo.currentData()
        note = ""
        try:
            if mode == self.COMPARE_DRAFT and self.newer_draft is not None:
                from editor_app.core import sync_drafts

                root, draft = self.newer_draft
                diff = sync_drafts.draft_diff(root, draft)
                note = (
                    self.tr(
                        "A newer draft of this page, sent by %1 (%2), waits on its review "
                        "branch. Shown: what it changes in the shared copy listed here. Review "
                        "it with “Open the newer draft…”."
                    )
                    .replace("%1", draft.sent_by)
                    .replace("%2", _when(draft.sent_at))
                )
            elif mode == self.COMPARE_COMMIT:
                diff, commit = history.latest_change()
                if commit is not None:
                    # Others' changes arrive in history (Get latest): show the last one.
                    note = (
                        self.tr(
                            "Nothing changed since the page's last version in history. Shown: "
                            "its last change, by %1 (%2, “%3”). Choose “Between two versions” "
                            "to see earlier changes."
                        )
                        .replace("%1", commit.author)
                        .replace("%2", _when(commit.date))
                        .replace("%3", commit.subject)
                    )
                elif not diff.changed:
                    note = self.tr("This page has not changed since it was first kept.")
            elif mode == self.COMPARE_COMMITS:
                older = self.from_combo.currentData()
                if older is None:
                    diff = None
                    note = self.tr("This page has no earlier version to compare with.")
                else:
                    diff = history.between(older, self.to_combo.currentData())
            else:
                diff = history.since_reviewed()
                if diff is None:
                    note = self.tr(
                        "You have not marked this page as reviewed yet, so there is nothing to "
                        "compare with. Read it in “Text and notes”, then press “Mark as reviewed”: "
                        "next time you will see only what changed after that."
                    )
        except (OSError, ValueError, GitError) as exc:  # git could not read a version
            diff, note = None, self.tr("The versions could not be read: %1").replace("%1", str(exc))
        html = f"<p>{escape(note)}</p>" if note else ""  # a commit's subject may hold <
        if diff is not None and (diff.changed or not note):
            html += diff.to_html()
        self.diff_view.setHtml(html)

    def mark_reviewed(self) -> None:
        """Keep the page as it is now as the reviewed version."""
        if self.history is None:
            return
        try:
            self.history.mark_reviewed()
        except OSError as exc:
            self.failed.emit(
                self.tr("The reviewed copy could not be kept: %1").replace("%1", str(exc))
            )
            return
        self.show_diff()
