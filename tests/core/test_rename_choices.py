"""What Rename or Merge a Value offers: name fields, new values, what a pair of values means."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.rename_choices import (
    CAPITALS,
    MERGE,
    SAME,
    offered_names,
    pair_meaning,
    rename_fields,
    renames_target,
    target_names,
)
from editor_app.core.schema import load_schema
from editor_app.core.schema_model import FILE_KEY, CollectionSchema, Field, Schema
from editor_app.core.site import Site
from editor_app.core.tool_support import ValueUse, value_uses


def _schema() -> Schema:
    return Schema(
        collections={
            "posts": CollectionSchema(
                "posts",
                [
                    Field("title"),
                    Field("date", "date"),
                    Field("tags", "choices"),
                    Field("draft", "bool"),
                    Field("author", "relation", collection="people"),
                ],
            ),
            "people": CollectionSchema("people", [Field("name"), Field("role", "choice")]),
        }
    )


def test_a_collection_s_own_name_fields_come_first_then_other_collections() -> None:
    own, others = rename_fields(_schema(), "posts")
    assert [f.name for f in own] == ["title", "tags", "author"]  # no date, no yes/no
    assert [f.name for f in others] == ["name", "role"]


def test_with_no_page_open_every_name_field_is_in_one_group() -> None:
    own, others = rename_fields(_schema(), None)
    assert [f.name for f in own] == ["title", "tags", "author", "name", "role"]
    assert others == []


def test_a_collection_without_name_fields_lists_the_others_apart() -> None:
    schema = _schema()
    schema.collections["notes"] = CollectionSchema("notes", [Field("date", "date")])
    own, others = rename_fields(schema, "notes")
    assert own == []
    assert [f.name for f in others] == ["title", "tags", "author", "name", "role"]


def test_a_site_with_no_schema_offers_no_field() -> None:
    assert rename_fields(None, "posts") == ([], [])


def test_only_a_relation_naming_pages_by_a_field_renames_the_page_too() -> None:
    assert renames_target(Field("author", "relation", collection="people"))
    assert renames_target(Field("author", "relation", collection="people", key="name"))
    assert not renames_target(Field("author", "relation", collection="people", key=FILE_KEY))
    assert not renames_target(Field("author", "relation"))  # pointing nowhere
    assert not renames_target(Field("topics", "choices"))
    assert not renames_target(None)


def test_a_merge_a_same_value_and_capitals_are_told_apart() -> None:
    uses = [ValueUse("Health", 3), ValueUse("Public sector", 15)]
    assert pair_meaning("Health", "Health", uses) == SAME
    assert pair_meaning("Health", "Public sector", uses) == MERGE
    assert pair_meaning("Health", "Public Sector", uses) == CAPITALS
    assert pair_meaning("Health", "Wellbeing", uses) == ""
    assert pair_meaning(None, "Health", uses) == MERGE
    assert pair_meaning("Health", "", uses) == ""


def test_people_not_named_yet_are_offered_for_an_author(shared_site: Path) -> None:
    site = Site.open(shared_site)
    schema = load_schema(site)
    own, _others = rename_fields(schema, "resources")
    author = next(f for f in own if f.name == "author")
    uses = value_uses(site, "author")
    offered = offered_names(site, author, uses)
    people = target_names(site, author)
    assert set(offered) == {u.text for u in uses} | {p for p in people if p}
    assert len(offered) == len(set(offered))
    assert offered == sorted(offered, key=lambda n: (n.casefold(), n))
    assert set(people) - {u.text for u in uses}, "some people have written nothing yet"
    status = next(f for f in own if f.name == "status")
    assert offered_names(site, status, value_uses(site, "status")) == ["draft", "final"]
