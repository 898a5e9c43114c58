"""A page removed here and changed by others: it stays removed and a choice is offered (it
came back with no word before); Keep theirs brings it back, Keep mine keeps it removed."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from editor_app.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
import sync_site  # noqa: E402
from sync_site import OTHER, git, replace_in  # noqa: E402

# The synthetic site shared by two people (sync_site), as the other sharing tests.
team = sync_site.team


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def removed_here_changed_there(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str], committed: bool
) -> str:
    """Get latest after the author changed OTHER and the editor removed it; the choice's id."""
    _server, author, editor = team
    replace_in(author / OTHER, "A finished page.", "A finished page, edited.")
    assert run(capsys, "sync", "push", str(author))[0] == 0
    (editor / OTHER).unlink()
    if committed:
        git(editor, "commit", "-qam", "Remove the second post")
    code, out = run(capsys, "sync", "pull", str(editor))
    assert code == 1, out
    assert not (editor / OTHER).exists()  # still removed until the person chooses
    code, out = run(capsys, "sync", "choices", str(editor))
    assert f"{OTHER}: removed here and changed by others" in out
    (waiting,) = json.loads(run(capsys, "sync", "choices", str(editor), "--json")[1])
    return waiting["id"]


@pytest.mark.parametrize("committed", [False, True])
def test_keep_theirs_brings_the_page_back(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str], committed: bool
) -> None:
    server, _author, editor = team
    choice = removed_here_changed_there(team, capsys, committed)
    assert run(capsys, "sync", "choose", choice, "theirs", str(editor))[0] == 0
    assert "A finished page, edited." in (editor / OTHER).read_text()
    assert run(capsys, "sync", "push", str(editor))[0] == 0
    assert "A finished page, edited." in git(server, "show", f"main:{OTHER}")


@pytest.mark.parametrize("committed", [False, True])
def test_keep_mine_keeps_it_removed(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str], committed: bool
) -> None:
    server, _author, editor = team
    choice = removed_here_changed_there(team, capsys, committed)
    assert run(capsys, "sync", "choose", choice, "mine", str(editor))[0] == 0
    assert not (editor / OTHER).exists()
    assert run(capsys, "sync", "push", str(editor))[0] == 0
    assert OTHER not in git(server, "ls-tree", "-r", "--name-only", "main")


def test_the_choices_window_says_it_was_removed_here(
    qtbot, team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    from editor_app.core import sync_conflicts
    from editor_app.core.sync_base import open_repo
    from editor_app.ui.sync_choices import ChoiceDialog

    _server, _author, editor = team
    removed_here_changed_there(team, capsys, committed=False)
    repo = open_repo(editor)
    dialog = ChoiceDialog(repo, sync_conflicts.load(repo))
    qtbot.addWidget(dialog)
    assert dialog.where.text() == "“Second post” was removed here and changed by others."
    assert "You removed this page." in dialog.mine.toPlainText()
    assert (dialog.keep_mine.text(), dialog.keep_theirs.text()) == (
        "Keep it removed",
        "Bring it back",
    )
    assert "A finished page, edited." in dialog.theirs.toPlainText()
    qtbot.mouseClick(dialog.keep_theirs, Qt.MouseButton.LeftButton)
    assert "A finished page, edited." in (editor / OTHER).read_text()
