"""kramdown's tables without a separator line: a block whose every line holds a pipe is a table;
and empty table cells print a no-break space, as kramdown's converter does.

kramdown (and so Jekyll) reads `Photo: Jane Doe | Unsplash` or `Home | About` as a one-row
table; Python-Markdown's `tables` needs a `---|---` line and leaves a paragraph. Only blocks
that would otherwise be paragraphs reach this processor (it runs just before them), so lists,
headers and quotes keep their meaning, as in kramdown, which tries tables after them.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.blockparser import BlockParser
from markdown.extensions.tables import TableProcessor
from markdown.treeprocessors import Treeprocessor

# kramdown's TABLE_SEP_LINE / TABLE_FSEP_LINE: such blocks are left to `tables` (or text).
_SEPARATOR = re.compile(r"^[+|: \t-]*?-[+|: \t-]*?[ \t]*$|^[+|: \t=]*?=[+|: \t=]*?[ \t]*$")
_INDENT = re.compile(r"^ {0,3}\S")  # kramdown's OPT_SPACE before a table line


class TableRowsProcessor(TableProcessor):
    """Builds a body-only table from a block of lines that each hold a table pipe."""

    def __init__(self, parser: BlockParser) -> None:
        super().__init__(parser, {"use_align_attribute": False})

    def _cells(self, line: str) -> list[str] | None:
        """The line's cells, or None when it holds no pipe outside code spans and escapes."""
        cells = self._split(line)
        return cells if len(cells) > 1 else None

    def test(self, parent: etree.Element, block: str) -> bool:
        if "|" not in block:  # most paragraphs: no need to look closer
            return False
        lines = block.split("\n")
        return all(
            _INDENT.match(line) and not _SEPARATOR.match(line) and self._cells(line) is not None
            for line in lines
        )

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        lines = blocks.pop(0).split("\n")
        leading_pipe = lines[0].lstrip().startswith("|")
        rows: list[list[str]] = []
        for line in lines:
            cells = self._cells(line.strip()) or []
            if leading_pipe and cells and not cells[0].strip():
                cells.pop(0)
            if cells and not cells[-1].strip():
                cells.pop()
            rows.append(cells)
        columns = max(len(r) for r in rows)
        body = etree.SubElement(etree.SubElement(parent, "table"), "tbody")
        for cells in rows:
            tr = etree.SubElement(body, "tr")
            for i in range(columns):
                etree.SubElement(tr, "td").text = cells[i].strip() if i < len(cells) else ""


# kramdown's TABLE_LINE: a pipe at the start, or one not escaped by a backslash.
_TABLE_LINE = re.compile(r"(?:\||.*?[^\\\n]\|)")


class WholeBlockTableProcessor(TableProcessor):
    """Python-Markdown's tables, ended as kramdown ends them: only at a block boundary, so
    a block with a line holding no pipe (`<!-- note -->` right under the rows) is no table
    at all, and kramdown prints it as a paragraph."""

    def test(self, parent: etree.Element, block: str) -> bool:
        return super().test(parent, block) and all(
            _TABLE_LINE.match(line) for line in block.split("\n") if line.strip()
        )


class EmptyCellTreeprocessor(Treeprocessor):
    """An empty `td`/`th` holds a no-break space (kramdown: `&nbsp;`, printed as a character)."""

    def run(self, root: etree.Element) -> None:
        for el in root.iter():
            if el.tag in ("td", "th") and len(el) == 0 and not (el.text or "").strip():
                el.text = "\u00a0"


class TableRowsExtension(Extension):
    """Registers the processor before paragraphs (and before interruptions: kramdown reads a
    table to its last piped line, even one starting like a list item), and the empty-cell filler."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        md.parser.blockprocessors.register(
            TableRowsProcessor(md.parser), "kramdown_table_rows", 11.5
        )
        if "table" in md.parser.blockprocessors:  # `tables`, with its settings kept
            md.parser.blockprocessors["table"].__class__ = WholeBlockTableProcessor
        # After the inline pass (20), so a cell is empty only when nothing was made of it.
        md.treeprocessors.register(EmptyCellTreeprocessor(md), "kramdown_empty_cells", 19)
