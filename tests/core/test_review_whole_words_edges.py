"""`review.whole_words` at its edges: nothing selected inside a word stays nothing (a click is
no drag), and a drag cut one letter before the text's last word ends takes it whole."""

from __future__ import annotations

from editor_app.core.review import whole_words


def test_nothing_selected_inside_a_word_stays_nothing() -> None:
    assert whole_words("citizens jury", 3, 3) == (3, 3)


def test_a_drag_ending_just_before_the_texts_last_letter_takes_the_word() -> None:
    text = "the jury"
    assert whole_words(text, 0, len(text) - 2) == (0, len(text))
    assert whole_words(text, 5, len(text) - 1) == (4, len(text))
