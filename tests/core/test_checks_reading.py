"""reading: sentence-long, paragraph-long, reading-level; English pages only."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from content_helpers import check_text, content_of  # noqa: F401
from shared_sites import shared_site_path

from editor_app.core.checks.content_text import reading_text, written_in_english
from editor_app.core.checks.page import decode, make_page, read_file
from editor_app.core.checks.reading import reading_level, sentences
from editor_app.core.site import Site


def test_a_long_sentence_is_reported_on_the_line_it_starts() -> None:
    long = " ".join(["word"] * 40)
    text = f"---\ntitle: T\n---\nA short one.\nAnother line here. {long}.\nEnd.\n"
    assert (5, "sentence-long") in check_text(text)


def test_sentences_are_not_cut_at_abbreviations() -> None:
    assert len(sentences("We met Dr. Smith today. It went well, e.g. the tea was good.")) == 2


def test_reading_level_and_spelling_leave_other_languages_alone() -> None:
    """Other languages written with spaces get their long sentences told (as long there),
    nothing else: no reading level, no long paragraph, no spelling."""
    long = " ".join(["mot"] * 160)
    french = f"---\ntitle: T\nlang: fr\n---\nUne phrase {long}. La couleur est grise.\n"
    assert check_text(french) == [(5, "sentence-long")]
    hindi = "---\ntitle: T\n---\n" + " ".join(["शब्द"] * 60) + "।\n"
    assert check_text(hindi) == [(4, "sentence-long")]
    japanese = "---\ntitle: T\nlang: ja\n---\n" + " ".join(["言葉"] * 60) + "。\n"
    assert check_text(japanese) == []
    english = f"---\ntitle: T\nlang: en-GB\n---\nA sentence {long}.\n"
    assert (5, "sentence-long") in check_text(english)


def test_only_the_three_longest_sentences_of_a_page_are_named() -> None:
    lines = [" ".join(["word"] * (40 + i)) + "." for i in range(6)]
    text = "---\ntitle: T\n---\n" + "\n\n".join(lines) + "\n"
    found = check_text(text)
    assert [f for f in found if f[1] == "sentence-long"] == [
        (10, "sentence-long"),
        (12, "sentence-long"),
        (14, "sentence-long"),
    ]


# The check reads each list item as a sentence of its own; textstat, which knows no lists, is
# given each item ended with a full stop, so that the two differ only in their syllables.
_LIST_ITEM_LINE = re.compile(r"^([ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+.*?)([.!?]?)$", re.M)


@pytest.mark.parametrize("name", ["connectedbydata", "jekyll-docs", "eleventy-website"])
def test_reading_ease_stays_close_to_textstat_on_real_pages(name: str) -> None:
    """The syllables are estimated from the letters' pattern (fast); the reading ease must stay
    near textstat's, which counts them with a hyphenation dictionary (a millisecond a page)."""
    textstat = pytest.importorskip("textstat")
    root = shared_site_path(name)
    site = Site.open(root)
    gaps = []
    for entry in site.entries():
        page = make_page("", entry.path, entry.collection, decode(read_file(entry.path))[0])
        level = reading_level(page)
        if level is None or not written_in_english(page, site):
            continue
        text = _LIST_ITEM_LINE.sub(lambda m: m[1] + (m[2] or "."), reading_text(page))
        gaps.append(abs(level.ease - textstat.flesch_reading_ease(text)))
    gaps.sort()
    assert len(gaps) >= 20
    # textstat rounds syllables per word to a tenth: up to 4 points of its own.
    assert gaps[len(gaps) // 2] <= 5, gaps
    assert gaps[len(gaps) * 9 // 10] <= 11, gaps
    assert gaps[-1] <= 25, gaps


def test_reading_level_is_worked_out_for_pages_of_100_words_or_more() -> None:
    plain = "The cat sat on the mat and looked at the dog. " * 9  # 99 words
    assert reading_level(make_page("", None, None, plain)) is None
    level = reading_level(make_page("", None, None, plain + "Then it slept."))
    assert level is not None and level.words >= 100
    assert level.ease > 80  # short words, short sentences: very easy
    hard = (
        "Notwithstanding considerable organisational reconfiguration, institutional "
        "accountability mechanisms necessitate comprehensive interdepartmental "
        "consultation. "
    ) * 12
    hard_level = reading_level(make_page("", None, None, hard))
    assert hard_level is not None and hard_level.ease < 10 < hard_level.grade


def test_a_page_of_long_paragraphs_gets_three_the_last_saying_how_many_more() -> None:
    from editor_app.core.document import Document
    from editor_app.core.validate import validate_document

    paragraph = " ".join(["Short words here."] * 60)  # 180 words, no sentence too long
    doc = Document.from_text("---\ntitle: T\n---\n" + "\n\n".join([paragraph] * 5), Path("p.md"))
    found = [p for p in validate_document(doc) if p.code == "paragraph-long"]
    assert [p.line for p in found] == [4, 6, 8]
    assert found[-1].message.endswith(
        "(2 more paragraphs on this page run over 150 words: lines 10 and 12.)"
    )
    assert found[0].message.startswith("This paragraph has 180 words.")
