"""`update_entry` of a file the site does not list as a page (a picture brought by Get latest
or kept by a choice, a text file, a `.md` with no name) leaves the index as opening the site
afresh reads it: Keep theirs on a picture made the page list count it as a document."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.core.site import Site

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


def _index(site: Site) -> dict:
    pages = {e.path: (e.collection, e.title, e.kind, repr(e.front_matter)) for e in site.entries()}
    return {
        "pages": pages,
        "collections": {name: tuple(c.folders) for name, c in site.collections.items()},
    }


def _jekyll(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Kitchen\n", encoding="utf-8")
    (root / "index.md").write_text("---\ntitle: Home\n---\nHello.\n", encoding="utf-8")
    (root / "_posts/2024-01-02-soup.md").write_text("---\ntitle: Soup\n---\nHot.\n", "utf-8")
    return root


@pytest.mark.parametrize(
    ("rel", "data"),
    [
        ("_posts/park.png", PNG),
        ("about/park.png", PNG),
        ("photos/new/park.jpg", PNG),
        ("notes.txt", b"---\ntitle: Not a page\n---\n"),
        ("_posts/.md", b"---\ntitle: No name\n---\n"),
    ],
    ids=["collection-picture", "page-folder-picture", "new-folder-picture", "text", "no-name"],
)
def test_a_file_that_is_no_page_stays_out(tmp_path: Path, rel: str, data: bytes) -> None:
    root = _jekyll(tmp_path)
    site = Site.open(root)
    site.entries()
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    assert site.update_entry(path) is None
    assert site.entry(path) is None
    assert _index(site) == _index(Site.open(root))


def test_before_the_index_is_read_a_picture_is_no_page(tmp_path: Path) -> None:
    root = _jekyll(tmp_path)
    path = root / "_posts/park.png"
    path.write_bytes(PNG)
    assert Site.open(root).update_entry(path) is None


def test_a_picture_kept_in_eleventy_s_blog(tmp_path: Path) -> None:
    root = copy_shared_site("eleventy-website", tmp_path, symlinks=True)
    site = Site.open(root)
    before = _index(site)
    pictures = [p for p in (root / "src/blog").rglob("*") if p.suffix.lower() in {".png", ".jpg"}]
    path = pictures[0] if pictures else root / "src/blog/park.png"
    path.write_bytes(PNG)  # as Keep theirs on a picture writes it
    assert site.update_entry(path) is None
    assert _index(site) == before == _index(Site.open(root))
