"""Eleventy makes collections from tags: a page whose `override:tags` replaces the tags its
folder's data file gives, or that is excluded from collections, is not one of that
collection's pages, so it is not told it lacks what they all have (the blog's own list page,
`src/blog/blog.md`, has no `newstitle`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.site import Site
from editor_app.core.validate import validate_paths, validate_site


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _small_blog(root: Path, list_page_header: str) -> Path:
    _write(root / "eleventy.config.js", "module.exports = {};\n")
    _write(root / "blog" / "blog.json", '{"tags": ["blog"], "layout": "post.njk"}\n')
    for n in range(1, 8):  # enough posts that the one without a newstitle is told
        _write(root / "blog" / f"2024-0{n}-01-post.md", f"---\nnewstitle: Post {n}\n---\nText.\n")
    _write(root / "blog" / "blog.md", f"---\npermalink: /blog/\n{list_page_header}---\n# Blog\n")
    _write(root / "notes" / "notes.json", '{"layout": "note.njk"}\n')
    for n in range(1, 4):
        _write(root / "notes" / f"n{n}.md", f"---\nnewstitle: Note {n}\n---\nText.\n")
    _write(root / "notes" / "odd.md", "---\noverride:tags: []\n---\nNo title.\n")
    return root


def _blog_warnings(site: Site) -> list[str]:
    return [
        p.message
        for p in validate_site(site, content=False)
        if Path(p.path).name == "blog.md" and p.severity != "suggestion"
    ]


@pytest.mark.parametrize(
    ("header", "member"),
    [
        ("override:tags:\n", False),
        ("override:tags: []\n", False),
        ("override:tags: news\n", False),
        ("override:tags: [blog, news]\n", True),
        ("override:tags: blog\n", True),
        ("tags: [news]\n", True),  # merged with the folder's tags: still a blog page
        ("", True),
        ("eleventyExcludeFromCollections: true\n", False),
        ("eleventyExcludeFromCollections: [blog]\n", False),
        ("eleventyExcludeFromCollections: [news]\n", True),
        ("eleventyExcludeFromCollections: false\n", True),
        ("eleventyExcludeFromCollections: true\noverride:tags: [blog]\n", False),
    ],
)
def test_override_tags_decides_membership(tmp_path: Path, header: str, member: bool) -> None:
    site = Site.open(_small_blog(tmp_path / "site", header))
    page = site.root / "blog" / "blog.md"
    in_blog = [e.path.name for e in site.documents("blog")]
    assert ("blog.md" in in_blog) is member
    assert (site.collection_of(page) == "blog") is member
    fresh = Site.open(site.root)  # asked before the index is read
    assert (fresh.collection_of(page) == "blog") is member
    assert (fresh.entry(page).collection == "blog") is member
    warnings = _blog_warnings(site)
    assert bool([m for m in warnings if "News title is missing" in m]) is member


def test_a_folder_whose_data_names_no_tags_keeps_its_pages(tmp_path: Path) -> None:
    site = Site.open(_small_blog(tmp_path / "site", "override:tags:\n"))
    assert "odd.md" in [e.path.name for e in site.documents("notes")]


def test_membership_follows_a_saved_change_of_the_header(tmp_path: Path) -> None:
    site = Site.open(_small_blog(tmp_path / "site", "override:tags:\n"))
    page = site.root / "blog" / "blog.md"
    assert site.collection_of(page) is None
    page.write_text("---\npermalink: /blog/\n---\n# Blog\n", encoding="utf-8")
    assert site.update_entry(page).collection == "blog"
    assert site.collection_of(page) == "blog"
    assert "blog.md" in [e.path.name for e in site.documents("blog")]


def test_the_real_blog_list_page_is_no_blog_post() -> None:
    eleventy = shared_site_path("eleventy-website")
    site = Site.open(eleventy)
    page = eleventy.resolve() / "src" / "blog" / "blog.md"
    assert site.collection_of(page) is None
    names = [e.path.name for e in site.documents("blog")]
    assert "blog.md" not in names and "2020-08-11-mit.md" in names
    assert "2025-01-13-certification-result.md" not in names  # excluded from collections
    problems = validate_paths([str(page)], content=False)
    assert [p.message for p in problems if "newstitle" in p.message.lower()] == []
