"""Entities as characters, as kramdown prints them with `entity_output: as_char`."""

from __future__ import annotations

import html.entities
import re

from markdown import Extension
from markdown.postprocessors import Postprocessor

_ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")
_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")
_KEEP = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def _char(match: re.Match[str]) -> str:
    name = match.group(1)
    if name[0] == "#":
        try:
            code = int(name[2:], 16) if name[1] in "xX" else int(name[1:])
            char = chr(code)
        except (ValueError, OverflowError):
            return match.group(0)
    else:
        char = html.entities.html5.get(name + ";")
        if char is None:
            return match.group(0)
    return _KEEP.get(char, char)


def entities_as_chars(html_text: str) -> str:
    """Every entity outside tags printed as its character, except `&amp; &lt; &gt;`."""
    if "&" not in html_text:
        return html_text
    parts = _TAG_OR_TEXT.split(html_text)
    for k in range(0, len(parts), 2):
        if "&" in parts[k]:
            parts[k] = _ENTITY.sub(_char, parts[k])
    return "".join(parts)


class EntitiesPostprocessor(Postprocessor):
    """Prints entities as characters."""

    def run(self, text: str) -> str:
        return entities_as_chars(text)


class EntitiesExtension(Extension):
    """kramdown's `entity_output: as_char`."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        md.postprocessors.register(EntitiesPostprocessor(md), "kramdown_entities", 5)
