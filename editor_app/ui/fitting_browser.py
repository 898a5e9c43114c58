"""A text browser whose pictures fit its width: the guide, the review report."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QTextBrowser


class FittingBrowser(QTextBrowser):
    """A text browser whose pictures shrink to its width (Qt's HTML has no max-width), as a
    browser shows a page: the guide's screenshots on a small screen, and a review report's
    pictures, which made it scroll sideways."""

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
