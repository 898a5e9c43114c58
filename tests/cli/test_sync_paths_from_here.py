"""`editor-app sync` on a site kept in a folder of its repository (`docs/`): run from inside
the site, the pages are named as they are reached from there (`_posts/a.md`); they were named
from the repository's top (`docs/_posts/a.md`), which opened nothing where the reader was."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import POST, git, isolate_git, make_synthetic_site, person, replace_in  # noqa: E402


def test_status_names_pages_from_the_folder_the_reader_is_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    isolate_git(monkeypatch)
    repo = tmp_path / "project"
    site = make_synthetic_site(repo / "docs")
    (repo / "main.py").write_text("print('hello')\n")
    git(repo, "init", "-q", "-b", "main")
    person(repo, "Site Owner")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "Import")
    replace_in(site / POST, "wet Tuesday", "cold Tuesday")

    monkeypatch.chdir(site)
    assert main(["sync", "status", "--no-fetch"]) == 0
    assert f"\n  {POST}\n" in capsys.readouterr().out
    monkeypatch.chdir(repo)
    assert main(["sync", "status", "docs", "--no-fetch"]) == 0
    assert f"\n  docs/{POST}\n" in capsys.readouterr().out
