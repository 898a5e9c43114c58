"""A returned review pack with paragraphs the reviewer wrote with Track Changes on: each run
of new paragraphs becomes one suggested edit adding them after the page's paragraph before
them (it was "could not be placed in the page", the reviewer's words left in Word only), also
after a paragraph ending in a link; accepting it writes them there."""

from __future__ import annotations

import copy
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

PAGE = "_resources/case-study-cag.md"


def _new_paragraph_after(paragraph, text: str) -> object:  # noqa: ANN001
    """A paragraph typed after `paragraph` with Track Changes on: its mark and words inserted."""
    new = copy.deepcopy(paragraph._p)
    for child in [c for c in new if c.tag != qn("w:pPr")]:
        new.remove(child)
    stamp = {"w:author": "Rae Viewer", "w:date": "2026-12-01T10:00:00Z"}
    mark = OxmlElement("w:ins")
    for key, value in {"w:id": "950", **stamp}.items():
        mark.set(qn(key), value)
    properties = new.find(qn("w:pPr"))
    if properties is None:
        properties = OxmlElement("w:pPr")
        new.insert(0, properties)
    run_properties = OxmlElement("w:rPr")
    run_properties.append(mark)
    properties.append(run_properties)
    inserted = OxmlElement("w:ins")
    for key, value in {"w:id": "951", **stamp}.items():
        inserted.set(qn(key), value)
    run = OxmlElement("w:r")
    words = OxmlElement("w:t")
    words.text = text
    run.append(words)
    inserted.append(run)
    new.append(inserted)
    paragraph._p.addnext(new)
    return new


def test_paragraphs_written_in_word_become_suggested_edits(site_copy: Path, tmp_path: Path):
    page = site_copy / PAGE
    body = Document.load(page).body
    site = Site.open(site_copy)
    export_docx([page], tmp_path / "pack.docx", site)
    document = docx.Document(str(tmp_path / "pack.docx"))
    paragraphs = document.paragraphs
    working = next(p for p in paragraphs if p.text.startswith("Working out whether"))
    transparent = next(p for p in paragraphs if p.text.startswith("To build public confidence"))
    first = _new_paragraph_after(working, "A first new paragraph.")
    first.addnext(copy.deepcopy(first))  # a second one right after it
    first.getnext().find(f".//{qn('w:t')}").text = "A second new paragraph."
    _new_paragraph_after(transparent, "After a paragraph ending in a link.")
    document.save(tmp_path / "returned.docx")

    report = import_review_pack(tmp_path / "returned.docx", site)

    assert report.suggestions == {page.resolve(): 2}
    assert not [s for s in report.skipped if "could not be placed" in s]
    store = review.NoteStore(page)
    for suggestion in list(store.suggestions):
        review.accept_suggestion(page, suggestion.id, "Ann")
    after = Document.load(page).body
    shape_the_research = body.index("helped shape the research.") + len("helped shape the research.")
    assert after.startswith(
        body[:shape_the_research] + "\n\nA first new paragraph.\n\nA second new paragraph.\n\n"
    )
    looks_for = body.index("public-involvement-cag-applicants/).", shape_the_research)
    end = looks_for + len("public-involvement-cag-applicants/).")
    assert body[end : end + 2] == "\n\n" or body[end:].strip() == ""
    assert "public-involvement-cag-applicants/).\n\nAfter a paragraph ending in a link." in after
