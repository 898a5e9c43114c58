"""The "Report" tab: the review report of a page or of the whole queue; print, PDF, web page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.core import review
from editor_app.ui.dialogs import ask_file_to_save
from editor_app.ui.fitting_browser import FittingBrowser
from editor_app.ui.workers import JobRunner


class ReportView(QWidget):
    """Shows the report the core makes (`review.report_html`), and prints or saves it.

    `reportRequested(whole_queue)` asks the review panel which pages to report on; it answers
    with `make_report(paths, site, schema, title)`.
    """

    reportRequested = Signal(bool)
    failed = Signal(str)  # a plain message for the user

    def __init__(self, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.report_text = ""
        self.report_view = FittingBrowser()  # pictures fit: no scrolling sideways
        self.report_view.setAccessibleName(self.tr("Review report"))
        self.report_view.setOpenExternalLinks(False)
        self.report_view.setOpenLinks(False)
        # Said, not a blank pane under greyed buttons: the report is made on request. One
        # short line: the placeholder is not wrapped, and the pane is narrow at 1024 wide.
        self.report_view.setPlaceholderText(self.tr("Press “Report on this page” to see it here."))
        self.report_one_button = QPushButton(self.tr("Report on this page"))
        self.report_one_button.clicked.connect(lambda: self.reportRequested.emit(False))
        self.report_all_button = QPushButton(self.tr("Report on the whole queue"))
        self.report_all_button.clicked.connect(lambda: self.reportRequested.emit(True))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.html_button = QPushButton(self.tr("Save as web page…"))
        self.html_button.clicked.connect(lambda: self.save_html())
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_report)
        row = QHBoxLayout()
        for b in (self.report_one_button, self.report_all_button):
            row.addWidget(b)
        row.addStretch(1)
        # Two rows: five buttons in one would make the window wider than a small screen.
        save_row = QHBoxLayout()
        for b in (self.pdf_button, self.html_button, self.print_button):
            save_row.addWidget(b)
        save_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(save_row)
        layout.addWidget(self.report_view, 1)

    def make_report(
        self, paths: list[Path], site: Any, schema: Any, title: str, drafts_waiting: int = 0
    ) -> None:
        """Build the report on these pages in the background, then show it; `drafts_waiting`:
        drafts on review branches, not in it, said in it."""
        self.report_view.setHtml(f"<p>{self.tr('Preparing the report…')}</p>")
        self._busy(True)
        self.jobs.start(
            review.report_html,
            paths,
            site,
            schema,
            None,
            title,
            drafts_waiting,
            on_done=self._on_report,
            on_error=self._on_report_failed,
        )

    def update_buttons(self, has_page: bool, has_queue: bool) -> None:
        self.report_one_button.setEnabled(has_page)
        self.report_all_button.setEnabled(has_queue)
        has_report = bool(self.report_text)
        for b in (self.pdf_button, self.html_button, self.print_button):
            b.setEnabled(has_report)

    def _busy(self, busy: bool) -> None:
        for b in (self.report_one_button, self.report_all_button):
            b.setEnabled(not busy)
        has = bool(self.report_text) and not busy
        for b in (self.pdf_button, self.html_button, self.print_button):
            b.setEnabled(has)

    def _on_report(self, html: str) -> None:
        self.report_text = html
        self.report_view.setHtml(html)
        self._busy(False)

    def _on_report_failed(self, reason: str) -> None:
        self.report_view.setHtml(
            f"<p>{self.tr('The report could not be made: %1').replace('%1', reason)}</p>"
        )
        self._busy(False)

    @classmethod
    def ask_save_path(cls, parent: QWidget, caption: str, name: str, filters: str) -> str | None:
        """Ask where to save (tests replace this)."""
        answer = ask_file_to_save(parent, caption, name, filters)
        return str(answer[0]) if answer else None

    def _report_document(self) -> QTextDocument:
        doc = QTextDocument()
        doc.setHtml(self.report_text)
        return doc

    def save_pdf(self, path: str | None = None) -> Path | None:
        """Print the report to a PDF file."""
        if not self.report_text:
            return None
        path = path or self.ask_save_path(
            self, self.tr("Save report as PDF"), "review-report.pdf", self.tr("PDF files (*.pdf)")
        )
        if not path:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        self._report_document().print_(printer)
        return Path(path)

    def save_html(self, path: str | None = None) -> Path | None:
        """Save the report as a web page (the core writes it)."""
        if not self.report_text:
            return None
        path = path or self.ask_save_path(
            self, self.tr("Save report"), "review-report.html", self.tr("Web pages (*.html)")
        )
        if not path:
            return None
        try:
            return review.write_report(path, self.report_text)
        except OSError as exc:
            self.failed.emit(self.tr("The report could not be saved: %1").replace("%1", str(exc)))
            return None

    def print_report(self) -> None:
        if not self.report_text:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self._report_document().print_(printer)
