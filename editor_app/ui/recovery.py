"""The recovery dialog: unsaved text kept from a session that ended badly, page by page.

Nothing is restored silently and nothing is deleted until the user decides: for each page
the user sees what differs from the file on disk and picks Restore, Discard or Decide later.
"""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.store import Recovery, RecoveryStore
from editor_app.ui.dialogs import ask_to_go_on
from editor_app.ui.difference import Difference, DifferenceView
from editor_app.ui.translation import translator

tr = translator("recovery")


def describe(rec: Recovery) -> str:
    """One plain sentence about a recovered page's state."""
    when = dt.datetime.fromtimestamp(rec.saved_at).strftime("%d %b %Y, %H:%M")
    disk = rec.disk_bytes()
    if disk is None:
        state = tr("The file itself is missing: restoring and saving puts it back.")
    elif disk == rec.data:
        state = tr("It is the same as the file on disk: nothing would be lost by discarding it.")
    elif rec.disk_changed_since:
        state = tr(
            "The file on disk was also changed since (perhaps by another program): "
            "compare carefully before restoring."
        )
    else:
        state = tr("It has changes that were never saved.")
    return tr("Unsaved text from {when}. {state}").format(when=when, state=state)


class _PageList(QListWidget):
    """The recovered pages, each row as wide as the list: a long name is cut in its middle
    (its start and its end show) instead of running off the list behind a scroll bar."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def fit_rows(self) -> None:
        lines = self.fontMetrics().lineSpacing()
        for row in range(self.count()):
            text = self.item(row).text()
            self.item(row).setSizeHint(
                QSize(self.viewport().width(), lines * (text.count("\n") + 1) + 6)
            )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_rows()


class RecoveryDialog(QDialog):
    """Lists recovered pages with their difference; Restore, Discard or Decide later."""

    def __init__(
        self, recoveries: list[Recovery], store: RecoveryStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Recover unsaved work"))
        self.store = store
        self.recoveries = list(recoveries)
        self.chosen: Recovery | None = None

        intro = QLabel(
            tr(
                "The editor did not close normally last time. The changes below were kept "
                "for you. For each page, choose what to do; anything you leave for later is "
                "kept and offered again."
            )
        )
        intro.setWordWrap(True)
        self.pages = _PageList()
        self.pages.setAccessibleName(tr("Pages with recovered changes"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.difference = DifferenceView()
        self.difference.setAccessibleName(tr("What differs from the file on disk"))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.state)
        right_layout.addWidget(self.difference, 1)
        splitter = QSplitter()
        splitter.addWidget(self.pages)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)

        self.restore_button = QPushButton(tr("&Restore"))
        self.restore_button.setToolTip(tr("Open the page with these changes, not yet saved"))
        self.discard_button = QPushButton(tr("&Discard"))
        self.discard_button.setToolTip(tr("Throw these changes away for good"))
        self.later_button = QPushButton(tr("Decide &later"))
        self.later_button.setToolTip(tr("Keep everything and ask again next time"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.restore_button)
        self.restore_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(900, 560)

        self.pages.currentRowChanged.connect(self._show)
        self.restore_button.clicked.connect(self.restore_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.later_button.clicked.connect(self.reject)
        self._fill()

    def _fill(self) -> None:
        self.pages.clear()
        for rec in self.recoveries:
            # Its folder and time under the name: two sites' copies of one page read the same.
            folder = "/".join(rec.path.parent.parts[-2:])
            when = dt.datetime.fromtimestamp(rec.saved_at).strftime("%H:%M")
            item = QListWidgetItem(f"{rec.path.name}\n{folder} · {when}")
            item.setToolTip(os.fspath(rec.path))
            self.pages.addItem(item)
        self.pages.fit_rows()
        if self.recoveries:
            self.pages.setCurrentRow(0)

    def selected(self) -> Recovery | None:
        """The recovered page shown."""
        row = self.pages.currentRow()
        return self.recoveries[row] if 0 <= row < len(self.recoveries) else None

    def _show(self, _row: int) -> None:
        rec = self.selected()
        has = rec is not None
        self.restore_button.setEnabled(has)
        self.discard_button.setEnabled(has)
        if rec is None:
            self.state.clear()
            self.difference.clear()
            return
        self.state.setText(f"<b>{os.fspath(rec.path)}</b><br>{describe(rec)}")
        self.state.setTextFormat(Qt.TextFormat.RichText)
        self.difference.show_difference(
            Difference.of(
                rec.disk_bytes(), rec.data, tr("the file on disk"), tr("the recovered text")
            )
        )

    def restore_selected(self) -> None:
        """Close, restoring the page shown (its copy is kept until the page is saved)."""
        self.chosen = self.selected()
        if self.chosen is not None:
            self.accept()

    def discard_selected(self) -> None:
        """Delete the copy shown, after the user confirms; close when none is left."""
        rec = self.selected()
        if rec is None or not self.confirm_discard(self, rec.path.name):
            return
        self.store.discard_copy(rec)
        self.recoveries.remove(rec)
        self._fill()
        self._show(self.pages.currentRow())
        if not self.recoveries:
            self.reject()

    @classmethod
    def confirm_discard(cls, parent: QWidget | None, name: str) -> bool:
        """Ask once more: discarding cannot be undone."""
        # Its own Discard button, with Alt+D as the dialog's Discard has: Qt's standard one
        # had no key, so a keyboard-only author's Alt+D there did nothing.
        return ask_to_go_on(
            parent,
            icon=QMessageBox.Icon.Question,
            title=tr("Discard changes"),
            text=tr("Throw away the unsaved changes to “{name}”? This cannot be undone.").format(
                name=name
            ),
            go_on=tr("&Discard"),
            go_on_is_default=False,
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, recoveries: list[Recovery], store: RecoveryStore
    ) -> Recovery | None:
        """Show the dialog; the page to restore, or None (the rest stay for later)."""
        dialog = cls(recoveries, store, parent)
        dialog.exec()
        return dialog.chosen

