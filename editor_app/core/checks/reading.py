"""Text the public can read: `sentence-long` (over `sentence_words`, default 35),
`paragraph-long` (over `paragraph_words`, default 150) and `reading-level` (Flesch reading
ease under `reading_ease`, default 40; the grade is said too). The limits are the site's own
(`checks:` in `_schema.yml`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from editor_app.core.checks.content_text import read_body, written_in_english
from editor_app.core.checks.context import Context
from editor_app.core.checks.page import Page
from editor_app.core.checks.problem import SUGGESTION, Problem, make_problem
from editor_app.core.checks.registry import Rule, register

# A sentence ends at . ! ? (and a closing quote or bracket) before a space and a capital,
# digit or quote; "e.g." and "Dr." are not ends.
_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[A-Z0-9\"“‘(])")
_ABBREVIATIONS = re.compile(r"\b(?:e\.g|i\.e|etc|Dr|Mr|Mrs|Ms|St|vs|No|Prof|Inc|Ltd|cf)\.$")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
MIN_WORDS_FOR_LEVEL = 100
MAX_LONG_SENTENCES = 3  # per page, the longest


def sentences(text: str) -> list[str]:
    out: list[str] = []
    for part in _END.split(text):
        if out and _ABBREVIATIONS.search(out[-1]):
            out[-1] += " " + part
        else:
            out.append(part)
    return [s for s in out if s.strip()]


def word_count(text: str) -> int:
    """Words as a reader counts them (a lone dash or bullet is no word)."""
    if len(text) < 200:
        return len(_WORD.findall(text))
    return len(text.split())  # long texts: split in C (a stray dash counts, no matter)


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
    text = "\n".join(p.text for p in read_body(page).paragraphs)
    words = word_count(text)
    found = None
    if words >= MIN_WORDS_FOR_LEVEL:
        import textstat  # imported here: a few hundred milliseconds, only for content checks

        found = ReadingLevel(
            float(textstat.flesch_reading_ease(text)),
            float(textstat.flesch_kincaid_grade(text)),
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
    for para in read_body(page).paragraphs:
        n = word_count(para.text)
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
            count = word_count(sentence)
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
