"""Block processors asked about a block only when it holds the mark they look for.

Python-Markdown asks every block processor about every block; several answer by searching
the whole block with a regular expression (tables for `|`, definition lists for `: `,
footnote, abbreviation and link definitions for `[^`, `*[` and `]:`), and the last three
even take the block off the list and put it back. On a long page that is a good share of the
parsing. A guard below answers "no" straight away when the block lacks a substring every
match must contain, which is the answer the processor would have given, with nothing
changed: the output is the same. Only the processors named here, of exactly the class
named, are guarded. The parser also lists the processors in order once per document rather
than once per block.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections.abc import Callable, Iterable

from markdown import Extension, Markdown
from markdown.blockparser import BlockParser
from markdown.blockprocessors import BlockProcessor, SetextHeaderProcessor
from markdown.extensions.abbr import AbbrBlockprocessor
from markdown.extensions.def_list import DefListProcessor
from markdown.extensions.footnotes import FootnoteBlockProcessor

from editor_app.core.markdown_ext.links import BlockStartReferenceProcessor
from editor_app.core.markdown_ext.table_rows import WholeBlockTableProcessor


def _setext_underline(block: str) -> bool:
    """`^.*?\\n(?:=+|-+)`: the second line starts with `=` or `-`."""
    newline = block.find("\n")
    return newline >= 0 and block[newline + 1 : newline + 2] in ("=", "-")


# Name -> (the class registered under it, what a block must hold for it to match).
_GUARDS: dict[str, tuple[type[BlockProcessor], Callable[[str], bool]]] = {
    # Every table row split needs a pipe; without one `test` finds one cell and says no.
    "table": (WholeBlockTableProcessor, lambda block: "|" in block),
    "setextheader": (SetextHeaderProcessor, _setext_underline),
    # `[ ]{0,3}:[ ]{1,3}`: a colon and a space.
    "deflist": (DefListProcessor, lambda block: ": " in block),
    # These three say yes to every block, then search it and put it back when nothing is found.
    "footnote": (FootnoteBlockProcessor, lambda block: "[^" in block),
    "abbr": (AbbrBlockprocessor, lambda block: "*[" in block),
    "reference": (BlockStartReferenceProcessor, lambda block: "]:" in block),
}


class GuardedBlockProcessor(BlockProcessor):
    """Another block processor, asked only about blocks its guard lets through."""

    def __init__(self, inner: BlockProcessor, guard: Callable[[str], bool]) -> None:
        super().__init__(inner.parser)
        self.inner = inner
        self.guard = guard

    def test(self, parent: etree.Element, block: str) -> bool:
        """The processor's own answer, or no when the block lacks its mark."""
        return self.guard(block) and self.inner.test(parent, block)

    def run(self, parent: etree.Element, blocks: list[str]) -> bool | None:
        """The processor's own work."""
        return self.inner.run(parent, blocks)


def guard_block_processors(md: Markdown) -> None:
    """Put the guards in front of the processors named in `_GUARDS`, in the same places."""
    registry = md.parser.blockprocessors
    for name, (cls, guard) in _GUARDS.items():
        if name not in registry or type(registry[name]) is not cls:
            continue
        # Swapped in place: registering anew would move it behind processors of the same
        # priority (`table` shares 75 with math blocks), and the order decides the output.
        registry._data[name] = GuardedBlockProcessor(registry[name], guard)


class OrderedOnceBlockParser(BlockParser):
    """Python-Markdown's block parser, taking the processors in order once per document.

    The registry builds a fresh sorted list each time it is walked, once per block; here the
    list is made when a document's parse starts (nothing registers processors mid-parse).
    """

    _processors: list[BlockProcessor] | None = None

    def parseDocument(self, lines: Iterable[str]) -> etree.ElementTree:  # noqa: N802
        """Parse a whole document (see `BlockParser.parseDocument`)."""
        self._processors = list(self.blockprocessors)
        return super().parseDocument(lines)

    def parseBlocks(self, parent: etree.Element, blocks: list[str]) -> None:  # noqa: N802
        """Process blocks as `BlockParser.parseBlocks` does, with the list made once."""
        processors = self._processors
        if processors is None:
            processors = list(self.blockprocessors)
        while blocks:
            for processor in processors:
                if processor.test(parent, blocks[0]):
                    if processor.run(parent, blocks) is not False:
                        break  # run returns True or None: the block is taken


class BlockGuardsExtension(Extension):
    """Guards Python-Markdown's block processors that search every block (same output)."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        """Guard the processors; must come after the extensions that register them."""
        guard_block_processors(md)
        # The parser is made before any extension runs, and every processor holds it: it
        # keeps its identity and state, and only its class changes, to the one above.
        if type(md.parser) is BlockParser:
            md.parser.__class__ = OrderedOnceBlockParser
