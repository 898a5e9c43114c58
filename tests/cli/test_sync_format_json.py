"""`sync status`, `sync choices` and `sync drafts` take `--format json`, as `validate` and
`review` do (it was `--json` alone, an error with the option scripts use for the other
commands); `--json` still works, the same."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from editor_app.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
import sync_site  # noqa: E402
from sync_site import (  # noqa: E402
    POST,
    git,
    isolate_git,
    make_synthetic_site,
    replace_in,
    share,
)

PAGE = "_resources/ai-white-paper-2023.md"


team = sync_site.site_team_fixture("connectedbydata")


def test_status_format_json_is_the_same_as_json(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _server, ana, _ben = team
    replace_in(ana / PAGE, "status: final", "status: draft")
    assert main(["sync", "status", "--no-fetch", "--format", "json", str(ana)]) == 0
    facts = json.loads(capsys.readouterr().out)
    assert facts["state"] == "changed_here" and facts["changed_here"] == [PAGE]
    assert main(["sync", "status", "--no-fetch", "--json", str(ana)]) == 0
    assert json.loads(capsys.readouterr().out) == facts
    assert main(["sync", "status", "--no-fetch", "--format", "text", str(ana)]) == 0
    assert capsys.readouterr().out.startswith("1 page changed here, not shared yet\n")


def test_choices_format_json(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _server, ana, ben = team
    replace_in(ben / PAGE, "status: final", "status: archived")
    git(ben, "commit", "-q", "-am", "Archive")
    git(ben, "push", "-q")
    replace_in(ana / PAGE, "status: final", "status: draft")
    assert main(["sync", "pull", str(ana)]) == 1  # a choice waits
    capsys.readouterr()
    assert main(["sync", "choices", "--format", "json", str(ana)]) == 0
    choices = json.loads(capsys.readouterr().out)
    assert [c["path"] for c in choices] == [PAGE]
    assert main(["sync", "choices", "--json", str(ana)]) == 0
    assert json.loads(capsys.readouterr().out) == choices


def test_drafts_format_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    isolate_git(monkeypatch)
    _server, author, editor = share(make_synthetic_site(tmp_path / "site"), tmp_path)
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert main(["sync", "send", str(author / POST)]) == 0
    capsys.readouterr()
    assert main(["sync", "drafts", "--format", "json", str(editor)]) == 0
    (draft,) = json.loads(capsys.readouterr().out)
    assert draft["path"] == POST and draft["branch"].startswith("review/")
    assert main(["sync", "drafts", "--json", "--no-fetch", str(editor)]) == 0
    assert json.loads(capsys.readouterr().out) == [draft]
    assert main(["sync", "drafts", "--format", "text", "--no-fetch", str(editor)]) == 0
    assert capsys.readouterr().out.startswith(draft["branch"] + "  ")
