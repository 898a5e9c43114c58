"""On a right-to-left page, a Latin phrase's own closing sign inside quotes or brackets reads
with it: «What Does Open Source Even Mean?», «Hello world!», “Why I Close PRs.”, «[Read me first!](...)» (the sign
ending a link's words, the quote after the link). Laid out by
the bidirectional algorithm (Word's, LibreOffice's, fpdf2's), the sign took the paragraph's
direction and was drawn at the phrase's other end ("?What Does ... Mean", "!Hello world"). A
left-to-right mark after it ties it to the phrase, in the Word pack and the PDF pack; a sign
ending the Persian sentence after a Latin word ("... GitHub.") is left as it is. The PDF's
text holds no mark (words copied from it carry none); a returned Word pack finds no change
where the marks stand."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from fpdf.bidi import BidiParagraph
from fpdf.enums import TextDirection

from editor_app.core import review
from editor_app.core.docx_direction_marks import LEFT_TO_RIGHT_MARK
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_export_pdf import export_pdf
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

ASKED = "او پرسید «What Does Open Source Even Mean?» و رفت."
CALLED = "این نوشته «Hello world!» نام دارد و کتاب “Why I Close PRs.” را بخوانید."
ENDED = "ما هر روز از GitHub."
LINKED = "نوشته‌ی «[Read me first!](https://example.org/read)» را ببینید."  # the "!" ends a link
PAGE = f"---\ntitle: راهنما\nlang: fa\n---\n\n{ASKED}\n\n{CALLED}\n\n{ENDED}\n\n{LINKED}\n"


def _site(tmp_path: Path) -> tuple[Path, Site]:
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: T\nlang: fa\n", encoding="utf-8")
    page = root / "fa.md"
    page.write_text(PAGE, encoding="utf-8")
    return page, Site.open(root)


def _as_drawn(text: str) -> str:
    """The paragraph as laid out from the right, read from the left (no marks)."""
    drawn = BidiParagraph(text, base_direction=TextDirection.RTL).get_reordered_string()
    return drawn.replace(LEFT_TO_RIGHT_MARK, "")


def test_the_word_pack_draws_the_sign_with_its_phrase(tmp_path: Path) -> None:
    page, site = _site(tmp_path)
    export_docx([page], tmp_path / "pack.docx", site)
    document = docx.Document(str(tmp_path / "pack.docx"))
    texts = [p.text for p in document.paragraphs]

    def paragraph(words: str) -> str:
        return next(t for t in texts if words in t.replace(LEFT_TO_RIGHT_MARK, ""))

    assert "What Does Open Source Even Mean?" in _as_drawn(paragraph("او پرسید"))
    drawn = _as_drawn(paragraph("Hello world"))
    assert "Hello world!" in drawn and "Why I Close PRs." in drawn
    assert "Read me first!" in _as_drawn(paragraph("Read me"))
    # The sentence's own full stop after a Latin word: no mark, drawn at the line's end.
    assert LEFT_TO_RIGHT_MARK not in paragraph("GitHub")

    returned = import_review_pack(tmp_path / "pack.docx", site)  # sent back unchanged

    assert not returned.suggestions, returned.summary()
    assert review.NoteStore(page).suggestions == []
    assert page.read_text(encoding="utf-8") == PAGE


def test_the_pdf_pack_draws_the_sign_with_its_phrase_and_its_text_holds_no_mark(
    tmp_path: Path, qapp
) -> None:
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    page, site = _site(tmp_path)
    target = tmp_path / "fa.pdf"
    report = export_pdf([page], target, site)
    if any("laid out left to right" in line for line in report.unplaced):
        pytest.skip("no shaping library or font for Persian here")
    document = qtpdf.QPdfDocument()
    document.load(str(target))
    text = document.getAllText(0).text()

    assert LEFT_TO_RIGHT_MARK not in text, "words copied from the PDF carry no mark"

    def left(index: int) -> float:
        return document.getSelectionAtIndex(0, index, 1).boundingRectangle().left()

    for phrase, sign in (("Mean", "?"), ("world", "!"), ("PRs", "."), ("first", "!")):
        word = text.index(phrase)
        # (the text runs in the order the line is drawn in: the sign just before or after)
        near = text.index(sign, word - 2, word + len(phrase) + 2)
        assert left(near) > left(word + len(phrase) - 1), f"{sign} stands right of {phrase}"
    # The sentence's full stop after "GitHub" ends the line read from the right: at its left.
    github = text.index("GitHub")
    assert left(text.index(".", github)) < left(github)
