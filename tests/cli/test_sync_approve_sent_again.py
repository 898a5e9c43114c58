"""`editor-app sync approve` approves the version the editor listed (`sync drafts`), as the
Drafts dialog approves the one it shows: a draft its author sent again since is refused in one
line, nothing approved, and is approved once listed again. Before, Get latest inside approve
brought the newer version and merged it, unseen and unchecked."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from editor_app.core import sync_draft_seen, sync_drafts

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import POST, git, replace_in  # noqa: E402
from test_sync_cmd import run, team  # noqa: E402, F401 - the shared copies: server, author, editor


def test_a_draft_sent_again_since_listed_is_not_approved(
    team: tuple[Path, Path, Path],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert run(capsys, "sync", "send", str(author / POST))[0] == 0
    code, out, _ = run(capsys, "sync", "drafts", str(editor), "--json")
    (draft,) = json.loads(out)
    replace_in(author / POST, "windy Tuesday", "stormy Tuesday")
    assert run(capsys, "sync", "send", str(author / POST))[0] == 0
    main_before = git(server, "rev-parse", "main")

    code, out, err = run(capsys, "sync", "approve", draft["branch"], str(editor))
    assert (code, out) == (2, "")
    (line,) = err.strip().splitlines()
    assert "was sent again since you looked at it" in line and "nothing was approved" in line
    assert git(server, "rev-parse", "main") == main_before
    assert "stormy" not in (editor / POST).read_text()

    # Listed again (and so looked at), the newest version is approved.
    run(capsys, "sync", "drafts", str(editor))
    code, out, _ = run(capsys, "sync", "approve", draft["branch"], str(editor))
    assert (code, out) == (0, f"Approved and shared: {POST}\n")
    assert "stormy Tuesday" in git(server, "show", f"main:{POST}")


def test_sent_again_while_the_dialog_approves_is_not_merged(
    team: tuple[Path, Path, Path],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The Drafts dialog's path (`seen`): the author sends again after the version shown was
    checked, before Get latest inside approve asks the server again."""
    server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert sync_drafts.send_for_review(author, author / POST).shared
    git(editor, "fetch", "origin")
    (seen,) = sync_drafts.draft_queue(editor)
    checked = sync_draft_seen.refuse_sent_again

    def checked_then_sent_again(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        drafts = checked(*args, **kwargs)
        replace_in(author / POST, "windy Tuesday", "stormy Tuesday")
        assert sync_drafts.send_for_review(author, author / POST).shared
        return drafts

    monkeypatch.setattr(sync_draft_seen, "refuse_sent_again", checked_then_sent_again)
    main_before = git(server, "rev-parse", "main")
    with pytest.raises(sync_drafts.SyncError, match="sent again since you looked at it"):
        sync_drafts.approve_draft(editor, seen.branch, "Ed Editor", seen=seen.commit)
    assert git(server, "rev-parse", "main") == main_before
    assert "stormy" not in (editor / POST).read_text()


def test_a_draft_sent_again_with_its_notes_resolved_is_not_refused_for_them(
    team: tuple[Path, Path, Path],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The version listed had an open note; the author resolved it and sent again. Approve
    said the old note was still to deal with ("send it back, or approve anyway"); it says the
    draft was sent again since, to be looked at."""
    from editor_app.core import review, sync

    _server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert run(capsys, "sync", "send", str(author / POST))[0] == 0
    run(capsys, "sync", "drafts", str(editor))
    branch = sync_drafts.draft_queue(editor)[0].branch
    assert run(capsys, "sync", "send-back", branch, str(editor), "--reason", "Which day?")[0] == 0
    sync.pull(author)
    (note,) = review.NoteStore(author / POST).open_notes()
    review.NoteStore(author / POST).set_resolved(note.id)
    replace_in(author / POST, "windy Tuesday", "windy Tuesday in March")
    assert run(capsys, "sync", "send", str(author / POST))[0] == 0

    code, out, err = run(capsys, "sync", "approve", branch, str(editor))
    assert (code, out) == (2, "")
    assert "was sent again since you looked at it" in err
    run(capsys, "sync", "drafts", str(editor))  # looked at: approved, nothing open
    code, out, _ = run(capsys, "sync", "approve", branch, str(editor))
    assert (code, out) == (0, f"Approved and shared: {POST}\n")


def test_a_draft_never_listed_here_is_not_approved_unseen(
    team: tuple[Path, Path, Path],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A branch named before `sync drafts` listed it: nothing of it was looked at or checked,
    so nothing is approved; Get latest inside approve merged it unseen and unchecked."""
    server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert run(capsys, "sync", "send", str(author / POST))[0] == 0
    main_before = git(server, "rev-parse", "main")
    code, out, err = run(capsys, "sync", "approve", "review/2025-03-01-council-listens", str(editor))
    assert (code, out) == (2, "")
    assert "list the drafts first" in err and "nothing was approved" in err
    assert git(server, "rev-parse", "main") == main_before
    assert "windy" not in (editor / POST).read_text()
