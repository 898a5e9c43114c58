"""Help > Guide: the offline guide for authors (resources/guide/index.html), in its own
window, with the screenshots of the real window. Links inside the guide stay in it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QMainWindow, QTextBrowser, QWidget

from editor_app.ui.screen_fit import fit_to_screen


def guide_path() -> Path:
    """The guide's front page."""
    from editor_app.paths import resources_dir

    return resources_dir() / "guide" / "index.html"


class _FittingBrowser(QTextBrowser):
    """A text browser whose pictures shrink to its width (Qt's HTML has no max-width): the
    screenshots are as wide as the guide window on a small screen, and were cut off."""

    def __init__(self) -> None:
        super().__init__()
        self._pictures: dict[str, QImage] = {}
        self._fitted_to = 0

    def _room(self) -> int:
        document = self.document()
        block = document.begin().blockFormat()  # the page's side margins, on every paragraph
        sides = 2 * document.documentMargin() + block.leftMargin() + block.rightMargin()
        return max(100, self.viewport().width() - int(sides) - 4)

    def _fitted(self, image: QImage) -> QImage:
        room = self._room()
        if image.width() <= room:
            return image
        return image.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 (Qt's name)
        data = super().loadResource(kind, url)
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return data
        image = data if isinstance(data, QImage) else QImage.fromData(data)
        if image.isNull():
            return data
        self._pictures[url.toString()] = image
        self._fitted_to = self._room()
        return self._fitted(image)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if not self._pictures or self._room() == self._fitted_to:
            return
        self._fitted_to = self._room()
        document = self.document()
        for url, image in self._pictures.items():
            document.addResource(
                QTextDocument.ResourceType.ImageResource.value, QUrl(url), self._fitted(image)
            )
        document.markContentsDirty(0, document.characterCount())


class GuideWindow(QMainWindow):
    """The guide, readable while the editor stays open beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The system adds " — editor-app" to every window's title: "editor-app guide" read
        # "editor-app guide — editor-app".
        self.setWindowTitle(self.tr("Guide"))
        self.browser = _FittingBrowser()
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
