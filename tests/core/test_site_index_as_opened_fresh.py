"""After Get latest brings or takes away pages, `site.update_entry` leaves the index as
opening the site afresh reads it: a new page in an undeclared Jekyll `_name` folder (or a
folder the settings exclude) is left out, as the walk leaves it out (it was added as a loose
page); a collection whose last page is deleted is no longer listed (it stayed until the site
was opened again)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.core.site import Site


def _index(site: Site) -> dict:
    """What the index says of each page, and the collections' folders, order aside."""
    pages = {e.path: (e.collection, e.title, e.kind, repr(e.front_matter)) for e in site.entries()}
    return {
        "pages": pages,
        "collections": {name: tuple(c.folders) for name, c in site.collections.items()},
    }


def _jekyll(tmp_path: Path, config: str = "title: Kitchen\n") -> Path:
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text(config, encoding="utf-8")
    (root / "index.md").write_text("---\ntitle: Home\n---\nHello.\n", encoding="utf-8")
    return root


@pytest.mark.parametrize(
    "rel",
    ["_notes/idea.md", "_notes/deeper/idea.md", "vendor/readme.md", "about/.hidden/idea.md"],
)
def test_a_page_the_walk_leaves_out_stays_out(tmp_path: Path, rel: str) -> None:
    root = _jekyll(tmp_path, "title: Kitchen\nexclude: [vendor]\n")
    site = Site.open(root)
    site.entries()
    path = root / rel
    path.parent.mkdir(parents=True)
    path.write_text("---\ntitle: Idea\n---\nLater.\n", encoding="utf-8")
    assert site.update_entry(path) is None
    assert site.entry(path) is None
    assert _index(site) == _index(Site.open(root))


def test_an_included_underscore_folder_is_still_read(tmp_path: Path) -> None:
    root = _jekyll(tmp_path, "title: Kitchen\ninclude: [_pages]\n")
    site = Site.open(root)
    site.entries()
    path = root / "_pages/about.md"
    path.parent.mkdir()
    path.write_text("---\ntitle: About\n---\nUs.\n", encoding="utf-8")
    assert site.update_entry(path) is not None
    assert _index(site) == _index(Site.open(root))


def test_a_collection_s_last_page_deleted(tmp_path: Path) -> None:
    root = copy_shared_site("connectedbydata", tmp_path, symlinks=True)
    draft = root / "_drafts/civic-data-trusts.md"
    draft.parent.mkdir()
    draft.write_text("---\nlayout: post\ntitle: Civic data trusts\n---\nA draft.\n", "utf-8")
    site = Site.open(root)
    site.entries()
    assert "drafts" in site.collections
    shutil.rmtree(draft.parent)  # as Get latest leaves it: the file and its folder gone
    site.update_entry(draft)
    assert "drafts" not in site.collections
    assert _index(site) == _index(Site.open(root))


def test_a_hugo_section_s_last_page_deleted(tmp_path: Path) -> None:
    root = copy_shared_site("hugo-docs", tmp_path, symlinks=True)
    page = root / "content/en/recipes/soup.md"
    page.parent.mkdir()
    page.write_text("---\ntitle: Soup\n---\nBoil.\n", "utf-8")
    site = Site.open(root)
    site.entries()
    assert "recipes" in site.collections
    shutil.rmtree(page.parent)
    site.update_entry(page)
    assert "recipes" not in site.collections
    assert _index(site) == _index(Site.open(root))
