"""reading: the screens that pick the paragraphs worth counting (`_SURE_END`,
`_more_words_than`, `_paragraphs_to_read`) never pass over a long sentence or paragraph,
pinned at their edges on small planted pages.

Equivalent survivors (no test can tell them apart), grouped, with why:
- `_more_words_than` saying yes more often: it is a screen (a yes only has the piece's words
  counted exactly). So: the size taken as `end + start`, the word characters added instead
  of taken away or not counted (`b"XXaXX"`, `b"A"`), `return True` for the quick no, runs
  or spaces counted over more of the text (`None` for a bound), `>=` for `>` on the runs,
  and the space count asked of short pieces too (`and` for `or`): from 200 characters the
  words are counted by their spaces plus one, and the screen's spaces (whitespace as
  written, a NUL, any character outside ASCII) are never fewer.
- `_paragraphs_to_read` choosing more: the page's paragraphs not taken whole when they were
  read already (memo not looked up: the screen picks those that may be long), the run's
  length compared with `2 / limit`, or as `end + start`, or with `>=`, a run with markup left
  over taken whatever its length (`or`, `+`, `>=`), the markup branch entered without any
  (`not in`: nothing found to place), a piece screened when long or when its words may be
  too many (`or`, `end + start`, `>=`), its first word looked for past its end (a blank
  piece then names the next one's run), a run screened for the paragraph limit by `or`,
  `end + start`, `>=` or `2 / para_limit`. Its `chosen.discard(-1)` spelt otherwise: no
  piece or mark lies before the first run of lines (both are read from `reading_prose`),
  so -1 is never chosen.
- `check_reading` going on to split a paragraph of exactly `limit` words (`n < limit`): none
  of its sentences can have more. Its quick skips made looser: `short` as `2 / fewest`,
  every character counted as one between words (`translate` without the word bytes), and
  `len(text) <= short` (a text of `2 * fewest` characters has at most `fewest` words); its
  encoding with another error handler or none, or "UTF-8" (the text always encodes). The
  shown sentences sorted with `or 1` for a line (`line_of` always gives one); the reading
  level worked out though switched off (`"XXreading-levelXX"`, `"READING-LEVEL"`: a code
  switched off is never reported); `ease <= target` (equal: the whole figures are equal
  too, which the next test refuses).
  `_screen_classes` encoding to "ASCII" (the same codec).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.site import Site
from editor_app.core.validate import SUGGESTION, validate_site


def _found(root: Path, body: str, schema: str = "") -> list:
    """(line, code, message) of the suggestions on one planted page."""
    (root / "_config.yml").write_text("title: x\n")
    if schema:
        (root / "_schema.yml").write_text(schema)
    (root / "page.md").write_text(f"---\ntitle: T\n---\n{body}")
    problems = validate_site(Site.open(root), content=True)
    assert all(p.severity == SUGGESTION for p in problems if p.path == "page.md")
    return [(p.line, p.code, p.message) for p in problems if p.path == "page.md"]


def test_a_piece_of_200_characters_is_screened_by_its_spaces(tmp_path: Path) -> None:
    # 200 characters up to the stop, 50 runs of letters but 99 words as counted by spaces:
    # the screen must count the spaces from 200 characters on, or the sentence goes unread.
    sentence = "W & " + "w & " * 48 + "wwww"
    assert len(sentence) == 200
    found = _found(
        tmp_path,
        f"Intro. {sentence}. End here.\n",
        "checks:\n  sentence_words: 60\n  paragraph_words: 500\n",
    )
    assert [(line, code) for line, code, _m in found] == [(4, "sentence-long")]
    assert "'W & w & w & w & w & w & w & w & w & w &...' has 99 words. Over 60," in found[0][2]


def test_a_sentence_ending_in_a_one_letter_word_is_screened_in(tmp_path: Path) -> None:
    # Six words, the last of one letter right before the stop: the screen counts that last
    # run of letters too, or the sentence goes unread.
    found = _found(
        tmp_path,
        "One two three four five f. End here.\n",
        "checks:\n  sentence_words: 5\n  paragraph_words: 500\n",
    )
    assert found == [
        (
            4,
            "sentence-long",
            "The sentence starting 'One two three four five f....' has 6 words. Over 5, "
            "readers lose the thread: split it in two.",
        )
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        'One two three <span\nclass="x. Y">four five six</span> seven eight.',
        'One two three {%\nx="A. B" %} four five six seven eight.',
        'One two [four\nfive](x "T. H") six seven eight nine.',
    ],
    ids=["tag", "liquid", "link"],
)
def test_markup_over_two_lines_hides_no_long_sentence(tmp_path: Path, sentence: str) -> None:
    # The markup's ". Y" is no end of a sentence, though it looks like one before the
    # markup is read: the sentence of 8 words is counted whole.
    found = _found(
        tmp_path,
        f"Intro.\n\n{sentence}\n",
        "checks:\n  sentence_words: 6\n  paragraph_words: 500\n",
    )
    assert [(line, code) for line, code, _m in found] == [(6, "sentence-long")]
    assert "has 8 words. Over 6," in found[0][2]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("", ""),  # the first paragraph
        ("\nIntro.\n\n", ""),  # the body starts with a blank line
        ("P1.\n\nP2.\n\nP3.\n\nA < b.\n\n", "\n\nE1.\n\nE2.\n\nE3.\n\nE4."),  # an earlier "<"
    ],
    ids=["first", "blank-first-line", "two-marks"],
)
def test_markup_over_two_lines_is_placed_on_its_own_paragraph(
    tmp_path: Path, before: str, after: str
) -> None:
    sentence = 'One two three <span\nclass="x. Y">four five six</span> seven eight.'
    found = _found(
        tmp_path,
        f"{before}{sentence}{after}\n",
        "checks:\n  sentence_words: 6\n  paragraph_words: 500\n",
    )
    line = 4 + before.count("\n")
    assert [(at, code) for at, code, _m in found] == [(line, "sentence-long")]


@pytest.mark.parametrize(
    "first", ["Short.", "Abcdefghijk.", "One, two, three, four."], ids=["short", "one-word", "few"]
)
def test_a_paragraph_too_short_to_count_does_not_end_the_page_s_reading(
    tmp_path: Path, first: str
) -> None:
    # In the same run of lines as a long sentence, before it: too few characters, too few
    # characters between words, too few words; the long one after it is still read.
    body = f"Intro.\n\n{first}\n## Head\nOne two three four five six seven eight.\n"
    found = _found(tmp_path, body, "checks:\n  sentence_words: 5\n  paragraph_words: 500\n")
    assert [(line, code) for line, code, _m in found] == [(8, "sentence-long")]


def _list_of(items: list[int]) -> str:
    """A sentence of comma-separated names, `items` words each."""
    return ", ".join(" ".join(["Name"] * n) for n in items) + "."


@pytest.mark.parametrize(
    ("items", "told"),
    [
        ([4, 4, 4, 4, 3, 3, 3, 3], False),  # 8 names, 28 words: 3.5 a name, a list
        ([4, 4, 4, 4, 4, 3, 3, 3], True),  # 29 words: a sentence
        ([4, 4, 4, 4, 4, 4, 4], True),  # 7 names, 28 words: a sentence
    ],
)
def test_a_list_run_on_with_commas_is_no_long_sentence(
    tmp_path: Path, items: list[int], told: bool
) -> None:
    found = _found(
        tmp_path,
        f"Intro.\n\n{_list_of(items)}\n",
        "checks:\n  sentence_words: 20\n  paragraph_words: 500\n",
    )
    assert [code for _l, code, _m in found] == (["sentence-long"] if told else [])


def test_a_quoted_long_paragraph_is_not_told(tmp_path: Path) -> None:
    para = " ".join(["Word"] * 9 + ["end."])
    found = _found(
        tmp_path,
        f'Intro.\n\n> "{para} {para}"\n\n{para} {para}\n',
        "checks:\n  sentence_words: 50\n  paragraph_words: 12\n",
    )
    assert found == [
        (
            8,
            "paragraph-long",
            "This paragraph has 20 words. Paragraphs over 12 words are hard to follow on a "
            "screen: split it where the subject changes.",
        )
    ]


def test_long_sentences_on_one_line_are_told_longest_first(tmp_path: Path) -> None:
    line = " ".join("Alpha " + " ".join(["w"] * (n - 1)) + "." for n in (10, 9, 8, 7))
    found = _found(tmp_path, f"Intro.\n\n{line}\n", "checks:\n  sentence_words: 5\n")
    assert [(at, message.split("' has ")[1]) for at, _code, message in found] == [
        (6, "10 words. Over 5, readers lose the thread: split it in two."),
        (6, "9 words. Over 5, readers lose the thread: split it in two."),
        (
            6,
            "8 words. Over 5, readers lose the thread: split it in two. (1 more sentence on "
            "this page runs over 5 words: line 6.)",
        ),
    ]
