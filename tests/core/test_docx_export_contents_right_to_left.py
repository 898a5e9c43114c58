"""A pack of right-to-left pages alone has its "Contents" heading at the right, where its
titles start, in Word and in the PDF (it stood at the left, apart from the list under it);
a pack holding a left-to-right page keeps it at the left."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from editor_app.core.docx_export import export_docx
from editor_app.core.docx_export_pdf import export_pdf
from editor_app.core.site import Site


def _site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: T\n", encoding="utf-8")
    for name, lang, title in (("a", "ar", "أفضل الممارسات"), ("b", "fa", "سنجه‌های پروژه")):
        (root / f"{name}.md").write_text(
            f"---\nlang: {lang}\ntitle: {title}\n---\n\nنص عربي.\n", encoding="utf-8"
        )
    (root / "en.md").write_text("---\ntitle: English\n---\n\nWords.\n", encoding="utf-8")
    return root


def _contents_heading_at_right(target: Path) -> bool:
    body = docx.Document(str(target)).element.body
    heading = next(
        p for p in body.iter(qn("w:p")) if "".join(t.text for t in p.iter(qn("w:t"))) == "Contents"
    )
    jc = heading.find(f"{qn('w:pPr')}/{qn('w:jc')}")
    bidi = heading.find(f"{qn('w:pPr')}/{qn('w:bidi')}")
    return bidi is not None or (jc is not None and jc.get(qn("w:val")) == "right")


def test_word_contents_heading_at_the_right_of_a_right_to_left_pack(tmp_path: Path) -> None:
    root = _site(tmp_path)
    site = Site.open(root)
    export_docx([root / "a.md", root / "b.md"], tmp_path / "rtl.docx", site)
    assert _contents_heading_at_right(tmp_path / "rtl.docx")
    export_docx([root / "a.md", root / "en.md"], tmp_path / "both.docx", site)
    assert not _contents_heading_at_right(tmp_path / "both.docx")


def test_pdf_contents_heading_at_the_right_of_a_right_to_left_pack(tmp_path: Path, qapp) -> None:
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    root = _site(tmp_path)
    site = Site.open(root)

    def heading_left(name: str, pages: list[Path]) -> float:
        export_pdf(pages, tmp_path / name, site)
        document = qtpdf.QPdfDocument()
        document.load(str(tmp_path / name))
        text = document.getAllText(0).text()
        return document.getSelectionAtIndex(0, text.index("Contents"), 1).boundingRectangle().left()

    width = 595.0  # A4, in points
    assert heading_left("rtl.pdf", [root / "a.md", root / "b.md"]) > width / 2
    assert heading_left("both.pdf", [root / "a.md", root / "en.md"]) < width / 4
