"""Hugo shows a page's title where its link title is not given (menus, lists): a page with a
title and no `linkTitle` lacks nothing, even when every other page of its section has one
(hugo-docs' hugo-pipes/postcss.md, render-hooks/introduction.md)."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.site import Site
from editor_app.core.validate import validate_paths, validate_site


def _section(tmp_path: Path, last: str) -> list[tuple[str, str | None, str]]:
    (tmp_path / "hugo.toml").write_text('baseURL = "https://example.org/"\ntitle = "Docs"\n')
    folder = tmp_path / "content" / "pipes"
    folder.mkdir(parents=True)
    for i in range(6):
        (folder / f"p{i}.md").write_text(
            f"---\ntitle: Pipe {i}\nlinkTitle: Pipe number {i}\n---\nText.\n"
        )
    (folder / "last.md").write_text(last)
    return [(p.path, p.field, p.code) for p in validate_site(Site.open(tmp_path))]


def test_a_titled_page_without_a_link_title_is_not_told_to_add_one(tmp_path: Path) -> None:
    found = _section(tmp_path, "---\ntitle: PostCSS\n---\nText.\n")
    assert [f for f in found if f[1] == "linkTitle"] == []


def test_a_page_with_neither_is_still_told(tmp_path: Path) -> None:
    found = _section(tmp_path, "---\ndescription: No title at all.\n---\nText.\n")
    assert ("content/pipes/last.md", "linkTitle", "required-missing") in found


def test_hugo_docs_pages_without_a_link_title_are_not_flagged() -> None:
    site = shared_site_path("hugo-docs")
    pages = [
        site / "content/en/hugo-pipes/postcss.md",
        site / "content/en/render-hooks/introduction.md",
    ]
    problems = validate_paths([str(p) for p in pages], content=False, cache=False)
    assert [p for p in problems if p.code == "required-missing"] == []
