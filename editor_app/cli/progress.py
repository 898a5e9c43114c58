"""Progress of a long command on stderr: one line rewritten in place, for people watching.

Shown only on a terminal (a script reading stderr gets nothing) and only once the command has
run for more than a moment, so quick runs stay silent; stdout, which carries the command's
output, is never written. The line is wiped before the command prints anything else.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

DELAY = 0.5  # seconds of silence before the first line: a quick run shows nothing
INTERVAL = 0.1  # seconds between two rewrites of the line, at most


class StderrProgress:
    """`Reading pages… 1,234 of 50,000`, then `Working out the fields…`, on stderr.

    Use as a context manager (the line is wiped on the way out, whatever happened), call
    `step(what, done, total)` as the work goes, and `reporter(what)` for a core function that
    takes `progress(done, total)`.
    """

    def __init__(
        self,
        stream: TextIO | None = None,
        delay: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self._delay = DELAY if delay is None else delay
        self._clock = clock
        self._start = clock()
        self._last_write: float | None = None
        self._what = ""
        self._shown = 0  # width of the line on screen, to wipe it
        try:
            self._on = bool(self._stream.isatty())
        except (AttributeError, ValueError, OSError):
            self._on = False

    def __enter__(self) -> StderrProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.finish()

    def step(self, what: str, done: int | None = None, total: int | None = None) -> None:
        """Say what is being done (and how far, when counted); written only when due."""
        if not self._on:
            return
        now = self._clock()
        if now - self._start < self._delay:
            return
        new_phase = what != self._what
        if not new_phase and self._last_write is not None and now - self._last_write < INTERVAL:
            if done is None or total is None or done < total:
                return
        self._what, self._last_write = what, now
        text = f"{what}… {done:,} of {total:,}" if done is not None and total else f"{what}…"
        self._write("\r" + text.ljust(self._shown))
        self._shown = len(text)

    def reporter(self, what: str) -> Callable[[int, int], None]:
        """A `progress(done, total)` callback for the core, reporting as `what`."""
        return lambda done, total: self.step(what, done, total)

    def finish(self) -> None:
        """Wipe the line, so the next output starts on a clean line."""
        if self._shown:
            self._write("\r" + " " * self._shown + "\r")
            self._shown = 0

    def _write(self, text: str) -> None:
        try:
            self._stream.write(text)
            self._stream.flush()
        except (OSError, ValueError):  # a closed or broken terminal: the work goes on
            self._on = False
