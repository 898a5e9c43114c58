"""Block quotes separated by a blank line stay separate, as in kramdown."""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.blockprocessors import BlockQuoteProcessor


class SeparateQuoteProcessor(BlockQuoteProcessor):
    """Like Python-Markdown's, but never appends to the block quote before a blank line."""

    def test(self, parent: etree.Element, block: str) -> bool:
        # Without a `>` the quote pattern cannot match: skip searching the block.
        return ">" in block and super().test(parent, block)

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        block = blocks.pop(0)
        m = self.RE.search(block)
        if m:
            before = block[: m.start()]
            self.parser.parseBlocks(parent, [before])
            block = "\n".join(self.clean(line) for line in block[m.start() :].split("\n"))
        quote = etree.SubElement(parent, "blockquote")
        self.parser.state.set("blockquote")
        self.parser.parseChunk(quote, block)
        self.parser.state.reset()


class BlockquoteExtension(Extension):
    """Separate block quotes."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        md.parser.blockprocessors.register(SeparateQuoteProcessor(md.parser), "quote", 20)
