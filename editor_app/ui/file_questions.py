"""Questions about a file copied into the site, asked alike by the form's file picker and the
editor's Insert Image: which files an Open box offers for an image, and what to do when the
site already has a different file of that name."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from editor_app.ui.translation import translator

tr = translator("FileQuestions")


def image_files() -> str:
    """The Open box's filters when an image is asked for: images first, any file as well."""
    return tr("Images (*.png *.jpg *.jpeg *.gif *.svg *.webp);;All files (*)")


def ask_keep_or_replace(parent: QWidget | None, name: str) -> bool | None:
    """A different file called `name` is there: True replace it, False keep both (the new
    one gets another name), None cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("File already there"))
    box.setText(tr("The site already has a different file called “{name}”.").format(name=name))
    box.setInformativeText(tr("Keep both (the new one gets another name)?"))
    keep = box.addButton(tr("Keep Both"), QMessageBox.ButtonRole.AcceptRole)
    replace = box.addButton(tr("Replace It"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.exec()
    if box.clickedButton() is keep:
        return False
    return True if box.clickedButton() is replace else None
