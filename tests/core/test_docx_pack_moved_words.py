"""Words a reviewer moved in Word with Track Changes on (dragged, or cut and pasted) are
marked by Word as moved (`w:moveFrom`, `w:moveTo`), not deleted and inserted: the import
read no change at all and the move was lost. Now it comes back as two suggested edits: the
words taken out where they were, and put in where the reviewer moved them."""

from __future__ import annotations

from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx_pack_helpers import import_returned, one_page_site, opened_pack

from editor_app.core import review
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
    page = one_page_site(tmp_path, "---\ntitle: Moves\n---\n" + _BODY)
    before = page.read_bytes()
    site = Site.open(page.parent)
    document = opened_pack(page, site, tmp_path)
    first = next(p for p in document.paragraphs if p.text.startswith("The first"))
    second = next(p for p in document.paragraphs if p.text.startswith("The second"))
    # " It also says goodbye." moved to the end of the second paragraph, as Word marks it.
    run = first.runs[-1]
    run.text = run.text.replace(" It also says goodbye.", "")
    run._r.addnext(_moved("w:moveFrom", " It also says goodbye.", 801))
    second._p.append(_moved("w:moveTo", " It also says goodbye.", 802))
    document.core_properties.last_modified_by = "Rae Reviewer"

    report = import_returned(document, site, tmp_path)

    assert page.read_bytes() == before
    made = {(s.quote, s.replacement) for s in review.NoteStore(page).suggestions}
    assert ("It also says goodbye.", "") in made, (made, report.summary())
    assert ("here.", "here. It also says goodbye.") in made, made
    assert "without Track Changes" not in report.summary()
