"""The left-to-right marks a Word pack puts beside signs at a Latin word's edge ('@lord',
'#123', 'C++') are put once: text already marked (a pack's text marked again, or a page's own
mark there) gets no second one; and the import drops only the marks the pack would put, so a
page's own mark after a '+' that ends no Latin word ('1+') stays its words. 'C++' marked
once is not marked again between its two '+' (it came out 'C+\u200e+\u200e')."""

from __future__ import annotations

import pytest

from editor_app.core.docx_direction_marks import (
    LEFT_TO_RIGHT_MARK,
    with_edge_marks,
    without_handle_marks,
)

MARK = LEFT_TO_RIGHT_MARK


@pytest.mark.parametrize(
    "text", ["— @lord, نصائح", "شماره #123 و #tag", "زبان C# و A+", "زبان C++ و C+#"]
)
def test_edge_marks_are_put_once(text: str) -> None:
    marked = with_edge_marks(text)
    assert marked != text
    assert with_edge_marks(marked) == marked
    assert without_handle_marks(marked) == text


def test_a_pages_own_mark_after_a_sign_ending_no_latin_word_is_kept() -> None:
    text = f"عدد 1+{MARK} و 2#{MARK}"
    assert with_edge_marks(text) == text
    assert without_handle_marks(text) == text


def test_signs_in_a_run_after_the_word_are_marked_once() -> None:
    # "C" ends one run, "++" starts the next (the Word pack marks run by run).
    marked = with_edge_marks("++ و", before="C")
    assert marked == f"++{MARK} و"
    assert with_edge_marks(marked, before="C") == marked
