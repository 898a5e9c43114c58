""" "Did you mean ...?": the closest name, found through an index rather than a scan.

The answer is difflib's (`get_close_matches`, n=1), as the messages always gave, among the few
names rapidfuzz ranks closest, in C. difflib's ratio counts matching blocks, a common
subsequence, so it is never above rapidfuzz's `fuzz.ratio` (the longest common subsequence):
a name rapidfuzz puts below the cutoff can never pass it, and difflib's best is nearly always
among rapidfuzz's first few. A `NameIndex` also remembers its answers, as the same broken name
recurs across a big site.
"""

from __future__ import annotations

import difflib
import re
import threading
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz, process

# Below this many names difflib alone is as quick.
_FEW = 32
# Rounding: a difflib ratio of exactly the cutoff must pass rapidfuzz's filter too.
_SLACK = 1e-6
# How many of rapidfuzz's closest names difflib ranks (names on a big site are often alike,
# `2017-02-10-news-item-00037`: thousands may pass the cutoff).
_SHORTLIST = 8


def candidates(word: str, names: Sequence[str], cutoff: float) -> Sequence[str]:
    """The few names that may best reach `cutoff` against `word`."""
    if len(names) <= _FEW:
        return names
    found = process.extract(
        word, names, scorer=fuzz.ratio, score_cutoff=cutoff * 100 - _SLACK, limit=_SHORTLIST
    )
    found.sort(key=lambda f: f[2])  # the names' own order, as difflib would meet them
    return [name for name, _score, _i in found]


def close_match(word: str, names: Sequence[str], cutoff: float) -> str | None:
    """`difflib.get_close_matches(word, names, n=1, cutoff=cutoff)`, through the filter."""
    best = difflib.get_close_matches(word, candidates(word, names, cutoff), n=1, cutoff=cutoff)
    return best[0] if best else None


def closest_match(value: str, options: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The option most like `value`: same text ignoring case first, then difflib's best, then
    difflib's best ignoring case."""
    return NameIndex(options).closest(value, cutoff, remember=False)


class NameIndex:
    """Names to suggest from, prepared once: `closest(value, cutoff)` as `closest_match`."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = [n for n in names if isinstance(n, str)]
        self._folded_first: dict[str, str] | None = None
        self._lowered: dict[str, str] | None = None
        self._memo: dict[tuple[str, float], str | None] = {}
        self._lock = threading.Lock()

    def closest(self, value: str, cutoff: float = 0.6, remember: bool = True) -> str | None:
        key = (value, cutoff)
        if remember:
            with self._lock:
                if key in self._memo:
                    return self._memo[key]
        found = self._closest(value, cutoff)
        if remember:
            with self._lock:
                self._memo[key] = found
        return found

    def _closest(self, value: str, cutoff: float) -> str | None:
        low = value.strip().casefold()
        if self._folded_first is None:
            folded: dict[str, str] = {}
            for n in self.names:
                folded.setdefault(n.strip().casefold(), n)
            self._folded_first = folded
        same = self._folded_first.get(low)
        if same is not None:
            return same
        best = close_match(value, self.names, cutoff)
        if best is not None:
            return best
        if self._lowered is None:
            self._lowered = {n.casefold(): n for n in self.names}
        lowered = self._lowered
        best = close_match(low, list(lowered), cutoff)
        return lowered[best] if best is not None else None


_NAME_WORDS = re.compile(r"[-_. ]+")


def another_word(wanted: str, found: str) -> bool:
    """Whether `found` differs from `wanted` by one whole word put for an unlike word, as
    `eight-million.jpg` from `six-million.jpg` (another file, not a slip of the fingers: no
    "Did you mean"). A word dropped or added (`cag-graphic.png`, `cag.png`) is not this."""
    a, b = _NAME_WORDS.split(wanted.lower()), _NAME_WORDS.split(found.lower())
    if len(a) != len(b):
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    # (numbers are left out: `fa-3.png` for `fa-2.png` is as likely a slip as another file)
    return (
        len(differ) == 1
        and differ[0][0].isalpha()
        and differ[0][1].isalpha()
        and difflib.SequenceMatcher(None, *differ[0]).ratio() < 0.5
    )
