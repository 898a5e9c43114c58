"""A heading at the foot of a PDF pack's page goes to the next page with the words under it,
as a printed page has it; it was left alone at the foot, its words on the next page."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.docx_export_pdf import export_pdf
from editor_app.core.site import Site


def test_no_heading_is_left_at_the_foot_of_a_page(tmp_path: Path, qapp) -> None:
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: Test\n", encoding="utf-8")
    sections = []
    for i in range(1, 61):  # headings land all over the pages
        filler = "\n\n".join(f"Filler line {i}.{k}." for k in range(i % 11 + 1))
        sections.append(f"## Heading number {i}\n\nWords under heading {i}.\n\n{filler}\n")
    (root / "h.md").write_text("---\ntitle: H\n---\n" + "\n".join(sections), encoding="utf-8")
    target = tmp_path / "h.pdf"
    export_pdf([root / "h.md"], target, Site.open(root))
    document = qtpdf.QPdfDocument()
    document.load(str(target))
    pages = [document.getAllText(p).text() for p in range(document.pageCount())]

    def page_of(words: str) -> int:
        return next(p for p, text in enumerate(pages) if words in " ".join(text.split()))

    assert document.pageCount() > 2
    for i in range(1, 61):
        assert page_of(f"Heading number {i}") == page_of(f"Words under heading {i}."), i


def test_headings_one_after_another_stay_together(tmp_path: Path, qapp) -> None:
    """A heading followed at once by another (a page's bold lead line, then 'Introduction')
    goes to the next page with it; the first was left at the foot, alone."""
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: Test\n", encoding="utf-8")
    sections = []
    for i in range(1, 41):
        filler = "\n\n".join(f"Filler line {i}.{k}." for k in range(i % 13 + 1))
        sections.append(
            f"## Long leading heading number {i} that takes two lines of the column\n\n"
            f"## Second heading {i}\n\nWords under heading {i}.\n\n{filler}\n"
        )
    (root / "h.md").write_text("---\ntitle: H\n---\n" + "\n".join(sections), encoding="utf-8")
    target = tmp_path / "h.pdf"
    export_pdf([root / "h.md"], target, Site.open(root))
    document = qtpdf.QPdfDocument()
    document.load(str(target))
    pages = [" ".join(document.getAllText(p).text().split()) for p in range(document.pageCount())]

    def page_of(words: str) -> int:
        return next(p for p, text in enumerate(pages) if words in text)

    for i in range(1, 41):
        first = page_of(f"Long leading heading number {i} ")
        assert first == page_of(f"Second heading {i} ") == page_of(f"under heading {i}."), i
