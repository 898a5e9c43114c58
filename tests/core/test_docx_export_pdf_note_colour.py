"""A table after a margin note in a PDF pack has its rules in the text's colour; they took the
note's yellow line colour (seen on eleventy-website's haml page exported with a note)."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.core.docx_export_pdf import _LEFT, _TEXT_W, export_pdf
from editor_app.core.site import Site

_PX_MM = 4


def test_table_rules_after_a_note_keep_the_text_colour(tmp_path: Path, qapp) -> None:
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    from PySide6.QtCore import QSize

    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: Test\n", encoding="utf-8")
    page = root / "t.md"
    page.write_text(
        "---\ntitle: T\n---\nThe words a reviewer asks about.\n\n"
        "| Name | Value |\n|---|---|\n| a | 1 |\n| b | 2 |\n",
        encoding="utf-8",
    )
    body = Document.load(page).body
    start, end = review.find_passage(body, "asks about")
    review.NoteStore(page).add(review.make_note(body, start, end, "Is this right?", "Rita"))
    target = tmp_path / "t.pdf"
    export_pdf([page], target, Site.open(root))
    document = qtpdf.QPdfDocument()
    document.load(str(target))
    image = document.render(0, QSize(210 * _PX_MM, 297 * _PX_MM))
    yellow = 0
    for y in range(0, 120 * _PX_MM):
        for x in range(int(_LEFT * _PX_MM), int((_LEFT + _TEXT_W) * _PX_MM)):
            c = image.pixelColor(x, y)
            yellow += c.alpha() > 128 and c.red() > 150 and c.green() > 100 and c.blue() < 80
    assert yellow == 0
