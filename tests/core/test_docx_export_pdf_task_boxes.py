"""A task list (`- [ ]`, `- [x]`) in a PDF pack shows its boxes, ticked or not, as the Word
pack does (the PDF dropped them: the items read as a plain list, nothing told done from
not done)."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.docx_export import export_docx
from editor_app.core.docx_export_pdf import export_pdf
from editor_app.core.site import Site

_PAGE = """---
title: Tasks
---

To do:

- [ ] write the **guide**
- [x] read the notes
"""


def _site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: T\n", encoding="utf-8")
    (root / "tasks.md").write_text(_PAGE, encoding="utf-8")
    return root


def test_the_pdf_draws_the_boxes_the_word_pack_writes(tmp_path: Path, qapp) -> None:
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    root = _site(tmp_path)
    site = Site.open(root)
    report = export_pdf([root / "tasks.md"], tmp_path / "tasks.pdf", site)
    export_docx([root / "tasks.md"], tmp_path / "tasks.docx", site)
    document = qtpdf.QPdfDocument()
    document.load(str(tmp_path / "tasks.pdf"))
    text = document.getAllText(0).text()
    if report.missing:
        pytest.skip("no font for the boxes here")
    assert "\u2610 write the" in text
    assert "\u2611 read the notes" in text
    import docx

    paragraphs = docx.Document(str(tmp_path / "tasks.docx")).paragraphs
    words = "\n".join(p.text for p in paragraphs)
    assert "\u2610 write the guide" in words and "\u2611 read the notes" in words
    # The boxes in a text font: LibreOffice drew ☑ from the colour emoji font, left blank.
    boxes = [r for p in paragraphs for r in p.runs if r.text.strip() in ("\u2610", "\u2611")]
    assert len(boxes) == 2 and all(r.font.name == "DejaVu Sans" for r in boxes)


def test_without_a_unicode_font_the_boxes_are_brackets(tmp_path: Path, monkeypatch, qapp) -> None:
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    from editor_app.core import docx_export_pdf

    monkeypatch.setattr(docx_export_pdf, "load_fonts", lambda pdf: ("helvetica", "courier"))
    root = _site(tmp_path)
    report = export_pdf([root / "tasks.md"], tmp_path / "tasks.pdf", Site.open(root))
    assert not report.missing, "no question marks for the boxes"
    document = qtpdf.QPdfDocument()
    document.load(str(tmp_path / "tasks.pdf"))
    text = document.getAllText(0).text()
    assert "[ ] write the" in text and "[x] read the notes" in text
