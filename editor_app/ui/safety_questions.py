"""The questions the safety guard asks: changed on disk, newer file, deleted, save failed,
Save As. Each is a classmethod tests replace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from editor_app.ui.difference import Difference, DifferenceDialog
from editor_app.ui.translation import translator

tr = translator("safety")


class ChangedOnDiskDialog:
    """Asks what to do when another program changed a page that has unsaved edits here."""

    MINE = "mine"
    THEIRS = "theirs"

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, difference: Difference) -> str:
        """`MINE` (keep the edits here) or `THEIRS` (use the file on disk); closing keeps mine."""
        dialog = DifferenceDialog(
            tr("Page changed by another program"),
            tr(
                "“{name}” was changed by another program while you were editing it here. "
                "Which version do you want to keep?"
            ).format(name=name),
            difference,
            [
                (cls.THEIRS, tr("Use the version on disk")),
                (cls.MINE, tr("Keep my version")),
            ],
            parent,
        )
        dialog.exec()
        return dialog.choice


class OverwriteDialog:
    """Asks before a save would replace a file that changed on disk since it was opened."""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, difference: Difference) -> bool:
        """True to save over the newer file; closing the box cancels the save."""
        dialog = DifferenceDialog(
            tr("Newer file on disk"),
            tr(
                "“{name}” was changed by another program after you opened it. Saving now "
                "replaces those changes with your version."
            ).format(name=name),
            difference,
            [("save", tr("Save my version")), ("cancel", tr("Don't save"))],
            parent,
        )
        dialog.exec()
        return dialog.choice == "save"


class FileDeletedNotice:
    """Tells the user the open page's file was deleted or moved by another program."""

    @classmethod
    def tell(cls, parent: QWidget | None, name: str) -> None:
        """An information box; the text stays open in the window."""
        QMessageBox.information(
            parent,
            tr("Page deleted"),
            tr(
                "“{name}” was deleted or moved by another program. Your text is still open "
                "here, and a copy is kept in the recovery folder: save to put the file back."
            ).format(name=name),
        )


class SaveFailedDialog:
    """Says why a save failed and offers Save As when another place could work."""

    @classmethod
    def ask(cls, parent: QWidget | None, message: str, offer_save_as: bool) -> bool:
        """True when the user wants to save the page somewhere else."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Not saved"))
        box.setText(message)
        save_as = None
        if offer_save_as:
            save_as = box.addButton(tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
        close = box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(save_as or close)
        box.setEscapeButton(close)
        box.exec()
        return save_as is not None and box.clickedButton() is save_as


class SaveAsDialog:
    """Asks where to save a copy of the page."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """The chosen file, or None when cancelled (File > Save As and failed saves)."""
        return cls.ask_path(parent, suggested)

    @classmethod
    def ask_path(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """The file dialog itself; tests replace this."""
        name, _ = QFileDialog.getSaveFileName(
            parent,
            tr("Save As"),
            str(suggested),
            tr("Pages (*.md *.markdown *.html);;All files (*)"),
        )
        return Path(name) if name else None
