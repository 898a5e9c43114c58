"""`editor-app sync drafts` asks the server with a fetch only, not a whole status (which
walks every page and branch), and still says when the server could not be asked, and why
(a shared copy not found at its address said as such)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import sync

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import (  # noqa: E402
    POST,
    drive_not_mounted,
    isolate_git,
    make_synthetic_site,
    replace_in,
    share,
)


def test_drafts_fetch_without_a_status(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    isolate_git(monkeypatch)
    server, author, editor = share(make_synthetic_site(tmp_path / "site"), tmp_path)
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert main(["sync", "send", str(author / POST)]) == 0
    capsys.readouterr()

    def no_status(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("sync drafts worked out a whole status")

    monkeypatch.setattr(sync, "status", no_status)
    assert main(["sync", "drafts", str(editor)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("review/") and POST in out and err == ""

    with drive_not_mounted(editor):
        assert main(["sync", "drafts", str(editor)]) == 0
    out, err = capsys.readouterr()
    assert POST in out and err.startswith("editor-app: note: Offline")
    assert err.endswith("; these are the drafts known here\n")

    # A moved shared copy is said as such, as the Sharing bar says it.
    server.rename(server.with_name("moved.git"))
    assert main(["sync", "drafts", str(editor)]) == 0
    out, err = capsys.readouterr()
    assert POST in out and f"The shared copy at {server} was not found" in err
