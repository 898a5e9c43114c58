"""`editor-app sync send-back BRANCH --text TEXT` sends a draft back with TEXT as its note, as
`--reason` does and as `sync note` and `review send-back` name the words (`--text`)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.core import review, sync, sync_drafts

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import POST, replace_in  # noqa: E402
from test_sync_cmd import run, team  # noqa: E402, F401 - the shared copies: server, author, editor


def test_send_back_takes_its_note_as_text(
    team: tuple[Path, Path, Path],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    _server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert run(capsys, "sync", "send", str(author / POST))[0] == 0
    run(capsys, "sync", "drafts", str(editor))
    branch = sync_drafts.draft_queue(editor)[0].branch
    code, _out, err = run(capsys, "sync", "send-back", branch, str(editor), "--text", "-Which day?")
    assert code == 0, err
    sync.pull(author)
    assert [n.text for n in review.NoteStore(author / POST).open_notes()] == ["-Which day?"]
