"""Where a reviewer's inserted words go beside inline code (`docx_place.outside_code`): beside
the whole code span when the word they follow ends it (or the word they precede starts it),
inside it when the word is in its middle; a span of two backticks is one span; a code span on
another line is not this word's."""

from __future__ import annotations

from editor_app.core.docx_place import outside_code

BODY = "Run `hugo server --port 1313` now, or ``a `b` c``.\nThen `next` line.\n"


def _word(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = BODY.index(word, start + 1)
    return start, start + len(word)


def _span(text: str) -> tuple[int, int]:
    start = BODY.index(text)
    return start, start + len(text)


def test_after_the_word_ending_the_span_the_whole_span() -> None:
    assert outside_code(BODY, *_word("1313"), after=True) == _span("`hugo server --port 1313`")


def test_before_the_word_starting_the_span_the_whole_span() -> None:
    assert outside_code(BODY, *_word("hugo"), after=False) == _span("`hugo server --port 1313`")


def test_a_word_in_the_middle_of_the_span_stays_itself() -> None:
    for after in (True, False):
        assert outside_code(BODY, *_word("server"), after=after) == _word("server")
    assert outside_code(BODY, *_word("hugo"), after=True) == _word("hugo")
    assert outside_code(BODY, *_word("1313"), after=False) == _word("1313")


def test_a_span_of_two_backticks_is_one_span() -> None:
    assert outside_code(BODY, *_word("c"), after=True) == _span("``a `b` c``")


def test_a_word_outside_code_stays_itself() -> None:
    assert outside_code(BODY, *_word("now"), after=True) == _word("now")
    assert outside_code(BODY, *_word("Then"), after=False) == _word("Then")
