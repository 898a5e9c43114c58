"""Accepting a suggested deletion: words deleted between two spaces leave one space; words
deleted before a full stop or a comma leave the stop or comma, and words deleted at a
line's end leave the line's end, without the space before them (it would be left stray);
words deleted after an opening bracket or at a line's start take the space after them."""

from __future__ import annotations

from pathlib import Path

from editor_app.core import review


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
