"""GFM tables where Goldmark and markdown-it part ways: cells a row does not have.

Goldmark fills a short row with empty cells that carry no `text-align` style (markdown-it
gives them the column's), and accepts a delimiter row with more cells than the header:
the header gets empty, unstyled cells up to the delimiter row's count. The header is
padded in the text before parsing (its true count kept in `env`); after parsing, the
cells beyond each row's own count lose their style.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block.table import escapedSplit
from markdown_it.rules_core import StateCore

_DELIMITER = re.compile(r"^ {0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
ENV_KEY = "goldmark_header_cells"


def cell_count(line: str) -> int:
    """How many cells markdown-it's table rule reads in a row."""
    cells = escapedSplit(line.strip())
    if cells and cells[0] == "":
        cells.pop(0)
    if cells and cells[-1] == "":
        cells.pop()
    return len(cells)


def _delimiter_cells(line: str) -> int:
    return len([c for c in line.strip().strip("|").split("|")])


def pad_short_headers(text: str, env: dict) -> str:
    """The text with each table header that has fewer cells than its delimiter row padded
    with empty cells (`env` keeps the header's own count by line number)."""
    if "|" not in text or "-" not in text:
        return text
    lines = text.split("\n")
    short: dict[int, int] = {}
    for n in range(len(lines) - 1):
        header, delimiter = lines[n], lines[n + 1]
        if "|" not in header or not _DELIMITER.match(delimiter) or "|" not in delimiter:
            continue
        have, want = cell_count(header), _delimiter_cells(delimiter)
        if 0 < have < want:
            stripped = header.rstrip()
            closed = stripped.endswith("|") and not stripped.endswith("\\|")
            lines[n] = stripped + ("" if closed else " |") + " |" * (want - have)
            short[n] = have
    if not short:
        return text
    env[ENV_KEY] = short
    return "\n".join(lines)


def _unstyle_missing_cells(state: StateCore) -> None:
    tokens = state.tokens
    header = state.env.get(ENV_KEY, {}) if isinstance(state.env, dict) else {}
    lines: list[str] | None = None
    row_line = -1
    own: int | None = None  # the row's own cell count, worked out only when needed
    index = 0
    for k, token in enumerate(tokens):
        if token.type == "tr_open" and token.map:
            row_line, own, index = token.map[0], None, 0
        elif token.type in ("th_open", "td_open"):
            # Only an empty cell can be one the row lacks.
            if token.attrs and k + 1 < len(tokens) and not tokens[k + 1].content:
                if own is None:
                    if lines is None:
                        lines = state.src.split("\n")
                    own = header.get(
                        row_line, cell_count(lines[row_line]) if 0 <= row_line < len(lines) else 0
                    )
                if index >= own:
                    token.attrs.pop("style", None)
            index += 1


def goldmark_tables_plugin(md: MarkdownIt) -> None:
    """Cells a row lacks are printed without the column's style, as Goldmark does."""
    md.core.ruler.after("block", "goldmark_table_cells", _unstyle_missing_cells)
