"""Finding a quoted passage again in a page's text, after edits elsewhere."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor_app.core.review.notes import Note

CONTEXT = 40  # characters of context kept on each side of a quoted passage

FOUND, CHANGED, GENERAL = "found", "changed", "general"


@dataclass(frozen=True)
class Anchor:
    """Where a note's passage is in the current text, and whether it still reads the same."""

    start: int
    end: int
    state: str  # FOUND: same words; CHANGED: the passage was edited; GENERAL: whole page

    @property
    def passage_changed(self) -> bool:
        return self.state == CHANGED


def _loose_pattern(text: str) -> re.Pattern[str] | None:
    """Matches `text` with any run of white space allowed to differ (re-wrapped lines)."""
    words = text.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words))


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return n


def anchor_note(note: Note, body: str) -> Anchor:
    """Find the note's passage in `body`, even after edits elsewhere in the text.

    The quote itself (white space may differ) is looked for first; among several matches the
    one whose surrounding text matches best, then the one nearest the old offset, wins. When
    the quote is gone, the passage was edited: the text between the old context is used.
    """
    if note.is_general:
        return Anchor(0, 0, GENERAL)
    hint = note.offset if note.offset is not None else 0
    pattern = _loose_pattern(note.quote)
    matches = list(pattern.finditer(body)) if pattern else []
    if matches:

        def score(m: re.Match[str]) -> tuple[int, int]:
            ctx = _common_suffix(note.before, body[max(0, m.start() - CONTEXT) : m.start()])
            ctx += _common_prefix(note.after, body[m.end() : m.end() + CONTEXT])
            return (ctx, -abs(m.start() - hint))

        best = max(matches, key=score)
        return Anchor(best.start(), best.end(), FOUND)
    return _anchor_by_context(note, body, hint)


def _anchor_by_context(note: Note, body: str, hint: int) -> Anchor:
    before = _loose_pattern(note.before[-CONTEXT:]) if note.before.strip() else None
    after = _loose_pattern(note.after[:CONTEXT]) if note.after.strip() else None
    limit = max(200, 3 * len(note.quote))
    starts = [m.end() for m in before.finditer(body)] if before else []
    if starts:
        start = min(starts, key=lambda s: abs(s - hint))
        end_match = after.search(body, start) if after else None
        if end_match and end_match.start() - start <= limit:
            return Anchor(start, end_match.start(), CHANGED)
        return Anchor(start, min(len(body), start + len(note.quote)), CHANGED)
    ends = [m.start() for m in after.finditer(body)] if after else []
    if ends:
        end = min(ends, key=lambda e: abs(e - hint - len(note.quote)))
        return Anchor(max(0, end - len(note.quote)), end, CHANGED)
    # Nothing recognisable is left nearby: keep the note near where it was.
    start = min(max(0, hint), len(body))
    return Anchor(start, min(len(body), start + len(note.quote)), CHANGED)


class PassageNotFound(ValueError):
    """The words to attach a note to are not in the page, or appear more than once.

    `count` is how many times they appear (0: not at all); the message is in plain words.
    """

    def __init__(self, message: str, count: int) -> None:
        super().__init__(message)
        self.count = count


def find_passage(body: str, words: str, nth: int | None = None) -> tuple[int, int]:
    """Where `words` are in the body (line breaks and runs of spaces may differ).

    Raises PassageNotFound when they are not there, or appear more than once and `nth`
    (1-based, in reading order) does not say which.
    """
    pattern = _loose_pattern(words)
    if pattern is None:
        raise PassageNotFound("The words to attach the note to are empty.", 0)
    matches = list(pattern.finditer(body))
    shown = " ".join(words.split())
    if not matches:
        raise PassageNotFound(f"The words “{shown}” are not in the text of the page.", 0)
    if nth is None:
        if len(matches) > 1:
            raise PassageNotFound(
                f"The words “{shown}” appear {len(matches)} times in the text of the page.",
                len(matches),
            )
        nth = 1
    if not 1 <= nth <= len(matches):
        times = "once" if len(matches) == 1 else f"{len(matches)} times"
        raise PassageNotFound(
            f"The words “{shown}” appear only {times}, so there is no number {nth}.",
            len(matches),
        )
    match = matches[nth - 1]
    return match.start(), match.end()


MOVED, LOST = "moved", "lost"
