"""`Suggestion.lines` at its edges: English words replaced by Persian ones are said a line a
part too (the new words read from the right); a space added is said in words, not as empty
quote marks; the words beside an insertion are quoted without the space taken with them."""

from __future__ import annotations

from editor_app.core import review

BODY = "هیچ قانونی وجود ندارد که بگوید هنگام راه‌اندازی، باید پروژه را تبلیغ کنید.\n"
WORD = "باید"


def test_english_words_replaced_by_persian_ones_are_said_a_line_a_part() -> None:
    body = "We met on Tuesday.\n"
    start = body.index("Tuesday")
    replace = review.make_suggestion(body, start, start + 7, "سه‌شنبه", "Sue")
    assert replace.lines() == ["replace", "“Tuesday”", "with", "“سه‌شنبه”"]


def test_a_space_added_is_said_in_words() -> None:
    start = BODY.index(WORD)
    insert = review.make_suggestion(BODY, start, start + len(WORD), WORD + " ", "Sue")
    assert insert.lines() == ["insert", "a space", "after", "“باید”"]


def test_the_words_beside_an_insertion_are_quoted_without_their_space() -> None:
    start = BODY.index(WORD)
    insert = review.make_suggestion(BODY, start, start + len(WORD) + 1, f"حتما {WORD} ", "Sue")
    assert insert.lines() == ["insert", "“حتما”", "before", "“باید”"]
