"""Accepting a suggested deletion: words deleted between two spaces leave one space; words
deleted before a full stop or a comma leave the stop or comma, and words deleted at a
line's end leave the line's end, without the space before them (it would be left stray);
words deleted after an opening bracket or at a line's start take the space after them."""

from __future__ import annotations

from pathlib import Path

from editor_app.core import review
from editor_app.core.document import Document


def _accepted(tmp_path: Path, body: str, words: str) -> str:
    page = tmp_path / "page.md"
    page.write_text(f"---\ntitle: Page\n---\n{body}", encoding="utf-8")
    suggestion = review.suggest(page, words, "", author="Sue")
    review.accept_suggestion(page, suggestion.id)
    return page.read_text(encoding="utf-8").split("---\n", 2)[2]


def test_words_deleted_before_a_full_stop_leave_the_stop(tmp_path: Path) -> None:
    assert _accepted(tmp_path, "We met on a wet Tuesday.\n", "wet Tuesday") == "We met on a.\n"


def test_words_deleted_before_a_comma_leave_the_comma(tmp_path: Path) -> None:
    body = "Bring a coat, and boots.\n"
    assert _accepted(tmp_path, body, "a coat") == "Bring, and boots.\n"


def test_words_deleted_at_a_lines_end_leave_the_next_line(tmp_path: Path) -> None:
    body = "First line ends here\nSecond line.\n"
    assert _accepted(tmp_path, body, "here") == "First line ends\nSecond line.\n"


def test_words_deleted_between_spaces_leave_one(tmp_path: Path) -> None:
    body = "We met on a wet Tuesday.\n"
    assert _accepted(tmp_path, body, "wet") == "We met on a Tuesday.\n"


def test_words_deleted_after_an_opening_bracket_take_the_space_after(tmp_path: Path) -> None:
    assert _accepted(tmp_path, "A (very big) tree.\n", "very") == "A (big) tree.\n"


def test_words_deleted_at_a_lines_start_take_the_space_after(tmp_path: Path) -> None:
    body = "One line.\nVery big tree.\n"
    assert _accepted(tmp_path, body, "Very") == "One line.\nbig tree.\n"


def test_words_deleted_between_other_marks_take_no_space(tmp_path: Path) -> None:
    # Nothing stray: the marks around them stay as written.
    assert _accepted(tmp_path, "A (very) tree.\n", "very") == "A () tree.\n"
    assert _accepted(tmp_path, "A very-big tree.\n", "very") == "A -big tree.\n"


def test_words_deleted_inside_curly_quotes_and_guillemets_take_the_stray_space(
    tmp_path: Path,
) -> None:
    assert _accepted(tmp_path, "A \u201cvery big\u201d tree.\n", "very") == "A \u201cbig\u201d tree.\n"
    assert _accepted(tmp_path, "Un \u00abtr\u00e8s grand\u00bb arbre.\n", "grand") == (
        "Un \u00abtr\u00e8s\u00bb arbre.\n"
    )


def test_a_words_replacement_keeps_the_spaces_around_it(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("---\ntitle: Page\n---\nWe met on a wet Tuesday.\n", encoding="utf-8")
    suggestion = review.suggest(page, "wet", "dry", author="Sue")
    review.accept_suggestion(page, suggestion.id)
    assert page.read_text(encoding="utf-8").endswith("We met on a dry Tuesday.\n")


def test_words_deleted_at_a_settings_ends_leave_no_stray_space(tmp_path: Path) -> None:
    """A title has no line end after its last word nor before its first: deleting the last
    word takes the space before it; deleting the first word before a mark keeps the rest."""
    page = tmp_path / "page.md"
    page.write_text("---\ntitle: A wet day\ndescription: Wow! Great\n---\nBody.\n", encoding="utf-8")
    for field, words in (("title", "day"), ("description", "Wow")):
        suggestion = review.suggest(page, words, "", field=field, author="Sue")
        review.accept_suggestion(page, suggestion.id)
    settings = Document.load(page).front_matter
    assert (settings["title"], settings["description"]) == ("A wet", "! Great")
