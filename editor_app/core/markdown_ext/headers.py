"""Header ids as kramdown makes them (`auto_ids`).

A Markdown header gets its id from kramdown's GFM parser: lower case, only word characters
(Ruby's `\\p{Word}`: letters, marks, decimal and letter numbers, connectors), dashes and spaces,
spaces to dashes. The GFM parser does not look inside raw HTML elements, so a header written
inside one (`<div dir="rtl" markdown="1">` then `## ...`, as the Open Source Guide's
right-to-left translations do) gets the HTML converter's id instead: ASCII letters, digits
and dashes only, `section` when nothing is left, counted apart from the others. A raw HTML
heading (`<h5 markdown="1">`) is no header to kramdown and gets no id.
"""

from __future__ import annotations

import html
import re
import unicodedata
import xml.etree.ElementTree as etree

from markdown import Extension, util
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

_HEADERS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_WORD_CATEGORIES = frozenset(("Nd", "Nl", "Pc"))
_LEADING_NON_LETTERS = re.compile(r"^[^a-zA-Z]+", re.M)
_NOT_ID = re.compile(r"[^a-zA-Z0-9 -]")
_ESCAPED = re.compile(f"{util.STX}([0-9]+){util.ETX}")  # a backslash-escaped character
_TAG = re.compile(r"<[^>]*>")
# The converter's counters share the page's counters, under keys no GFM id can have.
_CONVERTER_KEY = "\0"


def _kept(c: str) -> bool:
    """Ruby's `\\p{Word}`, a dash, a space or a tab."""
    if c.isascii():
        return c.isalnum() or c in "_- \t"
    category = unicodedata.category(c)
    return category[0] in "LM" or category in _WORD_CATEGORIES


def _numbered(result: str, key: str, counter: dict[str, int]) -> str:
    counter[key] = counter.get(key, -1) + 1
    return f"{result}-{counter[key]}" if counter[key] else result


def gfm_header_id(text: str, counter: dict[str, int]) -> str:
    """kramdown's GFM id: lower case, only word characters, dashes and spaces, spaces to dashes."""
    result = "".join(c for c in text.lower() if _kept(c)).replace(" ", "-").replace("\t", "-")
    return _numbered(result, result, counter)


def converter_header_id(text: str, counter: dict[str, int]) -> str:
    """kramdown's HTML converter's id (`generate_id`), for a header inside raw HTML."""
    result = _NOT_ID.sub("", _LEADING_NON_LETTERS.sub("", text)).replace(" ", "-").lower()
    result = result or "section"
    return _numbered(result, _CONVERTER_KEY + result, counter)


class HeaderIdTreeprocessor(Treeprocessor):
    """Gives every header without an id one, from its text."""

    def __init__(self, md, raw_elements: set[int]) -> None:  # noqa: ANN001 (Python-Markdown's)
        super().__init__(md)
        self.raw_elements = raw_elements  # ids of the elements written as raw HTML

    def run(self, root: etree.Element) -> None:
        # Counters from the parts of the page before this one, when it is rendered in parts.
        counter: dict[str, int] | None = getattr(self.md, "heading_ids", None)
        if counter is None:
            counter = {}
        try:
            self._number(root, counter, inside_html=False)
        finally:
            self.raw_elements.clear()

    def _number(self, parent: etree.Element, counter: dict[str, int], inside_html: bool) -> None:
        for el in parent:
            raw = id(el) in self.raw_elements
            if el.tag in _HEADERS and "id" not in el.attrib and not raw:
                text = self._visible_text("".join(el.itertext()))
                make = converter_header_id if inside_html else gfm_header_id
                el.set("id", make(text, counter))
            if len(el):
                self._number(el, counter, inside_html or raw)


    def _visible_text(self, text: str) -> str:
        """The header's text as kramdown reads it for the id: inline HTML's tags left out
        (their text kept), escaped characters and entities as the characters they are."""
        if util.STX in text:
            stash = self.md.htmlStash.rawHtmlBlocks

            def stashed(m: re.Match[str]) -> str:
                index = int(m.group(1))
                raw = stash[index] if index < len(stash) else ""
                return html.unescape(_TAG.sub("", raw)) if isinstance(raw, str) else ""

            text = util.HTML_PLACEHOLDER_RE.sub(stashed, text)
            text = _ESCAPED.sub(lambda m: chr(int(m.group(1))), text)
        # An unknown entity's text is `&amp;foo;` already: its id reads `&foo;`.
        return text.replace("&amp;", "&")


class _ForgetRawElements(Preprocessor):
    """Empties the set of raw elements as a page's parse starts (one that failed leaves
    its elements' ids behind, which new elements may take)."""

    def __init__(self, md, raw_elements: set[int]) -> None:  # noqa: ANN001 (Python-Markdown's)
        super().__init__(md)
        self.raw_elements = raw_elements

    def run(self, lines: list[str]) -> list[str]:
        self.raw_elements.clear()
        return lines


class HeaderIdExtension(Extension):
    """Header ids like the site's."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        raw_elements: set[int] = set()
        if "markdown_block" in md.parser.blockprocessors:
            # md_in_html hands every element written as raw HTML to `parse_element_content`.
            processor = md.parser.blockprocessors["markdown_block"]
            parse = processor.parse_element_content

            def parse_element_content(element: etree.Element) -> None:
                raw_elements.add(id(element))
                parse(element)

            processor.parse_element_content = parse_element_content
            md.preprocessors.register(_ForgetRawElements(md, raw_elements), "forget_raw", 100)
        # After inline parsing (20), so the text is the visible text.
        md.treeprocessors.register(
            HeaderIdTreeprocessor(md, raw_elements), "kramdown_header_ids", 5
        )
