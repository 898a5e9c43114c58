"""What Get latest did (`PullResult`), and its one line for the person."""

from __future__ import annotations

from dataclasses import dataclass, field

from editor_app.core.sync_base import OFFLINE_TEXT, kind_of
from editor_app.core.sync_merge import Conflict
from editor_app.core.sync_moves import moved_words


@dataclass
class PullResult:
    brought_in: list[str] = field(default_factory=list)  # pages changed by others, now here
    # Of those, this copy's drafts whose review record came back (notes, a send back) only.
    returned: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    # A record here that cannot be read: the line saying where the editor's notes are kept.
    kept_aside: list[str] = field(default_factory=list)
    offline: bool = False
    up_to_date: bool = False
    # Files others changed that are not pages (pictures, data, settings), from the repository.
    other_files: list[str] = field(default_factory=list)
    # Pages others moved (old path, new path) that were changed here: the changes went along;
    # and every page others moved ({old: new}), for the window's open page.
    moved: list[tuple[str, str]] = field(default_factory=list)
    page_moves: dict[str, str] = field(default_factory=dict)
    pictures_moved: int = 0  # of `other_files`, pictures others moved: counted once

    @property
    def others_changed_count(self) -> int:
        """How many pages brought in others changed (not drafts whose record only came back;
        a page others moved is one page, not its two names)."""
        moves = {**self.page_moves, **dict(self.moved)}
        return len(self.brought_in) - len(self.returned) - len(moves)

    @property
    def message(self) -> str:
        if self.offline:
            return OFFLINE_TEXT
        # Said first, whatever else came: the editor's notes wait aside for the person.
        aside = "".join(f"{line}. " for line in self.kept_aside)
        return aside + self._brought_text()

    def _brought_text(self) -> str:
        if self.up_to_date:
            return "Already up to date: nothing new from others"
        n = self.others_changed_count
        pictures = sum(kind_of(p) == "image" for p in self.other_files) - self.pictures_moved
        also = f" and {pictures} {'picture' if pictures == 1 else 'pictures'}" if pictures else ""
        said = [f"{n} {'page' if n == 1 else 'pages'}{also} changed by others"]
        if not n and self.other_files:
            # "0 pages changed by others" when others changed a picture read as nothing came.
            k = len(self.other_files) - self.pictures_moved
            said = [f"{k} {'file' if k == 1 else 'files'} changed by others (no page)"]
        if not n and self.returned:
            said = []
        if self.returned:
            r = len(self.returned)
            said.append(
                f"your {'draft' if r == 1 else f'{r} drafts'} sent for review came back with "
                "review notes"
            )
        if self.moved:
            said.append(moved_words(self.moved))
        text = "Got the latest: " + "; ".join(said)
        if self.conflicts:
            text += (
                "; " + _choices_in_words(self.conflicts) + ": your version is kept until you choose"
            )
        return text


def _choices_in_words(conflicts: list[Conflict]) -> str:
    """The choices left, by what happened: a file removed on one side is said so, not as "a
    place changed here and by others"."""
    both = sum(not (c.kind == "file" and c.removed_by) for c in conflicts)
    theirs = sum(c.kind == "file" and c.removed_by == "others" for c in conflicts)
    mine = sum(c.kind == "file" and c.removed_by == "here" for c in conflicts)
    said = []
    if both:
        said.append(
            f"{both} {'place was' if both == 1 else 'places were'} changed here and by others"
        )
    if theirs:
        said.append(
            f"{theirs} {'file' if theirs == 1 else 'files'} you changed "
            f"{'was' if theirs == 1 else 'were'} removed by others"
        )
    if mine:
        said.append(
            f"{mine} {'file' if mine == 1 else 'files'} you removed "
            f"{'was' if mine == 1 else 'were'} changed by others"
        )
    return ", ".join(said)
