"""A PDF review pack's page written right to left (Arabic, Persian, Hebrew): fpdf2's HTML
layout made to read from the right (fpdf2 indents and draws bullets from the left only)."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from bs4 import Comment
from fpdf.enums import Align, TextDirection
from fpdf.text_region import LineWrapper, Paragraph

from editor_app.core.docx_direction_marks import CLOSING_QUOTES, with_edge_marks
from editor_app.core.page_language import holds_right_to_left, written_left_to_right
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


# Where a paragraph's words are gathered: its direction is read from all of them.
_PARAGRAPHS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "figcaption", "caption")
# Pieces left as they are: code reads left to right whole; fpdf2 takes no tag in a cell.
_KEPT_WHOLE = ("pre", "code", "td", "th")
# Marks that end a clause or sentence: after Latin words on a line read from the right, they
# stand at the words' left, as the bidirectional algorithm (and Word) puts them.
_CLAUSE_ENDS = ",.;:!?\u060c\u061b\u061f\u06d4"


def latin_edges(text: str, quoted: bool = False) -> tuple[str, str, str]:
    """`text` as (before, words, after): the spaces and the signs standing apart from the
    words ("— " of "— @name, ") before them, the spaces, signs apart and a clause's closing
    comma or full stop after them; '@', quotes and brackets stay with their words. `quoted`:
    a closing quote or bracket follows the text, so a sign ending it is the words' own
    (the "!" of «Read me first!»), kept with them."""
    tokens = re.split(r"(\s+)", text)

    def apart(token: str) -> bool:
        return not any(unicodedata.bidirectional(c) == "L" for c in token)

    start, end = 0, len(tokens)
    while start < end and apart(tokens[start]):
        start += 1
    while end > start and apart(tokens[end - 1]):
        end -= 1
    words = "".join(tokens[start:end])
    kept = words if quoted and end == len(tokens) else words.rstrip(_CLAUSE_ENDS)
    return "".join(tokens[:start]), kept, words[len(kept) :] + "".join(tokens[end:])


def latin_edges_apart(soup: Any) -> None:
    """In a paragraph holding right-to-left words, a piece in Latin letters alone (the
    "— @name, " before an Arabic title's link) has only its words drawn left to right:
    its dash, spaces and closing comma read with the line from the right, where the Word
    pack has them (drawn as one left-to-right piece, its dash stood in the middle of the line
    and its comma at the right end). A paragraph in Latin letters alone reads left to right."""
    soup.smooth()  # the words of a tag unwrapped (`<bdi>`) joined to those around them
    # Each paragraph's words read once, not again for each Latin piece in it (splitting a
    # piece into spans leaves its words as they were).
    right_to_left: dict[int, bool] = {}
    for node in list(soup.find_all(string=True)):
        text = str(node)
        if not written_left_to_right(text) or node.find_parent(_KEPT_WHOLE) is not None:
            continue
        paragraph = node.find_parent(_PARAGRAPHS)
        if paragraph is None:
            continue
        if id(paragraph) not in right_to_left:
            right_to_left[id(paragraph)] = holds_right_to_left(paragraph.get_text())
        if not right_to_left[id(paragraph)]:
            continue
        following = str(node.find_next(string=True) or "")[:1]
        before, words, after = latin_edges(
            text, quoted=bool(following) and following in CLOSING_QUOTES
        )
        if not before and not after:
            continue
        piece = soup.new_tag("span")
        piece.string = words
        node.replace_with(*(part for part in (before, piece, after) if part))


def edge_signs_kept(soup: Any) -> None:
    """A sign at a Latin word's or a number's edge in a right-to-left paragraph kept with it
    ("@name", "#123", "C++"; drawn "name@", "123#", "++C"): a left-to-right mark beside it,
    as in the Word pack (`docx_direction_marks`), drawn as nothing. Code is left as written."""
    for node in list(soup.find_all(string=True)):
        if isinstance(node, Comment) or node.find_parent(_KEPT_WHOLE) is not None:
            continue
        text = str(node)
        # The sign closing a link's words ("world!") and the quote after it ("»"): apart.
        following = node.find_next(string=True)
        marked = with_edge_marks(text, after=str(following or "")[:1])
        if marked != text:
            node.replace_with(marked)
