"""A Hugo page's address as Hugo makes it from its file's path (`MakePathSanitized`): spaces
as hyphens, lowered unless `disablePathToLower`, accents removed with `removePathAccents`."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.site import Site


def _hugo(tmp_path: Path, settings: str = "") -> Site:
    (tmp_path / "hugo.toml").write_text(f"title = 'S'\n{settings}", encoding="utf-8")
    posts = tmp_path / "content" / "Posts"
    posts.mkdir(parents=True)
    (posts / "Hügó Page.md").write_text("---\ntitle: H\n---\nText.\n", encoding="utf-8")
    return Site.open(tmp_path)


@pytest.mark.parametrize(
    ("settings", "address"),
    [
        ("", "/posts/hügó-page/"),
        ("removePathAccents = true\n", "/posts/hugo-page/"),
        ("removepathaccents = true\n", "/posts/hugo-page/"),  # Hugo's names ignore case
        ("removePathAccents = false\n", "/posts/hügó-page/"),
        ("disablePathToLower = true\n", "/Posts/Hügó-Page/"),
        ("removePathAccents = true\ndisablePathToLower = true\n", "/Posts/Hugo-Page/"),
    ],
)
def test_a_pages_address_follows_hugos_path_settings(
    tmp_path: Path, settings: str, address: str
) -> None:
    site = _hugo(tmp_path, settings)
    page = tmp_path / "content" / "Posts" / "Hügó Page.md"
    assert site.url_for(page) == address
    assert site.find_by_url(address) == page.resolve()


def test_hugo_docs_pages_named_in_capitals_are_published_in_lower_case() -> None:
    root = shared_site_path("hugo-docs")
    site = Site.open(root)
    page = root / "content" / "en" / "methods" / "page" / "RegularPages.md"
    assert site.url_for(page) == "/methods/page/regularpages/"
