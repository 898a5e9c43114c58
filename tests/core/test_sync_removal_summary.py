"""The Sharing bar's summary names a removal choice as one: "removed by others" or "removed
here", not "changed here and by others"."""

from __future__ import annotations

import sys
from pathlib import Path

from editor_app.core import sync

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sync_site  # noqa: E402
from sync_site import OTHER, replace_in  # noqa: E402

# The synthetic site shared by two people (sync_site), as the other sharing tests.
team = sync_site.team


def test_removed_by_others_is_said_so(team: tuple[Path, Path, Path]) -> None:
    _server, author, editor = team
    (author / OTHER).unlink()
    assert sync.push(author).shared
    replace_in(editor / OTHER, "A finished page.", "A finished page, edited.")
    assert sync.pull(editor).conflicts
    message = sync.status(editor).message
    assert "1 choice to make: removed by others" in message
    assert "changed here and by others" not in message


def test_removed_here_is_said_so(team: tuple[Path, Path, Path]) -> None:
    _server, author, editor = team
    replace_in(author / OTHER, "A finished page.", "A finished page, edited.")
    assert sync.push(author).shared
    (editor / OTHER).unlink()
    assert sync.pull(editor).conflicts
    message = sync.status(editor).message
    assert "1 choice to make: removed here" in message
    assert "changed here and by others" not in message
