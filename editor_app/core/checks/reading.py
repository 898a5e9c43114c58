"""Text the public can read: `sentence-long` (over `sentence_words`, default 35),
`paragraph-long` (over `paragraph_words`, default 150) and `reading-level` (Flesch reading
ease under `reading_ease`, default 40; the grade is said too). The limits are the site's own
(`checks:` in `_schema.yml`)."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from editor_app.core.checks.content_text import read_body, reading_text, written_in_english
from editor_app.core.checks.context import Context
from editor_app.core.checks.page import Page
from editor_app.core.checks.problem import SUGGESTION, Problem, make_problem
from editor_app.core.checks.registry import Rule, register

# A sentence ends at . ! ? (and a closing quote or bracket) before a space and a capital,
# digit or quote; "e.g." and "Dr." are not ends.
_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[A-Z0-9\"“‘(])")
_ABBREVIATIONS = re.compile(r"\b(?:e\.g|i\.e|etc|Dr|Mr|Mrs|Ms|St|vs|No|Prof|Inc|Ltd|cf)\.$")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
_WORD_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'-"  # ASCII ones
MIN_WORDS_FOR_LEVEL = 100
MAX_LONG_SENTENCES = 3  # per page, the longest


def sentences(text: str) -> list[str]:
    out: list[str] = []
    for part in _END.split(text):
        # The abbreviation is at the end: its last 6 characters tell ("Prof." and the one before).
        if out and _ABBREVIATIONS.search(out[-1][-6:]):
            out[-1] += " " + part
        else:
            out.append(part)
    return [s for s in out if s.strip()]


def word_count(text: str) -> int:
    """Words as a reader counts them (a lone dash or bullet is no word)."""
    if len(text) < 200:
        return len(_WORD.findall(text))
    return len(text.split())  # long texts: split in C (a stray dash counts, no matter)


def _plain_word_count(text: str) -> int:
    """`word_count` of a paragraph's words or a sentence of them (one space between words,
    none at the ends, as `plain_words` leaves them): long ones by counting spaces."""
    return len(_WORD.findall(text)) if len(text) < 200 else text.count(" ") + 1


# Syllables are estimated from the pattern of the letters, over the whole text at once, in C
# (counting them per word with textstat's hyphenation dictionary cost a millisecond or more a
# page): the bytes are mapped to a few classes, punctuation dropped ("don't", "e-mail": one word
# each, as textstat reads them), and the classes' pairs counted. A vowel group is a vowel after
# a space in `_VOWELS`; a word a letter after a space in `_WORDS`; in `_E_ENDS` (e, other vowels
# a, other letters b), "be " is a word ending in a silent e ("make"), " bbe " is "the".
def _classes(vowels: bytes, letters: bytes, e: bytes) -> bytes:
    table = bytearray(b" " * 256)
    for byte in range(256):
        if byte >= 128 or chr(byte).isalnum():
            table[byte] = letters[0]
    for byte in b"aeiouyAEIOUY":
        table[byte] = vowels[0]
    for byte in b"eE":
        table[byte] = e[0]
    return bytes(table)


_VOWELS = _classes(b"a", b" ", b"a")
_WORDS = _classes(b"b", b"b", b"b")
_E_ENDS = _classes(b"a", b"b", b"e")
_PUNCTUATION = string.punctuation.encode()
# Syllables = a x vowel groups + b x silent e's + c x "the" + d x words: fitted by least squares
# to textstat's syllable counts on the shared sites' 650 English pages of 100 words or more; the
# reading ease comes within 3.5 points of textstat's on half of them, 9 on 9 in 10 (textstat
# rounds syllables per word to a tenth: up to 4 points of its own).
_PER_GROUP, _PER_SILENT_E, _PER_THE, _PER_WORD = 0.752, -0.828, 0.988, 0.308
# A sentence as textstat counts one: up to . ! or ?, of three words or more (shorter pieces,
# "e.g." or "v1.2", match without the group: an empty string in `findall`).
_SENTENCE_PIECE = re.compile(r"\b(?:([^.!?\s]*\s+[^.!?\s]+\s+[^.!?\s])[^.!?]*|[^.!?]+)[.!?]*")


def text_counts(text: str) -> tuple[int, int, float]:
    """(words, sentences, estimated syllables) of English text, for the Flesch formulas."""
    raw = (" " + text + " ").encode("utf-8", "replace")
    words = raw.translate(_WORDS, _PUNCTUATION).count(b" b")
    groups = raw.translate(_VOWELS, _PUNCTUATION).count(b" a")
    e_ends = raw.translate(_E_ENDS, _PUNCTUATION)
    syllables = (
        _PER_GROUP * groups
        + _PER_SILENT_E * e_ends.count(b"be ")
        + _PER_THE * e_ends.count(b" bbe ")
        + _PER_WORD * words
    )
    pieces = _SENTENCE_PIECE.findall(text)
    return words, max(1, len(pieces) - pieces.count("")), max(syllables, float(words))


@dataclass
class ReadingLevel:
    """Flesch reading ease (higher is easier; 60-70 is plain English) and school grade."""

    ease: float
    grade: float
    words: int


def reading_level(page: Page) -> ReadingLevel | None:
    """The page's reading level, or None when it has too few words to tell."""
    if "reading_level" in page.cache:
        return page.cache["reading_level"]
    words, sentences, syllables = text_counts(reading_text(page))
    found = None
    if words >= MIN_WORDS_FOR_LEVEL:
        per_sentence, per_word = words / sentences, syllables / words
        found = ReadingLevel(
            round(206.835 - 1.015 * per_sentence - 84.6 * per_word, 2),
            round(0.39 * per_sentence + 11.8 * per_word - 15.59, 1),
            words,
        )
    page.cache["reading_level"] = found
    return found


def check_reading(page: Page, ctx: Context) -> Iterable[Problem]:
    if not written_in_english(page, ctx.site):
        return  # sentence ends and reading ease are worked out for English only
    limit = int(ctx.option("sentence_words", 35))
    para_limit = int(ctx.option("paragraph_words", 150))
    off = ctx.plan.off
    long_ones: list[tuple[int, Any, str]] = []
    # A text of n characters has at most (n + 1) / 2 words: shorter ones need no counting.
    fewest = min(limit, para_limit)
    short = 2 * fewest
    for para in read_body(page).paragraphs:
        text = para.text
        if len(text) < short:
            continue
        if len(text) < 200:
            # Words are apart by a character that is no part of one: at most one more word
            # than such characters (counted in C; most short paragraphs stop here).
            separators = text.encode("utf-8", "replace").translate(None, _WORD_BYTES)
            if len(separators) < fewest:
                continue
            n = len(_WORD.findall(text))
        else:
            n = text.count(" ") + 1  # as `_plain_word_count`
        if n > para_limit:
            yield make_problem(
                page,
                para.line,
                None,
                "paragraph-long",
                f"This paragraph has {n} words. Paragraphs over {para_limit} words are hard "
                "to follow on a screen: split it where the subject changes.",
            )
        if n <= limit:
            continue
        for sentence in sentences(para.text):
            count = _plain_word_count(sentence)
            if count > limit:
                long_ones.append((count, para, sentence))
    # The longest few only: a page of long sentences needs one word, not twenty.
    long_ones.sort(key=lambda item: -item[0])
    shown = long_ones[:MAX_LONG_SENTENCES]
    for i, (count, para, sentence) in enumerate(shown):
        start = sentence.strip()[:40]
        more = len(long_ones) - len(shown)
        tail = (
            f" ({more} more sentence{'s' if more > 1 else ''} on this page run over {limit} words.)"
            if more and i == len(shown) - 1
            else ""
        )
        yield make_problem(
            page,
            para.line_of(sentence),
            None,
            "sentence-long",
            f"The sentence starting '{start}...' has {count} words. Over {limit}, readers lose "
            f"the thread: split it in two.{tail}",
        )
    if "reading-level" in off:
        return
    level = reading_level(page)
    target = float(ctx.option("reading_ease", 40))
    if level is not None and level.ease < target:
        yield make_problem(
            page,
            page.body_start_line,
            None,
            "reading-level",
            f"This page is hard to read: reading ease {level.ease:.0f} (the site aims for "
            f"{target:.0f} or more; about grade {level.grade:.0f} at school). Shorter "
            "sentences and everyday words help most.",
        )


register(
    Rule(
        "reading",
        {"sentence-long": SUGGESTION, "paragraph-long": SUGGESTION, "reading-level": SUGGESTION},
        check=check_reading,
        kind="content",
    )
)
