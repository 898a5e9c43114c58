"""An approval made while Check warns keeps the warnings in the page's review record (only
what was still open, `despite`, was kept before): `review history` lists them under the
decision, `--format json` gives them, and the review report shows them. A record written
before has no `warnings` and reads as none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import review
from editor_app.core.review.record import Decision

BRAND = "_resources/brand-narrative.md"
WARNING = "'author' is given more than once"


def _warned(site_copy: Path) -> Path:
    """The page with its author line given twice: a warning, no error."""
    path = site_copy / BRAND
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("author: ", "author: Ann\nauthor: ", 1), encoding="utf-8")
    return path


def test_approval_keeps_the_warnings(site_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _warned(site_copy)
    assert main(["review", "approve", str(path), "--author", "Ed"]) == 0
    capsys.readouterr()
    (decision,) = review.NoteStore(path).decisions
    assert len(decision.warnings) == 1 and WARNING in decision.warnings[0]

    assert main(["review", "history", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    said = [line for line in lines if line.strip().startswith("warned:")]
    assert len(said) == 1 and WARNING in said[0]

    assert main(["review", "history", str(path), "--format", "json"]) == 0
    (kept,) = json.loads(capsys.readouterr().out)["decisions"]
    assert len(kept["warnings"]) == 1 and WARNING in kept["warnings"][0]


def test_a_clean_approval_and_an_old_record_have_no_warnings() -> None:
    old = {"id": "a1", "decision": "approved", "by": "Ed", "date": "2026-12-01T10:00:00+00:00"}
    decision = Decision.from_dict(old)
    assert decision.warnings == []
    assert "warnings" not in decision.to_dict()  # nothing new written for a clean approval
    assert Decision.from_dict({**old, "warnings": "not a list"}).warnings == []


def test_the_review_report_shows_the_warnings(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from editor_app.core.schema import load_schema
    from editor_app.core.site import Site

    path = _warned(site_copy)
    assert main(["review", "approve", str(path), "--author", "Ed"]) == 0
    site = Site.open(site_copy)
    html_text = review.report_html([path], site, load_schema(site), None, "Report")
    assert "Check warned then:" in html_text
    assert "&#x27;author&#x27; is given more than once" in html_text or WARNING in html_text
