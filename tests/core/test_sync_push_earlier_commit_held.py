"""Share when a commit made here before is not shared yet and a choice comes up, in Share's
own Get latest, on a file of the commit Share makes: both commits are held whole (nothing
sent, nothing lost), as they are more than the one commit Share could make again without
that file."""

from __future__ import annotations

from pathlib import Path

import sync_site
from sync_site import OTHER, POST, git, replace_in

from editor_app.core import sync

team = sync_site.team


def test_two_commits_here_are_held_whole(team: tuple[Path, Path, Path]) -> None:
    server, ben, ana = team
    replace_in(ben / POST, "three hundred letters", "four hundred letters")
    assert sync.push(ben).shared
    replace_in(ana / OTHER, "A finished page.", "A finished page, read again.")
    git(ana, "commit", "-q", "-am", "The other page, committed here first")
    replace_in(ana / POST, "three hundred letters", "five hundred angry letters")

    result = sync.push(ana)

    assert not result.shared and result.held
    assert result.waiting_choice == [POST]
    assert "read again" not in git(server, "show", f"main:{OTHER}")
    assert "four hundred letters" in git(server, "show", f"main:{POST}")
    assert "read again" in (ana / OTHER).read_text()
    assert "five hundred angry letters" in (ana / POST).read_text()
