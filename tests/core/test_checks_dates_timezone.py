"""A Jekyll post's date with an offset is read in the site's `timezone`, as Jekyll builds it:
jekyll-docs' "2016-08-25 09:50:00 +0300" is 24 August in America/Los_Angeles, as its file name
says, and was reported as a mismatch. Without a timezone, or on Hugo, the date as written."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.site import Site
from editor_app.core.validate import validate_site


def _mismatches(root: Path) -> list[str]:
    return [p.path for p in validate_site(Site.open(root)) if p.code == "date-mismatch"]


def _jekyll(root: Path, config: str) -> None:
    root.mkdir()
    (root / "_config.yml").write_text(config + "title: Blog\n")
    posts = root / "_posts"
    posts.mkdir()
    for name, date in (
        ("2016-08-24-admin.md", '"2016-08-25 09:50:00 +0300"'),  # 24 Aug, 23:50 in LA
        ("2014-11-06-crisis.md", "2014-11-05 10:48:22 -0800"),  # 5 Nov in LA too
        ("2020-01-01-utc.md", "2020-01-01T03:00:00Z"),  # 31 Dec in LA
        ("2021-05-05-plain.md", "2021-05-05"),
    ):
        (posts / name).write_text(f"---\ntitle: T\ndate: {date}\n---\nText.\n")


def test_jekyll_reads_an_offset_in_the_site_timezone(tmp_path: Path) -> None:
    pytest.importorskip("zoneinfo")
    root = tmp_path / "site"
    _jekyll(root, "timezone: America/Los_Angeles\n")
    assert sorted(_mismatches(root)) == ["_posts/2014-11-06-crisis.md", "_posts/2020-01-01-utc.md"]


def test_without_a_timezone_or_with_an_unknown_one_the_date_is_as_written(tmp_path: Path) -> None:
    _jekyll(tmp_path / "none", "")
    assert sorted(_mismatches(tmp_path / "none")) == [
        "_posts/2014-11-06-crisis.md",
        "_posts/2016-08-24-admin.md",
    ]
    _jekyll(tmp_path / "odd", "timezone: Nowhere/Atlantis\n")
    assert "_posts/2016-08-24-admin.md" in _mismatches(tmp_path / "odd")


def test_the_shared_jekyll_docs_post_is_not_reported() -> None:
    found = _mismatches(shared_site_path("jekyll-docs"))
    assert "_posts/2016-08-24-jekyll-admin-initial-release.markdown" not in found
    assert "_posts/2014-11-06-jekylls-midlife-crisis-jekyll-turns-2-5-0.markdown" in found


def test_a_mismatch_the_time_zone_makes_says_so(tmp_path: Path) -> None:
    # The field's own words show the file name's day: the message says why the site reads
    # another one, instead of "the date field says 2019-12-31" of a field that does not.
    pytest.importorskip("zoneinfo")
    root = tmp_path / "site"
    _jekyll(root, "timezone: America/Los_Angeles\n")
    messages = {
        p.path: p.message for p in validate_site(Site.open(root)) if p.code == "date-mismatch"
    }
    utc = messages["_posts/2020-01-01-utc.md"]
    assert utc.startswith(
        "The file name says 2020-01-01 but the date field's time, 2020-01-01T03:00:00Z, falls"
    )
    assert "falls on 2019-12-31 in the site's time zone (America/Los_Angeles)" in utc
    crisis = messages["_posts/2014-11-06-crisis.md"]  # the field itself says 5 November
    assert crisis.startswith("The file name says 2014-11-06 but the date field says 2014-11-05.")
    assert "time zone" not in crisis
