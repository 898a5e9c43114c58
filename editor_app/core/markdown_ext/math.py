"""`$$...$$` math as kramdown prints it for MathJax: `\\(x\\)` in text, `\\[x\\]` alone.

A `$$...$$` that is a block of its own becomes display math; anywhere else it is inline.
The formula is kept as written (no smart quotes, emphasis or dashes inside).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.blockprocessors import BlockProcessor
from markdown.inlinepatterns import InlineProcessor
from markdown.util import AtomicString

_BLOCK = re.compile(r"\A {0,3}\$\$(.*?)\$\$[ \t]*\Z", re.S)
INLINE_MATH_RE = r"\$\$(.*?)\$\$"


class BlockMathProcessor(BlockProcessor):
    """A block that is only `$$ ... $$`: display math, outside any paragraph."""

    def test(self, parent: etree.Element, block: str) -> bool:
        return _BLOCK.match(block) is not None

    def run(self, parent: etree.Element, blocks: list[str]) -> bool:
        m = _BLOCK.match(blocks.pop(0))
        assert m is not None
        text = "\n\\[" + m.group(1).strip() + "\\]\n"
        if len(parent):
            last = parent[-1]
            last.tail = AtomicString((last.tail or "") + text)
        else:
            parent.text = AtomicString((parent.text or "") + text)
        return True


class InlineMathProcessor(InlineProcessor):
    """`$$x$$` inside text."""

    def handleMatch(self, m: re.Match[str], data: str):  # noqa: N802 (Python-Markdown's API)
        if "\x02" in m.group(1):  # it would swallow a code span or escape already parsed
            return None, None, None
        return AtomicString("\\(" + m.group(1).strip() + "\\)"), m.start(0), m.end(0)


class MathExtension(Extension):
    """kramdown's math syntax with its default MathJax output."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        md.parser.blockprocessors.register(BlockMathProcessor(md.parser), "kramdown_math", 75)
        # After code spans (190), so `$$` inside code stays code.
        md.inlinePatterns.register(InlineMathProcessor(INLINE_MATH_RE, md), "kramdown_math", 186)
