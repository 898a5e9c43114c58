"""A branch draft's approval result said with Check's warnings counted (the Drafts dialog's
line), and as before without them (`sync approve`, which lists the warnings after)."""

from __future__ import annotations

from editor_app.core import review
from editor_app.core.sync_draft_approve import ApproveResult

WARNING = review.Blocker("warning", "Warning on line 3: 'title' is given more than once", 3)


def test_the_result_counts_the_warnings_when_asked() -> None:
    shared = ApproveResult("review/p", ["p.md"], shared=True, warnings=[WARNING])
    assert shared.message == "Approved and shared"
    assert shared.said(warnings=True) == "Approved with 1 warning and shared"
    here = ApproveResult("review/p", ["p.md"], shared=False, warnings=[WARNING, WARNING])
    assert here.said(warnings=True) == "Approved here with 2 warnings"
    offline = ApproveResult("review/p", ["p.md"], shared=False, offline=True, warnings=[WARNING])
    assert offline.said(warnings=True).startswith("Approved here with 1 warning; it will be")
    clean = ApproveResult("review/p", ["p.md"], shared=True)
    assert clean.said(warnings=True) == "Approved and shared"
