"""Template tags shown in the preview (Eleventy's author pages: `{% if site.twitter.toLowerCase()
== author.name.toLowerCase() or ... %}`) wrap inside a narrow pane instead of pushing the page
past its right edge behind a sideways scroll bar."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site
from editor_app.ui import preview
from editor_app.ui.preview import HAVE_WEBENGINE, PreviewPane

ELEVENTY = Path(__file__).resolve().parents[2].parent / "shared" / "sites" / "eleventy-website"


@pytest.mark.skipif(not HAVE_WEBENGINE, reason="QtWebEngine is not installed")
def test_long_template_tags_fit_the_pane(qtbot, tmp_path: Path) -> None:
    if not ELEVENTY.is_dir():
        pytest.skip(f"shared site not found at {ELEVENTY}")
    root = tmp_path / "eleventy-website"
    shutil.copytree(ELEVENTY, root, ignore=shutil.ignore_patterns(".git"))
    page = root / "src" / "authors" / "author-pages.md"
    html = Renderer(Site.open(root)).render_page(Document.load(page))
    assert "site.twitter.toLowerCase()" in html
    pane = PreviewPane(web=True)
    qtbot.addWidget(pane)
    pane.resize(330, 600)
    pane.show()
    with qtbot.waitSignal(pane.rendered, timeout=20000):
        pane.set_html(html, page.parent)
    widths: list[object] = []
    world = preview._web_classes().Script.ScriptWorldId.ApplicationWorld
    pane._view.page().runJavaScript(
        "document.documentElement.scrollWidth + ' ' + document.documentElement.clientWidth",
        world,
        widths.append,
    )
    qtbot.waitUntil(lambda: bool(widths), timeout=10000)
    assert pane.backend == "web"
    scroll_width, client_width = map(int, str(widths[0]).split())
    assert client_width > 0 and scroll_width <= client_width
    pane.shutdown()
    qtbot.wait(50)
