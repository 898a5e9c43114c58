"""A page others removed and this copy changed: the change is kept and a choice is offered
(it came back for everyone with no word before); keeping theirs removes it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from editor_app.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
import sync_site  # noqa: E402
from sync_site import OTHER, git, replace_in  # noqa: E402

# The synthetic site shared by two people (sync_site), as the other sharing tests.
team = sync_site.team


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


@pytest.mark.parametrize("committed", [False, True])
def test_removed_there_changed_here_is_a_choice(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str], committed: bool
) -> None:
    server, author, editor = team
    (author / OTHER).unlink()
    assert run(capsys, "sync", "push", str(author))[0] == 0
    replace_in(editor / OTHER, "A finished page.", "A finished page, edited.")
    if committed:
        git(editor, "commit", "-qam", "Edit the second post")
    code, out = run(capsys, "sync", "pull", str(editor))
    assert code == 1, out
    assert "A finished page, edited." in (editor / OTHER).read_text()  # nothing lost
    code, out = run(capsys, "sync", "choices", str(editor))
    assert f"{OTHER}: changed here and removed by others" in out
    (waiting,) = json.loads(run(capsys, "sync", "choices", str(editor), "--json")[1])
    assert run(capsys, "sync", "choose", waiting["id"], "theirs", str(editor))[0] == 0
    assert not (editor / OTHER).exists()
    assert run(capsys, "sync", "push", str(editor))[0] == 0
    assert OTHER not in git(server, "ls-tree", "-r", "--name-only", "main")
