"""Paragraph text trimmed at both ends, as kramdown does (no space before `</p>`)."""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.preprocessors import Preprocessor
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


class BlankLinePreprocessor(Preprocessor):
    """A line of only spaces is a blank line to kramdown, not an indented code line."""

    def run(self, lines: list[str]) -> list[str]:
        return [line if line.strip() or not line else "" for line in lines]


class ParagraphExtension(Extension):
    """Trims paragraphs like kramdown."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        md.treeprocessors.register(TrimTreeprocessor(md), "kramdown_trim", 26)
        # Before lists (27) and fenced code (25) read the lines.
        md.preprocessors.register(BlankLinePreprocessor(md), "kramdown_blank_lines", 29)
