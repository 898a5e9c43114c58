"""A date and time set over one the page wrote keeps how the page wrote it: ISO's T between
the day and the time, Z for UTC, a space before the zone. It was always written
`2026-03-12 09:05:00+01:00` (the Date box, a typed date, `set`), the page's T and Z gone."""

from __future__ import annotations

import datetime as dt

import pytest

from editor_app.core.document import Document

PLUS_ONE = dt.timezone(dt.timedelta(hours=1))


@pytest.mark.parametrize(
    ("written", "new", "expected"),
    [
        ("2025-03-10T09:05:00+01:00", dt.datetime(2026, 3, 12, 9, 5, tzinfo=PLUS_ONE),
         "2026-03-12T09:05:00+01:00"),
        ("2025-03-10T09:05:00Z", dt.datetime(2026, 3, 12, 9, 5, tzinfo=dt.UTC),
         "2026-03-12T09:05:00Z"),
        ("2025-03-10 09:05:00 +01:00", dt.datetime(2026, 3, 12, 9, 5, tzinfo=PLUS_ONE),
         "2026-03-12 09:05:00 +01:00"),
        ("2025-03-10 09:05:00", dt.datetime(2026, 3, 12, 9, 5), "2026-03-12 09:05:00"),
        ("2025-03-10t09:05:00", dt.datetime(2026, 3, 12, 9, 5), "2026-03-12t09:05:00"),
        # Another zone than the page's Z: written as it is, with the T.
        ("2025-03-10T09:05:00Z", dt.datetime(2026, 3, 12, 9, 5, tzinfo=PLUS_ONE),
         "2026-03-12T09:05:00+01:00"),
    ],
)  # fmt: skip
def test_a_date_and_time_keeps_the_page_s_form(written: str, new: dt.datetime, expected: str) -> None:
    doc = Document.from_bytes(f"---\ntitle: A\ndate: {written}\n---\nBody\n".encode())
    doc.set("date", new)
    assert doc.to_bytes() == f"---\ntitle: A\ndate: {expected}\n---\nBody\n".encode()
    assert Document.from_bytes(doc.to_bytes()).get("date") == new


def test_a_date_and_time_over_a_day_alone_is_written_as_before() -> None:
    doc = Document.from_bytes(b"---\ndate: 2025-03-10\n---\n")
    doc.set("date", dt.datetime(2026, 3, 12, 9, 5, tzinfo=PLUS_ONE))
    assert doc.to_bytes() == b"---\ndate: 2026-03-12 09:05:00+01:00\n---\n"
