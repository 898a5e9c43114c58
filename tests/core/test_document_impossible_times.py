"""A date or time in a header that does not exist (2025-02-30, 25:00:00, 10:60:00, 10:00:60,
a zone of +25:00) is told on the date's own line, in plain words: the window's banner
(`Document.error`), `editor-app set` (which refuses it), the site index and the validator's
`invalid-date` all say what is wrong, never Python's words ("hour must be in 0..23").

Surviving mutants of `document_errors` named as equivalent: `date_time_problem`'s zone minutes
`or 1` for `or 0` (an hour's count of minutes plus one crosses 24 hours only where it already
has); `impossible_date`'s `tag is None or event.implicit[0]` (a value that is not plain
resolves as text all the same), `SafeLoader("XXXX")` (its text is never read: only its
resolver is asked), `yaml.parse(text)` with its default loader (the same events) and
`text.count("\\n", None, ...)` (the same start as 0)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_checks_mutants_header import found, make_site

from editor_app.core.checks.common import as_date
from editor_app.core.document import Document, parse_cli_value
from editor_app.core.document_errors import (
    date_time_problem,
    explain_yaml_error,
    impossible_date,
    unmade_value,
)
from editor_app.core.site_entries import read_front_matter
from editor_app.core.validate import validate_site

PYTHON_WORDS = ("must be in", "out of range", "ValueError", "timedelta", "offset", "strictly")

HOUR = (
    "The time in 2025-01-01 25:00:00 on this line does not exist: an hour goes from 0 to 23. "
    "Correct it, for example 2025-01-01 18:30:00."
)
ZONE = (
    "The time zone in 2025-01-01 10:00:00 +25:00 on this line does not exist: a zone is less "
    "than 24 hours from UTC. Correct it, for example +01:00 or -05:00."
)


def _two(n: int) -> str:
    return f"{n:02d}"


@st.composite
def impossible_date_time(draw: st.DrawFn) -> str:
    """A date or date-time as YAML reads one, with exactly one part that cannot exist."""
    year = draw(st.integers(1, 9999))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    # (a tab between date and time: the pure-Python reader stops at it, another mistake)
    separator = draw(st.sampled_from(["T", "t", " ", "  "]))
    hour, minute, second = draw(st.integers(0, 23)), draw(st.integers(0, 59)), 0
    fraction = draw(st.sampled_from(["", ".5", ".123456789", "."]))
    zone = draw(st.sampled_from(["", "Z", " Z", "+01:00", "-5", " +05:30"]))
    broken = draw(st.sampled_from(["day", "month", "hour", "minute", "second", "zone"]))
    if broken == "day":
        day = draw(st.integers(29, 99) | st.just(0))
        if day in (29, 30, 31):
            month = 2 if day > 29 or year % 4 else draw(st.sampled_from([4, 6, 9, 11]))
            day = 31 if month != 2 else day
    elif broken == "month":
        month = draw(st.integers(13, 99) | st.just(0))
    elif broken == "hour":
        hour = draw(st.integers(24, 99))
    elif broken == "minute":
        minute = draw(st.integers(60, 99))
    elif broken == "second":
        second = draw(st.integers(60, 99))
    else:
        sign = draw(st.sampled_from("+-"))
        zone_hour = draw(st.integers(24, 99))
        zone = f"{sign}{zone_hour}" + draw(st.sampled_from(["", ":00", ":59"]))
    written = f"{year:04d}-{_two(month)}-{_two(day)}"
    if broken in ("day", "month") and draw(st.booleans()):
        return written  # a date alone
    return f"{written}{separator}{hour}:{_two(minute)}:{_two(second)}{fraction}{zone}"


@given(
    impossible_date_time(),
    st.integers(0, 4),
    st.integers(0, 3),
    st.sampled_from(["date", "published", "when"]),
)
@settings(max_examples=300, deadline=None)
def test_an_impossible_date_or_time_is_told_on_its_line_in_plain_words(
    value: str, before: int, after: int, key: str
) -> None:
    fields_before = "".join(f"field{i}: value {i}\n" for i in range(before))
    fields_after = "".join(f"later{i}: 2025-01-0{i + 1}\n" for i in range(after))
    header = f"title: A page\n{fields_before}{key}: {value}\n{fields_after}"
    doc = Document.from_text(f"---\n{header}---\nBody\n")
    assert doc.error is not None
    date_line = 3 + before  # `---`, the title, the fields before
    assert doc.error.line == date_line, (value, doc.error)
    assert "does not exist" in doc.error.message and value.strip() in doc.error.message
    assert not any(words in doc.error.message for words in PYTHON_WORDS), doc.error.message
    assert doc.body == "Body\n" and doc.front_matter == {}
    # The site index (the list of pages, the review queue) says the same on the same line.
    data, error, line = read_front_matter(f"---\n{header}---\nBody\n".encode())
    assert (data, error, line) == ({}, doc.error.message, date_line)
    # `editor-app set` refuses such a value in the same words.
    with pytest.raises(ValueError) as refused:
        parse_cli_value(value)
    assert not any(words in str(refused.value) for words in PYTHON_WORDS), refused.value
    assert str(refused.value) == date_time_problem(value.strip(), "")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2025-01-01 25:00:00", HOUR),
        ("2025-01-01 10:00:00 +25:00", ZONE),
        (
            "2025-1-1 10:60:00",
            "The time in 2025-1-1 10:60:00 on this line does not exist: a minute goes from 0 to "
            "59. Correct it, for example 2025-1-1 18:30:00.",
        ),
        (
            "2025-01-01t10:00:60",
            "The time in 2025-01-01t10:00:60 on this line does not exist: a second goes from 0 "
            "to 59. Correct it, for example 2025-01-01 18:30:00.",
        ),
        (
            "2024-02-30",
            "The date 2024-02-30 on this line does not exist: February 2024 has 29 days. Correct "
            "it, written as year-month-day, for example 2025-02-28.",
        ),
        (
            "2025-04-31 10:00:00",
            "The date 2025-04-31 10:00:00 on this line does not exist: April 2025 has 30 days. "
            "Correct it, written as year-month-day, for example 2025-02-28.",
        ),
        (
            "2025-00-10",
            "The date 2025-00-10 on this line does not exist: a month goes from 1 to 12. Correct "
            "it, written as year-month-day, for example 2025-02-28.",
        ),
        (
            "0000-01-01",
            "The date 0000-01-01 on this line does not exist: there is no year 0. Correct it, "
            "written as year-month-day, for example 2025-02-28.",
        ),
        # One part past its end, the others at theirs.
        ("2025-01-01 24:59:59", None),
        ("2025-01-01 23:60:59", None),
        ("2025-01-01 23:59:60", None),
        ("2025-01-01 10:00:00 -24", None),
        ("2025-01-01 10:00:00 +23:60", None),
    ],
)
def test_each_part_that_does_not_exist_is_named(value: str, message: str | None) -> None:
    said = date_time_problem(value)
    assert said is not None
    if message is not None:
        assert said == message
    assert said.startswith("The ") and " on this line does not exist: " in said


@pytest.mark.parametrize(
    "value",
    [
        "2025-01-01 23:59:59",
        "2024-02-29",
        "9999-12-31",
        "0001-01-01",
        "2025-01-01 00:00:00",
        "2025-01-01 10:00:00 +23:59",
        "2025-01-01 10:00:00 -23:59",
        "2025-01-01 10:00:00 Z",
        "2025-01-01 10:00:00.999999999",
        "2025-02-30x",  # not a date as YAML reads one: text
        "next tuesday",
    ],
)
def test_a_date_that_exists_or_is_no_date_has_no_problem(value: str) -> None:
    assert date_time_problem(value) is None
    assert impossible_date(f"d: {value}\n") is None


def test_where_is_said_after_the_value() -> None:
    assert date_time_problem("2025-01-01 25:00:00", "") == HOUR.replace(" on this line", "")
    assert date_time_problem("2025-01-01 10:00:00 +25:00", " in 'when'") == ZONE.replace(
        " on this line", " in 'when'"
    )


def test_only_values_read_as_dates_are_judged() -> None:
    # Quoted, marked as text, or inside a longer text: not a date, whatever it looks like.
    header = (
        "a: '2025-02-30'\nb: \"2025-01-01 25:00:00\"\nc: !!str 2025-02-30\nd: due 2025-02-30\n"
        "e: [x, 2025-01-01 10:00:00 +25:00]\n"
    )
    assert impossible_date(header) == (4, ZONE)
    # `!` alone leaves the value to be read as the reader reads it: a date here.
    assert impossible_date("c: ! 2025-01-01 25:00:00\n") == (0, HOUR)
    assert impossible_date(header.replace("+25", "+05")) is None
    # A value marked as a date is judged as one; on the line the value starts on.
    assert impossible_date("a: 1\nb: !!timestamp\n  2025-01-01 25:00:00\n") == (2, HOUR)
    assert impossible_date("t: x\n&key d: 2025-01-01 25:00:00\n") == (1, HOUR)  # key's anchor
    assert impossible_date("d: &when 2025-01-01 25:00:00\n") == (0, HOUR)
    assert impossible_date("\nd: 2025-01-01 25:00:00\n") == (1, HOUR)  # after a blank line
    assert impossible_date("[never closed\nd: 2025-02-30\n") is None  # no YAML: no answer
    assert impossible_date("no date here: 12-30\n") is None


def test_the_first_value_the_reader_cannot_make_is_the_one_told() -> None:
    tag = "The value '12x' is marked as a whole number (!!int) but is not one."
    header = "a: !!int 12x\nd: 2025-01-01 25:00:00\n"
    line, message = unmade_value(header)  # type: ignore[misc]
    assert line == 0 and message.startswith(tag)
    assert explain_yaml_error(ValueError("invalid literal"), header).startswith(tag)
    header = "d: 2025-01-01 25:00:00\na: !!int 12x\n"
    assert unmade_value(header) == (0, HOUR)
    assert explain_yaml_error(ValueError("hour must be in 0..23"), header) == HOUR
    assert unmade_value("d: 2025-01-01\n") is None


def test_a_date_error_the_text_does_not_show_is_still_plain() -> None:
    assert explain_yaml_error(ValueError("hour must be in 0..23"), "d: x\n") == (
        "A date in the header does not exist. Correct it, written as year-month-day, for "
        "example 2025-02-28."
    )
    assert explain_yaml_error(ValueError("day is out of range for month"), "") == (
        explain_yaml_error(ValueError("hour must be in 0..23"), "")
    )
    assert explain_yaml_error(ValueError("not a number"), "") == (
        "The header cannot be read (not a number)."
    )


def test_a_text_field_set_to_an_impossible_date_is_that_text() -> None:
    assert parse_cli_value(" 2025-02-30 ", as_text=True) == "2025-02-30"
    with pytest.raises(ValueError, match=r"^'1+' is not a value that can be set; put it in"):
        parse_cli_value("1" * 5000)


@pytest.mark.parametrize(
    ("value", "exists"),
    [
        ("2025-01-01 25:00:00", False),
        ("2025-01-01 24:00", False),
        ("2025-01-01 10:60", False),
        ("2025-01-01 10:00:60", False),
        ("2025-01-01 10:00:00 +2500", False),
        ("2025-01-01 10:00:00 -24:00", False),
        ("2025-01-01 23:59:59 +2359", True),
        ("2023-01-29 18:30:22 -0800", True),
        ("2023-01-29 18:30:22 2023 -0800", True),  # Ruby's way: a year after the time
        ("2025-01-01 10:00 UTC", True),
    ],
)
def test_the_validator_takes_a_date_with_an_impossible_time_for_no_date(
    value: str, exists: bool
) -> None:
    assert (as_date(value) is not None) is exists


def test_the_validator_tells_an_impossible_time_on_the_date_line(tmp_path: Path) -> None:
    pages = {
        f"_resources/r{i}.md": f"---\ntitle: R{i}\ndate: 2024-01-0{i + 1} 10:00:00\n---\nText.\n"
        for i in range(6)
    }
    pages["_resources/late.md"] = (
        "---\ntitle: Late\nlayout: page\ndate: 2025-01-01 25:00:00\n---\nText.\n"
    )
    pages["_resources/far.md"] = "---\ntitle: Far\ndate: 2025-01-01 10:00:00 +25:00\n---\nText.\n"
    problems = validate_site(make_site(tmp_path, pages), content=False)
    assert found(problems, "_resources/late.md") == [(4, "date", "invalid-date", "error", HOUR)]
    assert found(problems, "_resources/far.md") == [(3, "date", "invalid-date", "error", ZONE)]
