"""The part of a long page around one place: what the preview shows of a very long page.

Rendering a 5 MB page takes seconds of interpreter time, which a window cannot spare while the
author types; the part around the cursor renders in a few milliseconds and is what the author
is looking at anyway.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE_LINE = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})", re.MULTILINE)


@dataclass(frozen=True)
class Excerpt:
    """`text[start:end]` of a longer text, with the 1-based lines it spans."""

    text: str
    start: int
    end: int
    first_line: int
    last_line: int
    total_lines: int

    @property
    def whole(self) -> bool:
        """True when the excerpt is the whole text."""
        return self.first_line == 1 and self.last_line == self.total_lines


def fence_lines(text: str, end: int) -> list[int]:
    """Where the fence lines (```` ``` ```` or `~~~`, indented 0-3) before `end` start: what
    `_FENCE_LINE.finditer(text, 0, end)` finds, from the lines holding three backticks or
    tildes (found in C): the pattern alone tries every line start of a 5 MB page in one call,
    holding the interpreter (and so the window) ~25 ms."""
    starts = set()
    for mark in ("```", "~~~"):
        for at in _found(text, mark, end):
            starts.add(text.rfind("\n", 0, at) + 1)
    return sorted(i for i in starts if _FENCE_LINE.match(text, i, end))


_STRETCH = 1 << 18  # characters searched in one call: well under a millisecond each


def _found(text: str, mark: str, end: int) -> list[int]:
    """Every start of `mark` wholly before `end`, searched a stretch at a time (one search
    over 5 MB takes 5-10 ms in one call, and the interpreter with it)."""
    found: list[int] = []
    pos = 0
    while pos < end:
        stop = min(end, pos + _STRETCH + len(mark) - 1)  # a mark across the stretch's end too
        at = text.find(mark, pos, stop)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1, stop)
        pos += _STRETCH
    return sorted(set(found))


def excerpt_around(text: str, position: int, size: int) -> Excerpt:
    """About `size` characters of `text` around `position`, cut where paragraphs end (blank
    lines), and never starting inside fenced code (its opening line is taken in too)."""
    total = text.count("\n") + 1
    if len(text) <= size:
        return Excerpt(text, 0, len(text), 1, total, total)
    position = max(0, min(position, len(text)))
    start = max(0, position - size // 2)
    end = min(len(text), start + size)
    start = max(0, end - size)
    if start > 0:
        cut = text.rfind("\n\n", 0, start)
        start = cut + 2 if cut >= 0 else 0
    if end < len(text):
        cut = text.find("\n\n", end)
        end = cut + 1 if cut >= 0 else len(text)
    fences = fence_lines(text, start)
    if len(fences) % 2:
        start = fences[-1]  # the excerpt would begin inside a code block: begin at its fence
    first = text.count("\n", 0, start) + 1
    last = text.count("\n", 0, max(start, end - 1)) + 1
    return Excerpt(text[start:end], start, end, first, last, total)
