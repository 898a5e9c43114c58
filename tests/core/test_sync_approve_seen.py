"""Approving a draft from the Drafts dialog approves the version the editor looked at: when
the author sent the page again meanwhile (the dialog reads what this copy knew), the approval
is refused, nothing done, saying so; the newest version is then listed to look at. Before,
Approve asked the server first and merged the newer version, unseen."""

from __future__ import annotations

import pytest
from sync_site import POST, git, replace_in
from test_sync_drafts import team  # noqa: F401 - the shared copies: server, author, editor

from editor_app.core import sync, sync_drafts
from editor_app.core.sync_base import SyncError


def test_a_draft_sent_again_since_it_was_seen_is_not_approved(team) -> None:  # noqa: ANN001, F811
    server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert sync_drafts.send_for_review(author, author / POST).shared
    sync.pull(editor)
    (seen,) = sync_drafts.draft_queue(editor)
    replace_in(author / POST, "windy Tuesday", "stormy Tuesday")
    assert sync_drafts.send_for_review(author, author / POST).shared

    main_before = git(server, "rev-parse", "main")
    with pytest.raises(SyncError, match="sent again since you looked at it") as caught:
        sync_drafts.approve_draft(editor, seen.branch, "Ed Editor", seen=seen.commit)
    assert "nothing was approved" in str(caught.value) and "\n" not in str(caught.value)
    assert git(server, "rev-parse", "main") == main_before
    assert "stormy" not in (editor / POST).read_text()

    # Listed again, the newest version is the one approved.
    (newest,) = sync_drafts.draft_queue(editor)
    assert newest.commit != seen.commit
    assert sync_drafts.approve_draft(editor, newest.branch, "Ed Editor", seen=newest.commit).shared
    assert "stormy Tuesday" in git(server, "show", f"main:{POST}")


def test_a_note_added_since_does_not_stop_the_approval(team) -> None:  # noqa: ANN001, F811
    from editor_app.core import sync_draft_review

    _server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert sync_drafts.send_for_review(author, author / POST).shared
    sync.pull(editor)
    (seen,) = sync_drafts.draft_queue(editor)
    note = sync_draft_review.note_on_draft(author, seen.branch, "Ready.", "Ada Author")
    assert note.text == "Ready."
    result = sync_drafts.approve_draft(
        editor, seen.branch, "Ed Editor", anyway=True, reason="fine", seen=seen.commit
    )
    assert result.shared
