"""A page body with what the content checks do not read blanked, lines kept: examples, Hugo's
code shortcodes, link definitions and HTML comments (`content_prose`), tables too
(`reading_prose`), markup dropped (`prose_words`); each remembered on the page."""

from __future__ import annotations

import re

from editor_app.core.checks.body_text import (
    LICENCE_DISCLAIMER,
    blank,
    page_prose,
    quoted_lines,
    without_code_shortcodes_and_definitions,
    without_tables,
)
from editor_app.core.checks.content_words import plain_text
from editor_app.core.checks.page import Page

_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)


# The lines of a body that are no paragraph's: headings, tables, block attributes, divs, rules
# (as `_read_lines` leaves them out), matched from the newline before each.
_NOT_PARAGRAPH_LINE = re.compile(r"\n(?: {0,3}#{1,6}[ \t]|[^\S\n]*+(?:\||\{:|</?div|---))[^\n]*")


def prose_words(page: Page) -> str:
    """The words of the page's paragraphs without reading them one by one: the body without
    examples, headings, tables and markup, in a few passes over the whole page (remembered).

    Holds every word of `reading_text` (and a few more: a heading over an underline, the words
    of a link written over two lines), so a search here that finds nothing needs no other. Its
    lines are the body's (those left out are blank; an image, a tag or a template tag leaves
    a NUL character, which is no word, so that a line of them alone is not blank)."""
    found = page.cache.get("prose_words")
    if found is None:
        text = reading_prose(page)
        # (A character alone is found in one fast pass, a pair takes several times as long.)
        if (
            "#" in text
            or "|" in text
            or ("{" in text and "{:" in text)
            or ("<" in text and "div" in text)
            or "---" in text
        ):
            text = _NOT_PARAGRAPH_LINE.sub("\n", "\n" + text)[1:]
        found = page.cache["prose_words"] = plain_text(text, "\0")
    return found


def content_prose(page: Page) -> str:
    """The body as the content checks read it: examples, Hugo's code shortcodes, link reference
    definitions and HTML comments blanked, lines kept (remembered on the page)."""
    found = page.cache.get("content_prose")
    if found is None:
        found = without_code_shortcodes_and_definitions(page_prose(page), page.body)
        if "<" in found and "<!--" in found:
            found = _HTML_COMMENT.sub(blank, found)
        page.cache["content_prose"] = found
    return found


def reading_prose(page: Page) -> str:
    """`content_prose` without tables and HTML heading lines: the text whose paragraphs and
    sentences the reading and style checks read (remembered on the page)."""
    found = page.cache.get("reading_prose")
    if found is None:
        found = page.cache["reading_prose"] = without_tables(content_prose(page))
    return found


def page_quoted_lines(page: Page) -> set[int]:
    """`body_text.quoted_lines` of the page's prose (remembered on the page)."""
    found = page.cache.get("quoted_lines")
    if found is None:
        found = page.cache["quoted_lines"] = quoted_lines(content_prose(page), page.body_start_line)
    return found


def licence_page(page: Page) -> bool:
    """Whether the page is a licence itself: its own text (outside a quote and examples) gives
    a licence's disclaimer (`LICENCE_DISCLAIMER`), as hugo-docs' About > License, the Apache
    License, does. Its sentences, paragraphs, reading level and spellings are the licence's,
    not the page's to change (remembered on the page)."""
    found = page.cache.get("licence_page")
    if found is None:
        found = False
        if "AS IS" in page.body:  # (one fast pass: nearly every page stops here)
            prose = content_prose(page)
            for m in LICENCE_DISCLAIMER.finditer(prose):
                line = page.body_start_line + prose.count("\n", 0, m.start())
                if line not in page_quoted_lines(page):
                    found = True
                    break
        page.cache["licence_page"] = found
    return found
