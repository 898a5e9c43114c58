"""The status reads the review branches in one walk (`sync_review_walk.review_branches`) and
says the same as the four walks it replaced: pages in review, changed since sent, drafts from
others, drafts that came back. Checked at each step of a review round with several branches,
from the author's copy and the editor's.

Mutants named as equivalent (no test can tell them apart; mutation target `sync-review-walk`):
- `_reachable_from`: `--format=%(objectname)` left out or spelt otherwise (git's default line
  holds the commit too, and the other words of it are never a commit a branch points at), and
  the review patterns left out (more refs listed: a commit is in the set only when `tip`
  holds it, whichever ref points at it).
- `review_branches`: `_reachable_from(HEAD)` asked even when HEAD is the shared tip (the
  same set, one git call more); `tip` and `head` tested for None where `_shared_tip` falls
  back to HEAD and a copy with review branches has a commit (never None there). The branches
  are listed by `sync_drafts._review_refs` (`rpartition` of the NUL a line holds once is as
  `partition`).
"""

from __future__ import annotations

from pathlib import Path

from sync_site import OTHER, POST, git, replace_in
from test_sync_drafts import team  # noqa: F401 - the shared copies: server, author, editor

from editor_app.core import sync, sync_draft_bring_back, sync_draft_review, sync_drafts
from editor_app.core.sync_base import kind_of
from editor_app.core.sync_git import Repo
from editor_app.core.sync_review_walk import ReviewBranches, review_branches

THIRD = "_posts/2025-01-01-third-post.md"


def four_walks(repo: Repo) -> ReviewBranches:
    """What the status was worked out from before, one walk over the branches each (the
    per-branch rules `sync_drafts.pages_in_review` & co. followed before they asked the one
    walk): kept here to check the walk against them."""
    tip = sync_drafts._shared_tip(repo)
    tips = {t for t in (tip, repo.rev("HEAD")) if t}
    open_branches = {  # not in the shared copy yet, nor merged here: asked branch by branch
        name: sha
        for name, sha in sync_drafts._review_branches(repo).items()
        if not any(repo.is_ancestor(sha, t) for t in tips)
    }
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
        returned=len(sync_draft_bring_back._returned(repo)),
    )


def told(repo: Repo, clone: Path) -> ReviewBranches:
    """What a person is told of them: the pages Share my changes leaves out
    (`sync_drafts.pages_in_review`) and the status line's counts (`sync status`)."""
    st = sync.status(clone)
    return ReviewBranches(
        in_review=sync_drafts.pages_in_review(repo),
        changed_since_sent=st.changed_since_sent,
        from_others=st.drafts_to_review,
        returned=st.drafts_returned,
    )


def same_answers(*clones: Path) -> list[ReviewBranches]:
    found = []
    for clone in clones:
        repo = Repo(clone)
        walked = review_branches(repo)
        assert walked == four_walks(repo) == told(repo, clone), clone.name
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


def send(author: Path, page: str, old: str, new: str) -> None:
    replace_in(author / page, old, new)
    assert sync_drafts.send_for_review(author, author / page).shared


def test_other_branches_and_commits_not_shared_are_no_drafts(team) -> None:  # noqa: ANN001, F811
    _server, author, editor = team
    # A branch of the shared copy that is no review branch (someone's own work).
    git(editor, "checkout", "-q", "-b", "feature")
    replace_in(editor / POST, "wet Tuesday", "sunny Tuesday")
    git(editor, "commit", "-q", "-a", "-m", "Feature work")
    git(editor, "push", "-q", "origin", "feature")
    git(editor, "checkout", "-q", "-")
    git(author, "fetch", "-q")
    # A change committed here and not shared yet (Share my changes while offline).
    replace_in(author / OTHER, "A finished page.", "A page committed here.")
    git(author, "commit", "-q", "-a", "-m", "Not shared yet")
    assert same_answers(author, editor) == [ReviewBranches(), ReviewBranches()]


def test_each_draft_the_editor_moves_on_is_counted(team) -> None:  # noqa: ANN001, F811
    _server, author, editor = team
    send(author, POST, "wet Tuesday", "windy Tuesday")
    send(author, OTHER, "A finished page.", "A page, finished again.")
    sync.pull(editor)
    for draft in sync_drafts.draft_queue(editor):
        sync_draft_review.note_on_draft(editor, draft.branch, "Say more.", "Ed Editor")
    git(author, "fetch", "-q", "--prune")
    mine, _editors = same_answers(author, editor)
    assert mine.returned == 2 and mine.in_review == {POST, OTHER}


def test_a_draft_merged_here_before_it_is_shared_no_longer_waits(team) -> None:  # noqa: ANN001, F811
    _server, author, editor = team
    send(author, POST, "wet Tuesday", "windy Tuesday")
    send(author, OTHER, "A finished page.", "A page, finished again.")
    sync.pull(editor)
    post = next(d for d in sync_drafts.draft_queue(editor) if d.path == POST)
    # Approve merges the draft here before it shares: the merge alone, not shared yet.
    git(editor, "merge", "-q", "--no-edit", f"origin/{post.branch}")
    _mine, editors = same_answers(author, editor)
    assert editors.from_others == 1


def test_a_draft_approved_on_the_shared_copy_is_not_in_review_before_get_latest(
    team,  # noqa: ANN001, F811
) -> None:
    _server, author, editor = team
    send(author, POST, "wet Tuesday", "windy Tuesday")
    sync.pull(editor)
    post = next(d for d in sync_drafts.draft_queue(editor) if d.path == POST)
    # A note, fetched here (the draft came back), then the approval: the server's branch as
    # last fetched is ahead of this copy's, and approved.
    sync_draft_review.note_on_draft(editor, post.branch, "Fine.", "Ed Editor")
    git(author, "fetch", "-q")
    sync_drafts.approve_draft(editor, post.branch, author="Ed Editor", anyway=True, reason="ok")
    # Fetched, not pulled: this copy's own page is behind the shared copy.
    git(author, "fetch", "-q")
    mine, _editors = same_answers(author, editor)
    assert mine.in_review == set() and mine.returned == 0


def test_an_image_sent_with_a_page_and_changed_since_is_no_page_changed(
    team,  # noqa: ANN001, F811
) -> None:
    _server, author, editor = team
    image = author / "assets" / "park.png"
    image.parent.mkdir(exist_ok=True)
    image.write_bytes(b"\x89PNG\r\n\x1a\n first")
    send(author, POST, "wet Tuesday", "wet Tuesday in the park ![](/assets/park.png)")
    sent = git(author, "ls-tree", "-r", "--name-only", "review/2025-03-01-council-listens")
    assert "assets/park.png" in sent.split()  # the image went with the page
    image.write_bytes(b"\x89PNG\r\n\x1a\n second")  # the image, not the page, saved again
    mine, _editors = same_answers(author, editor)
    assert mine.in_review == {POST} and mine.changed_since_sent == []


def test_a_draft_sent_again_after_its_approval_while_offline_is_in_review(
    team,  # noqa: ANN001, F811
    tmp_path: Path,
) -> None:
    _server, author, editor = team
    send(author, POST, "wet Tuesday", "windy Tuesday")
    sync.pull(editor)
    post = next(d for d in sync_drafts.draft_queue(editor) if d.path == POST)
    sync_drafts.approve_draft(editor, post.branch, author="Ed Editor", anyway=True, reason="ok")
    # Got latest with git alone, not pruned: the server's branch of the approved draft is
    # still known here, and both the shared copy and this one hold it.
    git(author, "fetch", "-q")
    git(author, "checkout", "-q", "--", POST)  # the approved text comes back with the merge
    git(author, "merge", "-q", "--ff-only", "@{u}")
    assert git(author, "branch", "-r", "--list", "origin/review/*").strip()
    mine, _editors = same_answers(author, editor)
    assert mine.in_review == set()
    # Sent again with the shared copy out of reach: the branch here is ahead of the server's
    # old one, which the shared copy holds (approved).
    git(author, "remote", "set-url", "origin", str(tmp_path / "moved"))
    replace_in(author / POST, "windy Tuesday", "windy, grey Tuesday")
    assert not sync_drafts.send_for_review(author, author / POST).shared
    mine, _editors = same_answers(author, editor)
    assert mine.in_review == {POST}
