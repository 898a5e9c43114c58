"""A Jekyll site's `_drafts` are in the review queue: Jekyll leaves them off the site whatever
their settings say, so each one waits for review, with the status "draft"."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from editor_app.core import review
from editor_app.core.schema import load_schema
from editor_app.core.site import Site

sys.path.insert(0, str(Path(__file__).resolve().parent))
from review_site import BRAND, BRIEFING, EDUCATION  # noqa: E402

NEW_DRAFT = "_drafts/data-trusts.md"
MOVED_DRAFT = "_drafts/ai-in-education.md"  # a real page, status: final, moved into _drafts


def add_drafts(site: Path) -> Path:
    """Two drafts: one typed anew without any status, and a real final page moved there."""
    (site / "_drafts").mkdir()
    (site / NEW_DRAFT).write_text(
        "---\nlayout: post\ntitle: Notes on data trusts\nauthor: Ada Editor\n---\nA draft.\n",
        encoding="utf-8",
    )
    shutil.move(site / EDUCATION, site / MOVED_DRAFT)
    return site


def test_jekyll_drafts_wait_for_review_whatever_their_status(site_copy: Path) -> None:
    site = Site.open(add_drafts(site_copy))
    assert site.generator == "jekyll"
    items = {i.relative: i for i in review.review_queue(site)}
    assert set(items) == {BRAND, BRIEFING, NEW_DRAFT, MOVED_DRAFT}
    for rel in (NEW_DRAFT, MOVED_DRAFT):
        assert items[rel].collection == "drafts"
        assert items[rel].status == "draft" and items[rel].state == "waiting"
        assert not items[rel].unpublished
    assert items[NEW_DRAFT].title == "Notes on data trusts"
    assert items[NEW_DRAFT].author == "Ada Editor"
    # the status filter of the command line and of the window finds them as "draft"
    only = review.filter_queue(items.values(), review.QueueFilter(status="Draft"))
    assert {i.relative for i in only} == {BRAND, BRIEFING, NEW_DRAFT, MOVED_DRAFT}
    by_kind = review.filter_queue(items.values(), review.QueueFilter(collection="Drafts"))
    assert {i.relative for i in by_kind} == {NEW_DRAFT, MOVED_DRAFT}


def test_draft_is_a_status_to_filter_by_on_a_jekyll_site_with_drafts(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: Blog\n")
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_posts" / "2025-01-02-hello.md").write_text("---\ntitle: Hello\n---\nHi\n")
    site = Site.open(tmp_path)
    assert review.queue_statuses(site, load_schema(site)) == ["unpublished"]
    (tmp_path / "_drafts").mkdir()
    (tmp_path / "_drafts" / "next.md").write_text("---\ntitle: Next\n---\nSoon\n")
    site = Site.open(tmp_path)
    assert review.queue_statuses(site, load_schema(site)) == ["draft", "unpublished"]
    assert [(i.relative, i.status) for i in review.review_queue(site)] == [
        ("_drafts/next.md", "draft")
    ]


def test_a_draft_kept_unpublished_or_unreadable_says_so(site_copy: Path) -> None:
    add_drafts(site_copy)
    page = site_copy / NEW_DRAFT
    page.write_text(page.read_text().replace("author:", "published: false\nauthor:"))
    (site_copy / "_drafts" / "broken.md").write_text("---\ntitle: [oops\n---\nText\n")
    items = {i.relative: i for i in review.review_queue(Site.open(site_copy))}
    assert items[NEW_DRAFT].status == "unpublished" and items[NEW_DRAFT].unpublished
    assert items["_drafts/broken.md"].status == "cannot read"


def test_approving_a_draft_without_status_keeps_the_file_and_shows_it_approved(
    site_copy: Path,
) -> None:
    add_drafts(site_copy)
    page = site_copy / NEW_DRAFT
    before = page.read_bytes()
    review.approve(page, Site.open(site_copy))
    assert page.read_bytes() == before  # moving it to _posts publishes it, not a setting
    items = {i.relative: i for i in review.review_queue(Site.open(site_copy))}
    assert items[NEW_DRAFT].state == "approved" and items[NEW_DRAFT].status == "draft"
    assert review.page_state(page).state == "approved"
    review.undo_last(page, site=Site.open(site_copy))
    assert page.read_bytes() == before
    items = {i.relative: i for i in review.review_queue(Site.open(site_copy))}
    assert items[NEW_DRAFT].state == "waiting"


def test_a_hugo_section_called_drafts_is_not_a_jekyll_drafts_folder(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text('title = "Site"\n')
    (tmp_path / "content" / "drafts").mkdir(parents=True)
    (tmp_path / "content" / "drafts" / "page.md").write_text("---\ntitle: Page\n---\nText\n")
    site = Site.open(tmp_path)
    assert site.generator == "hugo"
    assert [e.collection for e in site.entries()] == ["drafts"]
    assert review.review_queue(site) == []
    assert "draft" not in review.queue_statuses(site, load_schema(site))
    assert not review.in_jekyll_drafts("drafts", "hugo")
    assert review.in_jekyll_drafts("drafts", "jekyll")
