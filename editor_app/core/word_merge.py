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
from typing import TypeVar

from editor_app.core.three_way import chunks, kept_items, kept_items_quick

T = TypeVar("T")

# Past this many pieces (words, spaces, marks) changed on both sides, the words are not
# matched (a clash: the author's words stay, the other version is kept whole): matching
# costs by the square of the pieces, and the window waits for it.
MOST_PIECES = 4000

# A word, a run of whitespace (line breaks too), or one other character: joined, the text.
_PIECES = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)
_WORD = re.compile(r"\w", re.UNICODE)
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def words_of(text: str) -> list[str]:
    """`text` in pieces (words, runs of whitespace, single marks); joined, `text` again."""
    return _PIECES.findall(text)


def _common_ends(base: Sequence[T], mine: Sequence[T], theirs: Sequence[T]) -> tuple[int, int]:
    """How many items the three share at their start, and then at their end."""
    shortest = min(len(base), len(mine), len(theirs))
    head = 0
    while head < shortest and base[head] == mine[head] == theirs[head]:
        head += 1
    tail = 0
    while tail < shortest - head and base[-1 - tail] == mine[-1 - tail] == theirs[-1 - tail]:
        tail += 1
    return head, tail


def three_way_chunks(
    base: Sequence[T], mine: Sequence[T], theirs: Sequence[T]
) -> list[tuple[list[T], list[T], list[T]]]:
    """The three in order as (base, mine, theirs) stretches: where all three are the same
    stretch and where they differ (diff3's stable and unstable chunks); `mine`'s and
    `theirs`' stretches joined give them back."""
    # The shared start and end set aside first: the matching below costs by the square of
    # what is left, and an edit or two in a long text leaves little.
    head, tail = _common_ends(base, mine, theirs)
    out: list[tuple[list[T], list[T], list[T]]] = []
    if head:
        out.append((list(base[:head]), list(base[:head]), list(base[:head])))
    middle = (
        base[head : len(base) - tail],
        mine[head : len(mine) - tail],
        theirs[head : len(theirs) - tail],
    )
    in_mine, in_theirs = (kept_items_quick(middle[0], side) for side in middle[1:])
    out += chunks(*middle, in_mine, in_theirs)
    if tail:
        end = list(base[len(base) - tail :])
        out.append((end, list(end), list(end)))
    return out


def settle(base: list[T], mine: list[T], theirs: list[T]) -> list[T] | None:
    """One stretch: the side that changed it, either when both made the same change; None
    when both changed it differently."""
    if mine == theirs or theirs == base:
        return mine
    if mine == base:
        return theirs
    return None


def _settled_pieces(chunks: list[tuple[list[str], list[str], list[str]]]) -> list[str] | None:
    """The pieces of the stretches settled one by one (`settle`); None when one clashes, or
    when a change of mine and one of theirs touch: nothing but spaces, marks and single line
    breaks (no word, no blank line) left unchanged between them. Each settled alone, the
    merged text would join one side's words to the other's, a phrase neither wrote ("lay
    members" -> "lay people" here and "public members" there gave "public people"), and
    hard-wrapped text breaks a phrase across lines."""
    merged: list[str] = []
    last_side = ""  # who made the last one-sided change since an unchanged word
    last_added = False  # that change only added pieces
    line_between = False  # a line break unchanged since that change
    for b, m, t in chunks:
        if b == m == t:
            text = "".join(b)
            # An unchanged word or blank line parts them; one line break does not (a
            # hard-wrapped phrase goes on on the next line) unless one side only added text
            # there (a line typed after a line the other changed).
            if _WORD.search(text) or _BLANK_LINE.search(text):
                last_side = ""
            line_between = line_between or "\n" in text
            merged += m
            continue
        settled = settle(b, m, t)
        if settled is None:
            return None
        side = "" if m == t else "mine" if t == b else "theirs"
        added = not b
        apart = line_between and (added or last_added)
        if side and last_side and side != last_side and not apart:
            return None
        if side:
            last_side, last_added, line_between = side, added, False
        merged += settled
    return merged


def _changed_at(base: str, side: str) -> tuple[bool, bool]:
    """Whether `side` replaced or removed words of `base` with no unchanged word before the
    change (at the line's start), and with none after it (at its end)."""
    if side == base:
        return False, False
    b, s = words_of(base), words_of(side)
    head, tail = _common_ends(b, b, s)
    if head + tail >= len(b):
        return False, False  # words only added: a line typed on stays apart
    return (
        not any(_WORD.match(p) for p in b[:head]),
        not any(_WORD.match(p) for p in b[len(b) - tail :]),
    )


def lines_touch(base: list[str], mine: list[str], theirs: list[str]) -> bool:
    """Whether, in lines of one paragraph both sides changed (as many in each), a change of
    one side ends a line and one of the other side starts the next: a phrase going on over
    the line break, its words from both (`_settled_pieces` says so within a line)."""
    for n in range(len(base) - 1):
        mine_ends = _changed_at(base[n], mine[n])[1]
        theirs_ends = _changed_at(base[n], theirs[n])[1]
        mine_starts = _changed_at(base[n + 1], mine[n + 1])[0]
        theirs_starts = _changed_at(base[n + 1], theirs[n + 1])[0]
        if (mine_ends and theirs_starts) or (theirs_ends and mine_starts):
            return True
    return False


def merge_words(base: str, mine: str, theirs: str) -> str | None:
    """`mine` and `theirs`, two edits of `base`, merged word by word; None when they clash."""
    if mine == theirs or theirs == base:
        return mine
    if mine == base:
        return theirs
    pieces = words_of(base), words_of(mine), words_of(theirs)
    head, tail = _common_ends(*pieces)
    if max(len(p) for p in pieces) - head - tail > MOST_PIECES:
        return None  # too long a stretch changed on both sides to match in good time
    merged = _settled_pieces(three_way_chunks(*pieces))
    return None if merged is None else "".join(merged)


def merge_written_apart(mine: str, theirs: str) -> str | None:
    """Two texts written apart in one place (a page both added), merged word by word from the
    words they share as if from a common version: each one's added words kept. None when
    they share less than half of the shorter one's words (two different texts, not two
    versions of one), or both put different words in the same place (or side by side)."""
    if mine == theirs:
        return mine
    m, t = words_of(mine), words_of(theirs)
    if len(m) + len(t) > 2 * MOST_PIECES:
        return None  # too long to match in good time: both kept as they are
    shared = [m[i] for i in sorted(kept_items(m, t))]

    def count(pieces: list[str]) -> int:
        return sum(1 for p in pieces if _WORD.match(p))

    if 2 * count(shared) < min(count(m), count(t)) or not count(shared):
        return None
    merged = _settled_pieces(three_way_chunks(shared, m, t))
    return None if merged is None else "".join(merged)
