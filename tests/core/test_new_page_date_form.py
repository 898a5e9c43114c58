"""A new page's date and time are written in the form its siblings write theirs: the `T`
or the space between date and time, the offset with or without its colon, or `Z` (in UTC).
A new page beside `date: 2025-01-01T10:00:00+01:00` said `2026-12-07 16:15:06+00:00`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from editor_app.core.document import Document
from editor_app.core.page_create import new_document
from editor_app.core.site import Site


def _new_post_date(root: Path, dates: list[str]) -> str:
    (root / "_config.yml").write_text("title: Blog\n", encoding="utf-8")
    posts = root / "_posts"
    posts.mkdir()
    for n, date in enumerate(dates, 1):
        text = f"---\ntitle: Post {n}\ndate: {date}\n---\n\nText.\n"
        (posts / f"2025-01-0{n}-post-{n}.md").write_text(text, encoding="utf-8")
    path = new_document(Site.open(root), "posts", "A new post")
    assert Document.load(path).error is None
    return re.search(r"^date: (.*)$", path.read_text(encoding="utf-8"), re.M)[1]


@pytest.mark.parametrize(
    ("dates", "form"),
    [
        (
            ["2025-01-01T10:00:00+01:00", "2025-01-02T11:00:00-04:00", "2025-01-03T09:00:00+00:00"],
            r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d",
        ),
        (["2025-01-01T10:00:00Z", "2025-01-02T11:00:00Z"], r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"),
        (
            ["2025-01-01T10:00:00+0100", "2025-01-02T11:00:00+0100"],
            r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}",
        ),
        (
            ["2025-01-01 10:00:00 +05:30", "2025-01-02 11:00:00 -04:00"],
            r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d\d:\d\d",
        ),
        (
            ["2025-01-01 10:00:00 +0530", "2025-01-02 11:00:00 -0400"],
            r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4}",
        ),
    ],
)
def test_the_date_is_written_in_the_siblings_form(
    dates: list[str], form: str, tmp_path: Path
) -> None:
    assert re.fullmatch(form, _new_post_date(tmp_path, dates))


def test_a_date_with_z_is_the_time_now_in_utc(tmp_path: Path) -> None:
    import datetime as dt

    written = _new_post_date(tmp_path, ["2025-01-01T10:00:00Z", "2025-01-02T11:00:00Z"])
    when = dt.datetime.fromisoformat(written.replace("Z", "+00:00"))
    assert abs((dt.datetime.now(dt.UTC) - when).total_seconds()) < 120
