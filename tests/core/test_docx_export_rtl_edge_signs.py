"""On a right-to-left page of a Word pack, a sign at the edge of a Latin word or number reads
with it: "#123", "#tag", "C++", "C#" (as "@name" already did). Laid out by the bidirectional
algorithm Word and LibreOffice follow (fpdf2's implementation of it, here), the '#' took the
paragraph's direction and stood after the number ("123#": digits after Persian letters are
Arabic numbers to it) and "C++" was drawn "++C". A left-to-right mark beside the sign ties it
to its word; the import drops those marks, so a returned pack finds no change there and words
typed beside them come back without them."""

from __future__ import annotations

from pathlib import Path

import docx
from fpdf.bidi import BidiParagraph
from fpdf.enums import TextDirection
from shared_sites import copy_shared_site

from editor_app.core import review
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

PAGE = "_articles/fa/best-practices.md"
ADDED = "برنامه‌نویسان C++ و C# در شماره #123 درباره‌ی #hacktoberfest نوشتند.\n\n"
BEFORE = "داشتن چشم‌اندازی واضح"


def _site(tmp_path: Path) -> tuple[Path, Site]:
    root = copy_shared_site("opensource-guide", tmp_path, "guide")
    page = root / PAGE
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace(BEFORE, ADDED + BEFORE, 1), encoding="utf-8")
    return page, Site.open(root)


def _paragraph(document: object) -> object:
    return next(p for p in document.paragraphs if "برنامه‌نویسان C" in p.text.replace("\u200e", ""))


def _as_drawn(text: str) -> str:
    """The paragraph as laid out from the right, read from the left (no marks)."""
    drawn = BidiParagraph(text, base_direction=TextDirection.RTL).get_reordered_string()
    return drawn.replace("\u200e", "")


def test_signs_at_a_latin_words_edge_read_with_it(tmp_path: Path) -> None:
    page, site = _site(tmp_path)
    export_docx([page], tmp_path / "pack.docx", site)
    text = _paragraph(docx.Document(str(tmp_path / "pack.docx"))).text
    drawn = _as_drawn(text)
    for words in ("C++", "C#", "#123", "#hacktoberfest"):
        assert f" {words} " in drawn, (words, drawn)
    assert "@lord" in _as_drawn(
        next(
            p.text
            for p in docx.Document(str(tmp_path / "pack.docx")).paragraphs
            if "@lord،" in p.text.replace("\u200e", "")
        )
    )


def test_a_returned_pack_finds_no_change_at_the_marks(tmp_path: Path) -> None:
    page, site = _site(tmp_path)
    before = page.read_bytes()
    export_docx([page], tmp_path / "pack.docx", site)
    document = docx.Document(str(tmp_path / "pack.docx"))
    run = next(r for r in _paragraph(document).runs if "نوشتند" in r.text)
    run.text = run.text.replace("نوشتند", "نوشته‌اند")  # typed with Track Changes off
    document.core_properties.last_modified_by = "Rae Reviewer"
    document.save(str(tmp_path / "returned.docx"))

    report = import_review_pack(tmp_path / "returned.docx", site)

    assert page.read_bytes() == before
    suggestions = review.NoteStore(page).suggestions
    assert [(s.quote, s.replacement) for s in suggestions] == [("نوشتند", "نوشته‌اند")], (
        report.summary()
    )
    assert "\u200e" not in suggestions[0].before + suggestions[0].after


def test_the_import_drops_a_mark_after_signs_in_the_run_after_the_word(tmp_path: Path) -> None:
    from editor_app.core.docx_direction_marks import drop_handle_marks

    page, site = _site(tmp_path)
    export_docx([page], tmp_path / "pack.docx", site)
    document = docx.Document(str(tmp_path / "pack.docx"))
    paragraph = _paragraph(document)
    assert "\u200e" in paragraph.text
    drop_handle_marks(paragraph._p)
    assert "\u200e" not in paragraph.text
    assert "C++ و C# در شماره #123" in paragraph.text


def test_the_pdf_pack_draws_them_whole_too(tmp_path: Path) -> None:
    """Drawn left to right within the line, as a PDF reader shows each word's letters."""
    import shutil
    import subprocess

    import pytest

    from editor_app.core.docx_export_pdf import export_pdf

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) reads the drawn words")
    page, site = _site(tmp_path)
    export_pdf([page], tmp_path / "pack.pdf", site)
    layout = subprocess.run(
        ["pdftotext", "-bbox", str(tmp_path / "pack.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.replace("\u200e", "")
    for words in ("C++", "C#", "#123", "#hacktoberfest", "،@lord"):
        assert f">{words}<" in layout, words  # before: "++C", "#C", "123#", "lord@"
