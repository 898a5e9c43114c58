"""A file Get latest cannot write (no permission, a full disk) is said in one plain line,
naming the file from the site's folder, in the window and on the command line (the window
said "[Errno 13] Permission denied: '/…/.~page.md.tmp'"); trying again once it is writable
brings everything in."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import sync, sync_pull

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import POST, replace_in  # noqa: E402
from test_sync_window import open_clone, team, wait_idle, window  # noqa: E402, F401

SAID = (
    f"A file could not be read or written while getting the latest: {POST} (permission "
    "denied). Nothing was lost: make it readable and writable, then try again."
)


def refuse_writing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(path: Path, _data: bytes) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(sync_pull, "atomic_write", refused)


def test_the_command_line_says_which_file(team, monkeypatch, capsys) -> None:  # noqa: ANN001, F811
    _server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "cold Tuesday")
    assert sync.push(author).shared
    with monkeypatch.context() as m:
        refuse_writing(m)
        assert main(["sync", "pull", str(editor)]) == 2
        assert capsys.readouterr().err == f"editor-app: {SAID}\n"
    assert main(["sync", "pull", str(editor)]) == 0  # writable again: all of it comes in
    assert "cold Tuesday" in (editor / POST).read_text()


def test_the_window_says_which_file(qtbot, window, team, monkeypatch) -> None:  # noqa: ANN001, F811
    _server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "cold Tuesday")
    assert sync.push(author).shared
    open_clone(qtbot, window, editor)
    refuse_writing(monkeypatch)
    window.sync_bar.get_latest_action.trigger()
    wait_idle(qtbot, window)
    assert window.statusBar().currentMessage() == SAID


def test_share_says_which_page_cannot_be_read(team, monkeypatch, capsys) -> None:  # noqa: ANN001, F811
    from editor_app.core import sync_push

    _server, _author, editor = team
    replace_in(editor / POST, "wet Tuesday", "cold Tuesday")

    def unreadable(*_args: object) -> str:
        raise PermissionError(13, "Permission denied", str(editor / POST))

    monkeypatch.setattr(sync_push, "commit_message", unreadable)
    assert main(["sync", "push", str(editor)]) == 2
    assert capsys.readouterr().err == (
        f"editor-app: A file could not be read or written while sharing: {POST} (permission "
        "denied). Nothing was lost: make it readable and writable, then try again.\n"
    )
