"""The contents page of a PDF review pack of several pages: each page's title, aligned as
its language reads (a right-to-left title at the right, its page number at the left), a long
one over several lines."""

from __future__ import annotations

from typing import Any

from editor_app.core.pdf_html import TEXT_W

_NUMBER_W = 12.0  # millimetres for a page number
_LINE, _AFTER = 5.5, 1.5  # a title's lines, and the room after it (7 mm a one-line title)


def contents_page(pdf: Any, sections: list[Any]) -> None:
    """The contents of a pack of several pages (fpdf2 calls it last, with the sections),
    each title in its page's direction, linked to its page."""
    # Drawn last: the pen is where the last page's footer left it, at the right.
    pdf.set_x(pdf.l_margin)
    titles = [s for s in sections if s.level == 0]  # the pages, not their headings
    directions = getattr(pdf, "titles_right_to_left", [])
    # In a pack of right-to-left pages alone the heading stands where their titles start.
    all_right_to_left = bool(directions) and all(directions)
    pdf.set_font(pdf.body_font, "B", 16)
    align = "R" if all_right_to_left else "L"
    pdf.cell(TEXT_W, 10, "Contents", align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.body_font, "", 11)
    for index, section in enumerate(titles):
        # Shaped titles when the pack has right-to-left pages (each in its own direction);
        # drawn at the end, after the last page's settings.
        pdf.set_text_shaping(pdf.shaped_pages or pdf.shaped_scripts)
        pdf.set_fallback_fonts([f for f in pdf.script_families.values() if f], exact_match=False)
        link = pdf.add_link(page=section.page_number)
        right_to_left = index < len(directions) and directions[index]
        # A title too long for its line goes on over more lines beside its page number (it
        # ran over the number), the number on its last line, as a book's contents set it (a
        # number on the first line read inside the title: "Lords 2nd 2 Reading Summary"); a
        # right-to-left one starts at the right edge, its number at the left, where the
        # line ends.
        pdf.set_x(pdf.l_margin + (_NUMBER_W + 2 if right_to_left else 0))
        pdf.multi_cell(
            TEXT_W - _NUMBER_W - 2,
            _LINE,
            section.name,
            align="R" if right_to_left else "L",
            link=link,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        bottom = pdf.get_y()
        number_x = pdf.l_margin if right_to_left else pdf.l_margin + TEXT_W - _NUMBER_W
        pdf.set_xy(number_x, bottom - _LINE)
        pdf.cell(
            _NUMBER_W,
            _LINE,
            str(section.page_number),
            align="L" if right_to_left else "R",
            link=link,
        )
        pdf.set_y(bottom + _AFTER)
