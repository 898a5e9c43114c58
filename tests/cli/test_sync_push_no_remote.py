"""`editor-app sync push` in a site kept in git with no shared copy: with nothing changed it
says there was nothing new to save (it said 'Saved in the site's history', of nothing);
with a changed page it says the page was saved in the site's history."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import POST, git, isolate_git, make_synthetic_site, person, replace_in  # noqa: E402


def test_push_without_a_shared_copy_says_what_it_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    isolate_git(monkeypatch)
    site = make_synthetic_site(tmp_path / "site")
    git(site, "init", "-q", "-b", "main")
    person(site, "Site Owner")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "Import")
    assert main(["sync", "push", str(site)]) == 0
    assert capsys.readouterr().out == (
        "Nothing new to save: no saved page changed (and there is no shared copy)\n"
    )
    assert git(site, "rev-list", "--count", "HEAD").strip() == "1"
    replace_in(site / POST, "wet Tuesday", "cold Tuesday")
    assert main(["sync", "push", str(site)]) == 0
    assert capsys.readouterr().out == (
        "Saved in the site's history; there is no shared copy to send it to\n"
    )
    assert git(site, "rev-list", "--count", "HEAD").strip() == "2"
