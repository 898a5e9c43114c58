"""A field of more than 12 values is still a choice when each value is used over and over
(opensource-guide's `class`: 13 article names, each on ~29 pages, one per language; `lang`: 29
languages, 12 pages each); many values used a few times each stay typed text (Hugo's
`returnType`, 45 types, 6 uses each), and no title or description ever becomes a list."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.schema import infer_schema
from editor_app.core.schema_model import Field
from editor_app.core.site import Site

SITES = ["connectedbydata", "opensource-guide", "jekyll-docs", "hugo-docs", "eleventy-website"]
FREE_TEXT = {"title", "linktitle", "description", "summary", "excerpt", "subtitle", "name"}


def _fields(fields: list[Field]):  # noqa: ANN202 - a generator of Fields, nested ones too
    for f in fields:
        yield f
        yield from _fields(f.fields)


def test_opensource_guide_class_and_lang_are_choices() -> None:
    schema = infer_schema(Site.open(shared_site_path("opensource-guide")))
    articles = schema.for_collection("articles")
    klass = articles.field("class")
    assert klass.type == "choice"
    assert len(klass.choices) == 13 and "accessibility-best-practices" in klass.choices
    lang = articles.field("lang")
    assert lang.type == "choice" and len(lang.choices) == 29


def test_hugo_return_types_stay_typed_text() -> None:
    schema = infer_schema(Site.open(shared_site_path("hugo-docs")))
    found = [
        f
        for cs in schema.collections.values()
        for f in _fields(cs.fields)
        if f.name == "returnType"
    ]
    assert found and all(f.type == "text" for f in found)


@pytest.mark.parametrize("name", SITES)
def test_no_free_text_field_becomes_a_list(name: str) -> None:
    schema = infer_schema(Site.open(shared_site_path(name)))
    for cs in schema.collections.values():
        for f in _fields(cs.fields):
            if f.name.lower() in FREE_TEXT:
                assert f.type not in ("choice", "choices"), (cs.name, f.name, f.choices)


def _site(tmp_path: Path, values: list[str]) -> Site:
    (tmp_path / "_config.yml").write_text("title: t\n")
    posts = tmp_path / "_posts"
    posts.mkdir()
    for i, value in enumerate(values):
        (posts / f"2024-01-01-p{i}.md").write_text(f"---\ntitle: P{i}\ntopic: {value}\n---\nText\n")
    return Site.open(tmp_path)


def test_thirteen_values_used_ten_times_each_are_a_choice(tmp_path: Path) -> None:
    values = [f"topic-{i}" for i in range(13)] * 10
    field = infer_schema(_site(tmp_path, values)).for_collection("posts").field("topic")
    assert field.type == "choice" and len(field.choices) == 13


def test_thirteen_values_used_five_times_each_stay_text(tmp_path: Path) -> None:
    values = [f"topic-{i}" for i in range(13)] * 5
    field = infer_schema(_site(tmp_path, values)).for_collection("posts").field("topic")
    assert field.type == "text"


def test_beyond_forty_values_is_never_a_drop_down(tmp_path: Path) -> None:
    values = [f"topic-{i}" for i in range(41)] * 12
    field = infer_schema(_site(tmp_path, values)).for_collection("posts").field("topic")
    assert field.type == "text"


def test_related_offers_every_class() -> None:
    schema = infer_schema(Site.open(shared_site_path("opensource-guide")))
    articles = schema.for_collection("articles")
    related = articles.field("related")
    assert related.type == "choices"
    assert related.choices[:8] == [  # the ones used first, as seen
        "best-practices", "building", "leadership", "beginners", "metrics", "finding", "coc",
        "contribute",
    ]
    assert set(related.choices) == set(articles.field("class").choices)


def test_two_values_are_not_widened(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: t\n")
    posts = tmp_path / "_posts"
    posts.mkdir()
    kinds = ["news", "post", "event", "talk"]
    for i in range(12):
        (posts / f"2024-01-01-p{i}.md").write_text(
            f"---\ntitle: P{i}\nkind: {kinds[i % 4]}\nlayout: {['news', 'post'][i % 2]}\n---\nT\n"
        )
    layout = infer_schema(Site.open(tmp_path)).for_collection("posts").field("layout")
    assert layout.choices == ["news", "post"]
