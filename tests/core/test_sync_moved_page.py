"""A page others moved (renamed) while it was changed here: Get latest and Share merge the
changes into the page at its new name. Before, the changes stayed at the old name with a
choice ("changed here and removed by others") and the page was there twice."""

from __future__ import annotations

from pathlib import Path

import pytest
import sync_site
from sync_site import OTHER, git, replace_in

from editor_app.core import sync, sync_moves

MOVED = "_posts/2025-02-01-the-second-post.md"


# The synthetic site shared by two people (sync_site), as the other sharing tests.
team = sync_site.team


def move_on_server(clone: Path) -> None:
    git(clone, "mv", OTHER, MOVED)
    git(clone, "commit", "-q", "-m", "Rename the second post")
    git(clone, "push", "-q")


def test_get_latest_brings_changes_saved_here_to_the_new_name(
    team: tuple[Path, Path, Path],
) -> None:
    server, ben, ana = team
    move_on_server(ben)
    before = (ana / OTHER).read_text()
    replace_in(ana / OTHER, "title: Second post", "title: The second post")
    result = sync.pull(ana)
    assert result.conflicts == []
    assert not (ana / OTHER).exists()
    assert (ana / MOVED).read_text() == before.replace("Second post", "The second post", 1)
    assert result.message == (
        "Got the latest: 1 page changed by others; "
        f"{OTHER} was moved by others to {MOVED.rsplit('/', 1)[1]}: your changes went with it"
    )
    assert sync.push(ana).shared
    assert "The second post" in git(server, "show", f"main:{MOVED}")
    assert OTHER not in git(server, "ls-tree", "-r", "--name-only", "main")


def test_share_merges_a_committed_change_into_the_moved_page(
    team: tuple[Path, Path, Path],
) -> None:
    server, ben, ana = team
    git(ben, "mv", OTHER, MOVED)
    replace_in(ben / MOVED, "title: Second post", "title: Second post, moved")
    git(ben, "commit", "-q", "-a", "-m", "Rename the second post")
    git(ben, "push", "-q")
    with (ana / OTHER).open("a") as f:
        f.write("\nA last line from Ana.\n")
    result = sync.push(ana)
    assert result.shared and result.pulled is not None
    assert result.pulled.conflicts == []
    assert result.pulled.moved == [(OTHER, MOVED)]
    shared = git(server, "show", f"main:{MOVED}")
    assert "title: Second post, moved" in shared and "A last line from Ana." in shared
    assert OTHER not in git(server, "ls-tree", "-r", "--name-only", "main")
    assert not (ana / OTHER).exists() and (ana / MOVED).read_text() == shared


def test_a_fast_forward_works_out_the_moves_once(
    team: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fast-forward Get latest compared removed and added pages for renames twice (to
    update the files, then to say what moved), on the same two commits: once now."""
    _server, ben, ana = team
    move_on_server(ben)
    replace_in(ana / OTHER, "title: Second post", "title: The second post")
    renames: list[tuple[str, ...]] = []
    real_pair = sync_moves.pair_moves

    def counting_pair(gone, came):  # type: ignore[no-untyped-def]
        renames.append((*gone, *came))
        return real_pair(gone, came)

    monkeypatch.setattr(sync_moves, "pair_moves", counting_pair)
    result = sync.pull(ana)
    assert len(renames) == 1, renames
    assert result.moved == [(OTHER, MOVED)]
    assert result.page_moves == {OTHER: MOVED}
    assert (ana / MOVED).read_text().count("The second post") == 1
