"""Publishing a Jekyll draft needs its approval, as README, `--help` and REVIEW.md say ("an
approved Jekyll draft"): a draft never approved, sent back, or whose approval was undone is
refused in one line saying to approve it first, with nothing moved, on the command line as in
the core the window calls."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import review
from editor_app.core.site import Site

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_review_jekyll_drafts import NEW_DRAFT, add_drafts  # noqa: E402

TODAY = dt.date(2026, 12, 6)
POST = "_posts/2026-12-06-data-trusts.md"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_draft_never_approved_is_not_published(site_copy: Path) -> None:
    site = Site.open(add_drafts(site_copy))
    page = site_copy / NEW_DRAFT
    before = page.read_bytes()
    with pytest.raises(review.NotApproved, match="not approved, so nothing was moved: approve it first"):
        review.publish_draft(page, site, today=TODAY)
    assert page.read_bytes() == before and not (site_copy / POST).exists()


def test_sent_back_or_undone_is_not_approved(site_copy: Path) -> None:
    site = Site.open(add_drafts(site_copy))
    page = site_copy / NEW_DRAFT
    review.send_back(page, "", author="Ed")
    with pytest.raises(review.NotApproved):
        review.publish_draft(page, site, today=TODAY)
    review.approve(page, site, author="Ed")
    review.undo_last(page, "Ed", site)
    with pytest.raises(review.NotApproved):
        review.publish_draft(page, site, today=TODAY)
    assert page.is_file() and not (site_copy / POST).exists()
    review.approve(page, site, author="Ed")
    assert review.publish_draft(page, site, today=TODAY) == site_copy / POST


def test_a_damaged_review_record_is_not_taken_for_an_approval(site_copy: Path) -> None:
    site = Site.open(add_drafts(site_copy))
    page = site_copy / NEW_DRAFT
    notes = review.notes_path(page)
    notes.parent.mkdir()
    notes.write_text("notes: [\n", encoding="utf-8")
    with pytest.raises(review.ReviewError, match="approval cannot be read .*: repair "):
        review.publish_draft(page, site, today=TODAY)
    assert page.is_file() and notes.read_text(encoding="utf-8") == "notes: [\n"


def test_the_command_line_refuses_in_one_line_saying_what_to_do(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_drafts(site_copy)
    page = site_copy / NEW_DRAFT
    before = page.read_bytes()
    code, out, err = run(capsys, "review", "publish", str(page), "--date", "2026-12-06")
    assert (code, out) == (2, "")
    assert err.strip().splitlines() == [
        f"editor-app: {page}: not approved, so nothing was moved: approve it first "
        f"(editor-app review approve {page}), then publish it"
    ]
    assert page.read_bytes() == before and not (site_copy / POST).exists()
    assert run(capsys, "review", "approve", str(page))[0] == 0
    code, out, err = run(capsys, "review", "publish", str(page), "--date", "2026-12-06")
    assert (code, err) == (0, "") and (site_copy / POST).read_bytes() == before
