"""The text preview (QTextBrowser): long pages prepared in slices look exactly as parsed whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument, QTextFormat

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site
from editor_app.ui import preview, preview_images
from editor_app.ui.preview import PagePieces, PreviewPane, add_piece

# Properties that differ between two documents without changing what is shown: the id of a
# list object, and an explicit left-to-right direction where the other leaves it automatic.
_IGNORED = {QTextFormat.Property.ObjectIndex.value, QTextFormat.Property.LayoutDirection.value}


def _blocks(document: QTextDocument) -> list[tuple]:
    """Every block as text, block format, list place and (text, format) of each run."""
    out = []
    block = document.begin()
    while block.isValid():
        fmt = {k: v for k, v in block.blockFormat().properties().items() if k not in _IGNORED}
        runs = []
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            runs.append((fragment.text(), fragment.charFormat()))
            it += 1
        listed = block.textList()
        place = (listed.format().style(), listed.itemNumber(block)) if listed else None
        out.append((block.text(), fmt, place, runs))
        block = block.next()
    return out


def _in_pieces(html: str, piece_chars: int) -> tuple[QTextDocument, int]:
    pieces = PagePieces(html, piece_chars)
    document = QTextDocument()
    document.setDefaultStyleSheet(pieces.css)
    document.setHtml(pieces.next_piece())
    count = 1
    while not pieces.done:
        add_piece(document, pieces.next_piece())
        count += 1
    return document, count


def _pages(site_root: Path) -> list[str]:
    site = Site.open(site_root)
    renderer = Renderer(site)
    return [renderer.render_page(Document.load(e.path)) for e in site.entries()]


@pytest.mark.parametrize(("piece_chars", "pages_cut"), [(1, 50), (3000, 10)])
def test_a_page_built_in_pieces_is_the_page_parsed_whole(
    qtbot, shared_site: Path, piece_chars: int, pages_cut: int
) -> None:
    # Every page of the real site, cut at every safe place (1) or every few thousand
    # characters: the same blocks, texts, formats and list numbers as one parse of the page
    # with its own stylesheet, as the text preview used to show it.
    cut = 0
    for html in _pages(shared_site):
        whole = QTextDocument()
        whole.setHtml(html)
        document, count = _in_pieces(html, piece_chars)
        cut += count > 1
        assert _blocks(document) == _blocks(whole)
    assert cut >= pages_cut  # the real site has pages long enough to be cut


def test_pages_without_the_body_markers_are_one_piece(qtbot) -> None:
    pieces = PagePieces("<html><body><p>Hello</p><p>there</p></body></html>", 1)
    assert pieces.next_piece() == "<html><body><p>Hello</p><p>there</p></body></html>"
    assert pieces.done


def _pane(qtbot, root: Path) -> PreviewPane:
    pane = PreviewPane(web=False)
    qtbot.addWidget(pane)
    pane.set_site_root(root)
    pane.resize(500, 400)
    pane.show()
    return pane


def _long_page(shared_site: Path) -> tuple[str, Path]:
    site = Site.open(shared_site)
    renderer = Renderer(site)
    path = max(site.root.joinpath("_resources").glob("*.md"), key=lambda p: p.stat().st_size)
    doc = Document.load(path)
    body = doc.body
    doc.body = body + "\n\n" + body + "\n\nThe very last words."
    return renderer.render_page(doc), path.parent


def test_a_long_page_is_prepared_out_of_sight_then_shown_where_the_editor_is(
    qtbot, shared_site: Path, monkeypatch
) -> None:
    monkeypatch.setattr(preview, "SLICE_MS", 1)  # many slices, even on a fast machine
    monkeypatch.setattr(preview, "PIECE_CHARS", 2000)
    pane = _pane(qtbot, shared_site)
    with qtbot.waitSignal(pane.rendered, timeout=10000):
        pane.set_html("<p>The first page</p>")
    first = pane.view
    html, base = _long_page(shared_site)
    pane.set_scroll_fraction(1.0)  # the editor shows the end of the page
    slices = []
    pane._slicer.timeout.connect(lambda: slices.append(pane.view.toPlainText()))
    with qtbot.waitSignal(pane.rendered, timeout=20000):
        pane.set_html(html, base)
    # While it was prepared (every slice but the last, which shows it) the page on show
    # stayed as it was.
    assert len(slices) > 3
    assert all(text == "The first page" for text in slices[:-1])
    shown = pane.view
    assert shown is not first and shown.isVisible()
    assert shown.toPlainText().rstrip().endswith("The very last words.")
    bar = shown.verticalScrollBar()
    assert bar.maximum() > 1000 and bar.value() == bar.maximum()
    qtbot.waitUntil(lambda: first.toPlainText() == "")  # the page underneath is freed
    pane.set_scroll_fraction(0.0)
    assert bar.value() == 0


def test_a_newer_page_replaces_one_still_being_prepared(
    qtbot, shared_site: Path, monkeypatch
) -> None:
    monkeypatch.setattr(preview, "SLICE_MS", 1)
    monkeypatch.setattr(preview, "PIECE_CHARS", 2000)
    pane = _pane(qtbot, shared_site)
    html, base = _long_page(shared_site)
    shown: list[str] = []
    pane.rendered.connect(lambda: shown.append(pane.view.toPlainText()))
    pane.set_html(html, base)
    qtbot.wait(1)
    pane.set_html(html.replace("The very last words.", "Changed last words."), base)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    qtbot.wait(100)
    assert len(shown) == 1 and shown[0].rstrip().endswith("Changed last words.")


def test_images_inside_the_site_show_and_others_are_blocked(qtbot, shared_site: Path) -> None:
    images = sorted((shared_site / "assets").rglob("*.png"))
    assert images
    inside = QUrl.fromLocalFile(str(images[0]))
    pane = _pane(qtbot, shared_site)
    html = (
        f"<p><img src='{inside.toString()}'><img src='file:///etc/hostname.png'>"
        "<a href='https://example.org/'>a link</a></p>"
    )
    with qtbot.waitSignal(pane.rendered, timeout=10000):
        pane.set_html(html, shared_site)
    document = pane.view.document()
    loaded = document.resource(QTextDocument.ResourceType.ImageResource.value, inside)
    assert not loaded.isNull() and loaded.width() > 1
    outside = QUrl("file:///etc/hostname.png")
    blocked = document.resource(QTextDocument.ResourceType.ImageResource.value, outside)
    assert blocked is None or blocked.isNull()
    # The image is decoded once: preparing the page again reuses it.
    with qtbot.waitSignal(pane.rendered, timeout=10000):
        pane.set_html(html + "<p>again</p>", shared_site)
    again = pane.view.document().resource(QTextDocument.ResourceType.ImageResource.value, inside)
    assert again.cacheKey() == loaded.cacheKey()


def test_clicking_a_link_in_a_prepared_page_opens_the_browser(
    qtbot, shared_site: Path, monkeypatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    html, base = _long_page(shared_site)
    html = html.replace("The very last words.", "<a href='https://example.org/'>A link</a>")
    pane = _pane(qtbot, shared_site)
    pane.set_scroll_fraction(1.0)
    with qtbot.waitSignal(pane.rendered, timeout=20000):
        pane.set_html(html, base)
    view = pane.view
    cursor = view.document().find("A link")
    cursor.setPosition(cursor.selectionStart() + 2)
    point = view.cursorRect(cursor).center()
    assert view.viewport().rect().contains(point)  # scrolled to the end, where the link is
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened == ["https://example.org/"]


def test_tab_from_the_editor_reaches_the_preview_on_show(
    qtbot, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtCore import QSettings
    from window_helpers import open_site

    from editor_app.ui.dialogs import Choice, UnsavedChangesDialog
    from editor_app.ui.main_window import MainWindow

    monkeypatch.setenv("EDITOR_APP_PREVIEW", "text")
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda cls, p, n, **_: Choice.DISCARD))
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window.show()
    try:
        open_site(qtbot, window, site_copy)
        views = set()
        for name in ("case-study-cag.md", "case-study-dfe.md", "case-study-cag.md"):
            with qtbot.waitSignal(window.previewUpdated, timeout=20000):
                window.open_document(site_copy / "_resources" / name)
            views.add(id(window.preview.view))
            # The next widget Tab gives the focus to, after the editor, is the page on show.
            widget = window.editor.nextInFocusChain()
            while not (
                widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget = widget.nextInFocusChain()
            assert widget is window.preview.view
        assert len(views) == 2  # the two browsers took turns
    finally:
        window.close()
        qtbot.wait(50)
        window.deleteLater()
        qtbot.wait(10)


def test_the_image_cache_keeps_only_the_images_last_used(
    qtbot, shared_site: Path, monkeypatch
) -> None:
    monkeypatch.setattr(preview_images, "IMAGE_CACHE_SIZE", 2)
    images = sorted((shared_site / "assets").rglob("*.png"))[:3]
    assert len(images) == 3
    pane = _pane(qtbot, shared_site)
    for image in images:
        with qtbot.waitSignal(pane.rendered, timeout=10000):
            pane.set_html(f"<p><img src='{QUrl.fromLocalFile(str(image)).toString()}'></p>")
    assert list(pane.images.entries) == [str(images[1]), str(images[2])]


def test_a_wide_image_is_shrunk_to_fit_the_text_preview(qtbot, shared_site: Path) -> None:
    # QTextBrowser has no max-width: without this a wide diagram ran off the pane's edge.
    images = sorted((shared_site / "assets").rglob("*.png"))
    wide = next(p for p in images if QImage(str(p)).width() > 900)
    natural = QImage(str(wide))
    url = QUrl.fromLocalFile(str(wide))
    pane = _pane(qtbot, shared_site)
    pane.resize(500, 600)
    qtbot.wait(10)
    with qtbot.waitSignal(pane.rendered, timeout=10000):
        pane.set_html(f"<p><img src='{url.toString()}'></p>", shared_site)
    shown = pane.view.document().resource(QTextDocument.ResourceType.ImageResource.value, url)
    assert shown.width() <= pane.view.viewport().width()
    assert shown.width() < natural.width()
    ratio = natural.height() / natural.width()
    assert abs(shown.height() - shown.width() * ratio) <= 1  # not stretched


def test_the_page_image_gets_a_block_of_its_own_below_the_topics(qtbot, shared_site: Path) -> None:
    # The text view does not know <figure>: the image used to sit inside the last topic's line.
    page = Renderer(Site.open(shared_site)).render_page(
        Document.load(shared_site / "_resources/case-study-cag.md")
    )
    assert '<figure class="page-image">' in page
    pane = _pane(qtbot, shared_site)
    with qtbot.waitSignal(pane.rendered, timeout=10000):
        pane.set_html(page, shared_site / "_resources")
    block = pane.view.document().begin()
    holding_image = []
    while block.isValid():
        if "\ufffc" in block.text() and block.text().strip("\ufffc ") == "":
            holding_image.append(block)
        block = block.next()
    assert holding_image, "the page image is not in a block of its own"
    first = holding_image[0]
    assert first.textList() is None
    assert first.previous().text() == "Health"  # the last topic, on its own line
