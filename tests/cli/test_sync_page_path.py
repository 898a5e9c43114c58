"""`sync status|pull|push PAGE`: the page's site, as other commands take a page inside a site."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import POST, isolate_git, make_synthetic_site, replace_in, share  # noqa: E402


def test_a_page_path_works_on_its_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    isolate_git(monkeypatch)
    _server, author, editor = share(make_synthetic_site(tmp_path / "site"), tmp_path)
    replace_in(author / POST, "A short story", "A longer story")
    page = str(author / POST)

    assert main(["sync", "status", "--no-fetch", page]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("1 page changed here, not shared yet\n") and err == ""
    assert main(["sync", "push", page, "--message", "Longer"]) == 0
    assert capsys.readouterr().out == "Shared: Longer\n"
    assert main(["sync", "pull", str(editor / POST)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Got the latest: 1 page changed by others") and err == ""
    assert "A longer story" in (editor / POST).read_text()


def test_a_page_outside_git_is_said_not_shared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    isolate_git(monkeypatch)
    plain = make_synthetic_site(tmp_path / "plain")
    assert main(["sync", "pull", str(plain / POST)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "not kept in git" in err and "is not a folder" not in err
