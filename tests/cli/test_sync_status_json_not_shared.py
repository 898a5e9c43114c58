"""`sync status --json` outside git: the same JSON shape, the state said, exit 2 as documented."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import sync

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import POST, isolate_git, make_synthetic_site, replace_in, share  # noqa: E402


def test_json_outside_git_has_the_shape_of_a_git_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    isolate_git(monkeypatch)
    _server, author, _editor = share(make_synthetic_site(tmp_path / "site"), tmp_path)
    replace_in(author / POST, "A short story", "A longer story")
    assert main(["sync", "status", "--no-fetch", "--json", str(author)]) == 0
    shared = json.loads(capsys.readouterr().out)
    assert shared["state"] == "changed_here"

    plain = make_synthetic_site(tmp_path / "plain")
    code = main(["sync", "status", "--json", str(plain)])
    out, err = capsys.readouterr()
    assert code == 2  # docs/SHARING.md: 2 when it could not run, a folder not kept in git
    facts = json.loads(out)
    assert facts.keys() == shared.keys()
    assert facts["state"] == "not_shared" and facts["git"] is False
    assert facts["message"] == "Not shared: this folder is not kept in git"
    assert err == f"editor-app: {sync.NOT_SHARED_TEXT}\n"


def test_help_says_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["sync", "status", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "2 when it could not run (a folder not kept in git" in said
    assert "1 when choices are waiting after pull or push" in said
