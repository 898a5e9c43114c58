"""Share my changes when the server had moved on and its own Get latest leaves a choice: the
file is not shared with this copy's version (it was: mine shared, theirs in history, the
other author's words gone from the shared copy before anyone chose). The result says which
file waits and carries the choice; once chosen, Share sends it. Approve's sharing holds back
the same way, while its own merge's choices (the shared copy's words kept) are shared as
before."""

from __future__ import annotations

from pathlib import Path

import pytest
import sync_site
from sync_site import OTHER, POST, git, replace_in

from editor_app.core import sync, sync_conflicts, sync_draft_approve, sync_drafts

WAITS = f"1 page waits for your choice, not shared: {POST} (make the choice, then share again)"


# The synthetic site shared by two people (sync_site), as the other sharing tests.
team = sync_site.team


def _clash(ben: Path, ana: Path) -> None:
    """Ben shares a sentence Ana changed too, saved and not shared."""
    replace_in(ben / POST, "three hundred letters", "four hundred letters")
    assert sync.push(ben).shared
    replace_in(ana / POST, "three hundred letters", "five hundred angry letters")


def test_a_choice_from_shares_own_get_latest_is_not_shared(
    team: tuple[Path, Path, Path],
) -> None:
    server, ben, ana = team
    _clash(ben, ana)
    replace_in(ana / OTHER, "A finished page.", "A finished page, read again.")

    result = sync.push(ana)

    # The rest is shared; the file the choice came up on waits, changed here.
    assert result.shared and not result.held
    assert result.waiting_choice == [POST]
    assert [(c.path, c.kind) for c in result.choices] == [(POST, "paragraph")]
    assert "five hundred angry letters" in result.choices[0].mine
    assert result.message == (
        "Shared: Update 'Second post' (the text). Got the latest first: 1 page changed by "
        f"others. {WAITS[0].upper()}{WAITS[1:]}"
    )
    assert "read again" in git(server, "show", f"main:{OTHER}")
    # The shared copy keeps Ben's words; Ana's stay here, with the choice.
    assert "four hundred letters" in git(server, "show", f"main:{POST}")
    assert "five hundred angry letters" in (ana / POST).read_text()
    assert git(ana, "status", "--porcelain").splitlines() == [f" M {POST}"]

    sync_conflicts.resolve(sync.open_repo(ana), result.choices[0].id, "both")
    shared = sync.push(ana)

    assert shared.shared and shared.choices == []
    on_server = git(server, "show", f"main:{POST}")
    assert "five hundred angry letters" in on_server and "four hundred letters" in on_server


def test_the_choice_alone_in_the_commit_shares_nothing(team: tuple[Path, Path, Path]) -> None:
    server, ben, ana = team
    _clash(ben, ana)

    result = sync.push(ana)

    assert not result.shared and result.commit is None
    assert result.message == f"Nothing shared: {WAITS}"
    assert "four hundred letters" in git(server, "show", f"main:{POST}")
    assert git(ana, "rev-parse", "HEAD") == git(ana, "rev-parse", "origin/main")


def test_a_commit_made_before_is_held_with_it(team: tuple[Path, Path, Path]) -> None:
    server, ben, ana = team
    _clash(ben, ana)
    replace_in(ana / OTHER, "A finished page.", "A finished page, read again.")
    git(ana, "commit", "-q", "-am", "Both pages, committed here before")

    result = sync.push(ana, commit=False)

    assert not result.shared and result.held
    assert result.message.startswith(f"Saved here, not shared: {WAITS}")
    assert "read again" not in git(server, "show", f"main:{OTHER}")
    assert "four hundred letters" in git(server, "show", f"main:{POST}")


def test_approve_does_not_share_over_a_choice_from_its_own_get_latest(
    team: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert sync_drafts.send_for_review(author, author / POST).shared
    sync.pull(editor)
    (draft,) = sync_drafts.draft_queue(editor)
    real_push = sync_draft_approve.push

    def others_share_first(*args: object, **kwargs: object) -> sync.PushResult:
        # The server moves on between Approve's Get latest and its sharing: a third author
        # changes the sentence the draft changed.
        git(server.parent, "clone", "-q", str(server), "jo")
        jo = server.parent / "jo"
        replace_in(jo / POST, "wet Tuesday", "stormy Tuesday")
        git(jo, "-c", "user.name=Jo", "-c", "user.email=jo@example.org", "commit", "-qam", "Jo")
        git(jo, "push", "-q")
        return real_push(*args, **kwargs)

    monkeypatch.setattr(sync_draft_approve, "push", others_share_first)

    result = sync_drafts.approve_draft(editor, draft.branch, "Ed", anyway=True, reason="ok")

    assert not result.shared
    assert result.waiting == [POST]
    assert [c.path for c in result.conflicts] == [POST]
    assert result.message.startswith(
        f"Approved here, not shared: 1 page waits for your choice: {POST} "
        "(make the choice, then Share my changes)"
    )
    assert "stormy Tuesday" in git(server, "show", f"main:{POST}")


def test_approve_shares_its_own_merge_choice_as_before(team: tuple[Path, Path, Path]) -> None:
    _server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert sync_drafts.send_for_review(author, author / POST).shared
    sync.pull(editor)
    replace_in(editor / POST, "wet Tuesday", "rainy Tuesday")
    assert sync.push(editor).shared
    (draft,) = sync_drafts.draft_queue(editor)

    result = sync_drafts.approve_draft(editor, draft.branch, "Ed", anyway=True, reason="ok")

    assert result.message == "Approved and shared. 1 choice to make: changed here and in the draft"
    assert result.waiting == []
