"""The values a field holds across the site, and the line a search matched, on the real site."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from editor_app.core.document import Document
from editor_app.core.rename_value import rename_value
from editor_app.core.site import Site
from editor_app.core.tool_support import first_match_line, value_uses, written


def test_value_uses_counts_pages_per_value(shared_site: Path) -> None:
    site = Site.open(shared_site)
    uses = {u.text: u.count for u in value_uses(site, "topics")}
    # Counted by hand from the pages: three list Health, two the capitalised "Public Sector".
    assert uses["Health"] == 3
    assert uses["Public Sector"] == 2 and uses["Public sector"] == 15
    counts = [u.count for u in value_uses(site, "topics")]
    assert counts == sorted(counts, reverse=True)
    status = {u.text: u.count for u in value_uses(site, "status")}
    assert set(status) == {"final", "draft"}
    assert value_uses(site, "no-such-field") == []


def test_each_count_is_what_a_rename_would_change(site_copy: Path) -> None:
    site = Site.open(site_copy)
    for use in value_uses(site, "author")[:4]:
        report = rename_value(site, "author", use.text, use.text + " X", dry_run=True)
        assert len(report.changed) == use.count


def test_a_page_listing_a_value_twice_counts_once(site_copy: Path) -> None:
    page = site_copy / "_resources" / "case-study-cag.md"
    text = page.read_text(encoding="utf-8").replace("  - Health\n", "  - Health\n  - Health\n")
    page.write_text(text, encoding="utf-8")
    uses = {u.text: u.count for u in value_uses(Site.open(site_copy), "topics")}
    assert uses["Health"] == 3


def test_written_forms() -> None:
    assert written(3) == "3"
    assert written(True) == "true"
    assert written(dt.date(2025, 5, 19)) == "2025-05-19"
    assert written("  ") is None and written(None) is None
    assert written(["a"]) is None and written({"a": 1}) is None


def test_first_match_line_points_at_the_file_line(shared_site: Path) -> None:
    path = shared_site / "_resources" / "2026-05-30-un-global-dialogue-ai-consultation.md"
    doc = Document.load(path)
    line = first_match_line(doc, "sortition")
    assert line is not None
    assert "sortition" in path.read_text(encoding="utf-8").splitlines()[line - 1]
    # Any case, at the start of a word only (the settings are left out: see below).
    assert first_match_line(doc, "SORTITION") == line
    assert first_match_line(doc, "ortition") is None
    assert first_match_line(doc, "   ") is None
    # A line holding every word is preferred to an earlier one holding only some.
    both = first_match_line(doc, "sortition assembly")
    assert both == line
    assert first_match_line(doc, "assembly") < line


def test_first_match_line_falls_back_to_any_word() -> None:
    doc = Document.from_text("---\ntitle: x\n---\nfirst line\n\nsecond apple\nthird pear\n")
    assert first_match_line(doc, "pear apple") == 6  # no line has both: the first with one
    assert first_match_line(doc, "pear third") == 7


@given(
    before=st.lists(st.sampled_from(["alpha", "beta words", "", "gamma"]), max_size=6),
    word=st.sampled_from(["Needle", "needle", "NEEDLE"]),
    after=st.lists(st.sampled_from(["alpha", "needles too", ""]), max_size=4),
)
def test_first_match_line_finds_the_first_line(before, word, after) -> None:
    body = "\n".join([*before, f"a {word} here", *after])
    doc = Document.from_text(f"---\ntitle: needle\n---\n{body}\n")
    line = first_match_line(doc, "needle")
    assert line == doc.body_start_line + len(before)
    assert doc.text.splitlines()[line - 1] == f"a {word} here"
