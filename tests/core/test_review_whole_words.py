"""A passage selected by a drag is grown to whole words (review.whole_words), as word
processors widen a selection, for notes and suggested edits alike."""

from __future__ import annotations

import pytest

from editor_app.core.review import whole_words

TEXT = "Leeds asked a citizens jury to decide, and they didn't wait."


def passage(words: str) -> str:
    start = TEXT.index(words)
    start, end = whole_words(TEXT, start, start + len(words))
    return TEXT[start:end]


@pytest.mark.parametrize(
    ("dragged", "read"),
    [
        ("ns jury to decid", "citizens jury to decide"),  # both ends cut a word
        ("jury to decide", "jury to decide"),  # whole words stay as they are
        (" jury ", " jury "),  # spaces chosen stay chosen
        ("decide,", "decide,"),  # punctuation at an end is not a word to grow into
        ("n't wa", "didn't wait"),  # an apostrophe between letters is part of the word
        ("L", "Leeds"),  # at the text's start
        ("wai", "wait"),
    ],
)
def test_a_drag_that_cuts_words_takes_them_whole(dragged: str, read: str) -> None:
    assert passage(dragged) == read


def test_nothing_selected_stays_nothing() -> None:
    assert whole_words(TEXT, 5, 5) == (5, 5)


def test_a_quote_mark_at_a_word_end_is_not_taken_as_an_apostrophe() -> None:
    text = "the 'jury' met"
    start = text.index("jur")
    assert text[slice(*whole_words(text, start, start + 3))] == "jury"
