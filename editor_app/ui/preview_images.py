"""The text preview's images: local files decoded once per version, shrunk to fit the view,
only those inside the site (others show as missing, as in the web preview).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from editor_app.ui.preview_web import inside

# Decoded images the text preview keeps (those of the pages last shown).
IMAGE_CACHE_SIZE = 64
IMAGE_MARGIN = 48  # room left beside an image in the text view (page margins, indents)


class ImageCache:
    """Decoded images by file, the one unused the longest dropped first."""

    def __init__(self) -> None:
        self.root: Path | None = None  # only files inside this folder load
        self.entries: dict[str, tuple[int, QImage, dict[int, QImage]]] = {}

    def image(self, url: QUrl, fit_width: int | None = None) -> QImage | None:
        """A local image for the text preview, decoded once per file version.

        Wider than `fit_width`: a copy scaled down to it (kept with the image, per width).
        """
        if not url.isLocalFile():
            return None
        path = url.toLocalFile()
        if not inside(url, self.root):
            return QImage()  # outside the site: shown as missing, like the web preview
        try:
            stamp = os.stat(path).st_mtime_ns
        except OSError:
            return None
        cached = self.entries.pop(path, None)
        if cached is None or cached[0] != stamp:
            cached = (stamp, QImage(path), {})
        self.entries[path] = cached  # the newest use last
        while len(self.entries) > IMAGE_CACHE_SIZE:
            del self.entries[next(iter(self.entries))]  # the one unused the longest
        image, scaled = cached[1], cached[2]
        if fit_width is None or image.isNull() or image.width() <= fit_width:
            return image
        if fit_width not in scaled:
            scaled.clear()  # one width at a time: the view's current one
            scaled[fit_width] = image.scaledToWidth(
                fit_width, Qt.TransformationMode.SmoothTransformation
            )
        return scaled[fit_width]


class TextView(QTextBrowser):
    """The text preview's browser; images come from the pane's cache of decoded files."""

    def __init__(self, parent: QWidget, images: ImageCache) -> None:
        super().__init__(parent)
        self._images = images

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 - Qt API
        if kind == QTextDocument.ResourceType.ImageResource.value:
            # The text view cannot shrink a wide image to the page (no max-width): it gets a
            # copy that fits, as the web preview and the published page show it.
            fit = max(120, self.viewport().width() - 2 * IMAGE_MARGIN)
            image = self._images.image(self.document().baseUrl().resolved(url), fit)
            if image is not None:
                return image
        return super().loadResource(kind, url)
