"""An image whose own style caps its width (`style="max-width: 700px"`) stays within the
preview's text column, as the site's stylesheet sizes it to its column; the preview scrolled
sideways under it."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site


def _preview(page: Path) -> str:
    return Renderer(Site.open(page)).render_page(Document.load(page))


def test_an_images_own_max_width_is_kept_within_the_column(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: T\n", encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(
        "---\ntitle: P\n---\n\n"
        '<img src="a.png" alt="wide" style="max-width: 700px">\n\n'
        '<img src="b.png" alt="b" style="border: 0; max-width:50% !important; height: auto">\n\n'
        '<div style="max-width: 700px">text</div>\n',
        encoding="utf-8",
    )
    shown = _preview(page)
    assert 'alt="wide" style="max-width: min(700px, 100%)"' in shown
    assert 'style="border: 0; max-width:min(50%, 100%) !important; height: auto"' in shown
    assert '<div style="max-width: 700px">' in shown  # only images
    assert page.read_text(encoding="utf-8").count("min(") == 0  # the page is not changed


def test_eleventy_screenshot_fits_the_column() -> None:
    page = shared_site_path("eleventy-website") / "src/blog/2021-02-26-espbn.md"
    shown = _preview(page)
    assert 'class="sites-screenshot" style="max-width: min(700px, 100%)"' in shown
