"""Jekyll reads `category` and `categories` (and `tag` and `tags`) as one list: a value given
in one of them is no new value for the other. jekyll-docs told its post
`category: community` that 'community' was "not used for Category anywhere else", beside
eight posts with `categories: [community]`."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path
from test_checks_mutants_header import found, make_site, resource

from editor_app.core.site import Site
from editor_app.core.validate import validate_site

SASS_POST = "_posts/2022-12-21-jekyll-sass-converter-3.0-released.markdown"


def test_jekyll_docs_community_post_is_not_told_its_category_is_new() -> None:
    site = Site.open(shared_site_path("jekyll-docs"))
    problems = validate_site(site, content=False, cache=False)
    assert [p for p in problems if p.path == SASS_POST] == []
    assert [p for p in problems if p.code == "not-a-choice" and p.field == "category"] == []


def _pages(new: str, twin_values: list[str]) -> dict[str, str]:
    pages = {f"_resources/r{i}.md": resource(i, category="release") for i in range(8)}
    for i, value in enumerate(twin_values):
        pages[f"_resources/t{i}.md"] = resource(20 + i, categories=f"[{value}]")
    pages["_resources/new.md"] = resource(99, category=new)
    return pages


def test_a_value_used_only_in_the_twin_field_is_no_slip(tmp_path: Path) -> None:
    problems = validate_site(make_site(tmp_path, _pages("community", ["community"])), content=False)
    assert found(problems, "_resources/new.md") == []


def test_a_value_used_in_neither_field_is_still_told(tmp_path: Path) -> None:
    problems = validate_site(make_site(tmp_path, _pages("meetup", ["community"])), content=False)
    assert [(p[1], p[2]) for p in found(problems, "_resources/new.md")] == [
        ("category", "not-a-choice")
    ]
