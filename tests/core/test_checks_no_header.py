"""A Markdown page without a header: Jekyll copies it as it is (not a page of its kind: told);
Hugo and Eleventy build it as a page all the same (never told it is not one)."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.core.site import Site
from editor_app.core.validate import validate_site


def _codes(site_root: Path, relative: str) -> list[str]:
    site = Site.open(site_root)
    return [p.code for p in validate_site(site, content=False) if p.path == relative]


def test_jekyll_page_without_a_header_is_told(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: t\ncollections:\n  docs:\n    output: true\n")
    (tmp_path / "_docs").mkdir()
    (tmp_path / "_docs" / "other.md").write_text("---\ntitle: Other\n---\nText.\n")
    (tmp_path / "_docs" / "page.md").write_text("Just text, no header.\n")
    assert "no-front-matter" in _codes(tmp_path, "_docs/page.md")


def test_hugo_page_without_a_header_is_a_page(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text('title = "t"\n')
    (tmp_path / "content" / "posts").mkdir(parents=True)
    (tmp_path / "content" / "posts" / "other.md").write_text("---\ntitle: Other\n---\nText.\n")
    (tmp_path / "content" / "posts" / "page.md").write_text("Just text, no header.\n")
    assert "no-front-matter" not in _codes(tmp_path, "content/posts/page.md")


@pytest.mark.parametrize(
    "relative", ["src/docs/local-installation.md", "src/docs/leaderboards-add.md"]
)
def test_eleventy_pages_without_a_header_are_pages(tmp_path: Path, relative: str) -> None:
    # Untouched pages of the real site: built by Eleventy with their folder's data (layout,
    # tags), as every other page there.
    root = copy_shared_site("eleventy-website", tmp_path)
    assert not (root / relative).read_text(encoding="utf-8").startswith("---")
    assert "no-front-matter" not in _codes(root, relative)
