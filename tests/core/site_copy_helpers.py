"""Writable copies of the shared sites and lines planted at a page's end, for the checks'
tests that plant a case in a real site (the image checks)."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path


def writable_copy(site: Path, tmp_path: Path) -> Path:
    """A copy of the folder `site` at tmp_path/<its name>, every file and folder writable
    (the shared sites are read-only)."""
    dest = tmp_path / site.name
    shutil.copytree(site, dest)
    for folder, dirs, files in os.walk(dest):
        for n in dirs + files:
            p = Path(folder, n)
            p.chmod(p.stat().st_mode | stat.S_IWUSR | stat.S_IRUSR | stat.S_IXUSR)
        Path(folder).chmod(Path(folder).stat().st_mode | stat.S_IWUSR)
    return dest


def append_lines(page: Path, lines: list[str]) -> int:
    """Add `lines` at the end of the page, after a blank line; the file line of the first."""
    text = page.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    text += "\n"
    first = text.count("\n") + 1
    page.write_text(text + "\n".join(lines) + "\n", encoding="utf-8")
    return first
