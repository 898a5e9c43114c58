"""A server that refuses the changes (a protected branch, a check of its own) is said in one
plain line with the server's own reason, and the changes stay saved here (it said git's
"error: failed to push some refs to '…'")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
import sync_site  # noqa: E402
from sync_site import POST, git, replace_in  # noqa: E402

GITLAB = "GitLab: You are not allowed to push code to protected branches on this project."


# The synthetic site shared by two people (sync_site), as the other sharing tests.
team = sync_site.team


def refuse(server: Path, script: str) -> None:
    hook = server / "hooks" / "pre-receive"
    hook.write_text(f"#!/bin/sh\n{script}\nexit 1\n")
    hook.chmod(0o755)


@pytest.mark.parametrize(
    ("script", "reason"),
    [
        (f'echo "{GITLAB}" >&2', GITLAB.rstrip(".")),
        ("", "pre-receive hook declined"),  # the server gave no words: git's own
    ],
)
def test_a_refused_push_says_why_and_keeps_the_changes(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str], script: str, reason: str
) -> None:
    server, _author, editor = team
    before = git(server, "rev-parse", "main")
    refuse(server, script)
    replace_in(editor / POST, "A short story", "A longer story")
    code = main(["sync", "push", str(editor)])
    err = capsys.readouterr().err
    assert code == 2
    assert err == (
        f"editor-app: The server did not take your changes ({reason}). They are saved here, "
        "not shared: ask whoever looks after the shared copy.\n"
    )
    assert git(server, "rev-parse", "main") == before
    assert "A longer story" in git(editor, "show", f"HEAD:{POST}")  # saved here
    assert main(["sync", "status", str(editor)]) == 0
    assert capsys.readouterr().out.startswith("1 page changed here, not shared yet")
