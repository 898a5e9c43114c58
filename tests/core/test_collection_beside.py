"""The kind of page File > New starts on when the open page is in no collection: the one its
folder's pages are (a Hugo section's `_index.md`, the Eleventy blog's listing `blog.md`);
none for a page at the top of the site."""

from __future__ import annotations

import pytest
from shared_sites import shared_site_path

from editor_app.core.new_page_folders import collection_beside
from editor_app.core.site import Site


@pytest.mark.parametrize(
    ("name", "page", "expected"),
    [
        ("hugo-docs", "content/en/functions/_index.md", "functions"),
        ("hugo-docs", "content/en/functions/strings/_index.md", "functions"),
        ("hugo-docs", "content/en/_index.md", None),
        ("eleventy-website", "src/blog/blog.md", "blog"),
        ("eleventy-website", "src/docs/index.md", "docs"),
        ("eleventy-website", "src/404.md", None),
        ("jekyll-docs", "_docs/index.md", "docs"),
    ],
)
def test_collection_beside_a_page_in_none(name: str, page: str, expected: str | None) -> None:
    site = Site.open(shared_site_path(name))
    assert collection_beside(site, site.root / page) == expected
