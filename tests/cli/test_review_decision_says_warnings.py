"""The one-line summary of an approval made while Check warned says so, briefly ("approved
by Ed with 1 warning, …"): in `review history`, the review report's decisions, the review
queue (an approved Jekyll draft: "approved with 1 warning"; the window's queue in
tests/ui/test_review_queue_says_warnings.py).
An approval without warnings reads as before; the record's JSON is unchanged."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import review
from editor_app.core.review.record import Decision

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_review_jekyll_drafts import NEW_DRAFT, add_drafts  # noqa: E402

BRAND = "_resources/brand-narrative.md"


def _warned(path: Path) -> Path:
    """The page with its author line given twice: a warning, no error."""
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("author: ", "author: Ann\nauthor: ", 1), encoding="utf-8")
    return path


def test_history_and_report_say_approved_with_a_warning(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from editor_app.core.schema import load_schema
    from editor_app.core.site import Site

    path = _warned(site_copy / BRAND)
    assert main(["review", "approve", str(path), "--author", "Ed"]) == 0
    capsys.readouterr()
    assert main(["review", "history", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("  - approved by Ed with 1 warning, "), lines
    assert main(["review", "history", str(path), "--format", "json"]) == 0
    (kept,) = json.loads(capsys.readouterr().out)["decisions"]
    assert kept["by"] == "Ed" and len(kept["warnings"]) == 1  # the JSON as it was
    site = Site.open(site_copy)
    html_text = review.report_html([path], site, load_schema(site), None, "Report")
    assert "Approved by Ed with 1 warning, " in html_text


def test_a_summary_counts_the_warnings_and_says_none_when_none() -> None:
    when = "2026-12-01T10:00:00+00:00"
    clean = Decision.from_dict({"decision": "approved", "by": "Ana", "date": when})
    assert clean.describe().startswith("approved by Ana, ")
    two = Decision.from_dict(
        {"decision": "approved", "by": "Ana", "date": when, "warnings": ["a", "b"]}
    )
    assert two.describe().startswith("approved by Ana with 2 warnings, ")
    state = review.PageState(review.APPROVED, decision=two)
    assert state.describe() == "approved with 2 warnings"
    assert review.PageState(review.APPROVED, decision=clean).describe() == "approved"


def test_the_queue_says_an_approved_draft_was_approved_with_a_warning(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_drafts(site_copy)
    page = _warned(site_copy / NEW_DRAFT)
    assert main(["review", "approve", str(page), "--author", "Ed"]) == 0
    capsys.readouterr()
    assert main(["review", "queue", str(site_copy)]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("Notes on data trusts"))
    assert "draft (approved with 1 warning)" in row
    assert main(["review", "queue", str(site_copy), "--json"]) == 0
    rows = {r["path"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows[NEW_DRAFT]["state"] == "approved" and rows[NEW_DRAFT]["state_warnings"] == 1
    assert rows[BRAND]["state_warnings"] == 0
