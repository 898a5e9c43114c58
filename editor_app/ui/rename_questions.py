"""The questions of Rename or Merge a Value: go ahead and change the pages? save the open page
first? Each a classmethod tests answer; `site_tools` and `rename_value` name them too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class ConfirmRename:
    """Asks before pages are changed; a classmethod so tests can answer it."""

    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> bool:
        """Ask the user; only the Rename button says yes."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(box.tr("Rename or merge a value"))
        box.setText(text)
        yes = box.addButton(box.tr("Change the pages"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes


class SaveFirstQuestion:
    """Asks to save the open page before a rename may change it; a classmethod for tests."""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> bool:
        """True to save and go on; False leaves everything as it is."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(box.tr("Unsaved changes"))
        box.setText(box.tr("“{name}” has changes that are not saved.").format(name=name))
        box.setInformativeText(
            box.tr(
                "Save them before the rename? The rename may change this page too, and your "
                "changes must be saved first so none are lost.",
            )
        )
        save = box.addButton(box.tr("Save and go on"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is save
