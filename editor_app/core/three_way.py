"""The one three-way walk (diff3's stable and unstable chunks) and the matchings it walks on.

`chunks(base, mine, theirs, in_mine, in_theirs)` splits three versions of a sequence into the
stretches all three share and the ones between, given which base items each side kept
(`in_mine[n]`: where base item n stands in `mine`). Two matchings feed it:

- `kept_items`: difflib's `SequenceMatcher(autojunk=False)`, longest block first, the same
  pairs exactly, computed in time linear in each box searched instead of by the square of how
  often an item recurs. Pages repeat their blank-line separators thousands of times, and
  difflib's search visits every pair of them: a 12,000-line page with edits scattered on both
  sides took five minutes, with the window waiting (Get latest, Combine both).
- `kept_items_quick`: difflib with its popular-item shortcut, for the words of one line.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import TypeVar

T = TypeVar("T")

Chunk = tuple[list[T], list[T], list[T]]


def kept_items_quick(base: Sequence[T], other: Sequence[T]) -> dict[int, int]:
    """Where each base item `other` kept stands in it, by difflib with its shortcuts."""
    found: dict[int, int] = {}
    for a, b, n in SequenceMatcher(None, base, other).get_matching_blocks():
        for d in range(n):
            found[a + d] = b + d
    return found


def kept_items(base: Sequence[T], other: Sequence[T]) -> dict[int, int]:
    """Where each base item `other` kept stands in it: the pairs of
    `SequenceMatcher(None, base, other, autojunk=False).get_matching_blocks()`."""
    number: dict[T, int] = {}
    a = [number.setdefault(x, len(number)) for x in base]
    b = [number.setdefault(x, len(number)) for x in other]
    found: dict[int, int] = {}
    boxes = [(0, len(a), 0, len(b))]
    while boxes:
        alo, ahi, blo, bhi = boxes.pop()
        i, j, size = _longest_match(a, alo, ahi, b, blo, bhi)
        if size:
            for d in range(size):
                found[i + d] = j + d
            if alo < i and blo < j:
                boxes.append((alo, i, blo, j))
            if i + size < ahi and j + size < bhi:
                boxes.append((i + size, ahi, j + size, bhi))
    return found


def _longest_match(
    a: list[int], alo: int, ahi: int, b: list[int], blo: int, bhi: int
) -> tuple[int, int, int]:
    """difflib's `find_longest_match` with no junk: the longest common stretch of
    a[alo:ahi] and b[blo:bhi], the one starting first in `a`, then first in `b`.

    A suffix automaton of b[blo:bhi] (each state: the stretches ending at the same places,
    `first` the earliest end), then `a` read through it: the longest stretch ending at each
    item of `a` that `b` holds, found in one step per item."""
    step: list[dict[int, int]] = [{}]
    back, longest, first = [-1], [0], [-1]
    last = 0
    for j in range(blo, bhi):
        item = b[j]
        new = len(longest)
        step.append({})
        longest.append(longest[last] + 1)
        back.append(0)
        first.append(j)
        p = last
        while p != -1 and item not in step[p]:
            step[p][item] = new
            p = back[p]
        if p != -1:
            q = step[p][item]
            if longest[p] + 1 == longest[q]:
                back[new] = q
            else:
                clone = len(longest)
                step.append(dict(step[q]))
                longest.append(longest[p] + 1)
                back.append(back[q])
                first.append(first[q])
                while p != -1 and step[p].get(item) == q:
                    step[p][item] = clone
                    p = back[p]
                back[q] = back[new] = clone
        last = new
    state = size = best = 0
    best_i, best_j = alo, blo
    for i in range(alo, ahi):
        item = a[i]
        while state and item not in step[state]:
            state = back[state]
            size = longest[state]
        if item in step[state]:
            state = step[state][item]
            size += 1
        # A longer stretch only: among equally long ones the first in `a` stays.
        if size > best:
            best, best_i, best_j = size, i - size + 1, first[state] - size + 1
    return best_i, best_j, best


def chunks(
    base: Sequence[T],
    mine: Sequence[T],
    theirs: Sequence[T],
    in_mine: dict[int, int],
    in_theirs: dict[int, int],
) -> list[Chunk[T]]:
    """The three in order as (base, mine, theirs) stretches: where all three are the same
    stretch and where they differ; `mine`'s and `theirs`' stretches joined give them back."""
    mm, mt = in_mine, in_theirs
    both = sorted(n for n in mm if n in mt)  # base items both sides kept, in order
    at = 0  # `both` before `at` lie behind the walk: each looked at once, not once a stretch
    out: list[Chunk[T]] = []
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
        while at < len(both) and (both[at] < i or mm[both[at]] < j or mt[both[at]] < k):
            at += 1
        ib = both[at] if at < len(both) else None
        jb, kb = (len(mine), len(theirs)) if ib is None else (mm[ib], mt[ib])
        ib = len(base) if ib is None else ib
        if (ib, jb, kb) == (i, j, k):
            return out
        out.append((list(base[i:ib]), list(mine[j:jb]), list(theirs[k:kb])))
        i, j, k = ib, jb, kb
