"""`sync.fetch_latest` (the Drafts dialog's look at the server) says why the server could not
be asked: out of reach, the shared copy not at its address, a folder there that is not a
shared copy, or access refused; not "could not be reached" for each of them."""

from __future__ import annotations

from pathlib import Path

import sync_site
from sync_site import drive_not_mounted, git

from editor_app.core import sync

team = sync_site.team


def test_the_server_answering_is_a_true_look(team: tuple[Path, Path, Path]) -> None:
    _server, author, _editor = team
    look = sync.fetch_latest(author)
    assert look and look.reason == "" and not look.offline


def test_a_mistyped_address_says_the_shared_copy_was_not_found(
    team: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    _server, author, _editor = team
    wrong = tmp_path / "servr.git"
    git(author, "remote", "set-url", "origin", str(wrong))
    look = sync.fetch_latest(author)
    assert not look and not look.offline
    assert look.reason.startswith(f"The shared copy at {wrong} was not found: check its address")


def test_a_folder_that_is_not_a_shared_copy_is_said_so(
    team: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    _server, author, editor = team
    git(author, "remote", "set-url", "origin", str(editor / "_posts"))  # a folder of pages
    look = sync.fetch_latest(author)
    assert not look and not look.offline
    assert look.reason == (
        f"The folder at {editor / '_posts'} is not a shared copy: check its address (mistyped?)"
    )
    # The status and Get latest say the same.
    assert sync.status(author, fetch=True).problem == look.reason


def test_a_server_out_of_reach_is_said_unreached(team: tuple[Path, Path, Path]) -> None:
    _server, author, _editor = team
    with drive_not_mounted(author):
        look = sync.fetch_latest(author)
    assert not look and look.offline
    assert look.reason == "The server could not be reached."
