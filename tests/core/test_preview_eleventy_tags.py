"""11ty.dev's docs pages are previewed without their `tags` as chips under the title, as the
site's layouts (`layouts/docs.njk`, set by `docs.11tydata.js`) print none: Eleventy's tags
name the collections a page is in. A layout that prints them gets them in the preview."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site

NAV = "src/docs/pagination/nav.md"
TIP = "src/docs/quicktips/inline-css.md"


@pytest.fixture
def eleventy(tmp_path: Path) -> Path:
    root = tmp_path / "eleventy-website"
    shutil.copytree(
        shared_site_path("eleventy-website"),
        root,
        ignore=shutil.ignore_patterns(".git", "node_modules"),
    )
    return root


def test_docs_pages_show_no_tags_as_the_site_does(eleventy: Path) -> None:
    renderer = Renderer(Site.open(eleventy))
    for rel in (NAV, TIP):
        page = renderer.render_page(Document.load(eleventy / rel))
        assert 'class="page-topics"' not in page, rel
        assert "related-pagination" not in page and "related-filters" not in page


def test_a_layout_printing_the_tags_has_them_shown(eleventy: Path) -> None:
    layout = eleventy / "src/_includes/layouts/docs.njk"
    text = layout.read_text(encoding="utf-8")
    layout.write_text(
        text + "\n<ul>{% for tag in tags %}<li>{{ tag }}</li>{% endfor %}</ul>\n", encoding="utf-8"
    )
    page = Renderer(Site.open(eleventy)).render_page(Document.load(eleventy / NAV))
    assert '<ul class="page-topics"><li>related-pagination</li></ul>' in page
