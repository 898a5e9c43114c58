"""A page brought into a folder that became a collection since the site was opened (Get
latest: the first Jekyll draft in a new `_drafts`, a declared collection's first page, a Hugo
section's first page, an Eleventy folder) is indexed in that collection by
`site.update_entry`, as opening the site afresh indexes it; before, it was a loose page, so
the page list, Check and the review queue disagreed about it."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.core.site import Site


def _index(site: Site) -> dict:
    """What the index says of each page, and the collections' folders, order aside."""
    pages = {e.path: (e.collection, e.title, e.kind, repr(e.front_matter)) for e in site.entries()}
    folders = {name: tuple(c.folders) for name, c in site.collections.items()}
    return {
        "pages": pages,
        "collections": folders,
        "dated": {n: c.dated for n, c in site.collections.items()},
    }


def _arrive(site: Site, root: Path, files: dict[str, str]) -> None:
    """What Get latest does: the files written, then the index told of each."""
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for rel in files:
        site.update_entry(root / rel)


def _assert_as_opened_fresh(root: Path, files: dict[str, str], collection: str) -> None:
    site = Site.open(root)
    site.entries()
    _arrive(site, root, files)
    for rel in files:
        assert site.collection_of(root / rel) == collection
        assert site.entry(root / rel).collection == collection
    assert collection in site.collections
    assert _index(site) == _index(Site.open(root))


def test_a_declared_jekyll_collection_s_first_page(tmp_path: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text(
        "title: Kitchen\ncollections:\n  recipes:\n    output: true\n", encoding="utf-8"
    )
    (root / "index.md").write_text("---\ntitle: Home\n---\nHello.\n", encoding="utf-8")
    files = {
        "_recipes/soup.md": "---\ntitle: Soup\n---\nBoil.\n",
        "_recipes/bread.md": "---\ntitle: Bread\n---\nBake.\n",
    }
    _assert_as_opened_fresh(root, files, "recipes")


def test_a_loose_page_starts_no_collection(tmp_path: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: Kitchen\n", encoding="utf-8")
    (root / "index.md").write_text("---\ntitle: Home\n---\nHello.\n", encoding="utf-8")
    site = Site.open(root)
    site.entries()
    _arrive(site, root, {"about/team.md": "---\ntitle: Team\n---\nUs.\n"})
    assert site.entry(root / "about/team.md").collection is None
    assert _index(site) == _index(Site.open(root))


def test_a_new_jekyll_drafts_folder(tmp_path: Path) -> None:
    root = copy_shared_site("connectedbydata", tmp_path, symlinks=True)
    files = {
        "_drafts/civic-data-trusts.md": "---\nlayout: post\ntitle: Civic data trusts\n---\nA first draft.\n"
    }
    _assert_as_opened_fresh(root, files, "drafts")


@pytest.mark.parametrize(
    ("name", "folder", "collection"),
    [
        ("hugo-docs", "content/en/recipes", "recipes"),
        ("eleventy-website", "src/recipes", "recipes"),
    ],
)
def test_a_new_section_or_folder(tmp_path: Path, name: str, folder: str, collection: str) -> None:
    root = copy_shared_site(name, tmp_path, symlinks=True)
    files = {
        f"{folder}/2026-01-02-soup.md": "---\ntitle: Soup\n---\nBoil.\n",
        f"{folder}/2026-01-03-bread.md": "---\ntitle: Bread\n---\nBake.\n",
    }
    _assert_as_opened_fresh(root, files, collection)
