"""A shared copy whose address is mistyped or moved is said as such by the drafts' steps too
(Send for review, a note, Send back, Accept, Approve on a draft), in the Sharing bar's words
("The shared copy at … was not found: check its address"), not as a server that "cannot be
reached"; nothing is sent or lost. A drive not mounted stays "cannot be reached"."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_site import POST, drive_not_mounted, git, replace_in
from test_sync_drafts import team  # noqa: F401 - the shared copies: server, author, editor

from editor_app.cli import main
from editor_app.core import review, sync, sync_draft_review, sync_draft_suggestions, sync_drafts
from editor_app.core.sync_base import SyncError

NOT_FOUND = "was not found: check its address"


def mistype(clone: Path, tmp_path: Path) -> str:
    """The clone's server address with a typo (its folder is there: not a drive unmounted)."""
    url = git(clone, "remote", "get-url", "origin").strip()
    git(clone, "remote", "set-url", "origin", str(tmp_path / "servr.git"))
    return url


def test_send_for_review_says_the_shared_copy_was_not_found(
    team,  # noqa: ANN001, F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server, author, _editor = team
    url = mistype(author, tmp_path)
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    sent = sync_drafts.send_for_review(author, author / POST)
    assert not sent.shared and sent.commit  # kept here, sent once the address is right
    assert NOT_FOUND in sent.message and "reachable" not in sent.message
    assert main(["sync", "send", str(author / POST)]) == 2
    out = capsys.readouterr().out
    assert NOT_FOUND in out and "reachable" not in out
    git(author, "remote", "set-url", "origin", url)
    assert sync_drafts.send_for_review(author, author / POST).shared
    assert "windy Tuesday" in git(server, "show", f"{sent.branch}:{POST}")


def test_a_drafts_steps_say_the_shared_copy_was_not_found(
    team,  # noqa: ANN001, F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    sid = review.suggest(author / POST, "three hundred", "four hundred", author="Sue").id
    assert sync_drafts.send_for_review(author, author / POST).shared
    sync.pull(editor)
    (draft,) = sync_drafts.draft_queue(editor)
    mistype(editor, tmp_path)
    steps = {
        "note": lambda: sync_draft_review.note_on_draft(editor, draft.branch, "Which park?"),
        "send back": lambda: sync_draft_review.send_back_draft(editor, draft.branch, "Later"),
        "accept": lambda: sync_draft_suggestions.decide_suggestion(
            editor, draft.branch, sid, sync_draft_suggestions.ACCEPT, "Ed Editor"
        ),
        "approve": lambda: sync_drafts.approve_draft(
            editor, draft.branch, "Ed Editor", anyway=True, reason="fine"
        ),
    }
    for step, run in steps.items():
        with pytest.raises(SyncError) as caught:
            run()
        said = str(caught.value)
        assert NOT_FOUND in said and "cannot be reached" not in said, step
        assert "\n" not in said, step
    # Nothing was sent, nothing changed here.
    assert git(server, "rev-parse", draft.branch).strip() == draft.commit
    assert git(editor, "status", "--porcelain") == ""
    for args in (
        ["note", draft.branch, "--text", "Which park?"],
        ["approve", draft.branch, "--anyway", "--reason", "fine"],
    ):
        assert main(["sync", *args, str(editor)]) == 2
        err = capsys.readouterr().err
        assert NOT_FOUND in err and err.count("\n") == 1, args


def test_a_drive_not_mounted_still_cannot_be_reached(team) -> None:  # noqa: ANN001, F811
    _server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert sync_drafts.send_for_review(author, author / POST).shared
    sync.pull(editor)
    (draft,) = sync_drafts.draft_queue(editor)
    with drive_not_mounted(editor):
        with pytest.raises(SyncError, match="cannot be reached"):
            sync_draft_review.send_back_draft(editor, draft.branch, "Later")
    with drive_not_mounted(author):
        replace_in(author / POST, "windy Tuesday", "windy Wednesday")
        again = sync_drafts.send_for_review(author, author / POST)
        assert again.offline and "reachable" in again.message
