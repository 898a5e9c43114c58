"""Only ordinary files are read or written: never a device, a pipe or a socket (reading a pipe
can block forever; writing a device replaces it with a file), and, when the site's folder is
known, never a file outside it (a page that is a link leading out of the site).

`store.atomic_write` checks its target with `check_regular_target`; every page is read with
`read_regular_file`.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class UnsafeTarget(OSError):
    """A file that is not read or written on purpose: a device, a pipe, a folder, or a link
    leading out of the site. `strerror` says why in plain words."""


_NOT_REGULAR = "it is not an ordinary file (a device, a pipe or a socket), so it is left alone"
_OUTSIDE = "it is a link to a file outside the site, so it is left alone"
_OUTSIDE_READ = "it is outside the site (or a link leading out of it), so it is not read"


def _inside(path: Path, root: str | os.PathLike) -> bool:
    real_root = os.path.realpath(root)
    real = os.path.realpath(path)
    return real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)


def check_regular_target(path: str | os.PathLike, inside: str | os.PathLike | None = None) -> Path:
    """The file a write to `path` would change (a link is followed), checked to be safe.

    Raises `UnsafeTarget` for a device, pipe or socket, and, when `inside` (the site's folder)
    is given, for a path or link that leads outside it; `IsADirectoryError` for a folder. A file
    that does not exist yet is fine.
    """
    target = Path(path)
    if target.is_symlink():
        # Write through the link so the link itself stays a link.
        target = Path(os.path.realpath(target))
    if inside is not None and not _inside(target, inside):
        raise UnsafeTarget(errno.EPERM, _OUTSIDE, str(path))
    try:
        st = os.stat(target)
    except FileNotFoundError:
        return target
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(errno.EISDIR, "This is a folder, not a file", str(target))
    if not stat.S_ISREG(st.st_mode):
        raise UnsafeTarget(errno.EINVAL, _NOT_REGULAR, str(path))
    return target


def read_regular_file(
    path: str | os.PathLike, limit: int | None = None, inside: str | os.PathLike | None = None
) -> bytes:
    """The bytes of an ordinary file (at most `limit` bytes); never hangs on a pipe.

    Raises `UnsafeTarget` (an OSError) for a FIFO, device or socket, and for a file outside
    `inside` (the site's folder, links followed) when it is given; other OSErrors as `open`.
    The file is opened without blocking and checked after opening, so a file swapped for a
    pipe in between is refused too.
    """
    if inside is not None and not _inside(Path(path), inside):
        raise UnsafeTarget(errno.EPERM, _OUTSIDE_READ, os.fspath(path))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(errno.EISDIR, "This is a folder, not a file", os.fspath(path))
        if not stat.S_ISREG(st.st_mode):
            raise UnsafeTarget(errno.EINVAL, _NOT_REGULAR, os.fspath(path))
        chunks: list[bytes] = []
        total = 0
        while limit is None or total < limit:
            chunk = os.read(fd, 1 << 20 if limit is None else min(1 << 20, limit - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)
