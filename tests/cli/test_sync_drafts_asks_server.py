"""`editor-app sync drafts` asks the server first, as `status` does: a draft sent by someone
since this copy last looked was missing ("No draft waiting for review on a branch.") until a
Get latest; `--no-fetch` keeps to what is known here."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from editor_app.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import POST, isolate_git, make_synthetic_site, replace_in, share  # noqa: E402


def test_drafts_sent_since_the_last_look_are_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    isolate_git(monkeypatch)
    _server, author, editor = share(make_synthetic_site(tmp_path / "site"), tmp_path)
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert main(["sync", "send", str(author / POST)]) == 0
    capsys.readouterr()

    assert main(["sync", "drafts", str(editor), "--no-fetch"]) == 0
    assert capsys.readouterr().out == "No draft waiting for review on a branch.\n"

    assert main(["sync", "drafts", str(editor), "--json"]) == 0
    (draft,) = json.loads(capsys.readouterr().out)
    assert draft["path"] == POST and draft["branch"].startswith("review/")
