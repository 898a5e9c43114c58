"""An attribution line on a right-to-left page ("— @name, “Arabic title”") reads in the PDF
pack as in the Word pack: the dash first, at the right, the name, then its comma at the
name's left before the title (the PDF drew "— @name, " as one left-to-right piece: its dash
in the middle of the line and its comma at the right end)."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.docx_export_pdf import export_pdf
from editor_app.core.site import Site

_PAGE = """---
lang: ar
title: أفضل الممارسات
---

نص عربي قبل الاقتباس.

— @lord, [“نصائح للمحافظين الجدد”](https://example.com/tips)

— @kittens, [“Call for contributors”](https://example.com/call)
"""


def test_the_dash_stands_at_the_right_and_the_comma_after_the_name(tmp_path: Path, qapp) -> None:
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: T\n", encoding="utf-8")
    (root / "ar.md").write_text(_PAGE, encoding="utf-8")
    target = tmp_path / "ar.pdf"
    report = export_pdf([root / "ar.md"], target, Site.open(root))
    if any("laid out left to right" in line for line in report.unplaced):
        pytest.skip("no shaping library or font for Arabic here")
    document = qtpdf.QPdfDocument()
    document.load(str(target))
    text = document.getAllText(0).text()

    def box(index: int) -> tuple[float, float]:
        rect = document.getSelectionAtIndex(0, index, 1).boundingRectangle()
        return rect.left(), rect.top()

    name = text.index("lord")
    line = box(name)[1]
    dashes = [i for i, c in enumerate(text) if c == "—" and abs(box(i)[1] - line) < 8]
    commas = [i for i, c in enumerate(text) if c == "," and abs(box(i)[1] - line) < 8]
    assert dashes and commas
    assert box(dashes[0])[0] > box(name)[0], "the dash is read first, right of the name"
    assert box(commas[0])[0] < box(name)[0], "the comma follows the name, at its left"
    # A line in Latin letters alone still reads left to right, its dash at its left.
    latin = text.index("kittens")
    latin_line = box(latin)[1]
    dash = next(i for i, c in enumerate(text) if c == "—" and abs(box(i)[1] - latin_line) < 8)
    assert box(dash)[0] < box(latin)[0] < box(text.index("Call"))[0]
