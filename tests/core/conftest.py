"""Fixtures for the core's tests."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest


@pytest.fixture
def null_device(tmp_path: Path) -> Path:
    """A character device that discards what is written to it, for tests that a device is
    never replaced by a file. A private node when allowed (root): mutation testing runs these
    tests against deliberately broken saving code, which must never replace the system's
    /dev/null with a file."""
    node = tmp_path / "null-device"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (OSError, AttributeError):
        if not Path("/dev/null").is_char_device():
            pytest.skip("no /dev/null here")
        return Path("/dev/null")
    return node
