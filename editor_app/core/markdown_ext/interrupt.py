"""Blocks that start right after a paragraph line, without a blank line (GFM, kramdown).

kramdown's GFM parser ends a paragraph at a line that starts a list, a header, a block
quote or a fenced code block; Python-Markdown would fold such a line into the paragraph.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.blockprocessors import BlockProcessor

# kramdown: LIST_START, ATX_HEADER_START, BLOCKQUOTE_START. (Its FENCED_CODEBLOCK_START
# ends a paragraph too, but a fence that closes is gone by now, and one that does not is
# read as paragraph text that kramdown joins back onto the paragraph before it.)
_INTERRUPT = re.compile(
    r"^(?: {0,3}[+*-][\t ]| {0,3}\d+\.[\t ]|\#{1,6}[\t ]| {0,3}>)",
    re.M,
)


class ParagraphInterruptProcessor(BlockProcessor):
    """Splits a paragraph block where a list, header, quote or code fence begins."""

    def test(self, parent: etree.Element, block: str) -> bool:
        if "\n" not in block:
            return False  # one line: a match could only be at its start, which is no split
        m = _INTERRUPT.search(block)
        return m is not None and m.start() > 0

    def run(self, parent: etree.Element, blocks: list[str]) -> bool:
        block = blocks.pop(0)
        m = _INTERRUPT.search(block)
        assert m is not None
        head, tail = block[: m.start()].rstrip("\n"), block[m.start() :]
        self.parser.parseBlocks(parent, [head])
        blocks.insert(0, tail)
        return True


class InterruptExtension(Extension):
    """Lets lists, headers, quotes and code fences interrupt a paragraph."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        md.parser.blockprocessors.register(
            ParagraphInterruptProcessor(md.parser), "kramdown_interrupt", 11
        )
