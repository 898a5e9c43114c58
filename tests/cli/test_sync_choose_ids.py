"""`editor-app sync choose` with an ID no choice has says so, and how many are waiting (it
said 'That choice is not waiting any more', as if it had been settled); the list of choices
says what each can be settled with (a setting has no 'both', which the heading offered)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from editor_app.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import POST, isolate_git, make_synthetic_site, replace_in, share  # noqa: E402


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_wrong_id_and_the_choices_each_choice_has(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    isolate_git(monkeypatch)
    _server, author, editor = share(make_synthetic_site(tmp_path / "site"), tmp_path)
    replace_in(author / POST, "title: What happens", "title: What happened")
    run(capsys, "sync", "push", str(author))
    replace_in(editor / POST, "title: What happens", "title: What happens next")
    code, out, _ = run(capsys, "sync", "pull", str(editor))
    assert code == 1
    assert "(editor-app sync choose ID CHOICE)" in out
    assert "      choose: mine or theirs\n" in out
    (waiting,) = json.loads(run(capsys, "sync", "choices", str(editor), "--json")[1])

    before = (editor / POST).read_bytes()
    assert run(capsys, "sync", "choose", "nope", "mine", str(editor)) == (
        2,
        "",
        "editor-app: no choice waiting has the ID 'nope' (1 choice waiting; editor-app sync "
        "choices lists them)\n",
    )
    assert (editor / POST).read_bytes() == before
    assert run(capsys, "sync", "choose", waiting["id"], "theirs", str(editor))[0] == 0
    assert run(capsys, "sync", "choose", waiting["id"], "theirs", str(editor)) == (
        2,
        "",
        f"editor-app: no choice waiting has the ID '{waiting['id']}' (no choices waiting)\n",
    )
