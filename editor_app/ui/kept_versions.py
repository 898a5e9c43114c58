"""File > Show Kept Versions…: the folder where a version set aside is kept as a file.

When another program changes the open page under unsaved edits (ui/disk_watch.py), the
version not kept whole goes to "kept versions" in the user's data folder; the question and the
status line name it, and this opens it in the system's file manager, or says plainly that
nothing has been kept yet.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMessageBox

from editor_app.ui.window_actions import add_after


def _has_files(folder: Path) -> bool:
    try:
        return folder.is_dir() and any(p.is_file() for p in folder.iterdir())
    except OSError:
        return False


class KeptVersions(QObject):
    """The File menu action; kept as `window.kept_versions`."""

    def __init__(self, window: Any, folder: Any) -> None:
        """`folder()`: where kept versions go (the guard's `disk.kept_folder`)."""
        super().__init__(window)
        self.window = window
        self.folder = folder
        self.action = QAction(self.tr("Show &Kept Versions…"), window)
        self.action.setStatusTip(
            self.tr("Open the folder of page versions set aside when a page changed on disk")
        )
        self.action.triggered.connect(lambda: self.show_folder())
        menu = window.file_menu
        history = getattr(getattr(window, "page_history", None), "action", None)
        anchor = history if history in menu.actions() else getattr(window, "close_action", None)
        add_after(menu, anchor, self.action)
        window.siteOpened.connect(lambda *_a: self.update_action())
        menu.aboutToShow.connect(self.update_action)
        self.update_action()

    def update_action(self) -> None:
        """Enabled while a site is open."""
        self.action.setEnabled(self.window.site is not None)

    def show_folder(self) -> bool:
        """Open the folder in the file manager; True when it was handed to one."""
        folder = Path(self.folder())
        title = self.tr("Kept Versions")
        if not _has_files(folder):
            QMessageBox.information(
                self.window,
                title,
                self.tr(
                    "No versions have been kept yet. When another program changes a page "
                    "you are editing, the version you do not keep whole is saved in this "
                    "folder:\n%1"
                ).replace("%1", str(folder)),
            )
            return False
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            return True
        QMessageBox.warning(
            self.window,
            title,
            self.tr("No file manager could open the kept versions folder. It is here:\n%1").replace(
                "%1", str(folder)
            ),
        )
        return False


def install_kept_versions(window: Any, folder: Any) -> KeptVersions:
    window.kept_versions = KeptVersions(window, folder)
    return window.kept_versions
