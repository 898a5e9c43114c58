"""Word count and reading time of a Markdown body, for the status bar."""

from __future__ import annotations

import math
import re

# Markup that is not prose: comments (incl. the excerpt marker), Liquid, HTML tags, link
# targets and bare URLs. Removing them keeps the count close to what a reader sees.
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_LIQUID = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.DOTALL)
_TAG = re.compile(r"<[^>\n]+>")
_LINK_TARGET = re.compile(r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_REF_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$", re.MULTILINE)
_URL = re.compile(r"\b(?:https?|ftp)://\S+|\bmailto:\S+|\bwww\.\S+")
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*", re.UNICODE)

WORDS_PER_MINUTE = 200


def _replaced(pattern: re.Pattern[str], replacement: str, text: str) -> str:
    """`pattern.sub(replacement, text)` for a plain replacement, made match by match: each step
    is one short search, so a worker counting a long page never holds the interpreter for long
    (one `sub` over a 5 MB page held it 15-30 ms at a time, and the window's typing waited)."""
    pieces: list[str] = []
    end = 0
    for m in pattern.finditer(text):
        pieces.append(text[end : m.start()])
        pieces.append(replacement)
        end = m.end()
    if not pieces:
        return text
    pieces.append(text[end:])
    return "".join(pieces)


def count_words(markdown: str) -> int:
    """The number of words a reader sees in a Markdown body (markup, links and code signs left out)."""
    # Each pattern needs its mark in the text (`<!--`, `{%` or `{{`, `]:`, `](`, `<`): looked
    # for first, in C, as a reference definition's search tries every line start (26 ms on
    # 5 MB, in one call) and most pages have none.
    text = _replaced(_COMMENT, " ", markdown) if "<!--" in markdown else markdown
    text = _replaced(_LIQUID, " ", text) if "{%" in text or "{{" in text else text
    text = _replaced(_REF_DEFINITION, " ", text) if "]:" in text else text
    text = _replaced(_LINK_TARGET, "] ", text) if "](" in text else text
    text = _replaced(_TAG, " ", text) if "<" in text else text
    # URLs and words never span a line, so they are counted line by line: the same count, but
    # no single regular-expression call holds the interpreter for long (a 200 KB page counted
    # in a worker thread would otherwise stall the window for 10-40 ms at a time).
    return sum(len(_WORD.findall(_URL.sub(" ", line))) for line in text.split("\n"))


def reading_minutes(words: int, words_per_minute: int = WORDS_PER_MINUTE) -> int:
    """Minutes needed to read that many words: at least 1 for any text, 0 for none."""
    if words <= 0:
        return 0
    return max(1, math.ceil(words / words_per_minute))
