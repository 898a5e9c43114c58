"""A right-to-left page's Latin words in a pack: in the PDF, a link or bold piece in Latin
letters keeps its letters' order ('@name' was drawn 'name@', a quote's marks at the wrong
ends); in Word, bold and italic Arabic or Hebrew words are bold and italic (Word draws such
letters by the complex-script settings, which were not set) and their runs read right to left."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from editor_app.core.docx_export import export_docx
from editor_app.core.docx_export_pdf import export_pdf
from editor_app.core.site import Site

_PAGE = """---
lang: he
title: מדריך קוד פתוח
---

נתונים יכולים **לעזור לך** לקבל _החלטות_ טובות יותר.

— [@errietta](https://github.com/errietta), [“Why I love open source”](https://example.com/x)
"""


def _site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: T\n", encoding="utf-8")
    (root / "he.md").write_text(_PAGE, encoding="utf-8")
    return root


def test_latin_pieces_keep_their_order_in_the_pdf(tmp_path: Path, qapp) -> None:
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    root = _site(tmp_path)
    target = tmp_path / "he.pdf"
    report = export_pdf([root / "he.md"], target, Site.open(root))
    if any("laid out left to right" in line for line in report.unplaced):
        pytest.skip("no shaping library or font for Hebrew here")
    document = qtpdf.QPdfDocument()
    document.load(str(target))
    text = document.getAllText(0).text()

    def left(index: int) -> float:
        return document.getSelectionAtIndex(0, index, 1).boundingRectangle().left()

    at = text.index("errietta")
    sign = text.rfind("@", 0, at + 20) if "@" in text else -1
    assert sign >= 0
    assert left(sign) < left(at) if sign < at else left(sign) < left(text.index("e", at))
    why = text.index("Why")
    opening = text.index("“")
    assert left(opening) < left(why), "the opening quote is left of its words"
    assert left(text.index("Why")) < left(text.index("source")), "Latin words read left to right"


def test_bold_and_italic_hebrew_words_are_so_in_word(tmp_path: Path) -> None:
    root = _site(tmp_path)
    target = tmp_path / "he.docx"
    export_docx([root / "he.md"], target, Site.open(root))
    body = docx.Document(str(target)).element.body
    runs = {"".join(t.text or "" for t in r.iter(qn("w:t"))): r for r in body.iter(qn("w:r"))}
    bold, italic = runs["לעזור לך"].rPr, runs["החלטות"].rPr
    assert bold.find(qn("w:bCs")) is not None and bold.find(qn("w:rtl")) is not None
    assert italic.find(qn("w:iCs")) is not None
    plain = runs["נתונים יכולים "].rPr
    assert plain is not None and plain.find(qn("w:rtl")) is not None
    latin = next(r for t, r in runs.items() if "errietta" in t)
    assert latin.rPr is None or latin.rPr.find(qn("w:rtl")) is None
