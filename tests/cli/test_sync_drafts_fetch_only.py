"""`editor-app sync drafts` asks the server with a fetch only, not a whole status (which
walks every page and branch), and still says when the server could not be asked."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import sync

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import POST, isolate_git, make_synthetic_site, replace_in, share  # noqa: E402


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

    server.rename(server.with_name("moved.git"))
    assert main(["sync", "drafts", str(editor)]) == 0
    out, err = capsys.readouterr()
    assert POST in out and "the server could not be asked" in err
