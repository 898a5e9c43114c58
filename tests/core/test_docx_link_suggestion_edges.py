"""Word import, a link made or taken away in Word: no suggestion over words that hold a link's
marks already, and a picture's alt text is not read as a link's words."""

from __future__ import annotations

from editor_app.core.docx_format_suggest import FormatChange, _suggestion_span


def _link(words: str, before: str, after: str, added: bool, address: str = "") -> FormatChange:
    return FormatChange(words, before, after, "link", added, "Ana", None, address)


def test_a_link_made_on_words_with_brackets_is_not_suggested() -> None:
    body = "See the [draft] notes here.\n"
    change = _link("[draft] notes", "See the ", " here.", True, "https://example.org/")
    assert _suggestion_span(body, change) is None


def test_a_link_made_on_plain_words_is_suggested() -> None:
    body = "See the draft notes here.\n"
    change = _link("draft notes", "See the ", " here.", True, "https://example.org/")
    assert _suggestion_span(body, change) == (8, 19, "[draft notes](https://example.org/)")


def test_a_link_taken_away_over_a_pictures_alt_text_is_not_suggested() -> None:
    body = "Look: ![a red door](door.png) here.\n"
    change = _link("a red door", "Look: ", " here.", False)
    assert _suggestion_span(body, change) is None


def test_a_link_taken_away_leaves_its_words() -> None:
    body = "Look: [a red door](door.html) here.\n"
    change = _link("a red door", "Look: ", " here.", False)
    assert _suggestion_span(body, change) == (6, 29, "a red door")
