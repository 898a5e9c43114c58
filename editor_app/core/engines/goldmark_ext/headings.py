"""Heading ids as Hugo makes them, and `{#id .class}` written after a heading.

Hugo's `github` style (its default), of the heading's text as written (Hugo 0.111 reads the
source: `2nd&ndash;4th` is `2ndndash4th`, a link's address and raw HTML's tag names count):
trimmed, letters, digits and `_` lower-cased, spaces and `-` as `-`, everything else dropped; `github-ascii` also drops
accents and other non-ASCII letters; a repeated id gets `-1`, `-2`. An attribute list at
the end of the heading line sets the id and classes instead.
"""

from __future__ import annotations

import re
import unicodedata

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

_ATTRIBUTES = re.compile(r"[ \t]*\{([^{}\n]*)\}[ \t]*$")
_ATTRIBUTE = re.compile(r"""([#.])([^\s#.{}"']+)|([\w:-]+)=(?:"([^"]*)"|'([^']*)'|([^\s"']+))""")


def parse_attributes(text: str) -> dict[str, str] | None:
    """`#id .a .b key=value` as attributes, or None when `text` is not an attribute list."""
    attrs: dict[str, str] = {}
    classes: list[str] = []
    end = 0
    for m in _ATTRIBUTE.finditer(text):
        if text[end : m.start()].strip():
            return None
        end = m.end()
        if m.group(1) == "#":
            attrs["id"] = m.group(2)
        elif m.group(1) == ".":
            classes.append(m.group(2))
        else:
            value = next(v for v in m.group(4, 5, 6) if v is not None)
            attrs[m.group(3)] = value
    if text[end:].strip():
        return None
    if classes:
        attrs["class"] = " ".join(classes)
    return attrs


def heading_id(text: str, style: str = "github") -> str:
    """The id Hugo gives a heading whose plain text is `text`."""
    if style == "github-ascii":
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    out = []
    for ch in text.strip():
        if style == "github-ascii" and ord(ch) > 127:
            continue
        if ch in "- ":
            out.append("-")
        elif ch == "_" or ch.isalpha() or ch.isdigit():
            out.append(ch.lower())
    return "".join(out)


def _headings(state: StateCore, auto: bool, style: str, attributes: bool) -> None:
    # Counters from the parts of the page before this one, when it is rendered in parts.
    seen: dict[str, int] = state.env.setdefault("heading_ids", {})
    tokens = state.tokens
    for k, token in enumerate(tokens):
        if token.type != "heading_open" or k + 1 >= len(tokens):
            continue
        inline = tokens[k + 1]
        children = inline.children or []
        written = inline.content
        if attributes and children and children[-1].type == "text":
            m = _ATTRIBUTES.search(children[-1].content)
            attrs = parse_attributes(m.group(1)) if m else None
            if m and attrs is not None:
                children[-1].content = children[-1].content[: m.start()]
                written = _ATTRIBUTES.sub("", written)
                for key, value in attrs.items():
                    token.attrSet(key, value)
        if not auto or token.attrGet("id"):
            continue
        base = heading_id(written, style) or "heading"
        ident = base
        if ident in seen:
            seen[base] += 1
            ident = f"{base}-{seen[base]}"
        seen.setdefault(ident, 0)
        token.attrSet("id", ident)


def headings_plugin(
    md: MarkdownIt, auto: bool = True, style: str = "github", attributes: bool = True
) -> None:
    """Heading ids (Hugo's algorithm) and trailing `{#id .class}` attribute lists."""
    md.core.ruler.after(
        "inline", "goldmark_headings", lambda state: _headings(state, auto, style, attributes)
    )
