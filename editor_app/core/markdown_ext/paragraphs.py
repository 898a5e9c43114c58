"""Paragraph text trimmed at both ends, as kramdown does (no space before `</p>`)."""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString


class TrimTreeprocessor(Treeprocessor):
    """Strips trailing whitespace from the raw text of paragraphs and list items."""

    def run(self, root: etree.Element) -> None:
        for el in root.iter():
            if (
                el.tag in ("p", "li", "dd", "dt", "td", "th")
                and len(el) == 0
                and el.text
                and not isinstance(el.text, AtomicString)
            ):
                el.text = el.text.rstrip()


class ParagraphExtension(Extension):
    """Trims paragraphs like kramdown."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        md.treeprocessors.register(TrimTreeprocessor(md), "kramdown_trim", 26)
