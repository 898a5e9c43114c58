"""XHTML output with attributes in the order they were set, as kramdown prints them.

Python-Markdown's serializer sorts attributes (`alt` before `src`); kramdown keeps the order
of its elements (`<img src="..." alt="..." />`).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension

_AMP = re.compile(r"&(?!(?:#[0-9]+|#x[0-9a-f]+|[0-9a-z]+);)", re.I)
_EMPTY = frozenset(
    "area base basefont br col frame hr img input isindex link meta param embed source track wbr".split()
)


def _text(text: str) -> str:
    if "&" in text:  # most text holds none: no pattern scan then
        text = _AMP.sub("&amp;", text)
    return text.replace("<", "&lt;").replace(">", "&gt;")


def _attr(text: str) -> str:
    return _text(text).replace('"', "&quot;")


def _write(out: list[str], el: etree.Element) -> None:
    tag = el.tag
    if tag is etree.Comment:
        out.append(f"<!--{_text(el.text or '')}-->")
    elif tag is None:
        if el.text:
            out.append(_text(el.text))
        for child in el:
            _write(out, child)
    else:
        out.append(f"<{tag}")
        for key, value in el.items():
            out.append(f' {key}="{_attr(value or "")}"')
        if tag.lower() in _EMPTY:
            out.append(" />")
        else:
            out.append(">")
            if el.text:
                out.append(el.text if tag.lower() in ("script", "style") else _text(el.text))
            for child in el:
                _write(out, child)
            out.append(f"</{tag}>")
    if el.tail:
        out.append(_text(el.tail))


def to_xhtml_in_order(root: etree.Element) -> str:
    """Serialise the tree like Python-Markdown's XHTML writer, keeping attribute order."""
    out: list[str] = []
    _write(out, root)
    return "".join(out)


class SerializerExtension(Extension):
    """Attributes in kramdown's order."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        md.output_formats["xhtml"] = to_xhtml_in_order
