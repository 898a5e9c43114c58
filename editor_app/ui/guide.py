"""Help > Guide: the offline guide for authors (resources/guide/index.html), in its own
window, with the screenshots of the real window. Links inside the guide stay in it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from editor_app.ui.fitting_browser import FittingBrowser
from editor_app.ui.screen_fit import fit_to_screen


def guide_path() -> Path:
    """The guide's front page."""
    from editor_app.paths import resources_dir

    return resources_dir() / "guide" / "index.html"


class GuideWindow(QMainWindow):
    """The guide, readable while the editor stays open beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The system adds " — editor-app" to every window's title: "editor-app guide" read
        # "editor-app guide — editor-app".
        self.setWindowTitle(self.tr("Guide"))
        self.browser = FittingBrowser()
        self.browser.setOpenExternalLinks(False)  # offline: nothing leaves the guide
        self.browser.setAccessibleName(self.tr("Guide"))
        self.setCentralWidget(self.browser)
        path = guide_path()
        if path.is_file():
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        else:
            self.browser.setPlainText(self.tr("The guide is missing from this installation."))
        close = QAction(self.tr("Close"), self)
        # Esc too, as the dialogs close: the guide has no button of its own.
        close.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Close), QKeySequence(Qt.Key.Key_Escape)]
        )
        close.triggered.connect(self.close)
        self.addAction(close)
        fit_to_screen(self, 900, 1000, share=0.85)


def install_guide(window: Any) -> QAction:
    """Help > Guide (F1), first in the Help menu."""
    action = QAction(window.tr("&Guide"), window)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    action.setStatusTip(window.tr("How to write and check pages, with pictures"))
    holder: dict[str, GuideWindow] = {}

    def show() -> None:
        guide = holder.get("window")
        if guide is None:
            guide = holder["window"] = GuideWindow(window)
        guide.show()
        guide.raise_()
        guide.activateWindow()

    action.triggered.connect(show)
    first = window.help_menu.actions()[0] if window.help_menu.actions() else None
    window.help_menu.insertAction(first, action)
    window.guide_action = action
    window.show_guide = show
    return action
