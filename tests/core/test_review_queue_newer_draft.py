"""The review queue lists the shared copy of a page whose newer draft waits on a review
branch: it says so, points at the draft, and no decision is made on the stale copy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sync_site import POST, git, person, replace_in
from test_sync_drafts import team  # noqa: F401 - the shared copies: server, author, editor

from editor_app.cli import main
from editor_app.core import review, sync, sync_drafts
from editor_app.core.site import Site


def waiting_draft(author: Path, editor: Path) -> sync_drafts.Draft:
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert sync_drafts.send_for_review(author, author / POST).shared
    sync.pull(editor)
    (draft,) = sync_drafts.draft_queue(editor)
    return draft


def test_the_queue_points_at_the_newer_draft(team, capsys) -> None:  # noqa: ANN001, F811
    _server, author, editor = team
    draft = waiting_draft(author, editor)
    site = Site.open(editor)
    items = review.review_queue(site)
    (item,) = [it for it in items if it.relative == POST]
    assert item.newer_draft is not None and item.newer_draft.branch == draft.branch
    assert item.newer_draft_text.startswith("A newer draft waits: sent by Ada Author, ")
    assert item.newer_draft_text.endswith(f"({draft.branch})")
    # Told once, on its row: not again as "1 more draft".
    assert review.branch_drafts(site, items) == 0
    assert review.branch_drafts(site) == 1
    # The author's own copy is the newest: nothing is said there.
    (own,) = [it for it in review.review_queue(Site.open(author)) if it.relative == POST]
    assert own.newer_draft is None

    assert main(["review", "queue", str(editor)]) == 0
    out = capsys.readouterr().out.splitlines()
    row = next(line for line in out if POST in line)
    assert "draft (newer draft waits)" in row
    assert out[-1] == (
        f"{POST}: {item.newer_draft_text}; review that one: editor-app sync drafts"
    )
    assert not any("more draft" in line for line in out)
    assert main(["review", "queue", str(editor), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    (shown,) = [r for r in rows if r["path"] == POST]
    assert shown["newer_draft"]["branch"] == draft.branch
    assert shown["newer_draft"]["sent_by"] == "Ada Author"


def test_no_decision_on_the_stale_shared_copy(team, capsys) -> None:  # noqa: ANN001, F811
    _server, author, editor = team
    draft = waiting_draft(author, editor)
    before = (editor / POST).read_bytes()
    with pytest.raises(review.ReviewError, match="A newer draft of this page, sent by Ada Author"):
        review.approve(editor / POST)
    with pytest.raises(review.ReviewError, match=f"waits on {draft.branch}"):
        review.send_back(editor / POST, "Too long")
    assert main(["review", "approve", str(editor / POST)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "review that one, in Drafts" in err
    assert (editor / POST).read_bytes() == before
    assert not review.notes_path(editor / POST).exists()
    # Approved from Drafts: the page is the draft, final, and the queue has nothing stale.
    assert sync_drafts.approve_draft(editor, draft.branch, "Ed Editor").shared
    assert [it for it in review.review_queue(Site.open(editor)) if it.newer_draft] == []


def test_the_report_says_the_page_is_out_of_date(team) -> None:  # noqa: ANN001, F811
    _server, author, editor = team
    draft = waiting_draft(author, editor)
    html = review.report_html([editor / POST], Site.open(editor))
    assert (
        f"<b>Out of date. A newer draft waits: sent by Ada Author, {draft.sent_at:%d %b %Y} "
        f"({draft.branch}). This is the shared copy.</b>"
    ) in html
    # The author's own report: their copy is the newest.
    assert "Out of date" not in review.report_html([author / POST], Site.open(author))


def test_of_two_drafts_of_one_page_the_newest_is_named(
    team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001, F811
) -> None:
    server, author, editor = team
    # Another person sent a draft of the same page a year ago, on a branch of their own.
    other = tmp_path / "other"
    git(tmp_path, "clone", "-q", str(server), str(other))
    person(other, "Olive Other")
    replace_in(other / POST, "wet Tuesday", "rainy Tuesday")
    git(other, "commit", "-q", "-am", "An older draft")
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2025-01-02T10:00:00+00:00")
    git(other, "commit", "-q", "--amend", "--no-edit", "--date", "2025-01-02T10:00:00+00:00")
    monkeypatch.delenv("GIT_COMMITTER_DATE")
    git(other, "push", "-q", "origin", "HEAD:refs/heads/review/older-try")
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert sync_drafts.send_for_review(author, author / POST).shared
    sync.pull(editor)
    newest, older = sync_drafts.draft_queue(editor)
    assert (newest.sent_by, older.branch) == ("Ada Author", "review/older-try")

    site = Site.open(editor)
    (item,) = [it for it in review.review_queue(site) if it.relative == POST]
    assert item.newer_draft.branch == newest.branch
    assert review.newer_draft(editor / POST).branch == newest.branch
    html = review.report_html([editor / POST], site)
    assert f"sent by Ada Author, {newest.sent_at:%d %b %Y} ({newest.branch})" in html
    assert "older-try" not in html and "Olive Other" not in html
