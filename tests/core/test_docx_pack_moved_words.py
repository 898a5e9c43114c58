"""Words a reviewer moved in Word with Track Changes on (dragged, or cut and pasted) are
marked by Word as moved (`w:moveFrom`, `w:moveTo`), not deleted and inserted: the import
read no change at all and the move was lost. Now it comes back as two suggested edits: the
words taken out where they were, and put in where the reviewer moved them."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from editor_app.core import review
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

_BODY = (
    "The first paragraph says hello. It also says goodbye.\n\n"
    "The second paragraph waits here.\n"
)


def _moved(tag: str, text: str, mark_id: int) -> OxmlElement:
    move = OxmlElement(tag)
    move.set(qn("w:id"), str(mark_id))
    move.set(qn("w:author"), "Rae Reviewer")
    move.set(qn("w:date"), "2026-12-07T12:00:00Z")
    run = OxmlElement("w:r")
    words = OxmlElement("w:delText" if tag == "w:moveFrom" else "w:t")
    words.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    words.text = text
    run.append(words)
    move.append(run)
    return move


def test_words_moved_in_word_come_back_as_suggested_edits(tmp_path: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: T\n", encoding="utf-8")
    page = root / "page.md"
    page.write_text("---\ntitle: Moves\n---\n" + _BODY, encoding="utf-8")
    before = page.read_bytes()
    site = Site.open(root)
    export_docx([page], tmp_path / "pack.docx", site)
    document = docx.Document(str(tmp_path / "pack.docx"))
    first = next(p for p in document.paragraphs if p.text.startswith("The first"))
    second = next(p for p in document.paragraphs if p.text.startswith("The second"))
    # " It also says goodbye." moved to the end of the second paragraph, as Word marks it.
    run = first.runs[-1]
    run.text = run.text.replace(" It also says goodbye.", "")
    run._r.addnext(_moved("w:moveFrom", " It also says goodbye.", 801))
    second._p.append(_moved("w:moveTo", " It also says goodbye.", 802))
    document.core_properties.last_modified_by = "Rae Reviewer"
    document.save(str(tmp_path / "returned.docx"))

    report = import_review_pack(tmp_path / "returned.docx", site)

    assert page.read_bytes() == before
    made = {(s.quote, s.replacement) for s in review.NoteStore(page).suggestions}
    assert ("It also says goodbye.", "") in made, (made, report.summary())
    assert ("here.", "here. It also says goodbye.") in made, made
    assert "without Track Changes" not in report.summary()
