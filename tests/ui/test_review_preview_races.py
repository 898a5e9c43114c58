"""The text preview's sliced preparation against pages arriving, and windows closing, mid-way."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site
from editor_app.ui import preview
from editor_app.ui.preview import PreviewPane


@pytest.fixture
def slow_slices(monkeypatch) -> None:
    monkeypatch.setattr(preview, "SLICE_MS", 1)  # many slices, even on a fast machine
    monkeypatch.setattr(preview, "PIECE_CHARS", 2000)


def _pane(qtbot, root: Path) -> PreviewPane:
    pane = PreviewPane(web=False)
    qtbot.addWidget(pane)
    pane.set_site_root(root)
    pane.resize(500, 400)
    pane.show()
    return pane


def _pages(shared_site: Path) -> tuple[str, str, Path]:
    """A long page (ending "The very last words.") and a short one of the real site."""
    site = Site.open(shared_site)
    renderer = Renderer(site)
    pages = sorted(site.root.joinpath("_resources").glob("*.md"), key=lambda p: p.stat().st_size)
    doc = Document.load(pages[-1])
    doc.body = doc.body + "\n\n" + doc.body + "\n\nThe very last words."
    short = Document.load(pages[0])
    short.body = "A short page.\n"
    return renderer.render_page(doc), renderer.render_page(short), pages[-1].parent


def test_a_short_page_arriving_mid_way_is_the_one_shown(
    qtbot, shared_site: Path, slow_slices
) -> None:
    pane = _pane(qtbot, shared_site)
    long_html, short_html, base = _pages(shared_site)
    pane.set_html("<p>The page before.</p>", base)
    qtbot.waitUntil(lambda: "The page before." in pane.view.toPlainText())
    shown: list[str] = []
    pane.rendered.connect(lambda: shown.append(pane.view.toPlainText()))
    pane.set_html(long_html, base)
    qtbot.wait(5)
    assert pane._pieces is not None  # the long page is still being prepared
    assert "The page before." in pane.view.toPlainText()  # the page on show stays
    pane.set_html(short_html, base)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    qtbot.wait(100)
    assert len(shown) == 1 and "A short page." in shown[0]
    assert "The very last words." not in pane.view.toPlainText()
    assert pane.html() == short_html


def test_closing_while_a_page_is_prepared_stops_it(qtbot, shared_site: Path, slow_slices) -> None:
    pane = _pane(qtbot, shared_site)
    long_html, _short, base = _pages(shared_site)
    pane.set_html("<p>The page before.</p>", base)
    qtbot.waitUntil(lambda: "The page before." in pane.view.toPlainText())
    shown: list[str] = []
    pane.rendered.connect(lambda: shown.append("shown"))
    pane.set_html(long_html, base)
    qtbot.wait(5)
    pane.shutdown()  # what the main window does as it closes
    qtbot.wait(200)
    assert shown == []
    assert not pane._slicer.isActive()
    pane.set_html("<p>Too late.</p>", base)  # a render finishing after the close
    qtbot.wait(100)
    assert shown == []


@pytest.mark.skipif(not preview.HAVE_WEBENGINE, reason="QtWebEngine is not installed")
def test_a_deferred_web_preview_never_starts_after_the_window_closed(
    qtbot, shared_site: Path
) -> None:
    pane = PreviewPane(web=True, defer_web=True)
    qtbot.addWidget(pane)
    pane.set_site_root(shared_site)  # would start Chromium a moment later
    pane.shutdown()
    qtbot.wait(preview.WEB_START_DELAY_MS + 200)
    assert pane._view is None
    assert pane.backend == "closed"
