"""The one safe way to ask "is this value a file of the site?".

Front-matter values and links are text the author wrote: a 500-character sentence, a value
holding a NUL byte, `../../etc/passwd`, right-to-left marks or lone surrogates. Asking the
operating system about such text raises (`File name too long`, `embedded null byte`,
`UnicodeEncodeError`, `Too many levels of symbolic links`) or reaches outside the site. Every
place that tries a value as a path goes through here, and the answer for anything odd is
simply "not a file".
"""

from __future__ import annotations

import os
import stat
import unicodedata
from pathlib import Path

# Longer than any real site path; the operating system's own limits are 255 bytes a name
# and 4096 a path (Linux), 260 characters (Windows without long paths).
MAX_PATH_CHARS = 1024
MAX_NAME_BYTES = 255
# Unicode categories never found in a real file name the author means: control characters,
# invisible format marks (bidirectional overrides, zero-width joiners), lone surrogates,
# private-use and unassigned code points.
_ODD_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})


def plausible_path(text: object) -> bool:
    """Whether `text` could name a file at all: a short, printable, single-line string."""
    if not isinstance(text, str | os.PathLike):
        return False
    try:
        text = os.fspath(text)
    except TypeError:
        return False
    if not isinstance(text, str) or not text or len(text) > MAX_PATH_CHARS:
        return False
    if not text.isascii():
        if any(unicodedata.category(ch) in _ODD_CATEGORIES for ch in text):
            return False
    elif not text.isprintable():  # ASCII: a control character (below a space, or DEL)
        return False
    elif len(text) <= MAX_NAME_BYTES:
        return True  # ASCII: no part has more bytes than the whole (checked in C, not by part)
    for part in text.replace("\\", "/").split("/"):
        try:
            if len(part.encode("utf-8")) > MAX_NAME_BYTES:
                return False
        except UnicodeEncodeError:
            return False
    return True


def _stat(path: object) -> os.stat_result | None:
    """`os.stat(path)` (symlinks followed), or None for anything that is not there or odd."""
    if not plausible_path(path):
        return None
    try:
        return os.stat(path)  # type: ignore[arg-type]
    except (OSError, ValueError):  # ValueError: NUL bytes, text the file system cannot encode
        return None


def is_file(path: object) -> bool:
    """Whether `path` is a regular file (never raises; a FIFO or a device is no file)."""
    st = _stat(path)
    return st is not None and stat.S_ISREG(st.st_mode)


def is_dir(path: object) -> bool:
    """Whether `path` is a folder (never raises)."""
    st = _stat(path)
    return st is not None and stat.S_ISDIR(st.st_mode)


def exists(path: object) -> bool:
    """Whether something is at `path` (never raises)."""
    return _stat(path) is not None


def is_inside(path: Path, root: Path) -> bool:
    """Whether `path`, its symlinks followed, lies inside `root` (never raises)."""
    try:
        real = Path(os.path.realpath(path))
        real_root = Path(os.path.realpath(root))
    except (OSError, ValueError):
        return False
    return real == real_root or real.is_relative_to(real_root)


def inside_site(root: Path, value: object) -> Path | None:
    """`value` (as written in a page: `/assets/a.png`, `docs/x.md`) as a path inside `root`,
    symlinks followed, or None when it is no plausible path or would leave the folder.

    No `..` anywhere: an author's value climbing out and back in is not a file of the site.
    The path need not exist.
    """
    if not plausible_path(value):
        return None
    text = os.fspath(value)  # type: ignore[arg-type]
    rel = text.replace("\\", "/").lstrip("/")
    if not rel or ".." in rel.split("/") or Path(rel).drive or ":" in rel.split("/")[0]:
        return None
    try:
        real_root = Path(os.path.realpath(root))
        target = Path(os.path.realpath(real_root / rel))
    except (OSError, ValueError):
        return None
    if target != real_root and not target.is_relative_to(real_root):
        return None
    return target


def site_file(root: Path, value: object) -> Path | None:
    """The regular file of the site `value` names (see `inside_site`), or None."""
    target = inside_site(root, value)
    return target if target is not None and is_file(target) else None


__all__ = [
    "MAX_PATH_CHARS",
    "exists",
    "inside_site",
    "is_dir",
    "is_file",
    "is_inside",
    "plausible_path",
    "site_file",
]
