"""The review screen: the queue on the left; what changed, notes and report on the right.
The queue's building: `queue_loading.py`; the decisions: `decisions.py`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.core.page_language import site_page_language, writes_right_to_left
from editor_app.ui.review.changes import ChangesView
from editor_app.ui.review.common import (
    OneLineLabel,
    _count,
)
from editor_app.ui.review.decisions import DecisionsMixin
from editor_app.ui.review.queue_loading import QueueLoadingMixin
from editor_app.ui.review.queue_view import QueueView
from editor_app.ui.review.report import ReportView
from editor_app.ui.review.suggesting import SuggestingMixin
from editor_app.ui.review.text_notes import TextNotesView
from editor_app.ui.workers import JobRunner


class ReviewPanel(QueueLoadingMixin, DecisionsMixin, SuggestingMixin, QWidget):
    """The review screen: queue on the left; what changed, notes and report on the right."""

    approved = Signal(Path)  # the file was changed on disk (status set to final)
    sentBack = Signal(Path)
    openRequested = Signal(Path)  # "Open in editor"
    queueLoaded = Signal(int)
    pageChanged = Signal(Path)  # a suggested edit was accepted: the file changed on disk
    undone = Signal(Path)  # the last decision on this page was undone (the file may change)
    published = Signal(Path, Path)  # a Jekyll draft moved into _posts: (old path, new path)
    # "Open the newer draft…": the row is the shared copy; the draft waits on this branch.
    newerDraftRequested = Signal(str)

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.site: Any = None
        self.schema: Any = None
        self.snapshots = review.SnapshotStore()
        self.history: review.History | None = None
        self.current: review.QueueItem | None = None
        self._body = ""
        self.jobs = JobRunner(1, self)
        # Asked before a decision changes a file (the main window checks for unsaved edits).
        self.may_change_file = lambda path: True
        self.last_decided: Path | None = None  # the page of the last decision made here
        self._undo_said = ("", "")  # its Undo button's words and tip
        self._select_after_refresh: Path | None = None
        self._listing = False  # the queue is being built
        self.drafts_on_branches = 0  # drafts waiting on review branches, beside the queue
        self._build()

    # -- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        self.queue = QueueView()
        self.queue.refreshRequested.connect(self.refresh)
        self.queue.currentChanged.connect(self._show_item)
        self.queue.activated.connect(self._open_current)
        # The parts tests and the main window reach directly.
        self.model, self.proxy, self.table = self.queue.model, self.queue.proxy, self.queue.table
        self.filter_edit = self.queue.filter_edit
        self.problems_only = self.queue.problems_only
        self.refresh_button = self.queue.refresh_button
        self.queue_label = self.queue.queue_label

        # What changed
        self.changes = ChangesView()
        self.changes.failed.connect(self._error)
        # The parts tests and the window reach directly.
        self.diff_view = self.changes.diff_view
        self.compare_combo = self.changes.compare_combo
        self.from_combo = self.changes.from_combo
        self.to_combo = self.changes.to_combo
        self.mark_button = self.changes.mark_button

        # Text and notes
        self.text_notes = TextNotesView(self.settings)
        self.text_notes.selectionChanged.connect(self._update_buttons)
        self.text_notes.passageShown.connect(lambda: self.tabs.setCurrentIndex(1))
        self.text_notes.notes.notesChanged.connect(lambda _p: self._update_buttons())
        self.text_notes.add_note_button.clicked.connect(self.add_note_on_selection)
        self.text_notes.suggest_button.clicked.connect(self.suggest_on_selection)
        suggestions = self.text_notes.notes.suggestions
        suggestions.may_change_file = lambda path: self.may_change_file(path)
        suggestions.author = self._author
        suggestions.fileChanged.connect(self._after_page_changed)
        self.text_view, self.notes = self.text_notes.text_view, self.text_notes.notes
        self.add_note_button = self.text_notes.add_note_button
        self.author_edit = self.text_notes.author_edit

        # Report
        self.report = ReportView(self.jobs)
        self.report.failed.connect(self._error)
        self.report.reportRequested.connect(lambda whole: self.make_report(whole_queue=whole))
        self.report_view = self.report.report_view
        self.report_one_button = self.report.report_one_button
        self.report_all_button = self.report.report_all_button
        self.pdf_button = self.report.pdf_button

        self.tabs = QTabWidget()
        self.tabs.addTab(self.changes, self.tr("What changed"))
        self.tabs.addTab(self.text_notes, self.tr("Text and notes"))
        self.tabs.addTab(self.report, self.tr("Report"))

        # One line each, so choosing a page never moves the tabs below them.
        self.title_label = OneLineLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.detail_label = OneLineLabel()
        decide_row = self._build_decisions()

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title_label)
        right_layout.addWidget(self.detail_label)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addLayout(decide_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.queue)
        self.splitter.addWidget(right)
        # Half each: at 1024 wide the queue's Review column then shows "changed since sent
        # back" whole beside title, status and author (with two fifths it was cut).
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([700, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.setFocusProxy(self.table)
        self._show_item(None)

    # -- one document ----------------------------------------------------------------------
    def _show_item(self, item: review.QueueItem | None) -> None:
        self.current = item
        if item is None:
            self.history = None
            self._body = ""
            if self.model.rowCount() == 0 and self.site is not None and not self._listing:
                # The line under the queue says why nothing waits (and of drafts on branches).
                self.title_label.setText(self.tr("No page waits for review"))
                self.detail_label.setText("")
            else:
                self.title_label.setText(self.tr("No page chosen"))
                self.detail_label.setText(self.tr("Choose a page in the queue to review it."))
            self.changes.set_history(None)
            self.text_notes.set_page(None, "")
            self._update_buttons()
            return
        self.title_label.setText(item.title)
        parts = [item.relative, self.tr("status: %1").replace("%1", item.status)]
        if item.state != review.WAITING:
            # A Persian reason set apart: cut short, its "…" stays at its own end.
            reason = review.isolate(item.state_reason)
            parts.append(self.tr(item.state_said) + (f": {reason}" if reason else ""))
        if item.problems:
            parts.append(_count(self, item.problems, "1 problem", "%1 problems"))
        if item.newer_draft is not None:
            # The words shown are the shared copy's, out of date: said first, in full.
            parts.insert(0, self.tr("Out of date. ") + self.tr(item.newer_draft_text))
        self.detail_label.setText(" · ".join(parts))
        self.detail_label.setToolTip(" · ".join(parts))
        self.history = review.History(item.path, self.snapshots)
        right_to_left = False
        try:
            doc = Document.load(item.path)
            body = doc.body
            # A Persian page's lines at the right, as the editor and the preview show them.
            language = site_page_language(self.site, doc.front_matter, item.path)
            right_to_left = writes_right_to_left(language)
        except OSError as exc:
            body = ""
            self.detail_label.setText(
                self.tr("This file cannot be read: %1").replace("%1", str(exc))
            )
        self._body = body
        labels = review.setting_labels(self.schema, item.collection)
        self.text_notes.set_page(item.path, body, labels, right_to_left=right_to_left)
        newer = item.newer_draft
        self.changes.set_history(
            self.history, (self.site.root, newer) if newer is not None and self.site else None
        )
        self._update_buttons()

    def set_compare_commits(self, older: str, newer: str | None) -> None:
        """Compare two commits (newer None: the file as it is now)."""
        self.changes.set_compare_commits(older, newer)

    def show_diff(self, *_args: Any) -> None:
        """Show the chosen comparison of the page again."""
        self.changes.show_diff()

    def mark_reviewed(self) -> None:
        self.changes.mark_reviewed()

    # -- notes -----------------------------------------------------------------------------
    def _author(self) -> str | None:
        """The reviewer's name; None when the name question is cancelled."""
        return self.text_notes.author()

    @classmethod
    def ask_note_text(cls, parent: QWidget, quote: str) -> str | None:
        """Ask for the text of a note (tests replace this)."""
        from editor_app.ui.dialogs import NoteDialog  # its whole title, and the words noted

        page = getattr(getattr(parent, "current", None), "title", "") or ""
        title = (
            parent.tr("Add review note on “%1”").replace("%1", str(page))
            if page
            else parent.tr("Add review note")
        )
        return NoteDialog.ask(parent, title, quote)

    def add_note_on_selection(self) -> review.Note | None:
        """Attach a note to the words selected in the text (or to the whole page)."""
        if self.current is None:
            return None
        body = self._body
        start, end = self.text_notes.word_selection()
        author = self._author()  # first: cancelling it loses no words typed
        if author is None:
            return None  # the name question was cancelled
        text = self.ask_note_text(self, body[start:end])
        if not text:
            return None
        try:
            return self.notes.add_note(start, end, text, author)
        except OSError as exc:
            self._error(self.tr("The note could not be saved: %1").replace("%1", str(exc)))
            return None

    def _open_current(self) -> None:
        if self.current is not None:
            self.openRequested.emit(self.current.path)

    # -- report ----------------------------------------------------------------------------
    def make_report(self, whole_queue: bool = False) -> None:
        """Build the report (this page, or every page in the queue) in the background."""
        waiting = 0
        if whole_queue:
            paths = self.queue.paths()
            title = self.tr("Review report: the whole queue")
            waiting = self.drafts_on_branches  # not in it: said in it
        elif self.current is not None:
            paths = [self.current.path]
            title = self.tr("Review report: %1").replace("%1", self.current.title)
        else:
            return
        self.tabs.setCurrentIndex(2)
        self.report.make_report(paths, self.site, self.schema, title, waiting)

    @property
    def report_text(self) -> str:
        return self.report.report_text

    def save_report_pdf(self, path: str | None = None) -> Path | None:
        """Print the report to a PDF file."""
        return self.report.save_pdf(path)

    def save_report_html(self, path: str | None = None) -> Path | None:
        """Save the report as a web page."""
        return self.report.save_html(path)

    # -- helpers ---------------------------------------------------------------------------
    def _update_buttons(self, *_args: Any) -> None:
        has = self.current is not None
        # A newer draft waits on a review branch: no decision, note or suggestion on the
        # shared copy's old words; the newer draft is opened instead.
        stale = has and self.current.newer_draft is not None  # type: ignore[union-attr]
        for b in (self.approve_button, self.send_back_button, self.add_note_button):
            b.setEnabled(has and not stale)
        self.open_button.setEnabled(has)
        self.newer_button.setVisible(stale)
        self.text_notes.suggest_button.setEnabled(has and not stale)
        if has and self.text_notes.has_selection():
            self.text_notes.suggest_button.setText(self.tr("Suggest new words…"))
        else:
            self.text_notes.suggest_button.setText(self.tr("Suggest a better setting…"))
        self.report.update_buttons(has, self.model.rowCount() > 0)
        self.mark_button.setEnabled(has and not stale)
        if has and self.text_notes.has_selection():
            self.add_note_button.setText(self.tr("Add note on the selected words…"))
        else:
            self.add_note_button.setText(self.tr("Add note on the whole page…"))
        self._show_gate()
        self._show_undo()

    @classmethod
    def show_error(cls, parent: QWidget, message: str) -> None:
        """Tell the user something went wrong (tests replace this)."""
        QMessageBox.warning(parent, parent.tr("Review"), message)

    def _error(self, message: str) -> None:
        self.show_error(self, message)

    def shutdown(self) -> None:
        """Wait for background work (at close)."""
        self.jobs.shutdown()
