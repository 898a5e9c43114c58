"""A README in a Jekyll collection's folder has no header because it is a note for the people
working on the site, not a page: opensource-guide's `_articles/zh-hant/README.md` was told to
"add a header with at least a title", which would list it among the articles."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.site import Site
from editor_app.core.validate import validate_site

README_WORDS = (
    "README.md has no header (the lines between --- markers at the top), so the site does not "
    "list it as a page of this kind, but publishes the file as it is. If it is a note for the "
    "people working on the site, move it out of _articles/ into a folder that exclude: in "
    "_config.yml leaves out; if it is meant as a page, add a header with at least a title."
)
PAGE_WORDS = (
    "This page has no header (the lines between --- markers at the top), so the site will not "
    "list it as a page of this kind. Add a header with at least a title."
)


def _told(root: Path, rel: str) -> list[tuple]:
    problems = validate_site(Site.open(root), content=False, cache=False)
    return [(p.line, p.code, p.message) for p in problems if p.path == rel]


def test_opensource_guide_readme_is_told_it_is_published_as_it_is() -> None:
    root = shared_site_path("opensource-guide")
    assert _told(root, "_articles/zh-hant/README.md") == [(1, "no-front-matter", README_WORDS)]


def test_a_page_without_a_header_is_told_to_get_one(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("collections:\n  articles:\n    output: true\n")
    (tmp_path / "_articles").mkdir()
    (tmp_path / "_articles" / "other.md").write_text("---\ntitle: Other\n---\nText.\n")
    (tmp_path / "_articles" / "README.md").write_text("Notes.\n")
    (tmp_path / "_articles" / "readme-first.md").write_text("Just text.\n")
    assert _told(tmp_path, "_articles/README.md") == [(1, "no-front-matter", README_WORDS)]
    assert _told(tmp_path, "_articles/readme-first.md") == [(1, "no-front-matter", PAGE_WORDS)]
