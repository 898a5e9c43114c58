"""Share my changes while a choice waits (others changed the same place, Get latest kept this
copy's version meanwhile): the file is not shared until the choice is made, the rest is. It
was shared with this copy's version, putting the other author's words out of the shared copy
before the person had chosen; `sync push` said nothing of the choice."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.cli import main
from editor_app.core import sync

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import copy_real_site, git, isolate_git, replace_in, share  # noqa: E402

PAGE = "_resources/ai-white-paper-2023.md"
SETTLED = "_resources/case-study-dfe.md"


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    isolate_git(monkeypatch)
    server, ana, ben = share(
        copy_real_site(shared_site_path("connectedbydata"), tmp_path / "site"), tmp_path
    )
    replace_in(ben / PAGE, "status: final", "status: archived")
    git(ben, "commit", "-q", "-am", "Archive the white paper response")
    git(ben, "push", "-q")
    return server, ana, ben


def shared_status(server: Path) -> str:
    page = git(server, "show", f"main:{PAGE}")
    return next(line for line in page.splitlines() if line.startswith("status:"))


def choice_id(ana: Path) -> str:
    (c,) = sync.status(ana).conflicts
    return c.id


def test_push_leaves_out_a_page_a_choice_waits_on(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    server, ana, _ben = team
    replace_in(ana / PAGE, "status: final", "status: draft")
    assert main(["sync", "pull", str(ana)]) == 1  # the choice waits
    replace_in(ana / SETTLED, "status: final", "status: draft")
    capsys.readouterr()
    assert main(["sync", "push", str(ana)]) == 1
    out = capsys.readouterr().out
    first, *rest = out.splitlines()
    assert first.startswith("Shared: Update 'What happens when public data is shared")
    assert first.endswith(
        f". 1 page waits for your choice, not shared: {PAGE} (make the choice, then share again)"
    )
    assert rest[0] == "Choices to make (editor-app sync choose ID CHOICE):"
    assert shared_status(server) == "status: archived"  # theirs, until Ana chooses
    assert "status: draft" in git(server, "show", f"main:{SETTLED}")
    assert main(["sync", "choose", choice_id(ana), "mine", str(ana)]) == 0
    assert main(["sync", "push", str(ana)]) == 0
    assert shared_status(server) == "status: draft"


def test_nothing_else_to_share(team: tuple[Path, Path, Path]) -> None:
    server, ana, _ben = team
    replace_in(ana / PAGE, "status: final", "status: draft")
    assert sync.pull(ana).conflicts
    result = sync.push(ana)
    assert not result.shared and result.commit is None
    assert result.message == (
        f"Nothing shared: 1 page waits for your choice, not shared: {PAGE} "
        "(make the choice, then share again)"
    )
    assert shared_status(server) == "status: archived"


def test_a_commit_holding_such_a_page_is_kept_here(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """Committed here, the page was replayed on theirs by Get latest with this copy's version
    in the commit: that commit waits too, nothing sent."""
    server, ana, _ben = team
    replace_in(ana / PAGE, "status: final", "status: draft")
    git(ana, "commit", "-q", "-am", "Back to draft")
    assert main(["sync", "pull", str(ana)]) == 1
    capsys.readouterr()
    assert main(["sync", "push", str(ana)]) == 1
    assert capsys.readouterr().out.startswith(
        f"Saved here, not shared: 1 page waits for your choice, not shared: {PAGE} "
    )
    assert shared_status(server) == "status: archived"
    assert main(["sync", "choose", choice_id(ana), "theirs", str(ana)]) == 0
    assert main(["sync", "push", str(ana)]) == 0
    assert shared_status(server) == "status: archived"
    assert "status: archived" in (ana / PAGE).read_text(encoding="utf-8")


def test_a_choice_from_shares_own_get_latest_is_listed_not_shared(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """Not pulled first: the server had moved on, Share got the latest itself and a choice
    came up. It said 'your version was shared and theirs kept in history'; now nothing is
    sent over the choice, which is listed with the command that makes it."""
    server, ana, _ben = team
    replace_in(ana / PAGE, "status: final", "status: draft")
    assert main(["sync", "push", str(ana)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"Nothing shared: 1 page waits for your choice, not shared: {PAGE} ")
    assert f"  {choice_id(ana)}  {PAGE}: " in out
    assert "editor-app sync choose ID CHOICE" in out
    assert "was shared" not in out
    assert shared_status(server) == "status: archived"
