"""content_text, reading: each reading of a page (its prose, plain words, runs of lines,
headings, images, links, quoted lines, language, reading level) is worked out once and
remembered on the page, as their docstrings say: the content rules each ask for them, and
must share one answer, not work it out again.
"""

from __future__ import annotations

from types import SimpleNamespace

from editor_app.core.checks.content_text import (
    content_prose,
    page_headings,
    page_images,
    page_links,
    page_quoted_lines,
    prose_words,
    read_body,
    reading_prose,
    text_runs,
    written_in_english,
)
from editor_app.core.checks.page import Page, make_page
from editor_app.core.checks.reading import reading_level

BODY = (
    "# Head\n\nSome *words* <!-- a note --> here.\n\n![Alt](pic.png)\n\n"
    "[Link](http://a.b) and more.\n"
)


def _page(body: str = BODY) -> Page:
    return make_page("page.md", None, None, f"---\ntitle: T\n---\n{body}")


def test_the_prose_and_plain_words_are_remembered() -> None:
    page = _page()
    prose = content_prose(page)
    assert "a note" not in prose and content_prose(page) is prose
    words = prose_words(page)
    assert "*" not in words and prose_words(page) is words


def test_the_runs_headings_images_and_links_are_remembered() -> None:
    page = _page()
    for read in (text_runs, page_headings, page_images, page_links):
        first = read(page)
        assert first  # something was found, and the same list is given again
        assert read(page) is first


def test_a_page_without_images_or_links_remembers_that_too() -> None:
    page = _page("Plain words only.\n")
    for read in (page_images, page_links):
        first = read(page)
        assert first == [] and read(page) is first


def test_the_language_is_remembered_from_the_first_answer() -> None:
    # Told with the site (French) first, the page stays French when asked without it.
    page = _page("Plain English words.\n")
    assert not written_in_english(page, SimpleNamespace(config={"lang": "fr"}))
    assert not written_in_english(page)
    other = _page("Plain English words.\n")
    assert written_in_english(other)


def test_the_reading_level_is_remembered() -> None:
    page = _page("The cat sat on the mat and looked at the dog. " * 10)
    level = reading_level(page)
    assert level is not None and reading_level(page) is level


def test_the_quoted_lines_are_remembered() -> None:
    page = _page('Intro.\n\n> "Someone else\'s words here."\n')
    first = page_quoted_lines(page)
    assert page_quoted_lines(page) is first


def test_headings_once_the_page_is_read_are_the_page_s() -> None:
    page = _page()
    body = read_body(page)
    assert body.headings and page_headings(page) is body.headings


def test_the_reading_prose_without_tables_is_remembered() -> None:
    page = _page("Intro.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\nEnd.\n")
    first = reading_prose(page)
    assert "| 1 |" not in first and reading_prose(page) is first
