"""`review.approval_findings` gives what `approval_blockers` and `approval_warnings` give,
from one Check run: a page with a warning and an open note."""

from __future__ import annotations

from pathlib import Path

from editor_app.core import review
from editor_app.core.site import Site

BRAND = "_resources/brand-narrative.md"


def test_findings_are_the_blockers_and_the_warnings(site_copy: Path) -> None:
    path = site_copy / BRAND
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("author: ", "author: Ann\nauthor: ", 1), encoding="utf-8")
    review.NoteStore(path).add(review.make_note("", 0, 0, "Check the dates", "Ed"))
    site = Site.open(site_copy)
    blockers, warnings = review.approval_findings(path, site)
    assert blockers == review.approval_blockers(path, site)
    assert warnings == review.approval_warnings(path, site)
    assert [b.kind for b in warnings] == ["warning"]
    assert "note" in [b.kind for b in blockers]
