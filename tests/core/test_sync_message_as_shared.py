"""Share's message names a page by the title it is shared with: another author's newer title
when Share had to get the latest first, not the one this copy had when committing."""

from __future__ import annotations

from pathlib import Path

import sync_site
from sync_site import POST, log_subjects, replace_in

from editor_app.core import sync

OLD_TITLE = "What happens when a council listens"


# The synthetic site shared by two people (sync_site), as the other sharing tests.
team = sync_site.team


def test_retitled_by_others_meanwhile(team: tuple[Path, Path, Path]) -> None:
    _server, author, editor = team
    replace_in(editor / POST, OLD_TITLE, "When a council listens")
    assert sync.push(editor).shared
    replace_in(author / POST, "A short story", "A longer story")  # the subtitle, not the title

    result = sync.push(author)  # the server moved on: Get latest first, then shared

    assert result.shared and result.pulled is not None
    assert log_subjects(author, "origin/main")[0] == "Update 'When a council listens' (subtitle)"
    assert result.message.startswith("Shared: Update 'When a council listens' (subtitle)")


def test_a_message_written_by_the_person_is_kept(team: tuple[Path, Path, Path]) -> None:
    _server, author, editor = team
    replace_in(editor / POST, OLD_TITLE, "When a council listens")
    assert sync.push(editor).shared
    replace_in(author / POST, "A short story", "A longer story")

    assert sync.push(author, f"Subtitle of '{OLD_TITLE}'").shared

    assert log_subjects(author, "origin/main")[0] == f"Subtitle of '{OLD_TITLE}'"
