"""Header ids as kramdown's GFM parser makes them (`auto_ids`)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

_NON_WORD = re.compile(r"[^\w\- \t]")
_HEADERS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def gfm_header_id(text: str, counter: dict[str, int]) -> str:
    """kramdown's GFM id: lower case, only word characters, dashes and spaces, spaces to dashes."""
    result = _NON_WORD.sub("", text.lower()).replace(" ", "-").replace("\t", "-")
    counter[result] = counter.get(result, -1) + 1
    return f"{result}-{counter[result]}" if counter[result] else result


class HeaderIdTreeprocessor(Treeprocessor):
    """Gives every header without an id one, from its text."""

    def run(self, root: etree.Element) -> None:
        # Counters from the parts of the page before this one, when it is rendered in parts.
        counter: dict[str, int] | None = getattr(self.md, "heading_ids", None)
        if counter is None:
            counter = {}
        for el in root.iter():
            if el.tag in _HEADERS and "id" not in el.attrib:
                # An unknown entity's text is `&amp;foo;` already: its id reads `&foo;`.
                text = "".join(el.itertext()).replace("&amp;", "&")
                el.set("id", gfm_header_id(text, counter))


class HeaderIdExtension(Extension):
    """Header ids like the site's."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        # After inline parsing (20), so the text is the visible text.
        md.treeprocessors.register(HeaderIdTreeprocessor(md), "kramdown_header_ids", 5)
