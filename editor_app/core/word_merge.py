"""Three-way merges of lines and of the words of one line, for Combine both (core/disk_merge.py).

`three_way_chunks` splits three versions of a sequence into the stretches all three share and
the ones between, each with its base, so a caller can settle every stretch by its own rule.
`merge_words` merges two edits of one line word by word: the author changed a word at its
start and another program one at its end, and both stay. Words, runs of spaces and single
punctuation marks are the pieces, so the result is made of the texts' own characters:
whitespace and punctuation kept exactly. Where both changed the same words, or put different
words at the same place, it is a clash (None): the caller keeps the author's words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import TypeVar

T = TypeVar("T")

# A word, a run of whitespace (line breaks too), or one other character: joined, the text.
_PIECES = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


def words_of(text: str) -> list[str]:
    """`text` in pieces (words, runs of whitespace, single marks); joined, `text` again."""
    return _PIECES.findall(text)


def _matches(base: Sequence[T], other: Sequence[T]) -> dict[int, int]:
    found: dict[int, int] = {}
    blocks = SequenceMatcher(None, base, other, autojunk=False).get_matching_blocks()
    for a, b, n in blocks:
        for d in range(n):
            found[a + d] = b + d
    return found


def three_way_chunks(
    base: Sequence[T], mine: Sequence[T], theirs: Sequence[T]
) -> list[tuple[list[T], list[T], list[T]]]:
    """The three in order as (base, mine, theirs) stretches: where all three are the same
    stretch and where they differ (diff3's stable and unstable chunks); `mine`'s and
    `theirs`' stretches joined give them back."""
    mm, mt = _matches(base, mine), _matches(base, theirs)
    out: list[tuple[list[T], list[T], list[T]]] = []
    i = j = k = 0
    while True:
        o = 0
        while i + o < len(base) and mm.get(i + o) == j + o and mt.get(i + o) == k + o:
            o += 1
        if o:
            same = list(base[i : i + o])
            out.append((same, list(same), list(same)))
            i, j, k = i + o, j + o, k + o
            continue
        ib = next(
            (n for n in range(i, len(base)) if n in mm and n in mt and mm[n] >= j and mt[n] >= k),
            None,
        )
        jb, kb = (len(mine), len(theirs)) if ib is None else (mm[ib], mt[ib])
        ib = len(base) if ib is None else ib
        if (ib, jb, kb) == (i, j, k):
            return out
        out.append((list(base[i:ib]), list(mine[j:jb]), list(theirs[k:kb])))
        i, j, k = ib, jb, kb


def settle(base: list[T], mine: list[T], theirs: list[T]) -> list[T] | None:
    """One stretch: the side that changed it, either when both made the same change; None
    when both changed it differently."""
    if mine == theirs or theirs == base:
        return mine
    if mine == base:
        return theirs
    return None


def merge_words(base: str, mine: str, theirs: str) -> str | None:
    """`mine` and `theirs`, two edits of `base`, merged word by word; None when they clash."""
    if mine == theirs or theirs == base:
        return mine
    if mine == base:
        return theirs
    merged: list[str] = []
    for b, m, t in three_way_chunks(words_of(base), words_of(mine), words_of(theirs)):
        settled = settle(b, m, t)
        if settled is None:
            return None
        merged += settled
    return "".join(merged)
