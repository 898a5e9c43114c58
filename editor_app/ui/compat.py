"""Work-arounds for bugs in the Qt bindings and the C library, applied before any window is
built."""

from __future__ import annotations

import ctypes
import sys

# PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a method that
# returns nothing (measured: 100 calls of QWidget.setEnabled lower sys.getrefcount(None) by
# 100; 6.11.0 does not). After a few thousand calls None is freed and the process aborts with
# "Fatal Python error: none_dealloc", mid-session or at exit. Python 3.12 made None immortal,
# which hides the bug; on older Pythons we give None the same protection by hand.
_HEADROOM = 1 << 40


def keep_none_alive() -> None:
    """Make the reference counts of None, True and False so large that leaked references can
    never free them.

    Also gives freed large blocks back to the system promptly (see `return_large_blocks`):
    both run before any window is built."""
    return_large_blocks()
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    # True too: each `signal.emit(...)` made from Python drops one reference to it (measured:
    # 100 emits of a model's dataChanged lower sys.getrefcount(True) by 100).
    for immortal in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(immortal))  # ob_refcnt is the first field
        if refcount.value < _HEADROOM:
            refcount.value += _HEADROOM


# glibc serves large blocks with mmap and gives them back when freed, but raises that threshold
# (up to 32 MB) after the first large block is freed; from then on a long page's text and its
# copies (for the preview, the checks, the recovery copy) are kept in the heap once freed. On a
# 5 MB page the window then held ~80 MB more than it used. A fixed threshold keeps it at what
# is in use (measured: 449 -> 370 MB after typing into a 5 MB page).
_M_MMAP_THRESHOLD = -3
_LARGE_BLOCK = 256 * 1024


def return_large_blocks() -> None:
    """Blocks over 256 KB come from (and go back to) the system, whatever was freed before."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(_M_MMAP_THRESHOLD, _LARGE_BLOCK)
    except (OSError, AttributeError):
        pass  # another C library (musl): its own allocator, nothing to set
