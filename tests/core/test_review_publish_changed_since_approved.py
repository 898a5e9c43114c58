"""A Jekyll draft approved and then edited is not published with its newer words: the
approval was of the words the editor read. Publish is refused, nothing moved, in one line
saying to look at it and approve it again, on the command line as in the core the window
calls; the queue shows it "changed since approved"; approved again, it is published as it
now reads."""

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


def edit_after_approval(page: Path) -> bytes:
    """The author's newer words, saved after the approval."""
    page.write_bytes(page.read_bytes().replace(b"A draft.", b"A draft, with unreviewed words."))
    return page.read_bytes()


def queue_state(site_root: Path) -> str:
    """The draft's Review column in the queue (the window's, and `review queue`'s)."""
    items = {i.relative: i for i in review.review_queue(Site.open(site_root))}
    return items[NEW_DRAFT].state


def test_a_draft_edited_after_its_approval_is_not_published(site_copy: Path) -> None:
    site = Site.open(add_drafts(site_copy))
    page = site_copy / NEW_DRAFT
    review.approve(page, site, author="Ed")
    edited = edit_after_approval(page)
    with pytest.raises(review.ChangedSinceApproved, match="changed since it was approved"):
        review.publish_draft(page, site, today=TODAY)
    assert page.read_bytes() == edited and not (site_copy / POST).exists()
    assert queue_state(site_copy) == "changed since approved"  # as the queue shows it
    review.approve(page, site, author="Ed")  # looked at again: these words are approved
    assert queue_state(site_copy) == "approved"
    assert review.publish_draft(page, site, today=TODAY) == site_copy / POST
    assert (site_copy / POST).read_bytes() == edited


def test_the_command_line_says_it_changed_since_approved(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_drafts(site_copy)
    page = site_copy / NEW_DRAFT
    assert main(["review", "approve", str(page)]) == 0
    edited = edit_after_approval(page)
    capsys.readouterr()
    code = main(["review", "publish", str(page), "--date", "2026-12-06"])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err.strip().splitlines() == [
        f"editor-app: {page}: changed since it was approved, so nothing was moved: look at it "
        f"and approve it again (editor-app review approve {page}), then publish it"
    ]
    assert page.read_bytes() == edited and not (site_copy / POST).exists()
