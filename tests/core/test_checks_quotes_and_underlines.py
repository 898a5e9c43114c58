"""Content checks read a page as Markdown does: bold words over an underline are one heading
(one section, not a heading and a label too, nor no section at all), and a quote's lines wrapped with `>` are one
paragraph, so a long sentence wrapped over them is told, on the line it starts."""

from __future__ import annotations

import pytest
from content_helpers import check_text

from editor_app.core.checks.content_text import Heading, read_body
from editor_app.core.checks.page import make_page
from editor_app.core.checks.sections import page_sections, quick_sections

LONG = " ".join(["word"] * 40)


def _page(body: str):
    return make_page("page.md", None, None, f"---\ntitle: T\n---\n{body}")


@pytest.mark.parametrize(
    ("body", "sections"),
    [
        ("Intro.\n\n__Method__: B\n-----\n\nText.\n", [("method: b", "Method: B")]),
        ("Intro.\n\n__Method:__\n=====\n\nText.\n", [("method", "Method")]),
        ("Intro.\n\n**Method:** B\n-----\n\nText.\n", [("method: b", "Method: B")]),
        ("Intro.\n\n**Label**\n-----\n\nText.\n", [("label", "Label")]),
        ("Intro.\n\n**Label**\n=====\n\nText.\n", [("label", "Label")]),
        ("Intro.\n\n***\n---\n\nText.\n", []),  # two rules
        ("Intro.\n\n* Label\n---\n\nText.\n", []),  # a list item, then a rule
        ("Intro.\n\n__Method__: B\n\n-----\n\nText.\n", [("method", "Method")]),
    ],
)
def test_a_label_over_an_underline_is_one_section(body: str, sections: list) -> None:
    found = [(key, name) for key, name, _line in page_sections(_page(body))]
    assert found == sections == quick_sections(body, "T")


def test_the_underlined_label_is_read_as_a_heading() -> None:
    body = read_body(_page("Intro.\n\n__Method__: B\n---\n\nText.\n"))
    assert (body.headings, body.lead_ins) == ([Heading(2, "Method: B", 6)], [])


def test_a_long_sentence_wrapped_in_a_quote_is_told_where_it_starts() -> None:
    words = LONG.split()
    quote = "\n".join("> " + " ".join(words[i : i + 8]) for i in range(0, 40, 8))
    text = f"---\ntitle: T\n---\nIntro.\n\n> A short one.\n{quote}.\n"
    assert [f for f in check_text(text) if f[1] == "sentence-long"] == [(7, "sentence-long")]


def _words(n: int) -> str:
    return " ".join(["word"] * n)


@pytest.mark.parametrize(
    "quote",
    [
        f"> {_words(20)}\n>\n> {_words(20)}.",  # a bare ">" ends a paragraph
        f"> [!NOTE]\n> {_words(35)}.",  # an alert's mark is no word of the sentence
        f"> Items\n> - {_words(20)}\n> - {_words(20)}",  # a list inside the quote
    ],
)
def test_quoted_lines_that_stand_apart_are_not_run_together(quote: str) -> None:
    text = f"---\ntitle: T\n---\nIntro.\n\n{quote}\n"
    assert [f for f in check_text(text) if f[1] == "sentence-long"] == []
    # The same words on one quoted line make one long sentence.
    one_line = "> " + " ".join(line.lstrip("> ") for line in quote.split("\n"))
    text = f"---\ntitle: T\n---\nIntro.\n\n{one_line}\n"
    assert [f for f in check_text(text) if f[1] == "sentence-long"] == [(6, "sentence-long")]


def test_the_quoted_lines_keep_their_own_lines() -> None:
    body = read_body(_page("Intro.\n\n> One line\n> and two.\n>\n> Three.\n"))
    assert [(p.text, p.line, p.lines) for p in body.paragraphs] == [
        ("Intro.", 4, ["Intro."]),
        ("One line and two.", 6, ["One line", "and two."]),
        ("Three.", 9, ["Three."]),
    ]
