"""Drafts sent for review on branches: the list, what each changes, and Approve.

For sites that send drafts on their own branch (docs/SHARING.md). The drafts are read from the
branches without switching to them (`core/sync_drafts.py`); Approve merges the draft, sets its
status to the final value and shares the result, off the UI thread.
"""

from __future__ import annotations

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

from editor_app.core import sync_drafts
from editor_app.ui.translation import translator

tr = translator("DraftsDialog")


class DraftsDialog(QDialog):
    """The drafts waiting on review branches; pick one to see what it changes; Approve."""

    def __init__(self, bar: Any, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Drafts sent for review"))
        self.bar = bar
        self.root = root
        self.drafts: list[sync_drafts.Draft] = []
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Drafts"))
        self.list.currentRowChanged.connect(self._show)
        self.changes = QTextBrowser()
        self.changes.setAccessibleName(tr("What the draft changes"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.approve_button = QPushButton(tr("Approve and share"))
        self.approve_button.clicked.connect(self.approve)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(self.changes)
        split.setSizes([260, 520])
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(close)
        buttons.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.resize(820, 480)
        self.fill()

    def fill(self) -> None:
        """List the drafts known here (Get latest brings those sent since)."""
        self.drafts = sync_drafts.draft_queue(self.root)
        self.list.clear()
        for d in self.drafts:
            item = QListWidgetItem(
                tr("{title}\nsent by {who}, {when}").format(
                    title=d.title, who=d.sent_by, when=f"{d.sent_at:%d %b %Y %H:%M}"
                )
            )
            item.setToolTip(f"{d.path} ({d.branch})")
            self.list.addItem(item)
        if self.drafts:
            self.list.setCurrentRow(0)
        else:
            self.changes.setHtml("")
            self.message.setText(tr("No draft is waiting for review."))
        self.approve_button.setEnabled(bool(self.drafts))

    @property
    def current(self) -> sync_drafts.Draft | None:
        row = self.list.currentRow()
        return self.drafts[row] if 0 <= row < len(self.drafts) else None

    def _show(self, _row: int) -> None:
        d = self.current
        if d is None:
            return
        self.changes.setHtml(sync_drafts.draft_diff(self.root, d).to_html())
        self.message.setText(tr("Status: {status}").format(status=d.status or tr("none")))

    def approve(self) -> None:
        d = self.current
        if d is None or self.bar.busy:
            return
        self.approve_button.setEnabled(False)
        self.message.setText(tr("Approving “{title}”…").format(title=d.title))
        self.bar.approve_draft(d.branch, done=self._approved)

    def _approved(self, result: Any) -> None:
        self.message.setText(result.message)
        self.fill()
        self.message.setText(result.message)
