"""A header mapping whose keys are data (web addresses, one-off names) is inferred as one
free-form group, not a field per key; the rows the form shows for it make the mapping back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.schema import load_schema
from editor_app.core.settings_form_group import GroupRow, group_value, is_free_group
from editor_app.core.site import Site


def _field(site_root: Path, collection: str, name: str):  # noqa: ANN202
    site = Site.open(site_root)
    schema = load_schema(site).for_collection(collection)
    return next(f for f in schema.fields if f.name == name)


def test_eleventy_related_links_is_one_free_form_group() -> None:
    root = shared_site_path("eleventy-website")
    site = Site.open(root)
    collection = site.collection_of(root / "src/docs/data-js.md")
    f = _field(root, collection, "relatedLinks")
    assert f.type == "object"
    assert f.fields == []  # rows of address and text, not a field per address


def test_a_group_of_field_names_keeps_its_fields() -> None:
    root = shared_site_path("eleventy-website")
    site = Site.open(root)
    collection = site.collection_of(root / "src/docs/data-js.md")
    f = _field(root, collection, "eleventyNavigation")
    assert {sub.name for sub in f.fields} >= {"parent", "key", "order"}


def _site(tmp_path: Path, headers: list[str]) -> Path:
    (tmp_path / "_config.yml").write_text("title: t\n")
    posts = tmp_path / "_posts"
    posts.mkdir()
    for i, header in enumerate(headers):
        (posts / f"2024-01-0{i + 1}-p{i}.md").write_text(f"---\ntitle: P{i}\n{header}---\nText\n")
    return tmp_path


def test_one_off_names_over_pages_are_a_free_group(tmp_path: Path) -> None:
    root = _site(
        tmp_path,
        [
            "glossary:\n  API: a way in\n  CLI: the command line\n",
            "glossary:\n  YAML: a header format\n",
            "glossary:\n  TOML: another one\n",
        ],
    )
    assert _field(root, "posts", "glossary").fields == []


def test_repeated_names_stay_fields(tmp_path: Path) -> None:
    root = _site(
        tmp_path,
        [
            "author:\n  name: Ann\n  email: a@example.org\n",
            "author:\n  name: Bob\n  email: b@example.org\n",
            "author:\n  name: Cy\n",
        ],
    )
    assert [f.name for f in _field(root, "posts", "author").fields] == ["name", "email"]


def test_rows_make_the_mapping_in_order_keeping_untouched_values() -> None:
    day = dt.date(2024, 5, 1)
    made = group_value(
        [
            GroupRow("/a/", "A", "/a/", "A", "A"),
            GroupRow("2024", "2024-05-01", 2024, day, "2024-05-01"),  # untouched: kept as is
            GroupRow("", ""),  # added, left empty
            GroupRow("/new/", "New"),
        ]
    )
    assert made.problem == ""
    assert list(made.value.items()) == [("/a/", "A"), (2024, day), ("/new/", "New")]


def test_rows_that_would_lose_a_value_write_nothing() -> None:
    twice = group_value([GroupRow("/a/", "A"), GroupRow(" /a/ ", "B")])
    assert twice.value is None and "Two rows are named '/a/'" in twice.problem and twice.row == 1
    nameless = group_value([GroupRow("", "B")])
    assert nameless.value is None and "no name" in nameless.problem


def test_no_rows_empty_the_group() -> None:
    made = group_value([GroupRow("", "")])
    assert made.value is None and made.problem == ""


def test_only_one_value_per_name_is_shown_as_rows() -> None:
    assert is_free_group({"/a/": "A", "b": 2})
    assert is_free_group(None)
    assert not is_free_group({"a": [1, 2]})
    assert not is_free_group("text")
