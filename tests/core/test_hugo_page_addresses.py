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


def _pages(tmp_path: Path, settings: str, pages: dict[str, str]) -> Site:
    (tmp_path / "hugo.toml").write_text(f"title = 'S'\n{settings}", encoding="utf-8")
    for rel, header in pages.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"---\n{header}\n---\nText.\n", encoding="utf-8")
    return Site.open(tmp_path)


PERMALINKS = "[permalinks]\n  posts = '/:year/:month/:slug/'\n"


@pytest.mark.parametrize(
    ("settings", "slugged", "titled"),
    [
        ("", "/notes/über-uns/", "/2024/03/mein-größter-post/"),
        ("removePathAccents = true\n", "/notes/uber-uns/", "/2024/03/mein-großter-post/"),
        ("disablePathToLower = true\n", "/notes/Über-Uns/", "/2024/03/Mein-größter-Post/"),
    ],
)
def test_url_slug_and_permalinks_give_the_address_every_part_of_the_window_uses(
    tmp_path: Path, settings: str, slugged: str, titled: str
) -> None:
    """`url:`, `slug:` and a section's `[permalinks]` template say where Hugo publishes a page;
    the shared addresses (the preview's links, a rename, Check's links) know them, the slug and
    title made path parts as the site's path settings say."""
    site = _pages(
        tmp_path,
        settings + PERMALINKS,
        {
            "content/notes/orig.md": "title: N\nslug: Über Uns",
            "content/notes/moved.md": "title: M\nURL: /elsewhere/Moved/",
            "content/posts/first.md": "title: Mein größter Post\ndate: 2024-03-05",
            "content/posts/second.md": "title: Second\nslug: two\ndate: 2024-04-01",
            "content/posts/_index.md": "title: Posts",
        },
    )
    content = tmp_path / "content"
    expected = {
        "notes/orig.md": slugged,
        "notes/moved.md": "/elsewhere/Moved/",  # as written: Hugo leaves `url:` alone
        "posts/first.md": titled,
        "posts/second.md": "/2024/04/two/",
        "posts/_index.md": "/posts/",  # a section's list takes no page template
    }
    for rel, address in expected.items():
        page = content / rel
        assert site.url_for(page) == address, rel
        assert site.find_by_url(address) == page.resolve(), rel
    # The folder's address leads to no page once another is given.
    assert site.find_by_url("/notes/orig/") is None
    assert site.find_by_url("/posts/first/") is None
    assert site.folder_url_for(content / "notes/orig.md") == "/notes/orig/"
