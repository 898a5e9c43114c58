"""`editor-app sync`: status, pull, push, choices, send, drafts, approve (real git, local server)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import sync

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
import sync_site  # noqa: E402
from sync_site import (  # noqa: E402
    POST,
    git,
    log_subjects,
    make_synthetic_site,
    replace_in,
)

# The synthetic site shared by two people (sync_site), as the other sharing tests.
team = sync_site.team


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_status_push_pull(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _server, author, editor = team
    replace_in(author / POST, "A short story", "A longer story")
    code, out, _ = run(capsys, "sync", "status", str(author))
    assert code == 0
    assert out.splitlines()[:3] == [
        "1 page changed here, not shared yet",
        "Changed here, not shared yet:",
        f"  {POST}",
    ]
    code, out, _ = run(capsys, "sync", "push", str(author), "--message", "New subtitle")
    assert (code, out) == (0, "Shared: New subtitle\n")
    assert log_subjects(author)[0] == "New subtitle"
    code, out, _ = run(capsys, "sync", "status", str(editor), "--json")
    facts = json.loads(out)
    assert facts["new_from_others"] == 1 and facts["changed_by_others"] == [POST]
    code, out, _ = run(capsys, "sync", "pull", str(editor))
    assert code == 0
    assert out == f"Got the latest: 1 page changed by others\n  {POST}\n"
    assert "A longer story" in (editor / POST).read_text()


def test_same_sentence_exit_1_then_choose(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "cold Tuesday")
    run(capsys, "sync", "push", str(author))
    replace_in(editor / POST, "wet Tuesday", "warm Tuesday")
    code, out, _ = run(capsys, "sync", "pull", str(editor))
    assert code == 1
    assert "your version is kept until you choose" in out
    code, out, _ = run(capsys, "sync", "choices", str(editor), "--json")
    (choice,) = json.loads(out)
    assert "warm Tuesday" in choice["mine"] and "cold Tuesday" in choice["theirs"]
    code, out, _ = run(capsys, "sync", "choose", choice["id"][:6], "theirs", str(editor))
    assert code == 0 and out.startswith("Keep theirs: ")
    assert "cold Tuesday" in (editor / POST).read_text()
    assert git(editor, "status", "--porcelain") == ""


def test_drafts_round(team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    _server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    code, out, _ = run(capsys, "sync", "send", str(author / POST))
    assert code == 0 and out.startswith("Sent for review (branch review/")
    run(capsys, "sync", "pull", str(editor))
    code, out, _ = run(capsys, "sync", "drafts", str(editor), "--json")
    (draft,) = json.loads(out)
    assert draft["path"] == POST and draft["status"] == "draft"
    code, out, _ = run(capsys, "sync", "approve", draft["branch"], str(editor))
    assert (code, out) == (0, f"Approved and shared: {POST}\n")
    code, out, _ = run(capsys, "sync", "pull", str(author))
    assert code == 0 and "status: final" in (author / POST).read_text()


def test_cannot_run_says_why_in_one_line(
    team: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server, author, _editor = team
    plain = make_synthetic_site(tmp_path / "plain")
    code, out, err = run(capsys, "sync", "push", str(plain))
    assert code == 2 and out == ""
    assert err == f"editor-app: {sync.NOT_SHARED_TEXT}\n"
    # The server's drive not mounted: offline (a mistyped address is said otherwise,
    # tests/core/test_sync_not_found.py).
    git(author, "remote", "set-url", "origin", str(tmp_path / "unmounted" / server.name))
    replace_in(author / POST, "A short story", "A longer story")
    code, out, err = run(capsys, "sync", "push", str(author))
    assert code == 2
    assert err == (
        "editor-app: saved here. Offline: changes will be shared when the server is reachable\n"
    )
    code, out, err = run(capsys, "sync", "pull", str(author))
    assert code == 2 and len(err.splitlines()) == 1 and "Traceback" not in err


@pytest.mark.parametrize("action", ["status", "pull", "push", "drafts"])
def test_a_folder_that_is_not_there_is_named_as_such(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], action: str
) -> None:
    code, out, err = run(capsys, "sync", action, str(tmp_path / "gone"))
    assert code == 2 and out == ""
    assert err == f"editor-app: {tmp_path / 'gone'}: no such folder.\n"
