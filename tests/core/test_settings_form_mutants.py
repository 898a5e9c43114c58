"""The settings form's rules (`core/settings_form.py`) at their edges: a schema exactly as long
as the form, "Sept", times at each limit, days of three digits, a page's date text that names
no real day or holds its day twice, and the error a number that is none gives.

Mutants named as equivalent (no test can tell them apart):
- `form_rows` adding the keys missing from `key_order` when none is missing (it adds none).
- `typed_date` reading year-first numbers whose day has three digits (no month has a day 100
  or more: refused either way).
"""

from __future__ import annotations

import datetime as dt

import pytest

from editor_app.core.schema import CollectionSchema, Field
from editor_app.core.settings_form import (
    date_as_page_wrote,
    form_rows,
    typed_date,
    typed_date_time,
    typed_number,
)


def test_a_schema_exactly_as_long_as_the_form_gets_a_row_for_every_field() -> None:
    schema = CollectionSchema("pages", [Field(n) for n in "abcd"])
    rows = form_rows({"a": 1}, schema, ["a"], max_rows=4)
    assert [f.name for f in rows.fields] == ["a", "b", "c", "d"] and rows.left_out == 0


@pytest.mark.parametrize("text", ["12 Sept 2025", "Sept. 12, 2025", "12 sept 2025"])
def test_september_may_be_written_sept(text: str) -> None:
    assert typed_date(text, month_first=False) == dt.date(2025, 9, 12)


def test_a_day_or_month_of_three_digits_is_refused() -> None:
    for text in ("012/03/2025", "12/003/2025"):
        assert typed_date(text, month_first=False) is None, text
        assert typed_date(text, month_first=True) is None, text


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("12/03/2025 1pm", dt.time(13, 0)),
        ("12/03/2025 1:15 am", dt.time(1, 15)),
        ("12/03/2025 23:30", dt.time(23, 30)),
        ("12/03/2025 10:00:59", dt.time(10, 0, 59)),
    ],
)
def test_times_at_their_limits_are_read(text: str, time: dt.time) -> None:
    assert typed_date_time(text, month_first=False) == (dt.date(2025, 3, 12), time)


@pytest.mark.parametrize(
    "text", ["12/03/2025 24:00", "12/03/2025 10:60", "12/03/2025 10:00:60", "12/03/2025 0pm"]
)
def test_times_past_their_limits_are_refused(text: str) -> None:
    assert typed_date_time(text, month_first=False) is None


def test_underscores_are_dropped_however_many() -> None:
    assert typed_number("1__000") == 1000 and typed_number("_250") == 250


def test_a_number_that_is_none_is_refused_naming_what_was_typed() -> None:
    for text in ("nan", "inf"):
        with pytest.raises(ValueError) as caught:
            typed_number(text)
        assert caught.value.args == (text,)


def test_a_page_s_date_text_naming_no_real_day_is_replaced_by_the_date_picked() -> None:
    picked = dt.date(2025, 3, 1)
    for original in ("2025-02-30", "20250301"):
        written = date_as_page_wrote(picked, original)
        assert written == picked and isinstance(written, dt.date), original


def test_a_page_s_date_text_holding_its_day_twice_changes_the_first() -> None:
    original = "2018-08-17 (first shown 2018-08-17)"
    written = date_as_page_wrote(dt.date(2025, 1, 2), original)
    assert written == "2025-01-02 (first shown 2018-08-17)"
