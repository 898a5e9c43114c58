"""The contents page of a PDF review pack of several pages: each page's title, aligned as
its language reads (a right-to-left title at the right, its page number at the left)."""

from __future__ import annotations

from typing import Any

from editor_app.core.pdf_html import TEXT_W


def contents_page(pdf: Any, sections: list[Any]) -> None:
    """The contents of a pack of several pages (fpdf2 calls it last, with the sections),
    each title in its page's direction, linked to its page."""
    # Drawn last: the pen is where the last page's footer left it, at the right.
    pdf.set_x(pdf.l_margin)
    pdf.set_font(pdf.body_font, "B", 16)
    pdf.cell(TEXT_W, 10, "Contents", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.body_font, "", 11)
    titles = [s for s in sections if s.level == 0]  # the pages, not their headings
    directions = getattr(pdf, "titles_right_to_left", [])
    for index, section in enumerate(titles):
        # Shaped titles when the pack has right-to-left pages (each in its own direction);
        # drawn at the end, after the last page's settings.
        pdf.set_text_shaping(pdf.shaped_pages or pdf.shaped_scripts)
        pdf.set_fallback_fonts([f for f in pdf.script_families.values() if f], exact_match=False)
        link = pdf.add_link(page=section.page_number)
        number = str(section.page_number)
        if index < len(directions) and directions[index]:
            # A title read from the right starts at the right edge, its page number at the
            # left, where the line ends.
            pdf.cell(12, 7, number, align="L", new_x="RIGHT", new_y="TOP", link=link)
            pdf.cell(
                TEXT_W - 12, 7, section.name, align="R", new_x="LMARGIN", new_y="NEXT", link=link
            )
            continue
        pdf.cell(TEXT_W - 12, 7, section.name, new_x="RIGHT", new_y="TOP", link=link)
        pdf.cell(12, 7, number, align="R", new_x="LMARGIN", new_y="NEXT")
