"""A page's title where its site keeps it: `title`, or a field named for it (Eleventy's blog
posts say `newstitle`), in the list, the preview and a new page."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.new_page import new_page_bytes
from editor_app.core.render import Renderer
from editor_app.core.schema import load_schema
from editor_app.core.site import Site
from editor_app.core.site_entries import title_value


@pytest.mark.parametrize(
    ("header", "title"),
    [
        ({"title": "A", "newstitle": "B"}, "A"),
        ({"newstitle": "News", "eleventyNavigation": {"key": "x"}}, "News"),
        ({"title": "", "linkTitle": "Short"}, "Short"),
        ({"title": 2024}, "2024"),
        ({"title": True, "subtitle": "Sub"}, "Sub"),
        ({"title": None}, None),
        ({"layout": "post"}, None),
        ({"pagetitle": ["a"]}, None),
    ],
)
def test_the_title_is_title_or_a_field_named_for_it(header: dict, title: str | None) -> None:
    assert title_value(header) == title


def _blog_site(tmp_path: Path) -> Path:
    eleventy = shared_site_path("eleventy-website")
    site = tmp_path / "eleventy-website"
    shutil.copytree(eleventy, site)
    return site


def test_blog_posts_are_listed_and_previewed_by_their_newstitle(tmp_path: Path) -> None:
    site = Site.open(_blog_site(tmp_path))
    post = site.root / "src" / "blog" / "2019-12-05-moving-house.md"
    doc = Document.load(post)
    news = doc.front_matter["newstitle"]
    entry = next(e for e in site.documents("blog") if e.path.name == post.name)
    assert entry.title == news
    html = Renderer(site).render_page(doc)
    assert f'<h1 class="page-title">{news}</h1>' in html.replace("&#x27;", "'")


def test_a_new_blog_post_takes_its_title_in_newstitle(tmp_path: Path) -> None:
    site = Site.open(_blog_site(tmp_path))
    data = new_page_bytes(site, "blog", "Hello there", load_schema(site), dt.date(2026, 1, 2))
    front = Document.from_text(data.decode()).front_matter
    assert front["newstitle"] == "Hello there"
    assert "title" not in front
