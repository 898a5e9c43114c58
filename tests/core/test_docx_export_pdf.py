"""Review packs as PDF: the page's words, open notes in the margin, a contents page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.core.docx_export_pdf import export_pdf
from editor_app.core.site import Site

PAGE = "_resources/dpdib-lords-2nd-reading-summary.md"
OTHER = "_resources/2026-05-30-un-global-dialogue-ai-consultation.md"


def _pdf_text(path: Path, qapp) -> list[str]:
    """The text of each page, as a PDF reader extracts it."""
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    document = qtpdf.QPdfDocument()
    document.load(str(path))
    return [document.getAllText(i).text() for i in range(document.pageCount())]


def test_pdf_pack_has_the_page_and_its_notes_in_the_margin(site_copy: Path, tmp_path, qapp):
    page = site_copy / PAGE
    body = Document.load(page).body
    start, end = review.find_passage(body, "the last day before their Christmas break")
    store = review.NoteStore(page)
    store.add(review.make_note(body, start, end, "Which year was that?", "Ann Lee"))
    done = store.add(review.make_note(body, start, end, "Old point", "Ann Lee"))
    store.set_resolved(done.id)

    report = export_pdf([page], tmp_path / "pack.pdf", Site.open(site_copy))
    assert report.comments == 1
    data = (tmp_path / "pack.pdf").read_bytes()
    assert data.startswith(b"%PDF") and len(re.findall(rb"/Subtype\s*/Text", data)) == 1
    pages = _pdf_text(tmp_path / "pack.pdf", qapp)
    text = " ".join(" ".join(pages).split())
    assert "Lords 2nd Reading Summary" in text
    assert "the House of Lords got to debate" in text
    assert "Old point" not in text
    note_page = next(p for p in pages if "Which year was that?" in p)
    assert "Christmas" in note_page  # beside its passage, on the same page


def test_several_pages_make_one_pdf_with_contents(site_copy: Path, tmp_path: Path, qapp):
    pages = [site_copy / PAGE, site_copy / OTHER]
    export_pdf(pages, tmp_path / "two.pdf", Site.open(site_copy))
    text = _pdf_text(tmp_path / "two.pdf", qapp)
    contents = " ".join(text[0].split())
    assert contents.startswith("Contents") or "Contents" in contents
    for page in pages:
        assert Document.load(page).front_matter["title"] in contents


def test_characters_the_pdf_cannot_draw_are_said_once_in_plain_words(
    site_copy: Path, tmp_path: Path
) -> None:
    # fpdf2 logged "Font MPDFAA+DejaVuSansBook is missing the following glyphs: ..." on stderr.
    import subprocess
    import sys

    def export(page: Path, name: str) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "editor_app.cli", "export", str(page), "-o", name]
        return subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, timeout=120)

    page = site_copy / PAGE
    # An Egyptian hieroglyph: no font the pack looks for draws it (emoji are drawn, when the
    # system has an emoji font).
    page.write_text(page.read_text(encoding="utf-8") + "\nWell done \U00013000\n", "utf-8")
    done = export(page, "pack.pdf")
    assert (done.returncode, done.stderr) == (0, "")
    assert "Some characters show as empty boxes in the PDF" in done.stdout
    assert "\U00013000" in done.stdout
    # A page every character of which the fonts draw says nothing of the kind.
    done = export(site_copy / OTHER, "other.pdf")
    assert done.returncode == 0 and "empty boxes" not in done.stdout
