"""Walking a site folder as a generator reads it: regular files inside the site only.

`Walker(root).walk(folder, keep_folder, keep_file)` lists Markdown files by name. Links to
folders are never followed (a loop cannot hang it); links leaving the site or leading nowhere,
pipes and devices named `*.md`, and folders that cannot be read are skipped, and said in
`Walker.notes`, one plain sentence per kind.
"""

from __future__ import annotations

import fnmatch
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor_app.core import safe_paths

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
# Folders that never hold the site's own pages.
SKIPPED_FOLDERS = frozenset(
    {"node_modules", "_site", "vendor", ".git", ".hg", ".svn", ".jekyll-cache", ".sass-cache"}
)
_DATED_NAME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-(.*)$")


def rel_text(path: Path, root: Path) -> str:
    """`path` relative to `root` for messages (the path itself when outside)."""
    try:
        return path.relative_to(root).as_posix() or "."
    except ValueError:
        return str(path)


NAMED_IN_NOTE = 5  # files named in one note before "and N more"
# Why a file or folder was skipped: the sentence for one, and for several.
_SKIPPED = {
    "outside": (
        "is a link to a file outside the site folder; it is skipped.",
        "are links to files outside the site folder; they are skipped.",
    ),
    "nowhere": (
        "is a link that leads nowhere (or round in a loop); it is skipped.",
        "are links that lead nowhere (or round in a loop); they are skipped.",
    ),
    "special": (
        "is not an ordinary file (a pipe or a device); it is skipped.",
        "are not ordinary files (pipes or devices); they are skipped.",
    ),
    "folder": (
        "is a link to a folder outside the site (or to the site itself); its pages are not listed.",
        "are links to folders outside the site (or to the site itself); their pages are not "
        "listed.",
    ),
    "unreadable": (
        "cannot be read (no permission); its pages are not listed. Ask whoever manages the "
        "folder for access.",
        "cannot be read (no permission); their pages are not listed. Ask whoever manages the "
        "folders for access.",
    ),
}


@dataclass
class Walker:
    """Lists Markdown files as a generator reads them: regular files inside `root` only.

    Symbolic links that leave the site or go round in a loop, and special files (a FIFO or a
    device named `*.md`) are skipped and said once each in `notes`.
    """

    root: Path
    _found: dict[str, list[str]] = field(default_factory=dict)  # kind -> paths, in order
    _said: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._real_root = Path(os.path.realpath(self.root))

    def say(self, path: Path, kind: str) -> None:
        """Remember `path` as skipped for `kind` (a key of `_SKIPPED`), once."""
        rel = rel_text(path, self.root)
        if rel not in self._said:
            self._said.add(rel)
            self._found.setdefault(kind, []).append(rel)

    @property
    def notes(self) -> list[str]:
        """One plain sentence per kind of skipped file, naming a few of them."""
        return self.notes_within(None)

    def notes_within(self, parts: list[str] | None) -> list[str]:
        """`notes`, of the skipped files in `parts` only (paths from the root: a file, or a
        folder and what it holds; None: the whole site). A check of one page is told of no
        other page, and of a skipped folder only when it holds the page."""

        def within(rel: str) -> bool:
            return parts is None or any(
                rel == part or rel.startswith(part + "/") or part.startswith(rel + "/")
                for part in parts
            )

        notes = []
        for kind, found in self._found.items():
            paths = [rel for rel in found if within(rel)]
            if not paths:
                continue
            one, many = _SKIPPED[kind]
            if len(paths) == 1:
                notes.append(f"{paths[0]} {one}")
                continue
            shown = paths[:NAMED_IN_NOTE]
            names = ", ".join(shown[:-1]) + " and " + shown[-1]
            if len(paths) > NAMED_IN_NOTE:
                names = ", ".join(shown) + f" and {len(paths) - NAMED_IN_NOTE} more"
            notes.append(f"{names} {many}")
        return notes

    def page_ok(self, path: Path) -> bool:
        """Whether `path` is a regular file inside the site (said when it is not)."""
        try:
            st = os.lstat(path)
        except (OSError, ValueError):
            return False
        if stat.S_ISLNK(st.st_mode):
            try:
                real = Path(os.path.realpath(path, strict=True))
                st = os.stat(real)
            except (OSError, ValueError, RuntimeError):
                self.say(path, "nowhere")
                return False
            if real != self._real_root and not real.is_relative_to(self._real_root):
                self.say(path, "outside")
                return False
        if not stat.S_ISREG(st.st_mode):
            self.say(path, "special")
            return False
        return True

    def folder_ok(self, folder: Path) -> bool:
        """Whether `folder` is a real folder inside the site (links to folders are not
        followed: a loop would never end)."""
        try:
            st = os.lstat(folder)
        except (OSError, ValueError):
            return False
        if stat.S_ISLNK(st.st_mode):
            real = Path(os.path.realpath(folder))
            if real == self._real_root or not real.is_relative_to(self._real_root):
                self.say(folder, "folder")
                return False
            return safe_paths.is_dir(real)
        return stat.S_ISDIR(st.st_mode)

    def walk(self, folder: Path, keep_folder: Any = None, keep_file: Any = None) -> Iterator[Path]:
        """Markdown files under `folder`, by name; `keep_folder(parent, name)` and
        `keep_file(parent, name)` may leave some out."""
        if not self.folder_ok(folder):
            return

        yield from self._walk(folder, keep_folder, keep_file)

    def _walk(self, here: Path, keep_folder: Any, keep_file: Any) -> Iterator[Path]:
        """`walk` below `here` (known to be a folder to list): its files by name, then each
        kept subfolder by name, as `os.walk` top-down would, but from the folder's listing
        alone: the type of each entry comes with it, so an ordinary file costs no call."""
        try:
            with os.scandir(here) as listing:
                found = list(listing)
        except OSError as exc:
            self.say(Path(exc.filename) if exc.filename else here, "unreadable")
            return
        folders: list[os.DirEntry] = []
        files: list[os.DirEntry] = []
        for item in found:
            try:
                is_folder = item.is_dir()  # a link to a folder too, as os.walk counts it
            except OSError:
                is_folder = False
            (folders if is_folder else files).append(item)
        kept = []
        for item in sorted(folders, key=_name):
            d = item.name
            if d.startswith(".") or d in SKIPPED_FOLDERS:
                continue
            if keep_folder is not None and not keep_folder(here, d):
                continue
            if item.is_symlink():
                self.folder_ok(_child(here, d))  # said when it leaves the site
                continue
            kept.append(d)
        for item in sorted(files, key=_name):
            name = item.name
            if not is_markdown_name(name):
                continue
            if keep_file is not None and not keep_file(here, name):
                continue
            path = _child(here, name)
            try:
                ordinary = not item.is_symlink() and item.is_file(follow_symlinks=False)
            except OSError:
                ordinary = False
            if ordinary or self.page_ok(path):
                yield path
        for d in kept:
            yield from self._walk(_child(here, d), keep_folder, keep_file)


def _name(item: os.DirEntry) -> str:
    return item.name


if hasattr(Path, "_make_child_relpath"):

    def _child(folder: Path, name: str) -> Path:
        """`folder / name` for a plain name from a folder listing (no separator to parse)."""
        return folder._make_child_relpath(name)  # type: ignore[attr-defined]

else:  # a later Python without pathlib's shortcut

    def _child(folder: Path, name: str) -> Path:
        return folder / name


def excluded(rel: str, patterns: list[str]) -> bool:
    """Jekyll's `exclude`: the path (relative to the source) or a folder above it matches."""
    for pattern in patterns:
        if rel == pattern or rel.startswith(pattern + "/") or fnmatch.fnmatchcase(rel, pattern):
            return True
    return False


def mostly_dated(names: list[str]) -> bool:
    """True when most file names start with `YYYY-MM-DD-`."""
    if not names:
        return False
    dated = sum(1 for n in names if _DATED_NAME.match(n))
    return dated * 2 > len(names)


def is_markdown_name(name: str) -> bool:
    """Whether a file name ends in a Markdown suffix, as `os.path.splitext` sees it (a name
    of dots and a suffix alone, such as `.md`, has none), without its cost."""
    dot = name.rfind(".")
    return dot > 0 and name[dot:].lower() in MARKDOWN_SUFFIXES and name[:dot].lstrip(".") != ""


def safe_collection_name(name: str) -> bool:
    """Whether a collection name can be a folder name of the site (`../../x` cannot)."""
    return (
        bool(name)
        and safe_paths.plausible_path(name)
        and "/" not in name
        and "\\" not in name
        and name not in (".", "..")
        and not name.startswith(".")
        and ":" not in name
    )
