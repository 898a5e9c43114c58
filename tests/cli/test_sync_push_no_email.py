"""A commit shared with no e-mail set in git carries none, never git's guess from the login
and the machine's name (`root@vm`): the window and `editor-app sync push` share the rule."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import sync

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import POST, git, isolate_git, make_synthetic_site, replace_in, share  # noqa: E402


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    isolate_git(monkeypatch)
    monkeypatch.delenv("EMAIL", raising=False)
    return share(make_synthetic_site(tmp_path / "site"), tmp_path)


def signed(clone: Path, rev: str = "HEAD") -> str:
    return git(clone, "log", "-1", "--format=%an <%ae>|%cn <%ce>", rev).strip()


def test_no_email_in_git_shares_the_name_alone(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    server, author, editor = team
    git(editor, "config", "--unset", "user.email")
    replace_in(editor / POST, "A short story", "A longer story")
    assert main(["sync", "push", str(editor), "--author", "Ed Itor"]) == 0
    capsys.readouterr()
    assert signed(server, "main") == "Ed Itor <>|Ed Itor <>"
    # A commit replayed by Get latest on top of others' keeps its author; the committer is
    # this copy, without a guessed address either.
    replace_in(author / POST, "three hundred letters", "four hundred letters")
    assert sync.push(author).shared
    replace_in(editor / POST, "wet Tuesday", "cold Tuesday")
    result = sync.push(editor, None, "Ed Itor")
    assert result.shared
    assert signed(server, "main") == "Ed Itor <>|Ed Itor <>"
    assert "@" not in git(server, "log", "--format=%ae %ce", "main", "--author=Ed Itor")


def test_an_email_set_in_git_is_used(team: tuple[Path, Path, Path]) -> None:
    server, _author, editor = team
    replace_in(editor / POST, "A short story", "A longer story")
    assert sync.push(editor, None, "Ed Itor").shared
    assert (
        signed(server, "main") == "Ed Itor <ed.editor@example.org>|Ed Itor <ed.editor@example.org>"
    )
