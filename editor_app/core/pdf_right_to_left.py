"""A PDF review pack's page written right to left (Arabic, Persian, Hebrew): fpdf2's HTML
layout made to read from the right (fpdf2 indents and draws bullets from the left only)."""

from __future__ import annotations

from typing import Any

from fpdf.enums import Align, TextDirection
from fpdf.text_region import LineWrapper, Paragraph

from editor_app.core.pdf_nested_tables import NestedTablesHtml

# OpenType script of right-to-left languages not written in Arabic letters.
SCRIPTS = {"he": "hebr", "yi": "hebr", "dv": "thaa"}


class _RightIndented(Paragraph):
    """A paragraph indented from the right: its lines wrapped `right_indent` narrower and
    ended that far left of the column's right edge (fpdf2 indents from the left only); a
    list item's lines after the first end `hang` further in, under its first words rather
    than under its bullet (as a left-to-right item's bullet hangs in its indent)."""

    right_indent = 0.0
    hang = 0.0

    def build_lines(self, print_sh: bool) -> list[LineWrapper]:
        # Wrapped to the width left (the first line `hang` wider: fpdf2 shifts it left by
        # that much, which a right-aligned line does not show)...
        self.indent, self.first_line_indent = self.right_indent + self.hang, -self.hang
        try:
            lines = super().build_lines(print_sh)
        finally:
            self.indent = self.first_line_indent = 0.0  # ... drawn from the column's left
        cut = self.right_indent + self.hang
        return [
            LineWrapper(
                w.line._replace(
                    max_width=w.line.max_width - cut + (self.hang if w.first_line else 0)
                ),
                w.paragraph,
                first_line=w.first_line,
                last_line=w.last_line,
            )
            for w in lines
        ]


class RightToLeftHtml(NestedTablesHtml):
    """fpdf2's HTML layout for a right-to-left page: paragraphs, headings and list items
    aligned right, a list item's bullet or number at its right (where its line starts),
    a nested list's items indented from the right; code blocks stay left to right."""

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag == "pre" and self.pdf.text_shaping:
            self.pdf.text_shaping["direction"] = TextDirection.LTR
        super().handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        super().handle_endtag(tag)
        if tag == "pre" and self.pdf.text_shaping:
            self.pdf.text_shaping["direction"] = TextDirection.RTL

    def _new_paragraph(self, align: Any = None, *args: Any, bullet: str = "", **kw: Any) -> None:
        if self._pre_formatted:
            return super()._new_paragraph(align, *args, bullet=bullet, **kw)
        # fpdf2 indents from the left only, and a right-aligned line indented so overran the
        # column's right edge by the indent: the indent is taken from the right instead.
        right = 0.0
        if not isinstance(kw.get("indent"), Align):
            right = self._right_indent(float(kw.get("indent") or 0), bool(bullet))
            kw["indent"] = 0
        super()._new_paragraph(Align.R if align in (None, Align.L) else align, *args, **kw)
        if right > 0 and isinstance(self._paragraph, Paragraph):
            self._paragraph.__class__ = _RightIndented
            self._paragraph.right_indent = right
        if bullet:
            # fpdf2 draws a bullet left of the text; here it is the first thing read, written
            # with the item's first words (in a paragraph of its own, `<li><p>`, it stood alone).
            self._bullet = f"{bullet}\u00a0"

    def _right_indent(self, indent: float, item: bool) -> float:
        """How far from the right a paragraph starts: a list's items at the right edge (their
        bullet there, where fpdf2 draws a left-to-right one in the left indent), each list
        inside an item one step further in, as left-to-right packs indent from the left;
        other indents (a definition's) as given, within their list's."""
        step = getattr(self.tag_styles.get("li"), "l_margin", 0)
        step = float(step) if isinstance(step, (int, float)) else 0.0
        depth = max(self.indent - 1, 0)  # lists around this one (`indent`: the depth)
        if item:
            return max(indent - step, 0.0)
        return indent + step * depth

    def _write_paragraph(self, text: str, link: Any = None) -> None:
        bullet = getattr(self, "_bullet", "")
        if bullet and text.strip():
            self._bullet = ""
            color, self.font_color = self.font_color, self.li_prefix_color
            super()._write_paragraph(bullet)
            self.font_color = color
            if isinstance(self._paragraph, Paragraph):
                if not isinstance(self._paragraph, _RightIndented):
                    self._paragraph.__class__ = _RightIndented
                self._paragraph.hang = self.pdf.get_string_width(bullet)
        super()._write_paragraph(text, link)


def tables_right_to_left(soup: Any) -> None:
    """A table of a right-to-left page: its first column at the right, cells aligned right."""
    for row in soup.find_all("tr"):
        cells = [cell.extract() for cell in row.find_all(["td", "th"], recursive=False)]
        for cell in reversed(cells):
            if cell.name == "td" and not cell.get("align"):
                cell["align"] = "right"
            row.append(cell)
