"""A change signed with the computer's login name (no name given on the command line, none in
git) is said, with how to sign with one's own name."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
import sync_site  # noqa: E402
from sync_site import POST, git, replace_in  # noqa: E402

# The synthetic site shared by two people (sync_site), as the other sharing tests.
team = sync_site.team


def test_a_change_signed_with_the_login_name_is_said(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """No name given and none in git: the change carries the computer's login name, said on
    stderr with how to sign with one's own (it was written into the history with no word)."""
    server, _author, editor = team
    git(editor, "config", "--unset", "user.name")
    replace_in(editor / POST, "A short story", "A longer story")
    assert main(["sync", "push", str(editor)]) == 0
    err = capsys.readouterr().err
    login = git(server, "log", "-1", "--format=%an", "main").strip()
    assert err == (
        f"editor-app: note: shared under this computer's login name '{login}'; give --author "
        "NAME (and --email ADDRESS) to sign your changes\n"
    )
    replace_in(editor / POST, "A longer story", "A long story")
    assert main(["sync", "push", str(editor), "--author", "Ed"]) == 0
    assert capsys.readouterr().err == ""
