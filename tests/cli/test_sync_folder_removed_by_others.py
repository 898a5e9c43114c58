"""jekyll-docs, two authors: Ben removes the deployment folder while Ana adds a paragraph to
one of its pages. Get latest keeps Ana's page with a choice, removes the others, and
`sync pull` shows her page by its title and words, not by its settings' lines."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import copy_real_site, git, isolate_git, share  # noqa: E402

PAGE = "_docs/deployment/automated.md"


def test_a_page_changed_here_in_a_folder_others_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    isolate_git(monkeypatch)
    site = copy_real_site(shared_site_path("jekyll-docs"), tmp_path / "site")
    _server, ana, ben = share(site, tmp_path)
    git(ben, "rm", "-rq", "_docs/deployment")
    git(ben, "commit", "-qm", "Remove the deployment pages")
    git(ben, "push", "-q")
    page = ana / PAGE
    text = page.read_text(encoding="utf-8")
    end = text.index("\n---", 3) + 5
    page.write_text(text[:end] + "\nAna added this paragraph.\n" + text[end:], encoding="utf-8")

    assert main(["sync", "pull", str(ana)]) == 1
    out = capsys.readouterr().out
    assert f"{PAGE}: changed here and removed by others" in out
    assert "mine:   “Automated Deployment”: Ana added this paragraph." in out
    assert "theirs: (they removed it)" in out
    assert "--- title:" not in out
    assert page.is_file() and not (ana / "_docs/deployment/manual.md").exists()
