"""A table inside a table's cell, drawn in a PDF review pack as a table in that cell.

fpdf2's HTML layout holds one table at a time and its cells one text or one picture, so a
table in a cell stopped the layout (the whole outer table was then drawn as plain words). Here
such a cell is given a placeholder text before the layout (`nest_tables`), and the outer
table's cell drawing (`NestingTable`) draws the inner table there instead, by a layout of its
own within the cell's width: measured first, so the row is as tall as it, then drawn.
A cell holding words beside its table is still drawn as its plain words, line by line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from bs4 import Tag
from fpdf.drawing_primitives import DeviceRGB
from fpdf.html import HTML2FPDF
from fpdf.table import Table
from fpdf.util import Padding

_PLACEHOLDER = "[[editor-app nested table {}]]"
_FOUND = re.compile(r"\[\[editor-app nested table (\d+)\]\]")
# Bold and italic words in a cell drawn as its plain words (`pdf_html`): between these marks,
# which the cell's drawing reads as fpdf2's Markdown markers (`_cell_marks_read`). Letters of
# private use, taken out of the page's words, so that none of them (`**`, `--`) is a marker.
CELL_BOLD = "\ue0b0\ue0b1"
CELL_ITALIC = "\ue0b2\ue0b3"
_NEVER_MARK = "\ue0b4\ue0b5"  # fpdf2's other markers, set to what the words never hold
CELL_LINK = ("\ue0b6", "\ue0b7", "\ue0b8")  # a link: before its words, its address, after
_LINK = re.compile("^\ue0b6([^\ue0b6-\ue0b8]+)\ue0b7([^\ue0b6-\ue0b8]+)\ue0b8(.*)$", re.S)
_LINK_COLOUR = DeviceRGB(0, 0, 1)  # as fpdf2's <a> outside a table
# fpdf2's Markdown settings while such a cell is drawn: its marks read, nothing else.
_CELL_MARKDOWN = {
    "MARKDOWN_MARKERS": (CELL_BOLD, CELL_ITALIC, _NEVER_MARK, _NEVER_MARK[::-1]),
    "MARKDOWN_BOLD_MARKER": CELL_BOLD,
    "MARKDOWN_ITALICS_MARKER": CELL_ITALIC,
    "MARKDOWN_STRIKETHROUGH_MARKER": _NEVER_MARK,
    "MARKDOWN_UNDERLINE_MARKER": _NEVER_MARK[::-1],
    "MARKDOWN_ESCAPE_CHARACTER": _NEVER_MARK[0],
    "MARKDOWN_LINK_REGEX": _LINK,
    "MARKDOWN_LINK_COLOR": _LINK_COLOUR,
}


def cell_marked(text: str) -> bool:
    """The cell's words carry bold, italic or link marks (`pdf_html._cell_text`)."""
    return any(mark in text for mark in (CELL_BOLD[0], CELL_ITALIC[0], CELL_LINK[0]))


def holds_only_a_table(cell: Tag) -> bool:
    """The cell's content is one table (white space aside)."""
    tables = cell.find_all("table", recursive=False)
    if len(tables) != 1:
        return False
    rest = [c for c in cell.children if c is not tables[0]]
    return all(isinstance(c, str) and not c.strip() for c in rest)


def nest_tables(soup: Any, stash: list[str], text_safe: Any) -> None:
    """Each cell of `soup` holding only a table: the table taken out into `stash` (as the HTML
    the cell's drawing writes, through `text_safe`), a placeholder in its place. Innermost
    first, so a table nested deeper is in its outer one's HTML as a placeholder too."""
    if not hasattr(Table, "_render_table_cell"):  # another fpdf2: the cells as plain words
        return
    for cell in reversed(soup.find_all(["td", "th"])):
        if not holds_only_a_table(cell):
            continue
        table = cell.find("table", recursive=False)
        table["align"] = "left"  # at the cell's left edge (fpdf2 centres on the page)
        stash.append(text_safe(str(table).strip()))
        cell.clear()
        cell.append(_PLACEHOLDER.format(len(stash) - 1))


class NestingTable(Table):
    """fpdf2's table, drawing a placeholder cell's table (see the module) in the cell."""

    def _render_table_cell(
        self,
        i: int,
        j: int,
        cell: Any,
        row_height: float,
        cell_height_info: Any = None,
        cell_x_positions: Any = None,
        **kwargs: Any,
    ) -> tuple[bool, float, float]:
        found = _FOUND.fullmatch((cell.text or "").strip())
        stash = getattr(self._fpdf, "nested_tables", [])
        if found is None or int(found.group(1)) >= len(stash):
            if cell_marked(cell.text or ""):
                with _cell_marks_read(self):
                    return super()._render_table_cell(
                        i, j, cell, row_height, cell_height_info, cell_x_positions, **kwargs
                    )
            return super()._render_table_cell(
                i, j, cell, row_height, cell_height_info, cell_x_positions, **kwargs
            )
        # The cell's borders and fill as for an empty cell, then the table inside.
        cells, blank = self.rows[i].cells, replace(cell, text="")
        cells[j] = blank  # fpdf2 finds the cell in its row by identity
        try:
            page_break, _picture, _text = super()._render_table_cell(
                i, j, blank, row_height, cell_height_info, cell_x_positions, **kwargs
            )
        finally:
            cells[j] = cell
        padding = Padding.new(cell.padding) if cell.padding else self._padding
        width = self._get_col_width(i, j, cell.colspan) - padding.left - padding.right
        left = (cell_x_positions[j] if cell_x_positions else 0) + padding.left
        height = _inner_table(
            self._fpdf,
            stash[int(found.group(1))],
            left,
            width,
            self._fpdf.y + padding.top,
            measure=cell_height_info is None,
        )
        return page_break, 0.0, height + padding.top + padding.bottom


@contextmanager
def _cell_marks_read(table: Table) -> Iterator[None]:
    """While a cell is measured and drawn: its bold, italic and link marks (`CELL_BOLD`...)
    read as fpdf2's Markdown, and nothing else of its words (`**`, `--`, a `[link](…)`)."""
    pdf, was = table._fpdf, table._markdown
    kept = {name: pdf.__dict__.get(name) for name in _CELL_MARKDOWN}
    table._markdown = True
    pdf.__dict__.update(_CELL_MARKDOWN)  # the pdf's own, over fpdf2's class settings
    try:
        yield
    finally:
        table._markdown = was
        for name, value in kept.items():
            if value is None:
                pdf.__dict__.pop(name, None)
            else:
                pdf.__dict__[name] = value


def _inner_table(
    pdf: Any, html: str, left: float, width: float, top: float, measure: bool
) -> float:
    """Lay the inner table out within the cell (only measured when `measure`); its height."""
    margins, auto = (pdf.l_margin, pdf.r_margin), pdf.auto_page_break
    x, y = pdf.x, pdf.y
    pdf.l_margin, pdf.r_margin = left, pdf.w - left - width
    pdf.set_xy(left, top)
    pdf.auto_page_break = False  # the outer table moved the row to a new page if it must
    try:
        if measure:
            with pdf._disable_writing():  # the height, nothing drawn
                _write(pdf, html)
                height = pdf.y - top
        else:
            _write(pdf, html)
            height = pdf.y - top
    finally:
        pdf.l_margin, pdf.r_margin = margins
        pdf.auto_page_break = auto
        pdf.set_xy(x, y)
    return height


def _write(pdf: Any, html: str) -> None:
    pdf.write_html(
        html,
        font_family=getattr(pdf, "body_font", None) or "helvetica",
        tag_styles=getattr(pdf, "tag_styles", None),
        li_prefix_color=(60, 60, 60),
    )


class NestedTablesHtml(HTML2FPDF):
    """fpdf2's HTML layout whose tables draw a table in a cell (`NestingTable`)."""

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        super().handle_starttag(tag, attrs)
        if tag == "table" and type(self.table) is Table:
            self.table.__class__ = NestingTable
            # Cells' lines from the left, as the published page has them: fpdf2 justifies
            # them, and a cell's wrapped line was spread out ("Not    yet    supported").
            self.table._text_align = "LEFT"

    def _new_paragraph(self, *args: Any, **kw: Any) -> None:
        # Letters with marks above and below (Devanagari, Bengali, Tamil) touched the next
        # line's at fpdf2's spacing: the PDF asks for more room on such pages.
        spacing = getattr(self.pdf, "line_spacing", 1.0)
        if spacing != 1.0 and kw.get("line_height", 1.0) != 0:
            kw["line_height"] = (kw.get("line_height") or 1.0) * spacing
        super()._new_paragraph(*args, **kw)


__all__ = ["NestedTablesHtml", "NestingTable", "holds_only_a_table", "nest_tables"]
