"""The preview pane: shows rendered HTML, offline and script-free, scrolled with the editor.

Uses Chromium's engine (QtWebEngine) when it is installed, else QTextBrowser. Set
EDITOR_APP_PREVIEW=text to force the lighter QTextBrowser. Its rooms: the web view and
whether QtWebEngine is there in `preview_web.py`, the text preview's pieces in
`preview_pieces.py` and its images in `preview_images.py` (all named here too).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from editor_app.ui.focus_frame import FocusFrame
from editor_app.ui.preview_images import IMAGE_CACHE_SIZE, IMAGE_MARGIN, ImageCache, TextView
from editor_app.ui.preview_pieces import PIECE_CHARS, PagePieces, add_piece, for_text_view
from editor_app.ui.preview_web import (
    EXTERNAL_SCHEMES,
    HAVE_WEBENGINE,
    _web_classes,
    application_world,
    open_external,
    use_webengine,
    web_view,
)

__all__ = [
    "EXTERNAL_SCHEMES",
    "HAVE_WEBENGINE",
    "IMAGE_CACHE_SIZE",
    "IMAGE_MARGIN",
    "PIECE_CHARS",
    "SLICE_MS",
    "WEB_START_DELAY_MS",
    "PagePieces",
    "PreviewPane",
    "_web_classes",
    "add_piece",
    "use_webengine",
]

# The text preview prepares a new page in slices of about this many milliseconds (parsing a
# piece of the page, laying it out), so the window keeps answering keys on a long page.
SLICE_MS = 6
# A deferred web preview starts this long after the site is listed (the list is drawn first).
WEB_START_DELAY_MS = 100


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
        self.images = ImageCache()
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
        # Over the pane while no page is shown: a blank white sheet looked like a preview
        # that had failed to load.
        self._empty_words = self.tr("The page you open is shown here as it will look.")
        self._empty = QLabel(self._empty_words, self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setAutoFillBackground(True)
        self._empty.setEnabled(False)  # drawn in the muted colour
        self._defer_web = defer_web and self._want_web
        self._constructed = False  # start_web called from the constructor
        if self._want_web and not defer_web:
            self.start_web()
        self._constructed = True
        self.setFocusProxy(self.view)
        self._empty.raise_()
        self.focus_frame = FocusFrame(self)  # where the keyboard is, seen from afar

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
            view, self._interceptor = web_view(self, self._on_loaded, self.tr("Preview"))
        except ImportError:  # pragma: no cover - a broken QtWebEngine: keep the text preview
            self._want_web = False
            return
        self._interceptor.root = self._root
        self._view = view
        self._stack.addWidget(view)
        if not self._constructed:
            self._switch_to_web()  # made with the pane: nothing was shown before it
            return
        # Chromium starts on its first page; the text preview stays on top until it is drawn.
        self._stack.setCurrentWidget(self._browser)
        self._keep_empty_on_top()
        view.setHtml(self._html, self._base_url)

    def _switch_to_web(self) -> None:
        had_focus = self._browser.hasFocus()
        self.backend = "web"
        self._slicer.stop()
        self._pieces = None
        self._stack.setCurrentWidget(self._view)
        self._keep_empty_on_top()
        for browser in (self._browser, self._spare):
            browser.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            browser.clear()
            browser.hide()
        self.setFocusProxy(self._view)
        if had_focus:
            self._view.setFocus()

    def _new_browser(self) -> TextView:
        browser = TextView(self, self.images)
        browser.setOpenLinks(False)
        browser.setOpenExternalLinks(False)
        browser.anchorClicked.connect(open_external)
        browser.setAccessibleName(self.tr("Preview"))
        # Always there, so a page growing past the view's height never narrows the text
        # (which would lay the whole page out again).
        browser.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # While a page is prepared in it, its layout engine's own timer (which lays out ever
        # bigger pieces at once) is held back: the pane lays it out in small slices instead.
        browser.document().documentLayout().installEventFilter(self)
        self._stack.addWidget(browser)
        return browser

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
        self.images.root = self._root
        if self._view is not None:
            self._interceptor.root = self._root
        elif self._defer_web:
            self._defer_web = False
            # Shortly after: the list filled by the same call gets drawn first.
            QTimer.singleShot(WEB_START_DELAY_MS, self, self.start_web)

    def set_html(self, html: str, base: Path | None = None) -> None:
        """Show a page; relative links resolve against `base` (the document's folder)."""
        self._html = html
        self._empty.setVisible(not html)
        self._keep_empty_on_top()
        base_url = QUrl.fromLocalFile(str(base) + os.sep) if base is not None else QUrl()
        self._base_url = base_url
        if self._view is not None and self.backend in ("web", "text"):
            self._view.setHtml(html, base_url)
        if self.backend == "text":
            spare = self._spare
            html = for_text_view(html)  # its page image in a block of its own
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
        self._empty.setText(self._empty_words)
        self.set_html("")

    def expect_page(self) -> None:
        """A page was opened: until its first render, the pane says it is being prepared
        (it said what it would show, the page already open)."""
        if not self._html:
            self._empty.setText(self.tr("Preparing the preview…"))

    def not_drawn(self) -> None:
        """The page's render failed (said on the status line): no longer "Preparing"."""
        if not self._html:
            self._empty.setText(self.tr("The preview could not be drawn."))

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
            world = application_world()
            self._view.page().runJavaScript(js, world)
        elif self.backend == "text":
            bar = self._browser.verticalScrollBar()
            bar.setValue(round(self._fraction * bar.maximum()))

    def resizeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._empty.setGeometry(self.rect())

    def _keep_empty_on_top(self) -> None:
        # Chromium's view, made and brought forward later, would cover the words.
        if not self._html:
            self._empty.raise_()

    @property
    def empty_words(self) -> str:
        """What the pane says while no page is shown ("" once one is)."""
        return self._empty.text() if self._empty.isVisible() else ""

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
