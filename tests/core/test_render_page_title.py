"""The preview's page heading: the title field, else the file name; but a page with no title
whose text opens with its own `# Heading` shows that heading alone, as the site does."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site

ELEVENTY = Path(__file__).resolve().parents[3] / "shared" / "sites" / "eleventy-website"


def _page(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "data-cascade.md"
    path.write_text(text, encoding="utf-8")
    return Document.load(path)


def test_a_title_is_the_heading(tmp_path: Path) -> None:
    html = Renderer(None).render_page(_page(tmp_path, "---\ntitle: Data\n---\n# Inside\n"))
    assert '<h1 class="page-title">Data</h1>' in html


def test_no_title_and_no_heading_shows_the_file_name(tmp_path: Path) -> None:
    html = Renderer(None).render_page(_page(tmp_path, "---\nlayout: x\n---\nSome text.\n"))
    assert '<h1 class="page-title">data-cascade</h1>' in html


def test_no_title_and_an_opening_heading_shows_that_heading_alone(tmp_path: Path) -> None:
    html = Renderer(None).render_page(_page(tmp_path, "---\nlayout: x\n---\n\n# Data Cascade\n"))
    assert 'class="page-title"' not in html
    assert html.count("<h1") == 1 and "Data Cascade</h1>" in html
    assert "<title>data-cascade" in html  # the window's title still names the page


def test_the_eleventy_data_cascade_page_as_the_site_shows_it() -> None:
    page = ELEVENTY / "src" / "docs" / "data-cascade.md"
    if not page.is_file():
        pytest.skip("the shared sites are not here")
    html = Renderer(Site.open(ELEVENTY)).render_page(Document.load(page))
    assert 'class="page-title"' not in html
    assert "Data Cascade</h1>" in html
