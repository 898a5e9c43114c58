"""The preview pane: shows rendered HTML, offline and script-free, scrolled with the editor.

Uses Chromium's engine (QtWebEngine) when it is installed, else QTextBrowser. Set
EDITOR_APP_PREVIEW=text to force the lighter QTextBrowser.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

try:  # QtWebEngine is an optional wheel (pyside6-webengine).
    from PySide6.QtWebEngineCore import (
        QWebEnginePage,
        QWebEngineScript,
        QWebEngineSettings,
        QWebEngineUrlRequestInfo,
        QWebEngineUrlRequestInterceptor,
    )
    from PySide6.QtWebEngineWidgets import QWebEngineView

    HAVE_WEBENGINE = True
except ImportError:  # pragma: no cover - depends on the installation
    HAVE_WEBENGINE = False

EXTERNAL_SCHEMES = ("http", "https", "mailto")


def use_webengine() -> bool:
    """Whether the preview will use QtWebEngine (installed and not turned off)."""
    return HAVE_WEBENGINE and os.environ.get("EDITOR_APP_PREVIEW", "").lower() != "text"


def _inside(url: QUrl, root: Path | None) -> bool:
    if root is None or not url.isLocalFile():
        return False
    try:
        Path(url.toLocalFile()).resolve().relative_to(root)
    except (ValueError, OSError):
        return False
    return True


def _open_external(url: QUrl) -> None:
    # Only web and mail links leave the app; local links stay inert (the site is not served).
    if url.scheme() in EXTERNAL_SCHEMES:
        QDesktopServices.openUrl(url)


if HAVE_WEBENGINE:

    class _OfflineInterceptor(QWebEngineUrlRequestInterceptor):
        """Blocks every request except inline data and files inside the site folder."""

        def __init__(self, parent=None) -> None:
            super().__init__(parent)
            self.root: Path | None = None
            self.blocked: list[str] = []

        def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802
            url = info.requestUrl()
            if url.scheme() in ("data", "blob") or _inside(url, self.root):
                return
            self.blocked.append(url.toString())
            info.block(True)

    class _PreviewPage(QWebEnginePage):
        """A page that never navigates away: clicked links open in the system browser."""

        def acceptNavigationRequest(self, url: QUrl, nav_type, is_main_frame: bool) -> bool:  # noqa: N802
            if nav_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
                _open_external(url)
                return False
            # Our own setHtml loads (data: or the base URL) are the only other navigations.
            return nav_type != QWebEnginePage.NavigationType.NavigationTypeFormSubmitted


class PreviewPane(QWidget):
    """Shows a rendered page; `rendered` fires when the HTML has been laid out."""

    rendered = Signal()

    def __init__(self, parent: QWidget | None = None, *, web: bool | None = None) -> None:
        super().__init__(parent)
        self._root: Path | None = None
        self._fraction = 0.0
        self._html = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.backend = (
            "web" if (use_webengine() if web is None else web and HAVE_WEBENGINE) else "text"
        )
        if self.backend == "web":
            self._view = QWebEngineView(self)
            self._interceptor = _OfflineInterceptor(self)
            page = _PreviewPage(self._view)
            page.setUrlRequestInterceptor(self._interceptor)
            settings = page.settings()
            settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, False)
            settings.setAttribute(QWebEngineSettings.WebAttribute.PluginsEnabled, False)
            settings.setAttribute(
                QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False
            )
            settings.setAttribute(
                QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, True
            )
            settings.setAttribute(QWebEngineSettings.WebAttribute.AutoLoadImages, True)
            self._view.setPage(page)
            self._view.loadFinished.connect(self._on_loaded)
            self._view.setAccessibleName(self.tr("Preview"))
            layout.addWidget(self._view)
        else:
            self._browser = QTextBrowser(self)
            self._browser.setOpenLinks(False)
            self._browser.setOpenExternalLinks(False)
            self._browser.anchorClicked.connect(_open_external)
            self._browser.setAccessibleName(self.tr("Preview"))
            layout.addWidget(self._browser)
        self.setFocusProxy(self.view)

    @property
    def view(self) -> QWidget:
        """The widget doing the drawing (QWebEngineView or QTextBrowser)."""
        return self._browser if self.backend == "text" else self._view

    def set_site_root(self, root: Path | None) -> None:
        """Files inside this folder (images, styles) may load; everything else is blocked."""
        self._root = None if root is None else Path(root).resolve()
        if self.backend == "web":
            self._interceptor.root = self._root

    def set_html(self, html: str, base: Path | None = None) -> None:
        """Show a page; relative links resolve against `base` (the document's folder)."""
        self._html = html
        base_url = QUrl.fromLocalFile(str(base) + os.sep) if base is not None else QUrl()
        if self.backend == "web":
            self._view.setHtml(html, base_url)
        elif self.backend == "text":
            self._browser.document().setBaseUrl(base_url)
            self._browser.setHtml(html)
            self._apply_fraction()
            self.rendered.emit()

    def html(self) -> str:
        """The last HTML given to the pane."""
        return self._html

    def clear(self) -> None:
        """Show nothing (no document open)."""
        self.set_html("")

    def to_plain_text(self, callback: Callable[[str], None]) -> None:
        """Call `callback` with the page's visible text (asynchronous with QtWebEngine)."""
        if self.backend == "web":
            self._view.page().toPlainText(callback)
        elif self.backend == "text":
            callback(self._browser.toPlainText())

    def set_scroll_fraction(self, fraction: float) -> None:
        """Scroll so the same fraction of the page is above the view as in the editor."""
        self._fraction = min(1.0, max(0.0, float(fraction)))
        self._apply_fraction()

    def scroll_fraction(self) -> float:
        return self._fraction

    def _apply_fraction(self) -> None:
        if self.backend == "web":
            # Page scripts are off; this runs in the application's own isolated world.
            js = (
                f"window.scrollTo(0, {self._fraction:f} * Math.max(0,"
                " document.documentElement.scrollHeight - window.innerHeight));"
            )
            self._view.page().runJavaScript(js, QWebEngineScript.ScriptWorldId.ApplicationWorld)
        elif self.backend == "text":
            bar = self._browser.verticalScrollBar()
            bar.setValue(round(self._fraction * bar.maximum()))

    def _on_loaded(self, _ok: bool) -> None:
        self._apply_fraction()
        self.rendered.emit()

    def shutdown(self) -> None:
        """Free the web page before its view (else QtWebEngine crashes at exit)."""
        if self.backend != "web":
            return
        self.backend = "closed"
        self._view.loadFinished.disconnect(self._on_loaded)
        self._view.page().deleteLater()
        self._view.deleteLater()
