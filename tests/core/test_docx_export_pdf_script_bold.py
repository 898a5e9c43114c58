"""Bold words in a script DejaVu Sans lacks (Hindi, Tamil, Chinese...) are bold in a PDF pack:
drawn in the font's bold face when the system has one (Noto Sans CJK Bold), else outlined as
well as filled (Lohit has no bold face). Before, they were drawn as regular words among bold
Latin ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.docx_export_pdf import _LEFT, _TEXT_W, export_pdf
from editor_app.core.pdf_script_fonts import SCRIPTS, script_font
from editor_app.core.site import Site

_BY_KEY = {s.key: s for s in SCRIPTS}
_PX_MM = 4  # rendering: pixels a millimetre


def _lines_ink(document: object) -> list[int]:
    """Dark pixels of each line of text on the first page, from the top (rows with ink run
    together make a line)."""
    from PySide6.QtCore import QSize

    image = document.render(0, QSize(210 * _PX_MM, 297 * _PX_MM))
    lines: list[int] = []
    inked_before = False
    for y in range(80 * _PX_MM):  # the title and the two paragraphs
        dark = 0
        for x in range(int(_LEFT * _PX_MM), int((_LEFT + _TEXT_W) * _PX_MM)):
            pixel = image.pixelColor(x, y)  # transparent where nothing is drawn
            dark += pixel.alpha() > 128 and pixel.lightness() < 128
        if dark and not inked_before:
            lines.append(0)
        if dark:
            lines[-1] += dark
        inked_before = bool(dark)
    return lines


@pytest.mark.parametrize(
    ("key", "lang", "words"),
    [
        ("deva", "hi", "मोटा हिन्दी पाठ"),
        ("taml", "ta", "தடித்த தமிழ்"),
        ("cjk", "zh-cn", "粗体中文文字"),
    ],
)
def test_bold_words_of_a_script_font_are_bold(
    key: str, lang: str, words: str, tmp_path: Path, qapp
) -> None:
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    if script_font(_BY_KEY[key], lang) is None:
        pytest.skip(f"no font for {key} on this system (Debian: fonts-lohit-*, fonts-wqy-microhei)")
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: Test\n", encoding="utf-8")
    page = f"---\ntitle: B\n---\nA {words} z.\n\nA **{words}** z.\n"
    (root / "b.md").write_text(page, encoding="utf-8")
    target = tmp_path / "b.pdf"

    export_pdf([root / "b.md"], target, Site.open(root))

    document = qtpdf.QPdfDocument()
    document.load(str(target))
    _title, regular, bold = _lines_ink(document)
    assert bold > regular * 1.2, (regular, bold)
