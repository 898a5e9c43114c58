"""A new Eleventy docs page names itself in the navigation as most docs pages do (138 of
156 give `eleventyNavigation.key`): `key:` is its title, and `parent:` is added where most
pages of its folder hang from one (`docs/filters`: Filters). It was saved with an empty
`eleventyNavigation:` line. Where most pages give no key (blog posts: `parent: Blog` alone),
none is added; an empty group line is never written."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.cli import main
from editor_app.core.document import Document


@pytest.fixture
def eleventy(tmp_path: Path) -> Path:
    copy_shared_site("eleventy-website", tmp_path)
    return tmp_path / "eleventy-website"


def _new(site: Path, capsys: pytest.CaptureFixture[str], *args: str) -> Path:
    assert main(["new", *args, str(site)]) == 0
    return Path(capsys.readouterr().out.strip().splitlines()[0])


def test_a_new_docs_page_names_itself_by_key(eleventy: Path, capsys) -> None:
    page = _new(eleventy, capsys, "docs", "--title", "Shortcut Keys")
    text = page.read_text(encoding="utf-8")
    assert "\neleventyNavigation:\n  key: Shortcut Keys\n" in text
    assert Document.load(page).front_matter["eleventyNavigation"] == {"key": "Shortcut Keys"}


def test_in_a_folder_under_one_parent_the_parent_comes_first(eleventy: Path, capsys) -> None:
    page = _new(eleventy, capsys, "docs", "--title", "Reverse", "--folder", "src/docs/filters")
    text = page.read_text(encoding="utf-8")
    assert "\neleventyNavigation:\n  parent: Filters\n  key: Reverse\n" in text


def test_blog_posts_keep_their_parent_alone(eleventy: Path, capsys) -> None:
    page = _new(eleventy, capsys, "blog", "--title", "Hello there")
    assert Document.load(page).front_matter["eleventyNavigation"] == {"parent": "Blog"}


@pytest.mark.parametrize("collection", ["docs", "blog", "speedlify", "authors"])
def test_no_empty_group_line(eleventy: Path, capsys, collection: str) -> None:
    page = _new(eleventy, capsys, collection, "--title", "Empty or not")
    lines = page.read_text(encoding="utf-8").splitlines()
    for here, after in zip(lines, lines[1:], strict=False):
        assert here != "eleventyNavigation:" or after.startswith("  ")
