"""Which way a line starts reading: its first letter's direction (Unicode's rule P2), the
review report's `dir="rtl"`, a one-line box's direction and a review list's lines alike; words
set apart by isolate marks left out where the caller asks it."""

from __future__ import annotations

import pytest

from editor_app.core.page_language import starts_right_to_left
from editor_app.core.review.common import dir_attribute


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سلام world", True),
        ("שלום", True),
        ("  «باید» was said", True),
        ("12, سلام", True),  # digits and marks are no letter
        ("GitHub در اینجا", False),
        ("hello", False),
        ("", False),
        ("123 ---", False),
        ("\u2068سارا\u2069, 07 Dec 2026", True),  # isolated words counted unless skipped
    ],
)
def test_first_letter_decides(text: str, expected: bool) -> None:
    assert starts_right_to_left(text) is expected
    assert dir_attribute(text) == (' dir="rtl"' if expected else "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u2068سارا\u2069, 07 Dec 2026", False),
        ("\u2067\u2068سارا\u2069 ok\u2069 نظر", True),  # nested: both runs left out
        ("\u2066Ed\u2069 گفت", True),
        ("\u2069 سلام", True),  # a stray close mark is no isolate
        ("\u2068سارا", False),  # an unclosed isolate runs to the end
    ],
)
def test_isolated_words_skipped_when_asked(text: str, expected: bool) -> None:
    assert starts_right_to_left(text, skip_isolated=True) is expected
