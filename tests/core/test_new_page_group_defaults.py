"""A new page starts with the defaults of a group's fields too: a new Eleventy blog post
gets `eleventyNavigation:` with `parent: Blog` (as 66 of the 68 posts have it), not an empty
`eleventyNavigation:` that leaves the post out of the blog's navigation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.cli import main
from editor_app.core.document import Document
from editor_app.core.new_page import new_page_bytes
from editor_app.core.schema import load_schema
from editor_app.core.site import Site


@pytest.fixture
def eleventy(tmp_path: Path) -> Path:
    copy_shared_site("eleventy-website", tmp_path)
    return tmp_path / "eleventy-website"


def test_a_new_blog_post_has_its_navigation_parent(eleventy: Path) -> None:
    site = Site.open(eleventy)
    data = new_page_bytes(site, "blog", "Hello there", load_schema(site), dt.date(2026, 1, 2))
    doc = Document.from_bytes(data)
    assert doc.error is None
    assert doc.front_matter["eleventyNavigation"] == {"parent": "Blog"}
    assert doc.front_matter["newstitle"] == "Hello there"
    assert "\neleventyNavigation:\n  parent: Blog\n" in data.decode()


def test_the_command_line_new_page_too(eleventy: Path, capsys) -> None:
    assert main(["new", "blog", "--title", "Hello there", str(eleventy)]) == 0
    page = Path(capsys.readouterr().out.strip().splitlines()[0])
    assert Document.load(page).front_matter["eleventyNavigation"] == {"parent": "Blog"}


def test_a_group_only_some_pages_have_is_not_added(eleventy: Path) -> None:
    # A few docs pages list `hosts:` with `screenshotSize: medium`; a new docs page does not.
    site = Site.open(eleventy)
    doc = Document.from_bytes(new_page_bytes(site, "docs", "Hello", load_schema(site)))
    assert "hosts" not in doc.front_matter and "classicHosts" not in doc.front_matter


def test_a_new_docs_page_puts_its_title_where_the_docs_pages_do(eleventy: Path) -> None:
    # Eleventy's docs have no `title`: most name themselves by their menu key and open their
    # body with `# Configuration`; only 14 of 156 give `pageTitle` (the docs layout's heading),
    # 13 quick tips `tiptitle` (which the docs layout never shows). This test once pinned
    # `pageTitle: Hello`, a field most docs pages leave out, beside the key saying it again.
    site = Site.open(eleventy)
    doc = Document.from_bytes(new_page_bytes(site, "docs", "Hello", load_schema(site)))
    assert doc.front_matter["eleventyNavigation"]["key"] == "Hello"
    assert "pageTitle" not in doc.front_matter and "tiptitle" not in doc.front_matter
    assert doc.body.strip() == "# Hello"
