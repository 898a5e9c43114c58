"""Text the public can read: `sentence-long` (over `sentence_words`, default 35),
`paragraph-long` (over `paragraph_words`, default 150) and `reading-level` (Flesch reading
ease under `reading_ease`, default 40; the grade is said too). The limits are the site's own
(`checks:` in `_schema.yml`)."""

from __future__ import annotations

import re
import string
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from editor_app.core.checks.common import lines_named
from editor_app.core.checks.content_language import words_spaced
from editor_app.core.checks.content_text import (
    licence_page,
    page_quoted_lines,
    paragraphs_of,
    prose_words,
    reading_prose,
    text_runs,
    written_in_english,
)
from editor_app.core.checks.content_words import code_put_back, quote_as_written
from editor_app.core.checks.context import Context
from editor_app.core.checks.page import Page
from editor_app.core.checks.problem import SUGGESTION, Problem, make_problem
from editor_app.core.checks.registry import Rule, register

# A sentence ends at . ! ? (and a closing quote or bracket) before a space and a capital,
# digit or quote; "e.g." and "Dr." are not ends. (The pattern starts with the stop itself,
# which lets the regex engine skip ahead, not with a look behind tried at every position.)
_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[A-Z0-9\"“‘(])")
_ABBREVIATIONS = re.compile(r"\b(?:e\.g|i\.e|etc|Dr|Mr|Mrs|Ms|St|vs|No|Prof|Inc|Ltd|cf)\.$")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
_WORD_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'-"  # ASCII ones
MIN_WORDS_FOR_LEVEL = 100
MAX_LONG_SENTENCES = 3  # per page, the longest
MAX_LONG_PARAGRAPHS = 3  # per page, the first


def sentences(text: str) -> list[str]:
    out: list[str] = []
    start = 0
    for end in _END.finditer(text):
        _add_sentence(out, text[start : end.start() + 1])  # with its stop
        start = end.end()
    _add_sentence(out, text[start:])
    return [s for s in out if s.strip()]


def _add_sentence(out: list[str], part: str) -> None:
    # The abbreviation is at the end: its last 6 characters tell ("Prof." and the one before).
    if out and _ABBREVIATIONS.search(out[-1][-6:]):
        out[-1] += " " + part
    else:
        out.append(part)


# In another language written with spaces between words: a stop (also Hindi's "।", Arabic's
# "؟", an ellipsis), any closing quotes or brackets, a space, and no small letter next (each
# script's capitals are its own; Arabic and Hindi have none). It ends a sentence everywhere
# `_SURE_END` does, and more often (after an abbreviation too), so the screens still hold.
_ANY_END = re.compile(r"[.!?…।؟][\"'”’»)\]]*\s+(?=\S)")
_A_WORD = re.compile(r"\S*[^\W_]\S*")  # spaced, with a letter or digit (a dash alone is none)


def spaced_sentences(text: str) -> list[str]:
    """The sentences of `text` in a language other than English written with spaces."""
    out: list[str] = []
    start = 0
    for end in _ANY_END.finditer(text):
        if not text[end.end()].islower():
            out.append(text[start : end.start() + 1])
            start = end.end()
    out.append(text[start:])
    return [s for s in out if s.strip()]


def spaced_word_count(text: str) -> int:
    """Words of a language written with spaces between them (a lone dash is no word)."""
    return len(_A_WORD.findall(text))


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
    return words, max(1, _sentence_count(text)), max(syllables, float(words))


# The start of a list item's line. An item is read as a unit, as the long-sentence check reads
# it: its line ends the sentence before it, and it is a sentence of its own however short (a
# table of contents of short items ran together into one long "sentence": hugo-docs' Emojis
# page had a reading ease of 3).
_LIST_ITEM = re.compile(r"\n[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")


def _pieces(text: str) -> int:
    pieces = _SENTENCE_PIECE.findall(text)
    return len(pieces) - pieces.count("")


def _sentence_count(text: str) -> int:
    parts = _LIST_ITEM.split(text)
    count = _pieces(parts[0])
    for part in parts[1:]:
        item, _, after = part.partition("\n\n")  # the item, and the paragraphs after it
        count += max(1, _pieces(item)) + (_pieces(after) if after else 0)
    return count


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
    # The words of the page taken in a few passes over it, not paragraph by paragraph: the
    # same words as `reading_text` but for a rare heading over an underline.
    words, sentences, syllables = text_counts(prose_words(page))
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


# Where a sentence of `prose_words` surely ends, as `sentences` ends them (or a paragraph does:
# at a blank line): not after an abbreviation (one look-behind each, tried only after a stop;
# without `\b`, so a few more stops are passed over, never one fewer). The pattern starts with
# one set of characters (a stop or a newline, then told apart by a look behind): the regex
# engine then skips to each, instead of trying both branches at every position.
_SURE_END = re.compile(
    r"[.!?\n](?:(?<=[.!?])(?<!(?:Dr|Mr|Ms|St|vs|No|cf)\.)(?<!(?:etc|Mrs|Inc|Ltd|e\.g|i\.e)\.)"
    r"(?<!Prof\.)[\"'”’)\]]*\s+(?=[A-Z0-9\"“‘(])|(?<=\n)[^\S\n]*\n)"
)
_NOT_SPACE = re.compile(r"\S")
# For the screens, each character of a text as one byte (`encode("ascii", "replace")` keeps
# the offsets: any other character becomes one "?"): "a" a part of a word (an ASCII letter,
# digit, ' or -), " " what may space two plain words (whitespace, the NUL an image or a tag
# leaves in `prose_words`, any character outside ASCII, and "?" itself), "." any other.
_SCREEN_CLASSES = bytes(
    97 if byte in _WORD_BYTES else 32 if byte in (0, 63) or chr(byte).isspace() else 46
    for byte in range(256)
)


def _screen_classes(text: str) -> bytes:
    """`_SCREEN_CLASSES` of each character of `text` (same offsets)."""
    return text.encode("ascii", "replace").translate(_SCREEN_CLASSES)


def _more_words_than(limit: int, classes: bytes, start: int, end: int) -> bool:
    """Whether a sentence (or paragraph) of the plain words of the piece `start:end` of a
    text may have more than `limit` words as `_plain_word_count` counts them (a screen: never
    no when one does), told in C from `classes`, the text's `_screen_classes`.

    `_WORD` finds at most one word per run of word characters (two of its words have a
    character that is no part of one between them), and spaces the plain words' spaces."""
    size = end - start
    # Runs, and spaces plus one, are at most one more than the characters of no word: most
    # pieces are told by counting one byte.
    if size - classes.count(b"a", start, end) < limit:
        return False
    count = classes.count
    runs = count(b"a ", start, end) + count(b"a.", start, end) + (classes[end - 1] == 97)
    if runs > limit or size < 200:
        return runs > limit  # a sentence of under 200 characters has its words counted
    return count(b" ", start, end) >= limit  # from 200 on, its spaces


_LEFT_OVER = re.compile(r"[<{]|\]\(")


def _paragraphs_to_read(page: Page, limit: int, para_limit: int, english: bool = True) -> list:
    """The paragraphs that may be too long or hold a too long sentence: those of the runs of
    lines that may, told apart in C without reading their paragraphs.

    `prose_words` (the body's lines made plain, in a few passes) is cut where its sentences
    surely end: a sentence of a paragraph is never longer than the piece it is in."""
    body = page.cache.get("content_body")
    if body is not None:
        return body.paragraphs
    if not english:
        # (the screens count English words, letters of other scripts as spaces: every run
        # is read; such pages are few)
        return paragraphs_of(page, text_runs(page))
    words = prose_words(page)
    runs = text_runs(page)
    firsts = [line for _start, _end, line, _look in runs]
    chosen: set[int] = set()
    longest = 2 * limit
    if "<" in words or "{" in words or "](" in words:
        # Markup over two lines (or a link whose address has spaces) is left in the words:
        # where it is, a sentence's end is no sure thing, and a long run is read whole.
        counted, line = 0, page.body_start_line
        for mark in _LEFT_OVER.finditer(words):
            line += words.count("\n", counted, mark.start())
            counted = mark.start()
            i = bisect_right(firsts, line) - 1
            if i >= 0 and runs[i][1] - runs[i][0] > longest:
                chosen.add(i)
    # The pieces between sure ends, by their offsets (the last one runs to the end).
    ends = [m.span() for m in _SURE_END.finditer(words)]
    ends.append((len(words), len(words)))
    classes = _screen_classes(words)
    start, counted, line = 0, 0, page.body_start_line
    for end, after in ends:
        if end - start > longest and _more_words_than(limit, classes, start, end):
            first = _NOT_SPACE.search(words, start, end)  # its first word, past blank lines
            if first is not None:
                line += words.count("\n", counted, first.start())
                counted = first.start()
                chosen.add(bisect_right(firsts, line) - 1)
        start = after
    longest = 2 * para_limit
    text = reading_prose(page)
    classes = _screen_classes(text)
    for i, (start, end, _line, _look) in enumerate(runs):
        if end - start > longest and i not in chosen:
            if _more_words_than(para_limit, classes, start, end):
                chosen.add(i)
    chosen.discard(-1)
    if not chosen:
        return []
    return paragraphs_of(page, [runs[i] for i in sorted(chosen)])


def _a_list(text: str, words: int) -> bool:
    """Whether `text` of `words` words is a list run on with commas (a release's thanks to
    120 contributors by name), not a sentence to split: 8 items or more, of 3.5 words or
    fewer on average; or a list of 8 or more @handles, at least half its words."""
    commas = text.count(",")
    if commas >= 7 and words <= 3.5 * (commas + 1):
        return True
    # Contributors thanked by handle, one a line (`[@abbycabs](...)` each): no sentence either.
    handles = text.count("@")
    return handles >= 8 and 2 * handles >= words


def _read_english(
    page: Page,
    limit: int,
    para_limit: int,
    long_ones: list[tuple[int, Any, str]],
    long_paragraphs: list[tuple[int, int]],
) -> None:
    """The long sentences and paragraphs of an English page, added to the lists."""
    # A text of n characters has at most (n + 1) / 2 words: shorter ones need no counting.
    fewest = min(limit, para_limit)
    short = 2 * fewest
    for para in _paragraphs_to_read(page, limit, para_limit):
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
        if n > para_limit and not _a_list(text, n):
            long_paragraphs.append((para.line, n))
        if n <= limit:
            continue
        for sentence in sentences(para.text):
            count = _plain_word_count(sentence)
            if count > limit and not _a_list(sentence, count):
                long_ones.append((count, para, sentence))


# A list item's mark before its first sentence: no word of it (not counted), nor quoted.
_ITEM_MARK = re.compile(r"(?:[-*+]|\d{1,9}[.)])\s+(?=\S)")


def _quoted(page: Page, para: Any, sentence: str) -> str:
    """The start of a long sentence as the message quotes it (`quote_as_written`)."""
    first = para.text.lstrip().startswith(sentence.lstrip())  # the paragraph's first sentence
    if first and _ITEM_MARK.match(sentence.lstrip()):
        sentence = _ITEM_MARK.sub("", sentence.lstrip(), count=1)
    return quote_as_written(para, sentence, lines=_with_code(page, para))


def _with_code(page: Page, para: Any) -> list[str] | None:
    """The paragraph's lines with the code spans its words leave out put back, for a quote
    ('Automatic .Summary may cut...', not 'Automatic may cut...'), or None."""
    if "`" not in page.body:
        return None
    first = para.line - page.body_start_line
    last = first + len(para.lines)
    prose = reading_prose(page).split("\n")[first:last]
    return code_put_back(para.lines, prose, page.body.split("\n")[first:last])


def check_reading(page: Page, ctx: Context) -> Iterable[Problem]:
    english = written_in_english(page, ctx.site)
    if not english and not words_spaced(page, ctx.site):
        return  # no spaces between words (Japanese, Chinese...): no words to count
    if licence_page(page):
        return  # a licence's words are not the page's to split or make plainer
    limit = int(ctx.option("sentence_words", 35))
    para_limit = int(ctx.option("paragraph_words", 150))
    off = ctx.plan.off
    long_ones: list[tuple[int, Any, str]] = []
    long_paragraphs: list[tuple[int, int]] = []  # (line, words)
    if english:
        _read_english(page, limit, para_limit, long_ones, long_paragraphs)
    else:
        # Another language written with spaces: a sentence of over `limit` words is as long
        # (paragraphs and the reading level are told in English only).
        for para in _paragraphs_to_read(page, limit, para_limit, english=False):
            if len(para.text) < 2 * limit or para.text.count(" ") < limit:
                continue
            for sentence in spaced_sentences(para.text):
                count = spaced_word_count(sentence)
                if count > limit and not _a_list(sentence, count):
                    long_ones.append((count, para, sentence))
    if long_paragraphs or long_ones:  # someone else's words, quoted, are not the page's to split
        quoted = page_quoted_lines(page)
        if quoted:
            long_paragraphs = [item for item in long_paragraphs if item[0] not in quoted]
            long_ones = [item for item in long_ones if item[1].line_of(item[2]) not in quoted]
    # The first few only: a page of long paragraphs needs one word, not ten.
    more = len(long_paragraphs) - MAX_LONG_PARAGRAPHS
    rest = lines_named(sorted({line for line, _n in long_paragraphs[MAX_LONG_PARAGRAPHS:]}))
    for i, (line, n) in enumerate(long_paragraphs[:MAX_LONG_PARAGRAPHS]):
        tail = (
            f" ({more} more paragraph{'s on this page run' if more > 1 else ' on this page runs'}"
            f" over {para_limit} words: {rest}.)"
            if more > 0 and i == MAX_LONG_PARAGRAPHS - 1
            else ""
        )
        yield make_problem(
            page,
            line,
            None,
            "paragraph-long",
            f"This paragraph has {n} words. Paragraphs over {para_limit} words are hard "
            f"to follow on a screen: split it where the subject changes.{tail}",
        )
    # The longest few only: a page of long sentences needs one word, not twenty.
    long_ones.sort(key=lambda item: -item[0])
    # Listed by line, so the "N more" remark goes on the last of them as the list shows it.
    shown = sorted(
        [
            (para.line_of(text), count, _quoted(page, para, text))
            for count, para, text in long_ones[:MAX_LONG_SENTENCES]
        ],
        key=lambda item: item[0] or 0,
    )
    more = len(long_ones) - len(shown)
    # The others by line, so an editor (or a script reading the JSON) can find every one.
    others = sorted({para.line_of(text) for _count, para, text in long_ones[len(shown) :]})
    where = lines_named(others)
    for i, (line, count, start) in enumerate(shown):
        tail = (
            f" ({more} more sentence{'s on this page run' if more > 1 else ' on this page runs'}"
            f" over {limit} words: {where}.)"
            if more and i == len(shown) - 1
            else ""
        )
        yield make_problem(
            page,
            line,
            None,
            "sentence-long",
            f"The sentence starting '{start}...' has {count} words. Over {limit}, readers lose "
            f"the thread: split it in two.{tail}",
        )
    if "reading-level" in off or not english:
        return
    level = reading_level(page)
    target = float(ctx.option("reading_ease", 40))
    # (Below the target as the message shows both, whole: 'reading ease 40 (the site aims for
    # 40 or more)' would contradict itself.)
    if level is not None and level.ease < target and round(level.ease) < round(target):
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
