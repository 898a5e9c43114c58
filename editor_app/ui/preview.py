"""The preview pane: shows rendered HTML, offline and script-free, scrolled with the editor.

Uses Chromium's engine (QtWebEngine) when it is installed, else QTextBrowser. Set
EDITOR_APP_PREVIEW=text to force the lighter QTextBrowser.
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QObject,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QStackedLayout, QTextBrowser, QVBoxLayout, QWidget


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
# The text preview prepares a new page in slices of about this many milliseconds (parsing a
# piece of the page, laying it out), so the window keeps answering keys on a long page.
SLICE_MS = 6
# Characters of HTML parsed at once (a few milliseconds here).
PIECE_CHARS = 6_000
# Decoded images the text preview keeps (those of the pages last shown).
IMAGE_CACHE_SIZE = 64
IMAGE_MARGIN = 48  # room left beside an image in the text view (page margins, indents)
# A deferred web preview starts this long after the site is listed (the list is drawn first).
WEB_START_DELAY_MS = 100

_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.S | re.I)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>|<!--.*?-->", re.S)
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
# A page is only cut after one of these closes at the top level and before one of the next
# opens: there, parsing the pieces one after the other gives exactly the blocks and formats
# parsing the whole page gives (checked on every page of a real site by the tests; a cut
# after a <div> or before inline text would move a space between blocks).
_CUT_AFTER = {"p", "ul", "ol", "dl", "pre", "table", "blockquote", "figure", "h1", "h2", "h3"}
_CUT_AFTER |= {"h4", "h5", "h6"}
_CUT_BEFORE = re.compile(r"\n\s*<(?:p|h[1-6]|ul|ol|pre|blockquote|table|hr|dl|figure)\b")
_PAGE_IMAGE = re.compile(r'<figure class="page-image">(<img [^>]*>)</figure>')
_BODY_OPEN = '<article class="page-body">'
_BODY_CLOSE = "</article>"
# Put in front of each later piece so its first block keeps its own format (inserted HTML
# otherwise flows into the block before it); the "x" is removed again at once.
_SPACER = "<p>x</p>"


class PagePieces:
    """A preview page cut into pieces at safe top-level boundaries of its body.

    The first piece is a whole page (head, the start of the body, the end of the page); the
    others are top-level HTML of the body, to be added at the end one after the other. A page
    without the preview's body markers is one piece. The stylesheet is taken out (`css`): the
    document applies it to every piece as its default stylesheet.
    """

    def __init__(self, html: str, piece_chars: int = PIECE_CHARS) -> None:
        style = _STYLE.search(html)
        self.css = style.group(1) if style else ""
        if style:
            html = html[: style.start()] + html[style.end() :]
        self._piece_chars = piece_chars
        start = html.find(_BODY_OPEN)
        end = html.rfind(_BODY_CLOSE)
        if start < 0 or end < start:
            self._head, self._body, self._tail = html, "", ""
        else:
            start += len(_BODY_OPEN)
            self._head, self._body, self._tail = html[:start], html[start:end], html[end:]
        self._offset = 0
        self._open: list[str] = []  # the elements open where the last piece ended
        self.first = True

    @property
    def done(self) -> bool:
        return not self.first and self._offset >= len(self._body)

    def next_piece(self) -> str:
        """The next piece (the first is a whole page); call until `done`."""
        body, start = self._body, self._offset
        cut = len(body)
        for match in _TAG.finditer(body, start):
            name = (match.group(2) or "").lower()
            if not name:
                continue  # a comment
            if match.group(1):
                if not self._open or self._open[-1] != name:
                    # A closing tag that closes nothing open here (stray in the author's raw
                    # HTML, or its opening hid a "/>" in an attribute): where the blocks end
                    # is no longer known, so the rest of the page goes in one piece.
                    break
                self._open.pop()
            elif not match.group(3) and name not in _VOID:
                self._open.append(name)
            if (
                not self._open
                and match.group(1)
                and name in _CUT_AFTER
                and match.end() - start >= self._piece_chars
                and _CUT_BEFORE.match(body, match.end())
            ):
                cut = match.end()
                break
        self._offset = cut
        piece = body[start:cut]
        if self.first:
            self.first = False
            # More pieces follow: no white space after the body, or its last block would end
            # in a space that parsing the whole page does not give it.
            tail = self._tail if cut >= len(body) else re.sub(r">\s+", ">", self._tail)
            return self._head + piece + tail
        return piece.lstrip()


def add_piece(document: QTextDocument, piece: str) -> None:
    """Add a later piece of a `PagePieces` page at the end of `document`."""
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    position = cursor.position()
    cursor.insertHtml(_SPACER + piece)
    cursor.setPosition(position)
    cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()


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


class _TextView(QTextBrowser):
    """The text preview's browser; images come from the pane's cache of decoded files."""

    def __init__(self, pane: PreviewPane) -> None:
        super().__init__(pane)
        self._pane = pane

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 - Qt API
        if kind == QTextDocument.ResourceType.ImageResource.value:
            # The text view cannot shrink a wide image to the page (no max-width): it gets a
            # copy that fits, as the web preview and the published page show it.
            fit = max(120, self.viewport().width() - 2 * IMAGE_MARGIN)
            image = self._pane._image(self.document().baseUrl().resolved(url), fit)
            if image is not None:
                return image
        return super().loadResource(kind, url)


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
            if url.scheme() in ("data", "blob") or _inside(url, self.root):
                return
            self.blocked.append(url.toString())
            info.block(True)

    class PreviewPage(QWebEnginePage):
        """A page that never navigates away: clicked links open in the system browser."""

        def acceptNavigationRequest(self, url: QUrl, nav_type, is_main_frame: bool) -> bool:  # noqa: N802
            if nav_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
                _open_external(url)
                return False
            # Our own setHtml loads (data: or the base URL) are the only other navigations.
            return nav_type != QWebEnginePage.NavigationType.NavigationTypeFormSubmitted

    _web = SimpleNamespace(
        View=QWebEngineView,
        Page=PreviewPage,
        Interceptor=OfflineInterceptor,
        Settings=QWebEngineSettings,
        Script=QWebEngineScript,
    )
    return _web


class PreviewPane(QWidget):
    """Shows a rendered page; `rendered` fires when the HTML has been laid out."""

    rendered = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, web: bool | None = None, defer_web: bool = False
    ) -> None:
        super().__init__(parent)
        self._root: Path | None = None
        self._fraction = 0.0
        self._html = ""
        self._base_url = QUrl()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._want_web = use_webengine() if web is None else bool(web and HAVE_WEBENGINE)
        self._view: QWidget | None = None  # the QWebEngineView, once started
        self.backend = "text"
        # The text preview: two browsers, one above the other. The page on show stays put
        # (and the window keeps answering) while the next one is parsed and laid out in
        # slices in the one below; then they change places. Laying out a long page at once
        # blocks the window. With QtWebEngine it shows the pages until Chromium is ready.
        self._images: dict[str, tuple[int, QImage, dict[int, QImage]]] = {}
        self._stack = QStackedLayout()
        self._stack.setStackingMode(QStackedLayout.StackingMode.StackAll)
        layout.addLayout(self._stack)
        self._browser = self._new_browser()
        self._spare = self._new_browser()
        self._spare.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._stack.setCurrentWidget(self._browser)
        self._pieces: PagePieces | None = None  # the page being prepared in the spare
        self._pending_block = None  # its next block to lay out, once all is parsed
        self._slicer = QTimer(self)
        self._slicer.setInterval(0)
        self._slicer.timeout.connect(self._prepare_slice)
        self._defer_web = defer_web and self._want_web
        self._constructed = False  # start_web called from the constructor
        if self._want_web and not defer_web:
            self.start_web()
        self._constructed = True
        self.setFocusProxy(self.view)

    @property
    def view(self) -> QWidget:
        """The widget doing the drawing (QWebEngineView or QTextBrowser)."""
        return self._view if self.backend == "web" else self._browser

    @property
    def web_pending(self) -> bool:
        """True while the web preview is wanted but not on show yet."""
        return self._want_web and self.backend == "text"

    def start_web(self) -> None:
        """Start Chromium's preview (once); it takes over when its first page is drawn.

        Starting Chromium holds the window ~0.5 s, so a deferred pane (`defer_web=True`, as
        the main window makes it) does this only once the site is listed (see
        `set_site_root`), showing pages with the text preview until then.
        """
        if self._view is not None or not self._want_web or self.backend == "closed":
            return
        try:
            web = _web_classes()
        except ImportError:  # pragma: no cover - a broken QtWebEngine: keep the text preview
            self._want_web = False
            return
        view = web.View(self)
        self._interceptor = web.Interceptor(self)
        page = web.Page(view)
        page.setUrlRequestInterceptor(self._interceptor)
        settings = page.settings()
        attribute = web.Settings.WebAttribute
        settings.setAttribute(attribute.JavascriptEnabled, False)
        settings.setAttribute(attribute.PluginsEnabled, False)
        settings.setAttribute(attribute.LocalContentCanAccessRemoteUrls, False)
        settings.setAttribute(attribute.LocalContentCanAccessFileUrls, True)
        settings.setAttribute(attribute.AutoLoadImages, True)
        view.setPage(page)
        view.loadFinished.connect(self._on_loaded)
        view.setAccessibleName(self.tr("Preview"))
        self._interceptor.root = self._root
        self._view = view
        self._stack.addWidget(view)
        if not self._constructed:
            self._switch_to_web()  # made with the pane: nothing was shown before it
            return
        # Chromium starts on its first page; the text preview stays on top until it is drawn.
        self._stack.setCurrentWidget(self._browser)
        view.setHtml(self._html, self._base_url)

    def _switch_to_web(self) -> None:
        had_focus = self._browser.hasFocus()
        self.backend = "web"
        self._slicer.stop()
        self._pieces = None
        self._stack.setCurrentWidget(self._view)
        for browser in (self._browser, self._spare):
            browser.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            browser.clear()
            browser.hide()
        self.setFocusProxy(self._view)
        if had_focus:
            self._view.setFocus()

    def _new_browser(self) -> _TextView:
        browser = _TextView(self)
        browser.setOpenLinks(False)
        browser.setOpenExternalLinks(False)
        browser.anchorClicked.connect(_open_external)
        browser.setAccessibleName(self.tr("Preview"))
        # Always there, so a page growing past the view's height never narrows the text
        # (which would lay the whole page out again).
        browser.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # While a page is prepared in it, its layout engine's own timer (which lays out ever
        # bigger pieces at once) is held back: the pane lays it out in small slices instead.
        browser.document().documentLayout().installEventFilter(self)
        self._stack.addWidget(browser)
        return browser

    def _image(self, url: QUrl, fit_width: int | None = None) -> QImage | None:
        """A local image for the text preview, decoded once per file version.

        Wider than `fit_width`: a copy scaled down to it (kept with the image, per width).
        """
        if not url.isLocalFile():
            return None
        path = url.toLocalFile()
        if not _inside(url, self._root):
            return QImage()  # outside the site: shown as missing, like the web preview
        try:
            stamp = os.stat(path).st_mtime_ns
        except OSError:
            return None
        cached = self._images.pop(path, None)
        if cached is None or cached[0] != stamp:
            cached = (stamp, QImage(path), {})
        self._images[path] = cached  # the newest use last
        while len(self._images) > IMAGE_CACHE_SIZE:
            del self._images[next(iter(self._images))]  # the one unused the longest
        image, scaled = cached[1], cached[2]
        if fit_width is None or image.isNull() or image.width() <= fit_width:
            return image
        if fit_width not in scaled:
            scaled.clear()  # one width at a time: the view's current one
            scaled[fit_width] = image.scaledToWidth(
                fit_width, Qt.TransformationMode.SmoothTransformation
            )
        return scaled[fit_width]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            event.type() == QEvent.Type.Timer
            and self._pieces is not None
            and watched is self._spare.document().documentLayout()
        ):
            return True
        return super().eventFilter(watched, event)

    def set_site_root(self, root: Path | None) -> None:
        """Files inside this folder (images, styles) may load; everything else is blocked.

        A deferred web preview starts now: the site is listed, the window is drawn.
        """
        self._root = None if root is None else Path(root).resolve()
        if self._view is not None:
            self._interceptor.root = self._root
        elif self._defer_web:
            self._defer_web = False
            # Shortly after: the list filled by the same call gets drawn first.
            QTimer.singleShot(WEB_START_DELAY_MS, self, self.start_web)

    def set_html(self, html: str, base: Path | None = None) -> None:
        """Show a page; relative links resolve against `base` (the document's folder)."""
        self._html = html
        base_url = QUrl.fromLocalFile(str(base) + os.sep) if base is not None else QUrl()
        self._base_url = base_url
        if self._view is not None and self.backend in ("web", "text"):
            self._view.setHtml(html, base_url)
        if self.backend == "text":
            spare = self._spare
            # The text view does not know <figure>: the page's image would sit inline in the
            # last line before it (the topics list). A paragraph is the block it needs.
            html = _PAGE_IMAGE.sub(r'<p class="page-image">\1</p>', html)
            self._pieces = PagePieces(html)  # a page still being prepared is dropped
            self._pending_block = None
            document = spare.document()
            document.setUndoRedoEnabled(False)
            if document.defaultStyleSheet() != self._pieces.css:
                document.setDefaultStyleSheet(self._pieces.css)
            document.setBaseUrl(base_url)
            self._slicer.start()

    def _prepare_slice(self) -> None:
        """Parse and lay out the next part of the page being prepared; show it when done."""
        pieces = self._pieces
        if pieces is None:
            self._slicer.stop()
            return
        spare = self._spare
        document = spare.document()
        layout = document.documentLayout()
        clock = QElapsedTimer()
        clock.start()
        while clock.elapsed() < SLICE_MS:
            if not pieces.done:
                if pieces.first:
                    spare.setHtml(pieces.next_piece())
                else:
                    add_piece(document, pieces.next_piece())  # laid out as it goes in
                continue
            if self._pending_block is None:
                self._pending_block = document.begin()
            block = self._pending_block
            if not block.isValid():
                self._show_prepared()
                return
            layout.blockBoundingRect(block)  # lays the page out up to this block
            self._pending_block = block.next()

    def _show_prepared(self) -> None:
        """The page prepared below is ready: put it on top, scrolled like the editor."""
        self._slicer.stop()
        self._pieces = None
        self._pending_block = None
        spare = self._spare
        layout = spare.document().documentLayout()
        # The browser's scroll range follows the layout's size report (held back above).
        layout.documentSizeChanged.emit(layout.documentSize())
        had_focus = self._browser.hasFocus()
        self._spare, self._browser = self._browser, spare
        self._spare.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._browser.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self._browser)
        self._apply_fraction()
        self._stack.setCurrentWidget(self._browser)
        if had_focus:
            self._browser.setFocus()
        # The page below is never seen again: freed in a moment (not in this slice).
        QTimer.singleShot(0, self, self._free_spare)
        self.rendered.emit()

    def _free_spare(self) -> None:
        if self._pieces is None and self.backend == "text":
            self._spare.clear()

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
            world = _web_classes().Script.ScriptWorldId.ApplicationWorld
            self._view.page().runJavaScript(js, world)
        elif self.backend == "text":
            bar = self._browser.verticalScrollBar()
            bar.setValue(round(self._fraction * bar.maximum()))

    def _on_loaded(self, _ok: bool) -> None:
        if self.backend == "text":
            self._switch_to_web()  # Chromium has drawn its first page: it takes over
        self._apply_fraction()
        self.rendered.emit()

    def shutdown(self) -> None:
        """Free the web page before its view (else QtWebEngine crashes at exit)."""
        self._slicer.stop()
        self._pieces = None
        self._defer_web = False
        view, self._view = self._view, None
        self.backend = "closed"
        if view is None:
            return
        view.loadFinished.disconnect(self._on_loaded)
        view.page().deleteLater()
        view.deleteLater()
