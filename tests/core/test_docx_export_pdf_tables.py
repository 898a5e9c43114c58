"""A PDF pack of several pages whose tables hold more than plain words (a list, code) is
written, each cell's words in its cell; a piece the PDF cannot lay out is drawn
as plain words, said in one line, and the pages after it come out as ever."""

from __future__ import annotations

import re
import shutil
import zlib
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.docx_export_pdf import _LEFT, export_pdf
from editor_app.core.pdf_script_fonts import SCRIPTS, script_font
from editor_app.core.site import Site

LIST_WITH_CODE_IN_A_CELL = """---
title: K
---
<table>
<tr><td>a</td><td><ul><li>Using <code>null</code> here.</li></ul></td></tr>
</table>
"""
OTHER_PAGE = """---
title: Other
---
Some words on the next page.
"""


def _pdf_text(path: Path, qapp) -> list[str]:
    """The text of each page, as a PDF reader extracts it."""
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    document = qtpdf.QPdfDocument()
    document.load(str(path))
    return [" ".join(document.getAllText(i).text().split()) for i in range(document.pageCount())]


def _unclosed_states(path: Path) -> list[int]:
    """For each content stream of the PDF, its graphics states begun ("q") minus ended ("Q")."""
    data = path.read_bytes()
    counts = []
    for raw in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            content = zlib.decompress(raw)
        except zlib.error:
            continue  # a picture or a font, not a page's drawing
        operators = re.findall(rb"(?m)^\s*([qQ])\s*$", content)
        counts.append(operators.count(b"q") - operators.count(b"Q"))
    return counts


def _site(tmp_path: Path, pages: dict[str, str]) -> Path:
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: Test\n", encoding="utf-8")
    for name, text in pages.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_a_list_with_code_in_a_cell_no_longer_stops_a_pack_of_two_pages(tmp_path: Path, qapp):
    root = _site(tmp_path, {"a.md": OTHER_PAGE, "k.md": LIST_WITH_CODE_IN_A_CELL})
    target = tmp_path / "t.pdf"
    report = export_pdf([root / "a.md", root / "k.md"], target, Site.open(root))
    assert report.pages == 2
    assert report.unplaced == []  # the table is drawn as a table, nothing said
    text = _pdf_text(target, qapp)
    assert "Other" in text[0] and "K" in text[0]  # the contents page
    assert "• Using null here." in text[-1] and "a" in text[-1]
    assert set(_unclosed_states(target)) == {0}


def test_a_numbered_list_in_a_cell_keeps_its_numbers_each_item_on_its_line(tmp_path: Path, qapp):
    page = "---\ntitle: N\n---\n<table><tr><td><ol><li>one <b>x</b></li><li>two</li></ol></td></tr></table>\n"
    root = _site(tmp_path, {"a.md": OTHER_PAGE, "n.md": page})
    target = tmp_path / "n.pdf"
    export_pdf([root / "a.md", root / "n.md"], target, Site.open(root))
    last = _pdf_text(target, qapp)[-1]
    assert "1. one x" in last and "2. two" in last
    assert last.index("1. one x") < last.index("2. two")


def test_a_cell_written_over_several_lines_reads_as_one_sentence(tmp_path: Path, qapp):
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    cell = "<td>\n  <p>\n    Set to false\n    when built.\n  </p>\n</td>"
    page = f"---\ntitle: C\n---\n<table><tr><td>published</td>{cell}</tr></table>\n"
    root = _site(tmp_path, {"c.md": page})
    target = tmp_path / "c.pdf"
    export_pdf([root / "c.md"], target, Site.open(root))
    document = qtpdf.QPdfDocument()
    document.load(str(target))
    assert "Set to false when built." in document.getAllText(0).text()


def test_a_piece_the_pdf_cannot_lay_out_is_plain_words_and_the_next_pages_come_out(
    tmp_path: Path, qapp
):
    # A cell taller than a page: fpdf2 stops on it, having begun its drawing state. (A table
    # in a cell stopped it too, before it was drawn as a table in the cell.)
    broken = (
        "---\ntitle: B\n---\n<table><tr><td>Inner cell words " + "and more " * 1500
        + "</td></tr></table>\n\nAfter the table.\n"
    )
    root = _site(tmp_path, {"b.md": broken, "a.md": OTHER_PAGE})
    target = tmp_path / "b.pdf"
    report = export_pdf([root / "b.md", root / "a.md"], target, Site.open(root))
    assert report.unplaced == [
        "b.md: 1 passage is shown as plain words: the PDF cannot lay it out as the preview "
        "does (from “Inner cell words and more and…”)."
    ]
    text = _pdf_text(target, qapp)
    assert "Inner cell words" in " ".join(text[1:-1]) and "After the table." in text[-2]
    assert "Some words on the next page." in text[-1]
    assert set(_unclosed_states(target)) == {0}  # the next page is not drawn inside it


def test_the_contents_heading_starts_at_the_left_of_the_text_column(tmp_path: Path, qapp):
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    root = _site(tmp_path, {"a.md": OTHER_PAGE, "k.md": LIST_WITH_CODE_IN_A_CELL})
    target = tmp_path / "t.pdf"
    export_pdf([root / "a.md", root / "k.md"], target, Site.open(root))
    document = qtpdf.QPdfDocument()
    document.load(str(target))
    text = document.getAllText(0).text()
    heading = document.getSelectionAtIndex(0, text.index("Contents"), len("Contents"))
    first = document.getSelectionAtIndex(0, text.index("Other"), len("Other"))
    left_margin = _LEFT * 72 / 25.4  # points
    assert abs(heading.boundingRectangle().left() - left_margin) < 6
    assert abs(heading.boundingRectangle().left() - first.boundingRectangle().left()) < 3


def test_a_tab_in_code_is_an_indent_not_a_character_said_missing(tmp_path: Path, qapp):
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    page = '---\ntitle: T\n---\n```json\n{\n\t"tags": ["posts"]\n}\n```\n'
    root = _site(tmp_path, {"t.md": page})
    target = tmp_path / "t.pdf"
    report = export_pdf([root / "t.md"], target, Site.open(root))
    assert report.missing == ""
    assert "empty boxes" not in report.summary()
    document = qtpdf.QPdfDocument()
    document.load(str(target))
    text = document.getAllText(0).text()
    brace = document.getSelectionAtIndex(0, text.index("{"), 1).boundingRectangle()
    tags = document.getSelectionAtIndex(0, text.index('"tags"'), 6).boundingRectangle()
    assert tags.left() > brace.left() + 10  # indented, as in the preview


def test_joiners_and_variation_selectors_are_not_named_as_missing_characters(tmp_path: Path):
    # As written in emoji (the code font has no shape for these): information shown as a
    # picture (U+FE0F), a family joined (U+200D).
    page = "---\ntitle: E\n---\nSee `\u2139\ufe0f the \U0001f468\u200d\U0001f469 team`.\n"
    root = _site(tmp_path, {"e.md": page})
    report = export_pdf([root / "e.md"], tmp_path / "e.pdf", Site.open(root))
    emoji = next(s for s in SCRIPTS if s.key == "emoji")
    if script_font(emoji, emoji.lang) is None:  # else drawn from the system's emoji font
        assert "\U0001f468" in report.missing  # an emoji itself is said
    assert "\ufe0f" not in report.missing and "\u200d" not in report.missing


@pytest.mark.parametrize(
    ("site_name", "pages"),
    [
        ("jekyll-docs", ["_docs/front-matter.md", "_docs/index.md"]),
        ("jekyll-docs", ["_docs/assets.md", "_docs/collections.md"]),
        ("eleventy-website", ["src/docs/data-cascade.md", "src/docs/config.md"]),
    ],
)
def test_real_pages_with_code_in_table_lists_make_a_pack(
    site_name: str, pages: list[str], tmp_path: Path
):
    copy = tmp_path / site_name
    shutil.copytree(
        shared_site_path(site_name), copy, ignore=shutil.ignore_patterns(".git", "node_modules")
    )
    target = tmp_path / "pack.pdf"
    report = export_pdf([copy / p for p in pages], target, Site.open(copy / pages[0]))
    assert report.pages == 2
    assert target.read_bytes().startswith(b"%PDF")
    assert set(_unclosed_states(target)) == {0}


def test_a_table_stays_in_the_text_column_clear_of_the_notes(tmp_path: Path, qapp):
    from editor_app.core.docx_export_pdf import _NOTE_X, _TEXT_W

    qtpdf = pytest.importorskip("PySide6.QtPdf")
    page = (
        "---\ntitle: T\n---\n| Name | Right column |\n| --- | --- |\n"
        "| first | far end |\n"
    )
    root = _site(tmp_path, {"t.md": page})
    target = tmp_path / "t.pdf"
    export_pdf([root / "t.md"], target, Site.open(root))
    document = qtpdf.QPdfDocument()
    document.load(str(target))
    text = document.getAllText(0).text()

    def box(words: str):  # noqa: ANN202 - a QRectF
        return document.getSelectionAtIndex(0, text.index(words), len(words)).boundingRectangle()

    mm = 72 / 25.4
    # From the text column's left edge (fpdf2 centred tables on the page, 26 mm further
    # right) to no further than its right edge, before the margin where notes are.
    assert _LEFT * mm <= box("first").left() < (_LEFT + 3) * mm
    assert box("far end").right() <= (_LEFT + _TEXT_W) * mm
    assert box("far end").right() < _NOTE_X * mm
