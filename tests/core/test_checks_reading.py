"""reading: sentence-long, paragraph-long, reading-level; English pages only."""

from __future__ import annotations

from content_helpers import check_text, content_of  # noqa: F401

from editor_app.core.checks.reading import sentences


def test_a_long_sentence_is_reported_on_the_line_it_starts() -> None:
    long = " ".join(["word"] * 40)
    text = f"---\ntitle: T\n---\nA short one.\nAnother line here. {long}.\nEnd.\n"
    assert (5, "sentence-long") in check_text(text)


def test_sentences_are_not_cut_at_abbreviations() -> None:
    assert len(sentences("We met Dr. Smith today. It went well, e.g. the tea was good.")) == 2


def test_reading_and_spelling_checks_leave_other_languages_alone() -> None:
    long = " ".join(["mot"] * 50)
    french = f"---\ntitle: T\nlang: fr\n---\nUne phrase {long}. La couleur est grise.\n"
    assert check_text(french) == []
    hindi = "---\ntitle: T\n---\n" + " ".join(["शब्द"] * 60) + "।\n"
    assert check_text(hindi) == []
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
