"""Quoted words found in rendered text, loosely: a note's Markdown words as a reader sees them
(`plain_quote`), compared with plain quotes, dashes and dots and any white space as one
(`normal_text`, `LooseText`, `find_in_text`)."""

from __future__ import annotations

import html as _html
import re
from typing import Any

_TYPO = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "."})


def plain_quote(markdown: str) -> str:
    """The words of a Markdown passage as a reader sees them (marks and addresses gone)."""
    # Bounded, so a long or odd passage costs linear time.
    text = re.sub(r"!\[([^\[\]]{0,500})\]\([^()]{0,2000}\)", r"\1", markdown)
    text = re.sub(r"\[([^\[\]]{0,500})\]\([^()]{0,2000}\)", r"\1", text)
    text = re.sub(r"\[([^\[\]]{0,500})\]\[[^\[\]]{0,200}\]", r"\1", text)
    # A passage that starts or ends inside a link: its other half's marks.
    text = re.sub(r"\]\([^()\s]{0,2000}(?:\)|\Z)", "", text)
    text = re.sub(r"\]\[[^\[\]]{0,200}\]", "", text)  # ... or a reference link's (`keys][]`)
    text = re.sub(r"!?\[(?![^\[\]]{0,500}\])", "", text)
    text = re.sub(r"<[^<>]{1,500}>", "", text)
    text = re.sub(r"(?m)^\s*(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)", "", text)
    text = re.sub(r"[*_`~]+", "", text)
    text = text.replace("\\", "")
    return normal_text(_html.unescape(text))


def normal_text(text: str) -> str:
    """Text compared loosely: one space for any white space, plain quotes, dashes and dots."""
    text = re.sub(r"-{2,3}", "-", text.translate(_TYPO))
    text = re.sub(r"\.\.\.", ".", text)
    return " ".join(text.split())


class LooseText:
    """A text prepared once for loose searches (see `normal_text`); `find` gives positions in
    the text as given."""

    def __init__(self, text: str) -> None:
        index: list[int] = []
        chars: list[str] = []
        prev_space = True
        for i, c in enumerate(text.translate(_TYPO)):
            if c.isspace():
                if prev_space:
                    continue
                c = " "
                prev_space = True
            else:
                prev_space = False
            if c in "-." and chars and chars[-1] == c:
                continue  # `--` and `...` read as one
            chars.append(c)
            index.append(i)
        self.flat = "".join(chars)
        self.index = index

    def find(self, quote: str, near: float = 0.0) -> tuple[int, int] | None:
        """Where a plain `quote` stands, the copy nearest `near` (a fraction of the text)."""
        span = self.flat_span(quote, near)
        if span is None:
            return None
        return self.index[span[0]], self.index[span[1] - 1] + 1

    def flat_span(self, quote: str, near: float = 0.0) -> tuple[int, int] | None:
        """As `find`, in positions of `flat` (the text compared). Copies overlapping one
        another count too (“ha ha” in “ha ha ha”)."""
        if not quote:
            return None
        found, at = [], self.flat.find(quote)
        while at >= 0:
            found.append(at)
            at = self.flat.find(quote, at + 1)
        if not found:
            return None
        start = min(found, key=lambda s: abs(s - near * len(self.flat)))
        return start, start + len(quote)


def place_in(loose: LooseText, body: str, start: int, end: int) -> float:
    """Where the passage `body[start:end]` of a page's Markdown stands in the page's rendered
    text (`loose`), as a fraction of that text, for `find`'s `near`: read from the words
    around it (40 characters each side, else 20, else 10: a link's address or a shortcode
    drawn otherwise), else its place in the Markdown. The two are laid out differently
    (hugo-docs' code-toggle draws one shortcode as three code blocks), so its place alone put
    a note or a suggested edit on "default" of `archetypes/default.md` rather than on the
    "default" it was on."""
    guess = start / max(1, len(body))
    for width in (40, 20, 10):
        before, after = body[max(0, start - width) : start], body[end : end + width]
        span = loose.flat_span(plain_quote(before + body[start:end] + after), guess)
        if span is not None:
            return (span[0] + len(plain_quote(before))) / max(1, len(loose.flat))
    return guess


def placed_near(loose: LooseText, item: Any, body: str) -> float:
    """Where a review note's or suggested edit's words stand in a page's rendered text
    (`loose`), for `find`'s `near`: its passage in the Markdown `body` as the review core
    finds it again (`anchor_note`), placed by the words around it (`place_in`)."""
    from editor_app.core import review

    anchor = review.anchor_note(item, body)
    return place_in(loose, body, anchor.start, anchor.end)


def find_placed(loose: LooseText, item: Any, body: str) -> tuple[int, int] | None:
    """Where a review note's or suggested edit's quoted words stand in the rendered text: the
    copy nearest its place (`placed_near`), else None."""
    return loose.find(plain_quote(item.quote or ""), placed_near(loose, item, body))


def find_in_text(text: str, quote: str, near: float = 0.0) -> tuple[int, int] | None:
    """Where a plain `quote` stands in `text` (loosely compared), the copy nearest `near`
    (a fraction of the text); positions are in `text` as given."""
    return LooseText(text).find(quote, near)
