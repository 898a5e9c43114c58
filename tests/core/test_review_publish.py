"""Publishing an approved Jekyll draft moves it from `_drafts` into `_posts`, named with its
date as Jekyll names posts; the page's bytes are kept, and its review record and last
reviewed version go with it. Refused, with nothing moved, where it cannot be done."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from editor_app.core import review
from editor_app.core.site import Site

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_review_jekyll_drafts import MOVED_DRAFT, NEW_DRAFT, add_drafts  # noqa: E402

TODAY = dt.date(2026, 12, 6)


def test_an_approved_draft_moves_to_posts_with_its_record(site_copy: Path) -> None:
    site = Site.open(add_drafts(site_copy))
    page = site_copy / NEW_DRAFT
    before = page.read_bytes()
    review.approve(page, site, author="Ed")
    snapshots = review.SnapshotStore()
    assert snapshots.get(page) is not None
    assert review.notes_path(page).is_file()

    target = review.publish_draft(page, site, today=TODAY)

    assert target == site_copy / "_posts" / "2026-12-06-data-trusts.md"
    assert target.read_bytes() == before and not page.exists()
    assert review.notes_path(target).is_file() and not review.notes_path(page).exists()
    assert not (site_copy / "_drafts" / ".review").exists()  # the emptied notes folder goes
    decisions = review.NoteStore(target).decisions
    assert [d.decision for d in decisions] == [review.APPROVED]
    assert snapshots.get(target) is not None and snapshots.get(page) is None
    assert site.collection_of(target) == "posts"
    assert NEW_DRAFT not in {i.relative for i in review.review_queue(site)}


def test_the_date_comes_from_the_header_when_it_has_one(site_copy: Path) -> None:
    site = Site.open(add_drafts(site_copy))
    # ai-in-education says `date: 2025-11-03`: Jekyll would date the post so
    assert review.published_path(site_copy / MOVED_DRAFT, TODAY).name == (
        "2025-11-03-ai-in-education.md"
    )
    dated = site_copy / "_drafts" / "2024-05-06-dated.md"
    dated.write_text("---\ntitle: Dated\n---\nText\n", encoding="utf-8")
    assert review.published_path(dated, TODAY) == site_copy / "_posts" / dated.name
    nested = site_copy / "blog" / "_drafts" / "deep" / "x.md"
    assert review.published_path(nested, TODAY) == (
        site_copy / "blog" / "_posts" / "deep" / "2026-12-06-x.md"
    )
    assert site.collection_of(dated) == "drafts"


def test_refused_with_nothing_moved(site_copy: Path) -> None:
    site = Site.open(add_drafts(site_copy))
    page = site_copy / NEW_DRAFT
    (site_copy / "_posts").mkdir(exist_ok=True)
    taken = site_copy / "_posts" / "2026-12-06-data-trusts.md"
    taken.write_text("---\ntitle: Taken\n---\n", encoding="utf-8")
    with pytest.raises(review.ReviewError, match="already exists"):
        review.publish_draft(page, site, today=TODAY)
    assert page.is_file() and taken.read_text(encoding="utf-8").startswith("---\ntitle: Taken")
    resource = site_copy / "_resources" / "worker-power-ai-cwu.md"
    with pytest.raises(review.ReviewError, match="_drafts"):
        review.publish_draft(resource, site, today=TODAY)
    assert resource.is_file()
