"""Two dictionaries read at the same time leave the interpreter as it was before either.

The window reads the default dictionary while a site that declares another language switches
the editor to that one, so two reads can overlap; each read turns the cycle collector off and
shortens the interpreter's switch interval while it runs. Whatever order they finish in, both
must be back to what they were once neither is reading.
"""

from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path

import pytest
from spylls.hunspell import Dictionary

from editor_app.core.spelling import SpellChecker


@pytest.fixture
def held_reads(monkeypatch):
    """Dictionary reads that start, then wait until the test lets each one finish."""
    started: dict[str, threading.Event] = {}
    release: dict[str, threading.Event] = {}

    def from_files(path: str):
        name = Path(path).name
        started[name].set()
        assert release[name].wait(10)
        return object()

    monkeypatch.setattr(Dictionary, "from_files", staticmethod(from_files))
    monkeypatch.setenv("EDITOR_APP_SPELLING", "spylls")  # the pure-Python reader is the slow one
    for name in ("en_GB", "en_US"):
        started[name] = threading.Event()
        release[name] = threading.Event()
    return started, release


@pytest.mark.parametrize("last", ["en_GB", "en_US"])
def test_overlapping_reads_restore_the_interpreter(held_reads, tmp_path: Path, last: str) -> None:
    started, release = held_reads
    interval = sys.getswitchinterval()
    collecting = gc.isenabled()
    checkers = {
        name: SpellChecker(name, personal_path=tmp_path / "words.txt")
        for name in ("en_GB", "en_US")
    }
    threads = {name: threading.Thread(target=c.load) for name, c in checkers.items()}
    try:
        threads["en_GB"].start()
        assert started["en_GB"].wait(10)
        threads["en_US"].start()  # begins while the first read is under way
        assert started["en_US"].wait(10)
        first = "en_US" if last == "en_GB" else "en_GB"
        release[first].set()
        threads[first].join(10)
        release[last].set()
        threads[last].join(10)
        assert all(c.loaded for c in checkers.values())
        assert sys.getswitchinterval() == pytest.approx(interval)
        assert gc.isenabled() == collecting
    finally:
        for event in release.values():
            event.set()
        sys.setswitchinterval(interval)
        if collecting:
            gc.enable()
