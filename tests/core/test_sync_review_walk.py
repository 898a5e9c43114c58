"""The status reads the review branches in one walk (`sync_review_walk.review_branches`) and
says the same as the four walks it replaced: pages in review, changed since sent, drafts from
others, drafts that came back. Checked at each step of a review round with several branches,
from the author's copy and the editor's."""

from __future__ import annotations

from pathlib import Path

from sync_site import OTHER, POST, git, replace_in
from test_sync_drafts import team  # noqa: F401 - the shared copies: server, author, editor

from editor_app.core import sync, sync_draft_review, sync_drafts
from editor_app.core.sync_base import kind_of
from editor_app.core.sync_git import Repo
from editor_app.core.sync_review_walk import ReviewBranches, review_branches

THIRD = "_posts/2025-01-01-third-post.md"


def four_walks(repo: Repo) -> ReviewBranches:
    """What the status was worked out from before, one walk over the branches each (the
    per-branch rules `sync_drafts.pages_in_review` & co. followed before they asked the one
    walk): kept here to check the walk against them."""
    tip = sync_drafts._shared_tip(repo)
    open_branches = sync_drafts._open_branches(repo)
    in_review: set[str] = set()
    sent: dict[str, str] = {}
    for name, sha in open_branches.items():
        own = repo.rev(f"refs/heads/{name}")
        if own is None:
            continue  # another person's draft
        base = repo.merge_base(tip, sha) if tip else None
        in_review |= {c.path for c in repo.changes(base, sha) if kind_of(c.path) == "page"}
        base = repo.merge_base(tip, own) if tip else None
        for c in repo.changes(base, own):
            if kind_of(c.path) == "page" and c.new_blob:
                sent[c.path] = c.new_blob
    here = repo.working_blobs(list(sent))
    return ReviewBranches(
        in_review=in_review,
        changed_since_sent=sorted(p for p, b in sent.items() if p in here and here[p] != b),
        from_others=sum(repo.rev(f"refs/heads/{n}") is None for n in open_branches),
        returned=len(sync_draft_review._returned(repo)),
    )


def the_functions(repo: Repo) -> ReviewBranches:
    """What the draft functions the push and others call answer (they ask the walk)."""
    return ReviewBranches(
        in_review=sync_drafts.pages_in_review(repo),
        changed_since_sent=sync_drafts.changed_since_sent(repo),
        from_others=sync_drafts.drafts_from_others(repo),
        returned=sync_draft_review.drafts_returned(repo),
    )


def same_answers(*clones: Path) -> list[ReviewBranches]:
    found = []
    for clone in clones:
        repo = Repo(clone)
        walked = review_branches(repo)
        assert walked == four_walks(repo) == the_functions(repo), clone.name
        found.append(walked)
    return found


def test_one_walk_says_what_the_four_said(team) -> None:  # noqa: ANN001, F811
    _server, author, editor = team
    (author / THIRD).write_text("---\ntitle: Third\nstatus: draft\n---\nA third page.\n")
    assert sync.push(author).shared
    assert same_answers(author, editor) == [ReviewBranches(), ReviewBranches()]

    # Three drafts sent: one saved again since, one the editor notes, one approved.
    for page, old, new in (
        (POST, "wet Tuesday", "windy Tuesday"),
        (OTHER, "A finished page.", "A page, finished again."),
        (THIRD, "A third page.", "A third page, sent."),
    ):
        replace_in(author / page, old, new)
        assert sync_drafts.send_for_review(author, author / page).shared
    replace_in(author / OTHER, "finished again", "finished once more")
    mine, editors = same_answers(author, editor)
    assert mine.in_review == {POST, OTHER, THIRD} and mine.changed_since_sent == [OTHER]
    assert editors.from_others == 0  # not fetched yet

    sync.pull(editor)
    mine, editors = same_answers(author, editor)
    assert editors.from_others == 3 and editors.in_review == set()

    post = next(d for d in sync_drafts.draft_queue(editor) if d.path == POST)
    sync_draft_review.note_on_draft(editor, post.branch, "Say which park.", "Ed Editor")
    third = next(d for d in sync_drafts.draft_queue(editor) if d.path == THIRD)
    sync_drafts.approve_draft(editor, third.branch, author="Ed Editor", anyway=True, reason="ok")
    git(author, "fetch", "-q", "--prune")
    mine, editors = same_answers(author, editor)
    assert mine.returned == 1 and editors.from_others == 2

    # The author's own branch of the approved page is left here: approved, it is not in review.
    sync.pull(author)
    mine, _editors = same_answers(author, editor)
    assert THIRD not in mine.in_review and mine.returned == 0
    assert sync.status(author).in_review == [OTHER, POST]
