"""content_text: a quote starting with an X, the text right under an underlined heading, a
bold label under a heading, an image tag without a file, lines of marks, a paragraph
starting with code, pinned on small bodies.

Equivalent survivors (no test can tell them apart), grouped, with why:
- `paragraphs_of`: a plain run's line breaks replaced even when it has none; `zip` without
  `strict` (the plain lines are made from the sources one for one).
- `_read_lines`: the paragraph's first line starting at None or 1 (set before each use); the
  heading pattern tried on every line that needs a closer look, and the bold-label pattern
  on every one or on lines starting with "X" (both patterns need their own first
  character: "#", or "*" and "_").
- `prose_words`' screen for lines that are no paragraph passing more texts (`not in`, `or`
  for `and` before a pair of characters): the pattern then finds no such line. `page_links`'
  screen likewise (`or`).
- `_plain_text` looking for lines of marks alone in texts without `_` (`"_" not in`): none
  found there. `text_runs` taking a run for one to read line by line when a line to look
  at starts right at its end (`<=`): a line starting there follows a blank line, and never
  starts with a mark to look at; reading line by line finds the same paragraph anyway.
- `plain_words`, `_plain_text`, `content_prose`, `page_images`, `_read_images` and
  `_read_links` screens passing more texts (`not in`, `or` for `and`): the patterns then
  find nothing more.
- `_read_links` setting the links (`=`) instead of adding to them: they are the first read
  into a fresh body; its `zip` without `strict` (the plain texts are made one a link).
- `_LineCounter.at` counting again from the top for an equal offset, or from offset 1: each
  counter is asked in increasing order (one per pass of a pattern), so it never starts again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.checks.content_text import Heading, plain_words, prose_words, read_body
from editor_app.core.checks.page import Page, make_page
from editor_app.core.checks.reading import reading_level
from editor_app.core.site import Site
from editor_app.core.validate import validate_site


def _page(body: str) -> Page:
    return make_page("page.md", None, None, f"---\ntitle: T\n---\n{body}")


def test_a_quote_starting_with_an_x_keeps_its_first_letter() -> None:
    body = read_body(_page("Intro.\n\n> Xrays are here.\n> XX marks the spot.\n"))
    # (the quote's lines are one paragraph, each line's first letter kept)
    assert [(p.text, p.line, p.lines) for p in body.paragraphs] == [
        ("Intro.", 4, ["Intro."]),
        ("Xrays are here. XX marks the spot.", 6, ["Xrays are here.", "XX marks the spot."]),
    ]


def test_the_text_right_under_an_underlined_heading_is_read() -> None:
    body = read_body(_page("Title\n=====\nSome text here.\nAnd more.\n"))
    assert body.headings == [Heading(1, "Title", 4)]
    assert [(p.text, p.line) for p in body.paragraphs] == [("Some text here. And more.", 6)]


def test_a_bold_label_under_a_heading_has_its_own_line() -> None:
    body = read_body(_page("Intro.\n\n# Head\n**Lead:** text\n\n## Sub\n## Next\n__Other__: x\n"))
    assert body.lead_ins == [Heading(0, "Lead", 7), Heading(0, "Other", 11)]


def test_an_image_tag_without_a_file_is_read_with_an_empty_one(tmp_path: Path) -> None:
    body = read_body(_page('Intro.\n\n<img alt="A cat">\n'))
    assert [(i.alt, i.src, i.line) for i in body.images] == [("A cat", "", 6)]
    (tmp_path / "_config.yml").write_text("title: x\n")
    (tmp_path / "page.md").write_text('---\ntitle: T\n---\nIntro.\n\n<img alt="A cat">\n')
    assert validate_site(Site.open(tmp_path), content=True) == []


def test_each_kind_of_emphasis_alone_is_dropped() -> None:
    assert plain_words("__u__ word") == "u word"
    assert plain_words("`code` x") == "code x"
    assert plain_words("~~s~~ x") == "s x"
    assert plain_words("*e* x") == "e x"


def test_a_link_tag_with_an_empty_address() -> None:
    body = read_body(_page('Intro.\n\nSee <a href="">the empty link</a> now.\n'))
    assert [(link.text, link.url, link.line) for link in body.links] == [("the empty link", "", 6)]


EASY = "The cat sat on the mat and looked at the dog. " * 9 + "Then."  # 100 words


@pytest.mark.parametrize(
    "line",
    [
        "| Name | Role |",
        "{: .note}",
        '<div class="note">Read this first</div>',
        "--- end of part one ---",
        "## A heading of words",
    ],
)
def test_lines_that_are_no_paragraph_leave_the_reading_ease_alone(line: str) -> None:
    level = reading_level(make_page("", None, None, f"{EASY}\n\n{line}\n"))
    assert level is not None
    assert (level.ease, level.grade, level.words) == (96.5, 2.6, 100)


def test_a_line_of_one_mark_inside_a_paragraph_is_no_gap_in_its_words() -> None:
    body = read_body(_page("Intro.\n\nA b\n_\nc d.\n"))
    assert [p.text for p in body.paragraphs] == ["Intro.", "A b c d."]
    # A rule of marks alone between blank lines is no paragraph at all.
    body = read_body(_page("Intro.\n\n___\n\n* * *\n\nEnd.\n"))
    assert [p.text for p in body.paragraphs] == ["Intro.", "End."]


@pytest.mark.parametrize("mark", ["_", "~", "`", "*"])
def test_a_long_sentence_over_a_line_of_one_mark_is_found(tmp_path: Path, mark: str) -> None:
    # The line of a mark alone is no blank line: the sentence goes on over it.
    half = " ".join(["word"] * 20)
    (tmp_path / "_config.yml").write_text("title: x\n")
    (tmp_path / "_schema.yml").write_text("checks:\n  sentence_words: 30\n")
    (tmp_path / "page.md").write_text(
        f"---\ntitle: T\n---\nIntro.\n\n{half}\n{mark}\n{half} end.\n"
    )
    found = [(p.line, p.code, p.message) for p in validate_site(Site.open(tmp_path), content=True)]
    assert found == [
        (
            6,
            "sentence-long",
            "The sentence starting 'word word word word word word word word...' has 41 words. "
            "Over 30, readers lose the thread: split it in two.",
        )
    ]


def test_the_words_keep_their_capital_x() -> None:
    assert prose_words(_page("Xenon and X-rays, *said* XX.\n")) == "Xenon and X-rays, said XX.\n"


def test_a_paragraph_starting_with_code_is_no_indented_code_block(tmp_path: Path) -> None:
    # Blanked, the code span leaves spaces at the line's start; the page as written decides.
    (tmp_path / "_config.yml").write_text("title: x\n")
    (tmp_path / "_schema.yml").write_text("checks:\n  sentence_words: 5\n")
    (tmp_path / "page.md").write_text(
        "---\ntitle: T\n---\nIntro.\n\n`make` builds one two three four five six.\n"
    )
    found = [(p.line, p.code) for p in validate_site(Site.open(tmp_path), content=True)]
    assert found == [(6, "sentence-long")]
