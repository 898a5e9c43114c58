"""Pages others moved (renamed) while this copy changed them: the changes follow the page.

Without this, Get latest took a moved page for one removed by others and another added: the
author's changes stayed at the old name, with a choice ("changed here and removed by others"),
and the page was there twice. A move is a page removed and another added with half its
lines (sentences) or more the same (`pair_moves`: the one rule, which the status and Share's message
use too); only pages are followed.
"""

from __future__ import annotations

import os
import re
from difflib import SequenceMatcher

from editor_app.core.sync_base import (
    BUNDLE_PAGES,
    keep_picture,
    kept_pictures,
    kind_of,
    moved_to,
)
from editor_app.core.sync_git import Change, Repo

MOVE_LIKENESS = 0.5  # half the lines (sentences) or more the same, as git sees a move


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def page_lines(data: bytes | None) -> list[str]:
    """A page's lines, a long one cut at its sentences, as `pair_moves` compares them: a
    paragraph is often one line, and a word changed in each would leave no line the same."""
    text = (data or b"").decode("utf-8", "replace")
    return [piece for line in text.splitlines() for piece in _SENTENCE_END.split(line)]


def pair_moves(gone: dict[str, bytes | None], came: dict[str, bytes | None]) -> dict[str, str]:
    """{old: new} of the pages moved: each page removed (`gone`, path -> its bytes) paired
    with the page added (`came`) most like it, at `MOVE_LIKENESS` or more, each added page
    taken once. The one rule of what a move is: Get latest follows a page others moved by
    it, and the status and Share's message say a page moved here by it."""
    lines_of = {p: page_lines(data) for p, data in came.items()}
    moves: dict[str, str] = {}
    for old, data in gone.items():
        before = page_lines(data)
        best, best_ratio = None, MOVE_LIKENESS
        for candidate, after in lines_of.items():
            if candidate in moves.values():
                continue
            matcher = SequenceMatcher(None, before, after, autojunk=False)
            # The quick upper bounds first: most pairs are told apart without the full match.
            if matcher.real_quick_ratio() >= best_ratio and matcher.quick_ratio() >= best_ratio:
                ratio = matcher.ratio()
                if ratio >= best_ratio:
                    best, best_ratio = candidate, ratio
        if best is not None:
            moves[old] = best
    return moves


def moved_pages(repo: Repo, base: str | None, theirs: str) -> dict[str, str]:
    """{old path: new path} of the pages moved between the commits `base` and `theirs`
    (`pair_moves` on the pages removed and added)."""
    if not base:
        return {}
    changes = repo.changes(base, theirs)
    gone = {c.path: c.old_blob for c in changes if c.new_blob is None and kind_of(c.path) == "page"}
    if not gone:  # no page removed: none moved, and the added ones need not be read
        return {}
    came = {c.path: c.new_blob for c in changes if c.old_blob is None and kind_of(c.path) == "page"}
    if not came:
        return {}
    data = repo.blobs([*gone.values(), *came.values()])
    return pair_moves(
        {p: data.get(b or "") for p, b in gone.items()},
        {p: data.get(b or "") for p, b in came.items()},
    )


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
        return f"{old} was moved by others to {moved_to(old, new)}: your changes went with it"
    return f"{len(moves)} pages you changed were moved by others: your changes went with them"


def bundle_move(old: str, new: str) -> tuple[str, str] | None:
    """(old folder/, new folder/) when `old` is a bundle's page moved to another folder."""
    old_folder, _, old_name = old.rpartition("/")
    new_folder, _, new_name = new.rpartition("/")
    if old_name not in BUNDLE_PAGES or new_name not in BUNDLE_PAGES or old_folder == new_folder:
        return None
    if not old_folder or not new_folder:
        return None
    return old_folder + "/", new_folder + "/"


def carry_bundle_files(repo: Repo, old: str, new: str) -> list[str]:
    """Files added here (not committed) in a bundle others moved go with its page: a picture
    left in the old folder was missing from the page at its new one. The files moved."""
    folders = bundle_move(old, new)
    if folders is None:
        return []
    out = repo.run(
        "ls-files", "--others", "--exclude-standard", "-z", "--", folders[0], check=False
    ).stdout
    kept = kept_pictures(repo)
    carried = []
    for path in os.fsdecode(out).split("\0"):
        if not path.startswith(folders[0]) or kind_of(path) is None:
            continue
        target = folders[1] + path[len(folders[0]) :]
        source, destination = repo.root / path, repo.root / target
        if destination.exists():
            continue  # their file of that name stays; this one stays where it was
        destination.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, destination)
        if path in kept:
            keep_picture(repo, target)  # Keep both pictures' file, still to be shared
        carried.append(target)
    try:
        (repo.root / folders[0]).rmdir()  # emptied: gone, as the page's folder went
    except OSError:
        pass
    return carried


def carry_bundle_entries(
    repo: Repo, old: str, new: str, added_here: dict[str, tuple[str, str]], theirs: str
) -> dict[str, tuple[str, str] | None]:
    """The tree entries moving the files a commit here added to a bundle others moved (to the
    commit `theirs`): {old path: None, new path: (mode, blob)} (`added_here`: path -> (mode,
    blob))."""
    folders = bundle_move(old, new)
    if folders is None:
        return {}
    entries: dict[str, tuple[str, str] | None] = {}
    for path, entry in added_here.items():
        if path == old or not path.startswith(folders[0]):
            continue
        target = folders[1] + path[len(folders[0]) :]
        if target in added_here or repo.read(theirs, target) is not None:
            continue  # theirs of that name stays; this one stays where it was
        entries[path] = None
        entries[target] = entry
    return entries
