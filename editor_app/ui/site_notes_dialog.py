"""Tools > What the Editor Noticed About This Site: the notes in a box that fits the screen.

A message box grew with its text: a dozen notes (a folder holding several sites) made it taller
than a 1024 x 700 screen, its OK button below the screen's edge. The notes now scroll inside.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from editor_app.ui.screen_fit import fit_to_screen

WIDTH, HEIGHT = 620, 460  # the most asked for; less on a small screen


class SiteNotesDialog(QDialog):
    """The notes about a site, scrolling in a box no bigger than the screen."""

    def __init__(self, parent: QWidget | None, title: str, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.notes = QPlainTextEdit(text)
        self.notes.setReadOnly(True)
        self.notes.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notes, 1)
        layout.addWidget(buttons)
        # As tall as the notes need (one note had a big empty box), shrunk to a small
        # screen, its OK button in sight.
        fit_to_screen(self, WIDTH, min(HEIGHT, self._height_for(text)))

    def _height_for(self, text: str) -> int:
        """The dialog's height showing all of `text` at its width."""
        layout = self.layout().contentsMargins()
        frame = 2 * self.notes.frameWidth() + 2 * int(self.notes.document().documentMargin())
        measure = QTextDocument()
        measure.setDefaultFont(self.notes.font())
        measure.setPlainText(text)
        measure.setTextWidth(WIDTH - layout.left() - layout.right() - frame - 4)
        buttons = self.ok_button.sizeHint().height() + self.layout().spacing()
        return int(measure.size().height()) + frame + buttons + layout.top() + layout.bottom() + 8


def show_site_notes(parent: QWidget | None, title: str, text: str) -> None:
    """Show the notes and wait for OK."""
    SiteNotesDialog(parent, title, text).exec()
