"""A date and time added to a YAML header is written as the header's other dates and times
are (its T, its zone written so), as a TOML header's already were: `lastmod` beside
`date: 2024-05-26T09:10:33-07:00` was written `2024-06-01 10:00:00-07:00`."""

from __future__ import annotations

import datetime as dt

import pytest

from editor_app.core.document import Document

ZONE = dt.timezone(dt.timedelta(hours=-7))


@pytest.mark.parametrize(
    ("header", "value", "written"),
    [
        ("date: 2024-05-26T09:10:33-07:00\n", dt.datetime(2024, 6, 1, 10, tzinfo=ZONE),
         "lastmod: 2024-06-01T10:00:00-07:00\n"),
        ("date: 2024-05-26 09:10:33\n", dt.datetime(2024, 6, 1, 10), "lastmod: 2024-06-01 10:00:00\n"),
        ("date: 2024-05-26t09:10:33Z\n", dt.datetime(2024, 6, 1, 10, tzinfo=dt.UTC),
         "lastmod: 2024-06-01t10:00:00Z\n"),
        # No other date and time: YAML's own form, as before.
        ("count: 3\n", dt.datetime(2024, 6, 1, 10), "lastmod: 2024-06-01 10:00:00\n"),
        ("day: 2024-05-26\n", dt.datetime(2024, 6, 1, 10), "lastmod: 2024-06-01 10:00:00\n"),
    ],
)  # fmt: skip
def test_a_new_date_and_time_follows_the_header(
    header: str, value: dt.datetime, written: str
) -> None:
    doc = Document.from_text(f"---\ntitle: T\n{header}---\nBody\n")
    doc.set("lastmod", value)
    assert doc.text == f"---\ntitle: T\n{header}{written}---\nBody\n"
    assert Document.from_text(doc.text).front_matter["lastmod"] == value
