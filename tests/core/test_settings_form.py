"""Which rows the page settings form shows, and which edits write: the schema's fields in its
order, the rarely used ones the page lacks folded, the page's other keys after them in the
file's order, at most a few hundred in all; emptying a field the page never had writes
nothing. What a value typed into a box is: a number stays a number, a date is read from what
the page holds, a date typed the common ways is read (the month first in American English)."""

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
    date_as_page_wrote,
    edit_writes,
    form_rows,
    is_complex,
    month_first_language,
    typed_date,
    typed_date_time,
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


MARCH_12 = dt.date(2025, 3, 12)


@pytest.mark.parametrize(
    "text",
    [
        "2025-03-12",
        "2025/3/12",
        "12/03/2025",
        "12.03.2025",
        "12-03-2025",
        "12/3/2025",
        " 12 / 03 / 2025 ",
        "12 March 2025",
        "12 march, 2025",
        "12th of March 2025",
        "12 Mar 2025",
        "12-Mar-2025",
        "March 12, 2025",
        "Mar. 12 2025",
        "MARCH 12 2025",
        "2025 March 12",
    ],
)
def test_a_date_typed_the_common_ways_is_read_day_first(text: str) -> None:
    assert typed_date(text, month_first=False) == MARCH_12


@pytest.mark.parametrize(
    ("text", "day_first", "month_first"),
    [
        ("12/03/2025", MARCH_12, dt.date(2025, 12, 3)),
        ("03.12.2025", dt.date(2025, 12, 3), MARCH_12),
        ("2025-03-12", MARCH_12, MARCH_12),  # year first: always year, month, day
        ("12 March 2025", MARCH_12, MARCH_12),  # a month's name says which is the month
        ("March 12, 2025", MARCH_12, MARCH_12),
        # Only one date the numbers make: that one, whichever comes first where it is typed.
        ("13/03/2025", dt.date(2025, 3, 13), dt.date(2025, 3, 13)),
        ("03/13/2025", dt.date(2025, 3, 13), dt.date(2025, 3, 13)),
    ],
)
def test_numbers_are_read_month_first_only_in_american_english(
    text: str, day_first: dt.date, month_first: dt.date
) -> None:
    assert typed_date(text, month_first=False) == day_first
    assert typed_date(text, month_first=True) == month_first


@pytest.mark.parametrize(
    "text",
    [
        "",
        "soon",
        "Spring 2024",
        "12/03/25",  # which century: refused, the year must be written in full
        "12 March 25",
        "1/2/3",
        "31/02/2025",  # no such day
        "30/02/2025",
        "12/03-2025",  # two different signs
        "12 Marchember 2025",
        "12 Mars 2025",
        "2025-03",
        "12 March",
        "20250312",
        "12/03/2025 14:30",  # a date box holds no time
    ],
)
def test_text_that_is_no_date_is_refused(text: str) -> None:
    assert typed_date(text, month_first=False) is None
    assert typed_date(text, month_first=True) is None


def test_only_american_english_puts_the_month_first() -> None:
    assert month_first_language("en_US") and month_first_language("en-us")
    for language in ("en_GB", "en_AU", "en", "fr_FR", "de", ""):
        assert not month_first_language(language)


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("12/03/2025 14:30", dt.time(14, 30)),
        ("2025-03-12T14:30:15", dt.time(14, 30, 15)),
        ("2025-03-12 09:05", dt.time(9, 5)),
        ("12 March 2025, 2:30 pm", dt.time(14, 30)),
        ("March 12, 2025 at 12am", dt.time(0, 0)),
        ("12 Mar 2025 12:10 p.m.", dt.time(12, 10)),
        ("12/03/2025", None),  # the date alone: the field keeps its time
    ],
)
def test_a_date_and_time_typed(text: str, time: dt.time | None) -> None:
    assert typed_date_time(text, month_first=False) == (MARCH_12, time)


@pytest.mark.parametrize(
    "text",
    [
        "12/03/2025 25:00",
        "12/03/2025 14",
        "2025-03-12 10:61",
        "12/03/2025 13pm",
        "soon 10:00",
        "2025-03-12T10:00:00+01:00",
        "12/03/25 10:00",
    ],
)
def test_a_time_that_is_none_is_refused(text: str) -> None:
    assert typed_date_time(text, month_first=False) is None


MONTH_NAMES = (
    "January February March April May June July August September October November December"
)
MONTH_NAMES = MONTH_NAMES.split()


def _ways_to_write(day: dt.date, month_first: bool) -> list[str]:
    """A day written every way an author may type it, in the order numbers are read."""
    d, m, y = day.day, day.month, day.year
    name = MONTH_NAMES[m - 1]
    first, second = (m, d) if month_first else (d, m)
    ways = [f"{y:04d}-{m:02d}-{d:02d}", f"{y}/{m}/{d}"]
    for sep in "/.-":
        ways += [f"{first:02d}{sep}{second:02d}{sep}{y}", f"{first}{sep}{second}{sep}{y}"]
    ways += [f"{d} {name} {y}", f"{d} {name[:3]} {y}", f"{name} {d}, {y}", f"{name[:3]} {d} {y}"]
    ways += [f"{d}-{name[:3]}-{y}", f"{d:02d} {name} {y}".upper()]
    return ways


@given(st.dates(min_value=dt.date(1000, 1, 2), max_value=dt.date(9999, 12, 31)), st.booleans())
def test_any_date_written_each_way_reads_back_as_itself(day: dt.date, month_first: bool) -> None:
    for text in _ways_to_write(day, month_first):
        assert typed_date(text, month_first) == day, text
        assert typed_date_time(text, month_first) == (day, None), text
        assert typed_date_time(f"{text} 10:30", month_first) == (day, dt.time(10, 30)), text


@given(st.text(alphabet="0123456789/.- ", max_size=12), st.booleans())
def test_numbers_read_as_a_date_are_a_real_day_with_a_four_digit_year(
    text: str, month_first: bool
) -> None:
    day = typed_date(text, month_first)
    if day is not None:
        assert str(day.year) in text and 1000 <= day.year


EAST = dt.timezone(dt.timedelta(hours=5, minutes=30))


@pytest.mark.parametrize(
    ("original", "new", "written"),
    [
        # Text stays text, in its own form: the time and zone a Jekyll post wrote stay.
        ("2018-08-17 12:56:24 -0400", MARCH_12, "2025-03-12 12:56:24 -0400"),
        ("2018-08-17 12:56:24 -0400", dt.datetime(2025, 3, 12, 9, 5), "2025-03-12 09:05:00 -0400"),
        ("2018-08-17T09:30Z", dt.datetime(2025, 3, 12, 14, 5, 7), "2025-03-12T14:05Z"),
        ("2018-08-17 9:30", dt.datetime(2025, 3, 12, 9, 5), "2025-03-12 9:05"),
        ("2018-08-17 12:56:24.5 +0200", MARCH_12, "2025-03-12 12:56:24.5 +0200"),
        ("2018-08-17", MARCH_12, "2025-03-12"),
        # A date and time picked as a day alone keeps the page's time of day and zone.
        (
            dt.datetime(2018, 1, 1, 10, 0, tzinfo=EAST),
            MARCH_12,
            dt.datetime(2025, 3, 12, 10, 0, tzinfo=EAST),
        ),
        (dt.date(2018, 1, 1), MARCH_12, MARCH_12),
        (None, MARCH_12, MARCH_12),  # a new date: as the form writes dates
        ("Spring 2024", MARCH_12, MARCH_12),
        (dt.date(2018, 1, 1), None, None),  # emptied
    ],
)
def test_a_date_is_written_as_the_page_wrote_its_own(original, new, written) -> None:  # noqa: ANN001
    assert date_as_page_wrote(new, original) == written
    assert type(date_as_page_wrote(new, original)) is type(written)


@given(
    st.dates(min_value=dt.date(1000, 1, 1)),
    st.dates(min_value=dt.date(1000, 1, 1)),
    st.sampled_from(["", " 12:56:24 -0400", "T09:30Z", " 9:05", " 23:59:59.5 +0200"]),
)
def test_a_day_picked_changes_only_the_day_of_the_page_s_text(
    old: dt.date, new: dt.date, after: str
) -> None:
    original = old.isoformat() + after
    written = date_as_page_wrote(new, original)
    assert written == new.isoformat() + after
    assert as_date(written) == new
