"""Headings of every level and bold words in table cells look in a PDF pack as on the published
page: h2 to h6 bold, in sizes going down, none smaller than the text (they were drawn regular,
h5 and h6 smaller than the text); a table cell's bold words bold, alone in the cell or among
plain words, in Latin and in the scripts of the system's fonts (they were drawn regular)."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.docx_export_pdf import _LEFT, export_pdf
from editor_app.core.pdf_html import simplify
from editor_app.core.pdf_nested_tables import CELL_BOLD
from editor_app.core.pdf_script_fonts import SCRIPTS, script_font
from editor_app.core.site import Site

_BY_KEY = {s.key: s for s in SCRIPTS}
_PX_MM = 4  # rendering: pixels a millimetre


def _pdf(tmp_path: Path, body: str) -> object:
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: Test\n", encoding="utf-8")
    (root / "b.md").write_text(f"---\ntitle: B\n---\n{body}", encoding="utf-8")
    target = tmp_path / "b.pdf"
    export_pdf([root / "b.md"], target, Site.open(root))
    document = qtpdf.QPdfDocument()
    document.load(str(target))
    return document


def _lines(document: object, width_mm: float) -> list[tuple[int, int]]:
    """(height in pixels, dark pixels) of each line of ink on the first page, from the top,
    within `width_mm` of the text column's left (a table's first column)."""
    from PySide6.QtCore import QSize

    image = document.render(0, QSize(210 * _PX_MM, 297 * _PX_MM))
    lines: list[list[int]] = []
    inked_before = False
    for y in range(200 * _PX_MM):
        dark = 0
        for x in range(int(_LEFT * _PX_MM), int((_LEFT + width_mm) * _PX_MM)):
            pixel = image.pixelColor(x, y)
            dark += pixel.alpha() > 128 and pixel.lightness() < 128
        if dark and not inked_before:
            lines.append([0, 0])
        if dark:
            lines[-1][0] += 1
            lines[-1][1] += dark
        inked_before = bool(dark)
    return [(h, d) for h, d in lines]


def test_headings_of_every_level_are_bold_and_go_down_in_size(tmp_path: Path, qapp) -> None:
    words = "Minutes of the board"
    body = "".join(f"{'#' * n} {words}\n\n" for n in range(2, 7)) + f"{words}\n"
    lines = _lines(_pdf(tmp_path, body), 80)
    *headings, text = lines[1:7]  # after the title
    inks = [dark for _height, dark in headings]
    assert inks == sorted(inks, reverse=True), inks  # h2 largest, h6 smallest
    # Bold and not smaller: more ink than the same words in the text, even at h6.
    assert inks[-1] > text[1] * 1.15, (inks, text)
    assert inks[2] > text[1] * 1.4, (inks, text)  # h4: a size up, and bold


def _cell_rows(tmp_path: Path, first: str, second: str) -> tuple[int, int]:
    """Ink of the first column's last two rows of a table (a row between them and the rule
    under the heading row, so that none touches it)."""
    body = f"| Head | Other |\n|---|---|\n| Row | w |\n| {first} | x |\n| {second} | y |\n"
    lines = _lines(_pdf(tmp_path, body), 58)
    return lines[-2][1], lines[-1][1]


def test_a_bold_cell_is_bold(tmp_path: Path, qapp) -> None:
    plain, bold = _cell_rows(tmp_path, "Budget lines", "**Budget lines**")
    assert bold > plain * 1.2, (plain, bold)


def test_bold_words_among_plain_ones_in_a_cell_are_bold(tmp_path: Path, qapp) -> None:
    plain, bold = _cell_rows(
        tmp_path, "Budget lines and more", "**Budget lines** and more"
    )
    assert bold > plain * 1.1, (plain, bold)


@pytest.mark.parametrize(
    ("key", "lang", "words"),
    [
        ("deva", "hi", "मोटा हिन्दी"),
        ("taml", "ta", "தடித்த தமிழ்"),
        ("cjk", "zh-cn", "粗体中文"),
        ("thai", "th", "ตัวหนา"),
    ],
)
def test_bold_words_of_other_scripts_in_a_cell_are_bold(
    key: str, lang: str, words: str, tmp_path: Path, qapp
) -> None:
    if script_font(_BY_KEY[key], lang) is None:
        pytest.skip(f"no font for {key} on this system")
    plain, bold = _cell_rows(tmp_path, f"{words} z", f"**{words}** z")
    assert bold > plain * 1.15, (plain, bold)


def test_words_like_markdown_markers_in_a_cell_are_drawn_as_written() -> None:
    cell = simplify("<table><tr><td><b>Bold</b> then **stars** -- and [a](b)</td></tr></table>")
    text = cell.find("td").get_text()
    assert text == f"{CELL_BOLD}Bold{CELL_BOLD} then **stars** -- and [a](b)"


def test_a_cell_with_bold_words_draws_its_other_words_as_written(tmp_path: Path, qapp) -> None:
    body = "| Head | Other |\n|---|---|\n| **Bold** then \\*\\*stars\\*\\* \\[a\\](b) | x |\n"
    text = _pdf(tmp_path, body).getAllText(0).text()
    assert "Bold then **stars** [a](b)" in " ".join(text.split()), text


def test_a_cell_s_wrapped_lines_are_not_spread_out(tmp_path: Path, qapp) -> None:
    """fpdf2 justifies a table cell's lines; the page has them from the left, words a space
    apart (eleventy-website's haml page: "Not    yet    supported")."""
    words = "Not yet supported " + "and then some more words to wrap the cell " * 3
    body = f"| Feature | Syntax |\n|---|---|\n| Filters | **{words.strip()}** |\n"
    document = _pdf(tmp_path, body)
    text = document.getAllText(0).text()
    start = text.index("Not")
    not_box = document.getSelectionAtIndex(0, start, 3).boundingRectangle()
    yet_box = document.getSelectionAtIndex(0, text.index("yet", start), 3).boundingRectangle()
    gap_points = yet_box.left() - not_box.right()
    assert gap_points < 6, gap_points  # a space, about 3 points at 11 points


def test_a_link_among_other_words_of_a_cell_is_a_link(tmp_path: Path, qapp) -> None:
    """A cell of several pieces drew its link as plain words, not blue, not to be followed."""
    body = "| Head | Other |\n|---|---|\n| See **the** [full guide](https://example.org/guide) now | x |\n"
    document = _pdf(tmp_path, body)
    assert "See the full guide now" in " ".join(document.getAllText(0).text().split())
    data = (tmp_path / "b.pdf").read_bytes()
    assert b"(https://example.org/guide)" in data  # the link's address, to be followed
