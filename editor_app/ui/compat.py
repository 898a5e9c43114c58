"""Work-arounds for bugs in the Qt bindings, applied before any window is built."""

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
    """Make None's reference count so large that leaked references can never free it."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field
    if refcount.value < _HEADROOM:
        refcount.value += _HEADROOM
