"""The one three-way walk (diff3's stable and unstable chunks) and the matchings it walks on.

`chunks(base, mine, theirs, in_mine, in_theirs)` splits three versions of a sequence into the
stretches all three share and the ones between, given which base items each side kept
(`in_mine[n]`: where base item n stands in `mine`). Two matchings feed it:

- `kept_items`: difflib's `SequenceMatcher(autojunk=False)`, longest block first, the same
  pairs exactly, computed in time linear in each box searched instead of by the square of how
  often an item recurs. Pages repeat their blank-line separators thousands of times, and
  difflib's search visits every pair of them: a 12,000-line page with edits scattered on both
  sides took five minutes, with the window waiting (Get latest, Combine both).
- `kept_items_quick`: difflib with its popular-item shortcut (for the lines of a paragraph
  both changed, the words of one line), the same pairs found from the runs of equal items on
  long sequences (`kept_items_from_runs`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from heapq import heapify, heappop, heappush
from typing import TypeVar

T = TypeVar("T")

Chunk = tuple[list[T], list[T], list[T]]


# Below this many items in all, difflib's own search is quicker than building the runs' tree
# (the words of a line, a short page): both find the same pairs.
FEW_ITEMS = 1000


def kept_items_quick(base: Sequence[T], other: Sequence[T]) -> dict[int, int]:
    """Where each base item `other` kept stands in it: the pairs of difflib's
    `SequenceMatcher(None, base, other).get_matching_blocks()`, its popular-item shortcut
    kept (by difflib itself for short sequences, else `kept_items_from_runs`)."""
    if len(base) + len(other) >= FEW_ITEMS:
        return kept_items_from_runs(base, other)
    found: dict[int, int] = {}
    for a, b, n in SequenceMatcher(None, base, other).get_matching_blocks():
        for d in range(n):
            found[a + d] = b + d
    return found


def kept_items_from_runs(base: Sequence[T], other: Sequence[T]) -> dict[int, int]:
    """`kept_items_quick`'s pairs (difflib's, popular items as difflib has them), found from
    the runs of equal items instead of item by item in every box.

    difflib reads every item of a box to find its longest match, and a page with edits
    scattered over it splits into about as many boxes as edits, each nearly the whole page:
    Combine both's line step took 1-2 s on a 12,000-line page with 300 edits a side. Here
    the runs (stretches of pairs of equal items that are not popular: the diagonals of the
    pairs difflib's search builds) are found once and kept in a tree; a box's longest match
    is its longest run cut to the box, the one ending first in `base`, then in `other`
    (difflib's order), looked up in the tree, then stretched over equal items on both ends
    as difflib does."""
    where: dict[T, list[int]] = {}
    for j, item in enumerate(other):
        where.setdefault(item, []).append(j)
    if len(other) >= 200:  # difflib's "popular" items (autojunk) are not searched for
        most = len(other) // 100 + 1
        for item in [x for x, places in where.items() if len(places) > most]:
            del where[item]
    tree = _RunTree(_runs(base, where))

    def longest(alo: int, ahi: int, blo: int, bhi: int) -> tuple[int, int, int]:
        size, i, j = tree.longest(alo, ahi, blo, bhi)
        # Stretched over equal items at both ends (popular ones too), as difflib does.
        while i > alo and j > blo and base[i - 1] == other[j - 1]:
            i, j, size = i - 1, j - 1, size + 1
        while i + size < ahi and j + size < bhi and base[i + size] == other[j + size]:
            size += 1
        return i, j, size

    return _pairs_in_boxes(len(base), len(other), longest)


def _pairs_in_boxes(
    base_size: int, other_size: int, longest: Callable[[int, int, int, int], tuple[int, int, int]]
) -> dict[int, int]:
    """difflib's matching blocks as pairs (base place -> other place): the longest match of the
    whole (`longest(alo, ahi, blo, bhi)` -> base start, other start, length), then the same in
    the boxes before and after it, box by box."""
    found: dict[int, int] = {}
    boxes = [(0, base_size, 0, other_size)]
    while boxes:
        alo, ahi, blo, bhi = boxes.pop()
        i, j, size = longest(alo, ahi, blo, bhi)
        if not size:
            continue
        for d in range(size):
            found[i + d] = j + d
        if alo < i and blo < j:
            boxes.append((alo, i, blo, j))
        if i + size < ahi and j + size < bhi:
            boxes.append((i + size, ahi, j + size, bhi))
    return found


Run = tuple[int, int, int]  # base start, other start, length: a stretch of equal items


def _runs(base: Sequence[T], where: dict[T, list[int]]) -> list[Run]:
    """The longest stretches of pairs of equal items, `where` telling where each item stands
    in the other sequence (difflib's `j2len`, over the whole of both), by base start."""
    runs: list[Run] = []
    ending: dict[int, int] = {}  # other's place -> length of the run ending there, last item
    nothing: list[int] = []
    for i, item in enumerate(base):
        now = {j: ending.get(j - 1, 0) + 1 for j in where.get(item, nothing)}
        for j, n in ending.items():
            if j + 1 not in now:
                runs.append((i - n, j - n + 1, n))
        ending = now
    end = len(base)
    runs += [(end - n, j - n + 1, n) for j, n in ending.items()]
    runs.sort()
    return runs


_EMPTY = (1, 0, 0, -1)  # after every run's key (whose first part is minus its length)


class _RunTree:
    """Runs by base start, in a segment tree: each node holds the first of its runs in
    difflib's order (longest, then ending first in base, then in other) and the furthest
    base end among them, so a box finds its longest run without reading every run."""

    def __init__(self, runs: list[Run]) -> None:
        self.runs = runs
        self.starts = [r[0] for r in runs]
        size = 1
        while size < len(runs):
            size *= 2
        self.size = size
        self.first: list[tuple[int, int, int, int]] = [_EMPTY] * (2 * size)
        self.far = [-1] * (2 * size)  # the furthest base item a run under the node reaches
        for k, (i, j, n) in enumerate(runs):
            self.first[size + k] = (-n, i + n - 1, j + n - 1, k)
            self.far[size + k] = i + n - 1
        for node in range(size - 1, 0, -1):
            self.first[node] = min(self.first[2 * node], self.first[2 * node + 1])
            self.far[node] = max(self.far[2 * node], self.far[2 * node + 1])

    def _nodes(self, lo: int, hi: int) -> list[int]:
        """The nodes that together hold the runs lo..hi-1 (by base start)."""
        nodes = []
        lo, hi = lo + self.size, hi + self.size
        while lo < hi:
            if lo & 1:
                nodes.append(lo)
                lo += 1
            if hi & 1:
                hi -= 1
                nodes.append(hi)
            lo, hi = lo // 2, hi // 2
        return nodes

    def longest(self, alo: int, ahi: int, blo: int, bhi: int) -> tuple[int, int, int]:
        """difflib's `find_longest_match` before its stretching: the longest run cut to the
        box, the one ending first in base, then in other, as (length, base start, other
        start); (0, alo, blo) when no run reaches into the box."""
        best = [0, (alo, blo)]

        def take(k: int) -> bool:
            """The run cut to the box, kept when it is the best yet; True when it is whole."""
            i, j, n = self.runs[k]
            lo, hi = max(0, alo - i, blo - j), min(n, ahi - i, bhi - j)
            if hi <= lo:
                return False
            end = (i + hi - 1, j + hi - 1)
            if hi - lo > best[0] or (hi - lo == best[0] and end < best[1]):
                best[0], best[1] = hi - lo, end
            return hi - lo == n

        inside = bisect_left(self.starts, alo), bisect_left(self.starts, ahi)
        # Runs starting before the box that reach into it (few: cut, so never whole).
        reaching = [n for n in self._nodes(0, inside[0]) if self.far[n] >= alo]
        while reaching:
            node = reaching.pop()
            if node >= self.size:
                take(node - self.size)
            else:
                reaching += [c for c in (2 * node, 2 * node + 1) if self.far[c] >= alo]
        # Runs starting in the box, best first: once one is whole in the box, no later run
        # of its length can come first, and a shorter one never does.
        heap = [(self.first[n], n) for n in self._nodes(*inside)]
        heapify(heap)
        whole = False
        while heap:
            key, node = heappop(heap)
            length = -key[0]
            if key is _EMPTY or length < best[0] or (length == best[0] and whole):
                break
            if node >= self.size:
                whole = take(node - self.size) and length == best[0]
            else:
                for child in (2 * node, 2 * node + 1):
                    heappush(heap, (self.first[child], child))
        size, (i_end, j_end) = best
        if not size:
            return 0, alo, blo
        return size, i_end - size + 1, j_end - size + 1


def kept_items(base: Sequence[T], other: Sequence[T]) -> dict[int, int]:
    """Where each base item `other` kept stands in it: the pairs of
    `SequenceMatcher(None, base, other, autojunk=False).get_matching_blocks()`."""
    number: dict[T, int] = {}
    a = [number.setdefault(x, len(number)) for x in base]
    b = [number.setdefault(x, len(number)) for x in other]
    return _pairs_in_boxes(
        len(a), len(b), lambda alo, ahi, blo, bhi: _longest_match(a, alo, ahi, b, blo, bhi)
    )


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
