"""Entities as characters, as kramdown prints them with `entity_output: as_char`.

Only entities written in Markdown text: kramdown leaves those inside raw HTML blocks as
written, and so do we (raw HTML is stashed before inline parsing).
"""

from __future__ import annotations

import html.entities
import re

from markdown import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.util import AtomicString

ENTITY_RE = r"&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);"


def entity_char(name: str) -> str | None:
    """The character an entity name (`copy`, `#8217`, `#x2014`) stands for, if any."""
    if name[0] == "#":
        try:
            code = int(name[2:], 16) if name[1] in "xX" else int(name[1:])
        except ValueError:
            return None
        # No control characters (they would also collide with the parser's own markers),
        # surrogates or numbers past Unicode: those stay as written.
        if code < 32 and code not in (9, 10, 13) or 0x7F <= code <= 0x9F:
            return None
        if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            return None
        return chr(code)
    return html.entities.html5.get(name + ";")


class EntityInlineProcessor(InlineProcessor):
    """`&copy;` becomes `©`; `&amp; &lt; &gt;` stay escaped (the serializer escapes them)."""

    def handleMatch(self, m: re.Match[str], data: str):  # noqa: N802 (Python-Markdown's API)
        char = entity_char(m.group(1))
        if char is None:
            return None, None, None
        return AtomicString(char), m.start(0), m.end(0)


class EntitiesExtension(Extension):
    """kramdown's `entity_output: as_char`."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        md.inlinePatterns.register(EntityInlineProcessor(ENTITY_RE, md), "entity", 80)
