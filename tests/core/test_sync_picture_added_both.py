"""A picture of one name added by both authors (connectedbydata): the choice says both added
one, two different pictures, not that one picture was "changed here and by others"."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path
from sync_site import git, isolate_git, person

from editor_app.cli import main
from editor_app.core import sync, sync_conflicts

PAGE = "_resources/worker-power-ai-cwu.md"
PICTURE = "assets/resources/chart.png"


def _team(tmp_path: Path) -> tuple[Path, Path]:
    site = tmp_path / "site"
    shutil.copytree(
        shared_site_path("connectedbydata"), site, ignore=shutil.ignore_patterns(".git")
    )
    git(site, "init", "-q", "-b", "main")
    person(site, "Site Owner")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "Import")
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(tmp_path / "server.git"))
    git(site, "push", "-q", str(tmp_path / "server.git"), "main")
    clones = []
    for name in ("ana", "ben"):
        git(tmp_path, "clone", "-q", str(tmp_path / "server.git"), str(tmp_path / name))
        person(tmp_path / name, name.title())
        clones.append(tmp_path / name)
    return clones[0], clones[1]


def test_a_picture_of_one_name_added_by_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], qtbot
) -> None:  # noqa: ANN001
    isolate_git(monkeypatch)
    ana, ben = _team(tmp_path)
    for clone, data in ((ben, b"\x89PNG\r\n\x1a\nBEN-CHART"), (ana, b"\x89PNG\r\n\x1a\nANA")):
        page = clone / PAGE
        text = page.read_text(encoding="utf-8")
        page.write_text(text + f"\n![Chart](/{PICTURE})\n", encoding="utf-8")
        (clone / PICTURE).write_bytes(data)
    assert sync.push(ben).shared

    assert main(["sync", "pull", str(ana)]) == 1
    out = capsys.readouterr().out
    said = f"{PICTURE}: added here and by others, two different pictures of one name"
    assert said in out and f"{PICTURE}: changed here" not in out
    st = sync.status(ana)
    assert st.message.endswith("1 choice to make: added here and by others")
    (choice,) = st.conflicts  # kept with the choice, as read back
    assert sync_conflicts.describe(choice) == said
    from editor_app.ui.sync_choices import where_in_words

    assert where_in_words(choice, "Chart") == (
        f"The picture “{PICTURE}” was added here and by others: two different pictures of one name."
    )
    assert (ana / PICTURE).read_bytes().endswith(b"ANA")  # mine kept until chosen
