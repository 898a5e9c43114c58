"""The drafts' steps ask the server by one function (`sync_drafts.ask_server_first`), so they
say a shared copy not at its address, or out of reach, in the same words: `sync drafts`
(which goes on with the drafts known here), a note or decision on a draft ("…; nothing was
sent."), Approve from the Drafts dialog ("…; nothing was approved."; offline it goes on,
shared once reachable)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_site import POST, drive_not_mounted, git, replace_in
from test_sync_drafts import team  # noqa: F401 - the shared copies: server, author, editor

from editor_app.core import sync, sync_draft_review, sync_draft_seen, sync_drafts
from editor_app.core.sync_base import OFFLINE_TEXT, SyncError, open_repo

NOT_FOUND = "was not found: check its address"


def test_one_ask_says_not_found_or_offline_for_every_step(
    team,  # noqa: ANN001, F811
    tmp_path: Path,
) -> None:
    _server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert sync_drafts.send_for_review(author, author / POST).shared
    sync.pull(editor)
    (draft,) = sync_drafts.draft_queue(editor)
    repo = open_repo(editor)
    url = git(editor, "remote", "get-url", "origin").strip()

    git(editor, "remote", "set-url", "origin", str(tmp_path / "servr.git"))  # mistyped
    with pytest.raises(SyncError) as said:
        sync_drafts.ask_server_first(repo, "nothing was sent.")
    words = str(said.value)
    assert NOT_FOUND in words and words.endswith("; nothing was sent.")
    assert sync_drafts.ask_server(editor) == words.removesuffix("; nothing was sent.")
    with pytest.raises(SyncError, match=NOT_FOUND + ".*; nothing was sent.$"):
        sync_draft_review.note_on_draft(editor, draft.branch, "Which park?", "Ed Editor")
    with pytest.raises(SyncError, match=NOT_FOUND + ".*; nothing was approved.$"):
        sync_draft_seen.refuse_sent_again(editor, draft.branch, draft.commit)
    git(editor, "remote", "set-url", "origin", url)

    with drive_not_mounted(editor):
        repo = open_repo(editor)  # a copy's address is read once, as it opens
        sync_drafts.ask_server_first(repo, "nothing was approved.")  # offline: let be
        with pytest.raises(SyncError) as said:
            sync_drafts.ask_server_first(repo, "nothing was sent.", offline="Not sent.")
        assert str(said.value) == "Not sent."
        assert sync_drafts.ask_server(editor) == OFFLINE_TEXT
        assert sync_draft_seen.refuse_sent_again(editor, draft.branch, draft.commit) == [draft]
    assert sync_drafts.ask_server(editor) == ""
