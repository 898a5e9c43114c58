"""Which rows the page settings form shows, and which edits write: the schema's fields in its
order, the rarely used ones the page lacks folded, the page's other keys after them in the
file's order, at most a few hundred in all; emptying a field the page never had writes
nothing. What a value typed into a box is: a number stays a number, a date is read from what
the page holds."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.schema import CollectionSchema, Field, load_schema
from editor_app.core.settings_form import (
    MAX_FORM_ROWS,
    as_date,
    as_datetime,
    edit_writes,
    form_rows,
    is_complex,
    typed_number,
    typed_value,
)
from editor_app.core.site import Site


def names(fields: list[Field]) -> list[str]:
    return [f.name for f in fields]


def test_schema_fields_first_in_its_order_then_the_page_s_others_in_the_file_s_order() -> None:
    schema = CollectionSchema("posts", [Field("title"), Field("date", "date"), Field("tags")])
    page = {"zeta": 1, "title": "T", "alpha": 2, "tags": []}
    rows = form_rows(page, schema, ["zeta", "title", "alpha", "tags"])
    assert names(rows.fields) == ["title", "date", "tags"]  # date too: the page may fill it
    assert rows.others == ["zeta", "alpha"]
    assert rows.rare == [] and rows.left_out == 0 and rows.from_schema


def test_keys_missing_from_the_order_come_after_those_in_it() -> None:
    page = {"b": 1, "a": 2, "c": 3}
    rows = form_rows(page, None, ["c", "gone"])
    assert rows.others == ["c", "b", "a"]
    assert rows.fields == [] and not rows.from_schema


def test_a_page_without_schema_or_settings_has_no_rows() -> None:
    rows = form_rows({}, None, [])
    assert rows.fields == [] and rows.others == [] and rows.rare == []
    assert not rows.from_schema and rows.left_out == 0


def test_a_rare_field_is_folded_only_on_a_page_without_it() -> None:
    tip = Field("tiptitle", used_by=2)
    title = Field("title", used_by=150)
    schema = CollectionSchema("docs", [title, tip], documents=156)
    assert schema.is_rare(tip) and not schema.is_rare(title)
    rows = form_rows({"title": "Tags"}, schema, ["title"])
    assert names(rows.fields) == ["title"] and names(rows.rare) == ["tiptitle"]
    rows = form_rows({"title": "Tags", "tiptitle": "Tags"}, schema, ["title", "tiptitle"])
    assert names(rows.fields) == ["title", "tiptitle"] and rows.rare == []


def test_a_page_with_thousands_of_settings_gets_a_few_hundred_rows() -> None:
    fields = [Field(f"f{i}") for i in range(5_000)]
    schema = CollectionSchema("pages", fields)
    page = {f"f{i}": i for i in range(5_000)}
    rows = form_rows(page, schema, list(page))
    assert len(rows.fields) == MAX_FORM_ROWS
    assert rows.left_out == 5_000 - MAX_FORM_ROWS
    # Another page of the collection: its own fields and the required ones, not 5,000 rows.
    fields[9].required = True
    rows = form_rows({"f1": "a", "f7": "b"}, schema, ["f1", "f7"])
    assert names(rows.fields) == ["f1", "f7", "f9"] and rows.left_out == 0


def test_the_others_fill_the_room_the_schema_leaves() -> None:
    schema = CollectionSchema("pages", [Field("a"), Field("b")])
    page = {"a": 1, "x": 2, "y": 3, "z": 4}
    rows = form_rows(page, schema, list(page), max_rows=4)
    assert names(rows.fields) == ["a", "b"] and rows.others == ["x", "y"]
    assert rows.left_out == 1
    # A schema longer than the form: its fields the page lacks (b) are no setting of it.
    rows = form_rows(page, schema, list(page), max_rows=1)
    assert names(rows.fields) == ["a"] and rows.others == [] and rows.left_out == 3


@given(
    st.dictionaries(st.sampled_from("abcdefgh"), st.integers(), max_size=8),
    st.lists(st.sampled_from("abcdefgh"), unique=True, max_size=8),
    st.integers(min_value=0, max_value=10),
)
def test_every_setting_has_one_row_or_is_counted_left_out(
    page: dict, schema_names: list[str], max_rows: int
) -> None:
    schema = CollectionSchema("pages", [Field(n) for n in schema_names])
    rows = form_rows(page, schema, sorted(page, reverse=True), max_rows=max_rows)
    shown = names(rows.fields) + names(rows.rare) + rows.others
    assert len(shown) == len(set(shown)) <= max_rows
    # A schema longer than the form lists only the page's own fields (none is required).
    listed = (
        schema_names if len(schema_names) <= max_rows else [n for n in schema_names if n in page]
    )
    others = [k for k in sorted(page, reverse=True) if k not in listed]
    assert rows.others == others[: len(rows.others)]
    assert len(shown) + rows.left_out == len(set(listed) | set(page))


def test_emptying_a_field_the_page_never_had_writes_nothing() -> None:
    assert not edit_writes({"title": "T"}, "subtitle", None)
    assert edit_writes({"title": "T"}, "subtitle", "")  # text typed, then cleared to ""
    assert edit_writes({"title": "T"}, "subtitle", "S")
    assert edit_writes({"title": "T", "subtitle": "S"}, "subtitle", None)  # emptied: written
    assert edit_writes({"subtitle": None}, "subtitle", None)


def test_eleventy_docs_fold_their_rarely_used_fields_on_the_collections_page() -> None:
    eleventy = shared_site_path("eleventy-website")
    site = Site.open(eleventy)
    page = eleventy / "src" / "docs" / "collections.md"
    doc = Document.load(page)
    schema = load_schema(site).for_collection(site.collection_of(page))
    rows = form_rows(doc.front_matter, schema, list(doc.front_matter))
    assert {"tiptitle", "headerTitle", "searchTitle"} <= set(names(rows.rare))
    assert {"pageTitle", "eleventyNavigation"} <= set(names(rows.fields))
    assert not set(names(rows.rare)) & set(doc.front_matter)
    assert rows.left_out == 0


@pytest.mark.parametrize(
    ("text", "number"),
    [("12", 12), (" 12 ", 12), ("1.5", 1.5), ("1,000", 1000), ("1_000", 1000), ("-3", -3)],
)
def test_a_number_typed_is_read_as_people_write_it(text: str, number: float) -> None:
    assert typed_number(text) == number
    assert type(typed_number(text)) is type(number)


@pytest.mark.parametrize("text", ["abc", "", "nan", "inf", "-inf", "1.2.3", "12 pages"])
def test_what_is_no_number_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        typed_number(text)


@given(st.one_of(st.integers(), st.floats(allow_nan=False, allow_infinity=False)))
def test_a_number_written_out_reads_back_the_same(number: float) -> None:
    assert typed_number(str(number)) == number


def test_a_box_keeps_a_number_a_number_only_where_the_page_had_one() -> None:
    assert typed_value("7", 3) == 7 and typed_value("7.5", 3) == 7.5
    assert typed_value("seven", 3) == "seven"  # not a number: kept as the author typed it
    assert typed_value("7", "3") == "7"  # the page had text there: text it stays
    assert typed_value("7", True) == "7"  # a yes/no is no number
    assert typed_value("7", None) == "7"
    assert typed_value("  ", 3) is None and typed_value("", "x") is None


def test_lists_and_groups_are_complex_values() -> None:
    assert is_complex([]) and is_complex({"a": 1})
    assert not is_complex("a, b") and not is_complex(None) and not is_complex(3)


def test_dates_are_read_from_what_the_page_holds() -> None:
    day = dt.date(2025, 3, 10)
    assert as_date(day) == day
    assert as_date(dt.datetime(2025, 3, 10, 9, 30)) == day
    assert as_date("2025-03-10") == day and as_date(" 2025-03-10T09:30:00Z") == day
    for not_a_date in ("Spring 2024", "2025-02-30", "", None, 20250310):
        assert as_date(not_a_date) is None
    assert as_datetime(day) == dt.datetime(2025, 3, 10)
    assert as_datetime("2025-03-10 09:30:00") == dt.datetime(2025, 3, 10, 9, 30)
    when = dt.datetime(2025, 3, 10, 9, 30)
    assert as_datetime(when) is when
    for not_a_time in ("Spring 2024", "2025-02-30 10:00", None, 3):
        assert as_datetime(not_a_time) is None
