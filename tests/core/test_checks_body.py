"""How the content checks read a body (`read_body`): headings, bold labels, paragraphs with
their words as a reader sees them, images and links, each on its file line."""

from __future__ import annotations

from editor_app.core.checks.content_text import read_body, reading_text
from editor_app.core.checks.page import make_page

PAGE = """---
title: The page
---
First paragraph, with **bold** words
and a [link to the report](/report) on its second line.

   Indented text keeps going
 on the next line.

Heading over a line
-------------------

**Methods used:** interviews and a survey.
- a list item
- another, with ![](/assets/x.png) an image
> a quoted line

```
# not a heading: an example
<spaces>

<spaces>
```

    <!-- a comment -->
<img src="/assets/y.png" alt="A chart">
### Third level
Last words, see <a href="http://example.org">here</a>.
""".replace("<spaces>", "   ")  # blank lines of spaces, as a blanked example leaves them


def _body():
    return read_body(make_page("page.md", None, None, PAGE))


def test_paragraphs_are_read_with_their_words_and_first_lines() -> None:
    paragraphs = [(p.text, p.line) for p in _body().paragraphs]
    assert paragraphs == [
        ("First paragraph, with bold words and a link to the report on its second line.", 4),
        ("Indented text keeps going on the next line.", 7),
        ("Methods used: interviews and a survey.", 13),
        ("- a list item", 14),  # each list item a paragraph of its own
        ("- another, with an image", 15),
        ("a quoted line", 16),
        ("Last words, see here .", 28),  # the example, the comment and the <img> hold none
    ]


def test_headings_labels_images_and_links_are_on_their_lines() -> None:
    body = _body()
    assert [(h.level, h.text, h.line) for h in body.headings] == [
        (2, "Heading over a line", 10),
        (3, "Third level", 27),
    ]
    assert [(h.text, h.line) for h in body.lead_ins] == [("Methods used", 13)]
    assert [(i.src, i.alt, i.line) for i in body.images] == [
        ("/assets/x.png", "", 15),
        ("/assets/y.png", "A chart", 26),
    ]
    assert [(link.text, link.url, link.line) for link in body.links] == [
        ("link to the report", "/report", 5),
        ("here", "http://example.org", 28),
    ]


def test_a_paragraph_gives_the_line_of_words_inside_it() -> None:
    first = _body().paragraphs[0]
    assert first.lines[1].startswith("and a [link")
    assert first.line_of("a link to the report on its") == 5
    assert first.line_of("First paragraph") == 4


def test_the_reading_text_is_the_paragraphs_words_one_a_line() -> None:
    page = make_page("page.md", None, None, PAGE)
    assert reading_text(page).split("\n")[0].startswith("First paragraph, with bold")
    assert "not a heading" not in reading_text(page)
