"""A picture, a data file or the site's settings removed on one side and changed on the other
is a choice, as a page is (before, a file removed here came back with no word, and one others
removed stayed here, unshared, with no word either): Keep theirs brings it back or removes it
too, Keep mine leaves it as it is here."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from shared_sites import shared_site_path

from editor_app.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import copy_real_site, git, isolate_git, share  # noqa: E402

PICTURE = "src/blog/park.png"
DATA = "src/_data/mascots.js"
SETTINGS = "eleventy.config.js"
OLD_PICTURE = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
NEW_PICTURE = b"\x89PNG\r\n\x1a\n" + bytes(range(255, -1, -1)) * 12


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    isolate_git(monkeypatch)
    site = copy_real_site(shared_site_path("eleventy-website"), tmp_path / "site")
    (site / PICTURE).write_bytes(OLD_PICTURE)
    return share(site, tmp_path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def change(clone: Path, rel: str) -> bytes:
    """Change the file as a person would; its new bytes."""
    path = clone / rel
    data = NEW_PICTURE if rel == PICTURE else path.read_bytes() + b"// changed\n"
    path.write_bytes(data)
    return data


def by_others(author: Path, rel: str, removed: bool) -> bytes | None:
    """The author changes or removes the file and shares it (with git: the app shares pages
    and pictures only, but others may share anything)."""
    if removed:
        git(author, "rm", "-q", rel)
        data = None
    else:
        data = change(author, rel)
        git(author, "add", rel)
    git(author, "commit", "-qm", f"Change {rel}")
    git(author, "push", "-q")
    return data


def only_choice(capsys: pytest.CaptureFixture[str], editor: Path) -> dict:
    (waiting,) = json.loads(run(capsys, "sync", "choices", str(editor), "--json")[1])
    return waiting


@pytest.mark.parametrize("rel", [PICTURE, DATA, SETTINGS])
def test_removed_here_changed_by_others_is_a_choice(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str], rel: str
) -> None:
    _server, author, editor = team
    theirs = by_others(author, rel, removed=False)
    (editor / rel).unlink()
    code, out = run(capsys, "sync", "pull", str(editor))
    assert code == 1, out
    assert "; 1 file you removed was changed by others: your version is kept until you" in out
    assert not (editor / rel).exists()  # not brought back with no word
    code, out = run(capsys, "sync", "choices", str(editor))
    assert f"{rel}: removed here and changed by others" in out
    assert "mine:   (you removed it)" in out
    assert "choose: mine or theirs" in out
    choice = only_choice(capsys, editor)["id"]
    code, out = run(capsys, "sync", "choose", choice, "theirs", str(editor))
    assert code == 0, out
    assert (editor / rel).read_bytes() == theirs


@pytest.mark.parametrize("rel", [PICTURE, DATA, SETTINGS])
def test_changed_here_removed_by_others_is_a_choice(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str], rel: str
) -> None:
    _server, author, editor = team
    by_others(author, rel, removed=True)
    mine = change(editor, rel)
    code, out = run(capsys, "sync", "pull", str(editor))
    assert code == 1, out
    assert "; 1 file you changed was removed by others: your version is kept until you" in out
    assert (editor / rel).read_bytes() == mine  # kept until the person chooses
    code, out = run(capsys, "sync", "choices", str(editor))
    assert f"{rel}: changed here and removed by others" in out
    assert "theirs: (they removed it)" in out
    code, out = run(
        capsys, "sync", "choose", only_choice(capsys, editor)["id"], "theirs", str(editor)
    )
    assert code == 0, out
    assert not (editor / rel).exists()


def test_keep_mine_of_a_data_file_says_it_stays_here(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _server, author, editor = team
    by_others(author, DATA, removed=True)
    mine = change(editor, DATA)
    assert run(capsys, "sync", "pull", str(editor))[0] == 1
    code, out = run(
        capsys, "sync", "choose", only_choice(capsys, editor)["id"], "mine", str(editor)
    )
    assert code == 0, out
    assert "It stays as it is on this computer" in out and "Share my changes to send" not in out
    assert (editor / DATA).read_bytes() == mine
    assert run(capsys, "sync", "choices", str(editor))[1].strip() == "No choice waiting."


def test_a_picture_removed_by_others_pushed_while_offline_is_a_choice(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """Changed and committed here (shared while the server was out of reach), removed by
    others: mine stays in the commit until the person chooses."""
    _server, author, editor = team
    by_others(author, PICTURE, removed=True)
    change(editor, PICTURE)
    git(editor, "commit", "-qam", "New park picture")
    code, out = run(capsys, "sync", "pull", str(editor))
    assert code == 1, out
    assert only_choice(capsys, editor)["path"] == PICTURE
    assert "1 file changed by others (no page)" in out


def test_the_choices_window_names_the_picture(
    qtbot, team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    from editor_app.core import sync_conflicts
    from editor_app.core.sync_base import open_repo
    from editor_app.ui.sync_choices import ChoiceDialog

    _server, author, editor = team
    theirs = by_others(author, PICTURE, removed=False)
    (editor / PICTURE).unlink()
    assert run(capsys, "sync", "pull", str(editor))[0] == 1
    repo = open_repo(editor)
    dialog = ChoiceDialog(repo, sync_conflicts.load(repo))
    qtbot.addWidget(dialog)
    assert dialog.where.text() == f"The picture “{PICTURE}” was removed here and changed by others."
    assert dialog.mine.toPlainText().strip() == "You removed this picture."
    assert dialog.theirs.toPlainText().strip() == "Picture park.png (3 KB)"
    assert "site's history" in dialog.theirs_label.text()
    assert not dialog.keep_both.isVisible()
    qtbot.mouseClick(dialog.keep_theirs, Qt.MouseButton.LeftButton)
    assert (editor / PICTURE).read_bytes() == theirs


def test_a_data_file_changed_on_both_sides_shows_both_texts(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """Each side's text is shown, not "the copy here" and "the copy from others"."""
    _server, author, editor = team
    by_others(author, DATA, removed=False)
    (editor / DATA).write_bytes((editor / DATA).read_bytes() + b"// mine\n")
    assert run(capsys, "sync", "pull", str(editor))[0] == 1
    waiting = only_choice(capsys, editor)
    assert waiting["mine"].endswith("// mine") and waiting["theirs"].endswith("// changed")
    code, out = run(capsys, "sync", "choose", waiting["id"], "theirs", str(editor))
    assert code == 0, out
    assert (editor / DATA).read_bytes().endswith(b"// changed\n")


def test_keep_mine_of_a_picture_no_page_shows_says_it_stays_here(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """Share my changes sends the pictures pages show: one no page shows is not sent, so
    "Share my changes to send it" was not true."""
    _server, author, editor = team
    by_others(author, PICTURE, removed=True)
    change(editor, PICTURE)
    assert run(capsys, "sync", "pull", str(editor))[0] == 1
    code, out = run(
        capsys, "sync", "choose", only_choice(capsys, editor)["id"], "mine", str(editor)
    )
    assert code == 0, out
    assert "It stays as it is on this computer" in out and "Share my changes to send" not in out


def test_a_choice_that_cannot_write_the_file_says_so_and_waits(
    qtbot, team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:  # noqa: ANN001
    """The Choices window says why in its own line, the choice still waiting (the error was
    raised out of the button's click: nothing said, a traceback on the terminal)."""
    from editor_app.core import sync_conflicts
    from editor_app.core.sync_base import open_repo
    from editor_app.ui.sync_choices import ChoiceDialog

    _server, author, editor = team
    by_others(author, DATA, removed=False)
    (editor / DATA).unlink()
    assert run(capsys, "sync", "pull", str(editor))[0] == 1

    def refused(path: Path, _data: bytes) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(sync_conflicts, "atomic_write", refused)
    repo = open_repo(editor)
    dialog = ChoiceDialog(repo, sync_conflicts.load(repo))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.keep_theirs, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == (
        f"{DATA} could not be written (permission denied): make it writable, then choose again."
    )
    assert len(sync_conflicts.load(repo)) == 1 and not (editor / DATA).exists()
