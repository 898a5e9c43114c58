"""The web preview's side: whether QtWebEngine is there, and its view made offline and
script-free (only files inside the site load; clicked links open in the system browser).

Importing this never loads QtWebEngine; it sets `AA_ShareOpenGLContexts` when no application
exists yet, so it is imported before the `QApplication` (through ui/preview.py).
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QChildEvent, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from editor_app.ui.translation import translator

tr = translator("preview")


def _webengine_installed() -> bool:
    try:  # QtWebEngine is an optional wheel (pyside6-webengine); found without loading it.
        return importlib.util.find_spec("PySide6.QtWebEngineWidgets") is not None
    except (ImportError, ValueError):  # pragma: no cover - depends on the installation
        return False


HAVE_WEBENGINE = _webengine_installed()
if HAVE_WEBENGINE and QCoreApplication.instance() is None:
    # Lets QtWebEngine be loaded after the application exists (Qt's rule), so Chromium starts
    # once the window is up instead of before it: see PreviewPane.start_web.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)

EXTERNAL_SCHEMES = ("http", "https", "mailto")


def use_webengine() -> bool:
    """Whether the preview will use QtWebEngine (installed and not turned off)."""
    return HAVE_WEBENGINE and os.environ.get("EDITOR_APP_PREVIEW", "").lower() != "text"


def inside(url: QUrl, root: Path | None) -> bool:
    if root is None or not url.isLocalFile():
        return False
    try:
        Path(url.toLocalFile()).resolve().relative_to(root)
    except (ValueError, OSError):
        return False
    return True


def open_external(url: QUrl) -> None:
    """A link clicked (or Enter on it) in the preview: a web or mail link opens in the system's
    browser or mail program, said in the status bar when none opens it; any other link stays
    inert (the site is not served), and the status bar says so: nothing happening read as a
    broken link or a stuck key. A link to a place in the page (`#part`) is the preview's own:
    it scrolls there."""
    from editor_app.core.errors import notifier

    shown = url.toDisplayString()
    if url.scheme() in EXTERNAL_SCHEMES:
        if not QDesktopServices.openUrl(url):
            notifier.warning(
                tr("Could not open {link}: no web browser or mail program was found.").format(
                    link=shown
                )
            )
        return
    if url.hasFragment() and not url.toString().split("#", 1)[0]:
        return
    notifier.info(
        tr(
            "The preview does not follow links between pages ({link}): open that page from "
            "the list."
        ).format(link=shown)
    )


_web: SimpleNamespace | None = None


def _web_classes() -> SimpleNamespace:
    """QtWebEngine's classes and the preview's own, loaded on first use (it takes ~0.1 s)."""
    global _web
    if _web is not None:
        return _web
    from PySide6.QtWebEngineCore import (
        QWebEnginePage,
        QWebEngineScript,
        QWebEngineSettings,
        QWebEngineUrlRequestInfo,
        QWebEngineUrlRequestInterceptor,
    )
    from PySide6.QtWebEngineWidgets import QWebEngineView

    class OfflineInterceptor(QWebEngineUrlRequestInterceptor):
        """Blocks every request except inline data and files inside the site folder."""

        def __init__(self, parent=None) -> None:
            super().__init__(parent)
            self.root: Path | None = None
            self.blocked: list[str] = []

        def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802
            url = info.requestUrl()
            if url.scheme() in ("data", "blob") or inside(url, self.root):
                return
            self.blocked.append(url.toString())
            info.block(True)

    class PreviewPage(QWebEnginePage):
        """A page that never navigates away: clicked links open in the system browser."""

        def acceptNavigationRequest(self, url: QUrl, nav_type, is_main_frame: bool) -> bool:  # noqa: N802
            if nav_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
                open_external(url)
                return False
            # Our own setHtml loads (data: or the base URL) are the only other navigations.
            return nav_type != QWebEnginePage.NavigationType.NavigationTypeFormSubmitted

    class PreviewView(QWebEngineView):
        """The preview's view; the widget inside it that takes the keyboard carries its name,
        so a screen reader landing there says "Preview" (it said nothing)."""

        def childEvent(self, event: QChildEvent) -> None:  # noqa: N802 - Qt API
            super().childEvent(event)
            child = event.child()
            if event.polished() and isinstance(child, QWidget) and not child.accessibleName():
                child.setAccessibleName(self.accessibleName())

    _web = SimpleNamespace(
        View=PreviewView,
        Page=PreviewPage,
        Interceptor=OfflineInterceptor,
        Settings=QWebEngineSettings,
        Script=QWebEngineScript,
    )
    return _web


def web_view(parent: QWidget, on_loaded: Callable[[bool], None], name: str) -> tuple[Any, Any]:
    """A web view for the preview, offline and without scripts: (view, its interceptor)."""
    web = _web_classes()
    view = web.View(parent)
    interceptor = web.Interceptor(parent)
    page = web.Page(view)
    page.setUrlRequestInterceptor(interceptor)
    settings = page.settings()
    attribute = web.Settings.WebAttribute
    settings.setAttribute(attribute.JavascriptEnabled, False)
    settings.setAttribute(attribute.PluginsEnabled, False)
    settings.setAttribute(attribute.LocalContentCanAccessRemoteUrls, False)
    settings.setAttribute(attribute.LocalContentCanAccessFileUrls, True)
    settings.setAttribute(attribute.AutoLoadImages, True)
    view.setPage(page)
    view.loadFinished.connect(on_loaded)
    view.setAccessibleName(name)
    return view, interceptor


def application_world() -> Any:
    """The script world the preview's own scrolling runs in (page scripts are off)."""
    return _web_classes().Script.ScriptWorldId.ApplicationWorld
