"""A right-to-left page's "@name" reads "@name" in the Word pack, as in the PDF pack (Word and
LibreOffice drew "name@": the '@' took the paragraph's direction). A left-to-right mark before
the '@' ties it to the name; the import leaves such marks out, so a returned pack finds no
change where they stand and a reviewer's words there come back without them."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import docx

from editor_app.core import review
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

_PAGE = """---
lang: ar
title: أفضل الممارسات
---

كمثال، اكتشف @lord أن وجود رؤية للمشروع ساعده.

— @lord, [“نصائح للمحافظين الجدد”](https://example.com/tips)

راسلني على name@example.com اليوم.
"""


def _site(tmp_path: Path) -> tuple[Path, Site]:
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: T\n", encoding="utf-8")
    page = root / "ar.md"
    page.write_text(_PAGE, encoding="utf-8")
    return page, Site.open(root)


def _paragraph(document: object, words: str) -> object:
    return next(p for p in document.paragraphs if words in p.text.replace("\u200e", ""))


def test_the_at_sign_is_tied_to_the_name_on_a_right_to_left_page(tmp_path: Path) -> None:
    page, site = _site(tmp_path)
    export_docx([page], tmp_path / "pack.docx", site)
    document = docx.Document(str(tmp_path / "pack.docx"))
    for words in ("اكتشف @lord", "— @lord,"):
        text = _paragraph(document, words).text
        before = text[text.index("@") - 1]
        # Written left to right, the '@' reads with the name after it, not at its right.
        assert unicodedata.bidirectional(before) == "L", (words, text)
    address = _paragraph(document, "example.com").text
    assert "name@example.com" in address, "an address is left as written"


def test_a_returned_pack_finds_no_change_at_the_marks(tmp_path: Path) -> None:
    page, site = _site(tmp_path)
    before = page.read_bytes()
    export_docx([page], tmp_path / "pack.docx", site)

    report = import_review_pack(tmp_path / "pack.docx", site)

    assert page.read_bytes() == before
    assert not review.NoteStore(page).suggestions, report.summary()
    assert "without Track Changes" not in report.summary()


def test_words_typed_beside_the_name_come_back_without_the_mark(tmp_path: Path) -> None:
    page, site = _site(tmp_path)
    export_docx([page], tmp_path / "pack.docx", site)
    document = docx.Document(str(tmp_path / "pack.docx"))
    paragraph = _paragraph(document, "اكتشف @lord")
    run = next(r for r in paragraph.runs if "@" in r.text)
    run.text = run.text.replace("lord", "lord2")  # typed with Track Changes off
    document.core_properties.last_modified_by = "Rae Reviewer"
    document.save(str(tmp_path / "returned.docx"))

    report = import_review_pack(tmp_path / "returned.docx", site)

    made = [(s.quote, s.replacement) for s in review.NoteStore(page).suggestions]
    assert made, report.summary()
    assert all("\u200e" not in quote + new for quote, new in made), made
    assert any("lord2" in new for _quote, new in made), made


def test_a_comment_on_the_name_is_a_note_on_its_words(tmp_path: Path) -> None:
    page, site = _site(tmp_path)
    export_docx([page], tmp_path / "pack.docx", site)
    document = docx.Document(str(tmp_path / "pack.docx"))
    paragraph = _paragraph(document, "— @lord,")
    runs = [r for r in paragraph.runs if "@" in r.text]
    document.add_comment(runs, "Which Lord?", author="Rae")
    document.save(str(tmp_path / "returned.docx"))

    report = import_review_pack(tmp_path / "returned.docx", site)

    notes = [n for n in review.NoteStore(page).notes if n.text == "Which Lord?"]
    assert notes and "\u200e" not in notes[0].quote, report.summary()
    assert "@lord" in notes[0].quote, notes[0].quote
