"""Finding a quoted passage again in a page's text, after edits elsewhere."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from editor_app.core.review.common import new_id, read_when

if TYPE_CHECKING:
    from editor_app.core.review.notes import Note
    from editor_app.core.review.suggestions import Suggestion

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


_APOSTROPHES = "'\u2019"


def _joins_word(text: str, i: int) -> bool:
    """Whether the characters on both sides of index `i` are in one word (an apostrophe
    between letters is: "don't", "citizens'jury" is not met in prose)."""

    def in_word(j: int) -> bool:
        if not 0 <= j < len(text):
            return False
        if text[j].isalnum():
            return True
        return text[j] in _APOSTROPHES and 0 < j < len(text) - 1 and (
            text[j - 1].isalnum() and text[j + 1].isalnum()
        )

    return in_word(i - 1) and in_word(i)


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """The passage `text[start:end]` grown to whole words at an end that cuts a word, as word
    processors widen a drag: a drag rarely starts on a word's first letter, and a note or a
    suggestion on "ns jury to decid" reads as a typo. Nothing selected stays nothing."""
    if start >= end:
        return start, end
    while 0 < start < len(text) and _joins_word(text, start):
        start -= 1
    while 0 < end < len(text) and _joins_word(text, end):
        end += 1
    return start, end


def _loose_pattern(text: str) -> re.Pattern[str] | None:
    """Matches `text` with any run of white space allowed to differ (re-wrapped lines).

    White space at either end of `text` is part of it (a deletion of "word " takes the space).
    """
    words = text.split()
    if not words:
        return None
    lead = r"\s+" if text[:1].isspace() else ""
    trail = r"\s+" if text[-1:].isspace() else ""
    return re.compile(lead + r"\s+".join(re.escape(w) for w in words) + trail)


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


def anchor_note(note: Note | Suggestion, body: str) -> Anchor:
    """Find the note's passage in `body`, even after edits elsewhere in the text.

    The quote itself (white space may differ) is looked for first; among several matches the
    one whose surrounding text matches best, then the one nearest the old offset, wins. When
    the quote is gone, the passage was edited: the text between the old context is used.
    """
    if note.is_general:
        return Anchor(0, 0, GENERAL)
    hint = note.offset if note.offset is not None else 0
    # The words exactly as quoted first; only when they are nowhere, with white space loose
    # (re-wrapped lines). A loose match could take in a neighbouring space.
    matches = list(re.finditer(re.escape(note.quote), body)) if note.quote.strip() else []
    if not matches:
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


def _anchor_by_context(note: Note | Suggestion, body: str, hint: int) -> Anchor:
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


def find_passage_as_read(body: str, words: str, nth: int | None = None) -> tuple[int, int]:
    """Where `words` stand as a reader sees them (quoted from the preview or a report: the
    Markdown's formatting marks and link addresses skipped), widened to take in the marks
    and the link they cut through: `bold text` is `**bold** text`, `a link` is
    `a [link](https://x.org)`. Raises PassageNotFound as `find_passage` does."""
    from editor_app.core.docx_place import words_pattern

    pattern = words_pattern(words)
    if pattern is None:
        raise PassageNotFound("The words to attach the note to are empty.", 0)
    found = [_whole_marks(body, m.start(), m.end()) for m in pattern.finditer(body)]
    shown = " ".join(words.split())
    if not found:
        raise PassageNotFound(f"The words “{shown}” are not in the text of the page.", 0)
    if nth is None and len(found) > 1:
        raise PassageNotFound(
            f"The words “{shown}” appear {len(found)} times in the text of the page.", len(found)
        )
    nth = 1 if nth is None else nth
    if not 1 <= nth <= len(found):
        times = "once" if len(found) == 1 else f"{len(found)} times"
        raise PassageNotFound(
            f"The words “{shown}” appear only {times}, so there is no number {nth}.", len(found)
        )
    return found[nth - 1]


def find_quoted(body: str, words: str, nth: int | None = None) -> tuple[int, int]:
    """Where quoted words are in the body, as every note on quoted words finds them (`review
    note --on`, a note on a draft): as written (`find_passage`), else, only when they are not
    there at all as written, as a reader sees them (`find_passage_as_read`). Words there more
    than once raise PassageNotFound (`count` > 1) unless `nth` says which, counted as written:
    the person quotes more words, or says which."""
    try:
        return find_passage(body, words, nth)
    except PassageNotFound as exc:
        if exc.count:  # there, more than once or fewer times than `nth`: never another place
            raise
    return find_passage_as_read(body, words, nth)


def _whole_marks(body: str, start: int, end: int) -> tuple[int, int]:
    """A found passage with the formatting marks at its ends and the rest of a link it ends
    in (`](address)`), so its words and marks are whole."""
    while start > 0 and body[start - 1] in "*_~`":
        start -= 1
    while end < len(body) and body[end] in "*_~`":
        end += 1
    if body.startswith("](", end):
        opening = body.rfind("[", 0, end)  # the link's text may start before the passage
        if opening != -1 and opening < start and "\n\n" not in body[opening:start]:
            start = opening
        close = body.find(")", end)
        end = close + 1 if close != -1 else end
    return start, end


MOVED, LOST = "moved", "lost"


# -- the W3C Web Annotation selectors, as the sidecar file keeps them ---------------------------
QUOTE_SELECTOR = "TextQuoteSelector"
POSITION_SELECTOR = "TextPositionSelector"


def quote_target(
    quote: str, before: str, after: str, offset: int | None, field: str | None = None
) -> dict[str, Any]:
    """A W3C Web Annotation target: the quoted words (`exact`), the text just before them
    (`prefix`) and just after (`suffix`), and where they started (a hint only).

    `field`: the page setting the words are in (None: the text of the page).
    """
    selectors: list[dict[str, Any]] = [
        {"type": QUOTE_SELECTOR, "exact": quote, "prefix": before, "suffix": after}
    ]
    if offset is not None:
        selectors.append({"type": POSITION_SELECTOR, "start": offset, "end": offset + len(quote)})
    target: dict[str, Any] = {}
    if field is not None:
        target["field"] = field
    target["selector"] = selectors
    return target


def read_target(data: dict[str, Any]) -> tuple[str, str, str, int | None, str | None]:
    """(quote, before, after, offset, field) from a note or suggestion as written in the file.

    Reads the W3C `target` (a selector or a list of them) and the first format (`quote`,
    `before`, `after`, `offset` beside the text), so older files keep every anchor.
    """
    quote, before, after = (str(data.get(k) or "") for k in ("quote", "before", "after"))
    offset = data.get("offset")
    field = None
    target = data.get("target")
    if isinstance(target, dict):
        field = str(target["field"]) if target.get("field") is not None else None
        selectors = target.get("selector")
        if isinstance(selectors, dict):
            selectors = [selectors]
        for sel in selectors if isinstance(selectors, list) else []:
            if not isinstance(sel, dict):
                continue
            if sel.get("type") == QUOTE_SELECTOR:
                quote = str(sel.get("exact") or "")
                before = str(sel.get("prefix") or "")
                after = str(sel.get("suffix") or "")
            elif sel.get("type") == POSITION_SELECTOR:
                offset = sel.get("start")
    if not isinstance(offset, int) or isinstance(offset, bool):
        offset = None
    return quote, before, after, offset, field


def read_shared_fields(
    data: dict[str, Any], known: frozenset[str]
) -> tuple[dict[str, Any], str | None]:
    """What a note and a suggestion both keep, as read from the sidecar file: `author`, `date`,
    the passage (`quote`, `before`, `after`, `offset`), `id` (a new one when the file has
    none) and `extra` (the keys not in `known`, kept as they were); and the page setting the
    passage is in (None: the text of the page)."""
    quote, before, after, offset, field = read_target(data)
    shared = {
        "author": str(data.get("author") or ""),
        "date": read_when(data.get("date")),
        "quote": quote,
        "before": before,
        "after": after,
        "offset": offset,
        "id": str(data.get("id") or new_id()),
        "extra": {k: v for k, v in data.items() if k not in known},
    }
    return shared, field


def passage_fields(text: str, start: int, end: int) -> dict[str, Any]:
    """text[start:end] as a new note or suggestion keeps it: the words (`quote`), CONTEXT
    characters of text on each side (`before`, `after`) and where they start (`offset`)."""
    return {
        "quote": text[start:end],
        "before": text[max(0, start - CONTEXT) : start],
        "after": text[end : end + CONTEXT],
        "offset": start,
    }


SURE_CONTEXT = 10  # characters of the remembered surroundings that must still be there


def anchor_exactly(item: Note | Suggestion, text: str) -> Anchor:
    """Like `anchor_note`, but the words count as found only where the text around them still
    reads as it did (at least SURE_CONTEXT characters of it, or all of it when shorter): the
    same words elsewhere in the page are not the ones meant. A suggested edit is applied only
    there, never to a look-alike."""
    anchor = anchor_note(item, text)
    if anchor.state != FOUND:
        return anchor
    known = len(item.before) + len(item.after)
    ctx = _common_suffix(item.before, text[max(0, anchor.start - CONTEXT) : anchor.start])
    ctx += _common_prefix(item.after, text[anchor.end : anchor.end + CONTEXT])
    if ctx >= min(SURE_CONTEXT, known):
        return anchor
    return Anchor(anchor.start, anchor.end, CHANGED)
