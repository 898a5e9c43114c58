"""Pictures Insert Image copied into a site, taken back when the window closes if their insert
was undone: whether another file of the site names one (then it stays)."""

from __future__ import annotations

import os
from pathlib import Path

_SKIPPED = {".git", "node_modules", "_site", "public", "resources", ".cache"}
_TEXT_SUFFIXES = {".md", ".markdown", ".html", ".njk", ".liquid", ".yml", ".yaml", ".json",
                  ".toml", ".txt", ".mdx"}  # fmt: skip


def named_elsewhere(root: Path, picture: Path) -> bool:
    """Whether a text file of the site (a saved page, a layout, data) names `picture`'s file:
    such a copy is kept though the insert was undone."""
    name = picture.name.encode()
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in _SKIPPED and not d.startswith(".")]
        for file in files:
            if Path(file).suffix.lower() in _TEXT_SUFFIXES:
                try:
                    if name in (Path(folder) / file).read_bytes():
                        return True
                except OSError:
                    return True  # unreadable: kept, to be safe
    return False
