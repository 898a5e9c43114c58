"""Pages others moved (renamed) while this copy changed them: the changes follow the page.

Without this, Get latest took a moved page for one removed by others and another added: the
author's changes stayed at the old name, with a choice ("changed here and removed by others"),
and the page was there twice. A move is what git itself sees as one (`diff-tree -M`, the
page's words mostly the same); only pages are followed.
"""

from __future__ import annotations

import os

from editor_app.core.sync_base import kind_of
from editor_app.core.sync_git import Change, Repo


def moved_pages(repo: Repo, base: str | None, theirs: str) -> dict[str, str]:
    """{old path: new path} of the pages moved between the commits `base` and `theirs`."""
    if not base:
        return {}
    out = repo.run(
        "diff-tree",
        "-r",
        "-z",
        "-M",
        "--diff-filter=R",
        "--name-status",
        base,
        theirs,
        check=False,
    ).stdout
    parts = os.fsdecode(out).split("\0")
    moved: dict[str, str] = {}
    i = 0
    while i + 2 < len(parts):
        status, old, new = parts[i], parts[i + 1], parts[i + 2]
        i += 3
        if status.startswith("R") and kind_of(old) == "page" and kind_of(new) == "page":
            moved[old] = new
    return moved


class MovesFound:
    """`moved_pages` of one Get latest, each pair of commits worked out once: a fast-forward
    asks for the same pair when updating the files and when saying what moved, and finding
    renames compares every removed page with every added one."""

    def __init__(self, repo: Repo) -> None:
        self.repo = repo
        self._known: dict[tuple[str | None, str], dict[str, str]] = {}

    def between(self, base: str | None, theirs: str) -> dict[str, str]:
        key = (base, theirs)
        if key not in self._known:
            self._known[key] = moved_pages(self.repo, base, theirs)
        return self._known[key]


def pages_to_follow(
    repo: Repo,
    head: str | None,
    target: str,
    changes: list[Change],
    here_ids: dict[str, str],
    moves: MovesFound | None = None,
) -> dict[str, str]:
    """{old: new} of the pages others moved that were changed here (not committed), their
    new name free here: the changes follow the page."""
    if not any(ch.new_blob is None for ch in changes):
        return {}
    by_path = {ch.path: ch for ch in changes}
    follow = {}
    for old, new in (moves or MovesFound(repo)).between(head, target).items():
        gone, came = by_path.get(old), by_path.get(new)
        changed_here = gone is not None and here_ids.get(old) not in (None, gone.old_blob)
        if changed_here and came is not None and came.new_blob and new not in here_ids:
            follow[old] = new
    return follow


def note_move(moved: list[tuple[str, str]] | None, old: str, new: str) -> None:
    """Remember that the changes made here to `old` went to `new` (once)."""
    if moved is not None and (old, new) not in moved:
        moved.append((old, new))


def moved_words(moves: list[tuple[str, str]]) -> str:
    """What Get latest says of the pages it moved with the changes made here ("" for none)."""
    if not moves:
        return ""
    if len(moves) == 1:
        old, new = moves[0]
        return f"{old} was moved by others to {new}: your changes went with it"
    return f"{len(moves)} pages you changed were moved by others: your changes went with them"
