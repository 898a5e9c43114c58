"""The last guard of the command line: whatever goes wrong, one plain line and exit 2.

A command that meets something nobody planned for (a page the size of a book, a folder it may
not read, a full disk) must not print a Python traceback to a user: `main` hands the exception
here, the details go to the log file, and the user reads what happened and what to do.
"""

from __future__ import annotations

import errno
import os

from editor_app.cli.common import fail, tidy


def _name(exc: OSError) -> str:
    name = exc.filename if exc.filename is not None else exc.filename2
    if name is None:
        return "a file"
    try:
        return os.fsdecode(name)
    except (TypeError, ValueError):
        return "a file"


def explain(exc: BaseException) -> str:
    """What went wrong, in plain words, with what to do about it."""
    if isinstance(exc, PermissionError) or (
        isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM)
    ):
        return (
            f"{_name(exc)} cannot be opened or changed (permission denied). Ask whoever "
            "manages that folder for access, or copy the site into a folder of your own."
        )
    if isinstance(exc, OSError):
        code = exc.errno
        if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return "The disk is full, so nothing could be written. Free some space, then try again."
        if code == errno.EROFS:
            return f"{_name(exc)} is on a disk that cannot be written to."
        if code == errno.ENAMETOOLONG:
            return "A file name is too long for this computer."
        if code == errno.ENOENT:
            return f"{_name(exc)} does not exist (it may have been moved or renamed)."
        if code == errno.ELOOP:
            return f"{_name(exc)} is a link that goes round in a loop."
        reason = exc.strerror or "it cannot be used"
        return f"{_name(exc)}: {reason[:1].lower() + reason[1:]}."
    if isinstance(exc, RecursionError):
        return "A page holds values nested too deeply to be read."
    if isinstance(exc, MemoryError):
        return "A page is too large to be read on this computer."
    if isinstance(exc, ValueError) and "digits" in str(exc):
        return "A page holds a number too long to be read."
    return ""


def unexpected_failure(command: str, exc: BaseException) -> int:
    """Log `exc` and say it in one line on stderr; the exit code (2: could not run)."""
    from editor_app.core.errors import log_exception

    log = log_exception(type(exc), exc, exc.__traceback__)
    words = explain(exc)
    if not words:
        where = f" The details are in {log}." if log is not None else ""
        words = f"{command} stopped on an unexpected problem.{where}"
    return fail(tidy(words))


__all__ = ["explain", "tidy", "unexpected_failure"]
