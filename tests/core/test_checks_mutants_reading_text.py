"""content_text: a page body as the content checks read it (headings, bold labels, paragraphs,
images and links with their lines; the plain words; whether a page is in English), pinned on
small fixed bodies so that a changed pattern, line count or branch is caught.

Equivalent survivors (no test can tell them apart), grouped, with why:
- `Paragraph.line_of` looking through the lines when there is one line only (`>= 1`, `or`):
  the one line is the paragraph's first, the same answer; the words read so far starting
  with other characters ("XXXX"): a probe is found in them only where its own words are,
  unless it starts with those very characters.
"""

from __future__ import annotations

import pytest

from editor_app.core.checks import content_links
from editor_app.core.checks import content_text as ct
from editor_app.core.checks.content_text import Heading, Image, Link, Paragraph
from editor_app.core.checks.page import Page, make_page


def _page(body: str, rel: str = "page.md", front: str = "title: T\n") -> Page:
    return make_page(rel, None, None, f"---\n{front}---\n{body}")


BODY = (
    "# Head one #\n\nPara one\nline two.\n\nSetext\n======\n\nSub\n---\n\n- item one\n- item two\n\n"
    "> quoted text\n> more\n\n| a | b |\n\n**Label:** text here\n\n"
    '![Alt](pic.png "Cap")\n<img src=\'a.png\' alt="">\n<IMG SRC=b.png>\n'
    '[Link](http://a.b) and <a href="/c">C <i>it</i></a> <a name=x>no</a>\n\n'
    "```\n# not\n```\n<!-- # hidden -->\n"
)


def test_plain_words_drop_the_markup() -> None:
    assert (
        ct.plain_words(
            "A ![alt](x.png) [link *text*](http://x) <b>bold</b> {% tag %} {{ v }} `code` "
            "~~s~~ __u__  end"
        )
        == "A link text bold code s u end"
    )
    assert ct.plain_words("  a \n b  ") == "a b"
    assert ct.plain_words("a_b*c") == "abc"
    assert ct.plain_words("[x](<y z>)") == "x"  # an address in angle brackets may hold spaces


def test_the_parts_of_a_body_with_their_lines() -> None:
    body = ct.read_body(_page(BODY))
    assert body.headings == [
        Heading(1, "Head one", 4),
        Heading(1, "Setext", 9),
        Heading(2, "Sub", 12),
    ]
    assert body.lead_ins == [Heading(0, "Label", 23)]
    assert [(p.text, p.line) for p in body.paragraphs] == [
        ("Para one line two.", 6),
        ("- item one", 15),
        ("- item two", 16),
        ("quoted text more", 18),  # a quote's lines run on
        ("Label: text here", 23),
        ("Link and C it no", 25),
    ]
    assert body.images == [
        Image("Alt", "pic.png", "Cap", 25),
        Image("", "a.png", "", 26, html=True),
        Image(None, "b.png", "", 27, html=True),
    ]
    assert body.links == [Link("Link", "http://a.b", 28), Link("C it", "/c", 28)]
    assert ct.read_body(_page(BODY)) is not body
    page = _page(BODY)
    assert ct.read_body(page) is ct.read_body(page)  # remembered


def test_the_reading_text_is_one_paragraph_a_line() -> None:
    assert ct.reading_text(_page(BODY)) == (
        "Para one line two.\n- item one\n- item two\nquoted text more\nLabel: text here\n"
        "Link and C it no"
    )


def test_prose_words_keep_the_lines_and_mark_what_was_dropped() -> None:
    assert ct.prose_words(_page(BODY)) == (
        "\n\nPara one\nline two.\n\nSetext\n======\n\nSub\n\n\n- item one\n- item two\n\n"
        "> quoted text\n> more\n\n\n\nLabel: text here\n\n\x00\n\x00\n\x00\n"
        "Link and \x00C \x00it\x00\x00 \x00no\x00\n\n   \n     \n   \n                 \n"
    )
    assert ct.prose_words(_page("a *b*\n***\nc\n")) == "a b\n\x00\nc\n"


def test_runs_of_lines_and_whether_they_need_a_look() -> None:
    assert ct.text_runs(_page(BODY)) == [
        (0, 12, 4, True),
        (14, 32, 6, False),
        (34, 47, 9, True),
        (49, 56, 12, True),
        (58, 79, 15, True),
        (81, 101, 18, True),
        (103, 112, 21, True),
        (114, 134, 23, True),
        (136, 267, 25, True),
    ]
    assert ct.text_runs(_page("one\ntwo\n\n\nthree\n")) == [(0, 7, 4, False), (10, 15, 8, False)]


def test_headings_found_fast_or_by_reading_the_body() -> None:
    assert ct.page_headings(_page("# A\n\n## B *x*\n\ntext\n#### C ##\n")) == [
        Heading(1, "A", 4),
        Heading(2, "B x", 6),
        Heading(4, "C", 9),
    ]
    assert ct.page_headings(_page("Intro.\n\nA\n===\n\n## B\n")) == [
        Heading(1, "A", 6),
        Heading(2, "B", 9),
    ]
    assert ct.page_headings(_page("a - b = c\n")) == []
    assert ct.page_headings(_page("#hashtag\n")) == []


def test_images_and_links_found_alone_with_their_lines() -> None:
    page = _page("Text.\n\n<Img src=x.png title=' T '>\n\n<A HREF=/y>Y</A>\n")
    assert ct.page_images(page) == [Image(None, "x.png", "T", 6, html=True)]
    assert ct.page_links(page) == [Link("Y", "/y", 8)]
    page = _page("![a](b.png)\n[c](d)\n")
    assert ct.page_images(page) == [Image("a", "b.png", "", 4)]
    assert ct.page_links(page) == [Link("c", "d", 5)]
    assert ct.page_images(_page("No pictures.\n")) == []
    assert ct.page_links(_page("No links.\n")) == []


def test_line_counter_counts_again_when_asked_out_of_order() -> None:
    counter = content_links._LineCounter("a\nb\nc\nd", 10)
    assert counter.at(4) == 12
    assert counter.at(6) == 13
    assert counter.at(2) == 11
    assert counter.at(2) == 11


def test_a_paragraph_knows_the_line_where_words_start() -> None:
    para = Paragraph("one two three four five six", 10, "one two\n three four \nfive six")
    assert para.lines == ["one two", "three four", "five six"]
    assert para.line_of("three four") == 11
    assert para.line_of("five six") == 12
    assert para.line_of("one") == 10
    assert para.line_of("nope") == 10
    assert para.line_of("") == 10
    assert Paragraph("x", 3).lines == []
    assert Paragraph("x", 3).line_of("x") == 3
    assert Paragraph("x", 3, ["a", "b"]).lines == ["a", "b"]
    assert repr(para) == "Paragraph('one two three four five six', 10)"


@pytest.mark.parametrize(
    ("front", "rel", "english"),
    [
        ("lang: fr\n", "page.md", False),
        ("language: EN_gb\n", "page.md", True),
        ("locale: de\n", "page.md", False),
        ("lang: ' '\nlocale: de\n", "page.md", False),
        ("lang: 5\n", "page.md", True),
        ("title: T\n", "content/fr/x.md", False),
        ("title: T\n", "content/pt-br/x.md", False),
        ("title: T\n", "content/xx/x.md", True),
        ("title: T\n", "content/en/x.md", True),
        ("title: T\n", "content/x.md", True),
        ("title: T\n", "content/Fr/x.md", True),
        ("title: T\n", "content/french/x.md", True),
    ],
)
def test_english_from_the_page_or_its_folder(front: str, rel: str, english: bool) -> None:
    page = make_page(rel, None, None, f"---\n{front}---\nText.")
    assert ct.written_in_english(page, None) is english


class _Site:
    def __init__(self, config: object) -> None:
        self.config = config


def test_english_from_the_site_or_the_letters() -> None:
    assert ct.written_in_english(_page("Text"), _Site({"languageCode": "de-DE"})) is False
    assert ct.written_in_english(_page("Text"), _Site({"lang": " ", "locale": "en"})) is True
    assert ct.written_in_english(_page("Text"), _Site({"defaultContentLanguage": "fr"})) is False
    assert ct.written_in_english(_page("Über this text"), _Site(["lang"])) is True
    assert ct.written_in_english(_page("Ünïcödé"), _Site(["lang"])) is False
    assert ct.written_in_english(_page("Ceci est écrit en français, très bien."), None) is True
    assert ct.written_in_english(_page("Это русский текст, и он длинный."), None) is False
    assert ct.written_in_english(_page("“Quotes” — dashes…"), None) is True
    assert ct.written_in_english(_page("ab 日本語"), None) is False
    # 8 Latin letters of 10: enough; 7 of 10 not.
    assert ct.written_in_english(_page("abcdefgh дж"), None) is True
    assert ct.written_in_english(_page("abcdefg джз"), None) is False


def _parts(body: str) -> tuple[list, list, list]:
    found = ct.read_body(_page(body))
    return found.headings, found.lead_ins, [(p.text, p.line, p.lines) for p in found.paragraphs]


def test_underlines_make_headings_of_one_line_paragraphs_only() -> None:
    assert _parts("- a\n---\n\na\nb\n===\n\n* x\n---\n") == (
        [],
        [],
        [("- a", 4, ["- a"]), ("a b ===", 7, ["a", "b", "==="]), ("x", 11, ["* x"])],
    )
    assert _parts("Title\n   ---  \n") == ([Heading(2, "Title", 4)], [], [])


def test_list_items_each_start_a_paragraph() -> None:
    assert _parts("1. one\n2) two\n3 three\n") == (
        [],
        [],
        [("1. one", 4, ["1. one"]), ("2) two 3 three", 5, ["2) two", "3 three"])],
    )


def test_bold_labels_start_a_paragraph_or_are_no_label() -> None:
    assert _parts("text\n**Label:** x\n\n__Lab__: y\n\n**No colon** z\n") == (
        [],
        [Heading(0, "Lab", 7)],
        [
            ("text Label: x", 4, ["text", "**Label:** x"]),
            ("Lab: y", 7, ["__Lab__: y"]),
            ("No colon z", 9, ["**No colon** z"]),
        ],
    )


def test_block_lines_and_quotes() -> None:
    assert _parts("{: .c}\n<div>\ninside\n</div>\n") == ([], [], [("inside", 6, ["inside"])])
    assert _parts("> > nested\n>\n") == ([], [], [("nested", 4, ["nested"])])
    assert _parts("  #  Spaced  ##  \n\n####### seven\n") == (
        [Heading(1, "Spaced", 4)],
        [],
        [("####### seven", 6, ["####### seven"])],
    )


def test_the_reading_text_is_remembered_on_the_page() -> None:
    page = _page("One.\n\nTwo.\n")
    assert ct.reading_text(page) == "One.\nTwo."
    assert page.cache["reading_text"] == "One.\nTwo."
    page.cache["reading_text"] = "as remembered"
    assert ct.reading_text(page) == "as remembered"


def test_images_in_capitals_and_headings_without_hashes() -> None:
    page = _page("Text.\n\n<IMG SRC=x.png ALT=' Y '>\n")
    assert ct.page_images(page) == [Image("Y", "x.png", "", 6, html=True)]
    assert ct.read_body(_page("<IMG SRC=x.png>\n")).images == [
        Image(None, "x.png", "", 4, html=True)
    ]
    assert ct.page_headings(_page("Plain text only.\n")) == []
    assert ct.page_headings(_page("Text.\n\n  ## Indented ###\n")) == [Heading(2, "Indented", 6)]
