"""A suggested insertion (the words kept, new ones added) goes out in a Word pack as the new
words inserted alone, as the PDF marks it and as a reviewer would have typed it; before, its
passage was deleted and put back with the new words. Returned pending, it adds nothing twice;
accepted in Word, the page takes the new words."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

PAGE = "_resources/case-study-cag.md"


def _suggest(page: Path, words: str, replacement: str) -> None:
    body = Document.load(page).body
    at = body.index(words)
    suggestion = review.make_suggestion(body, at, at + len(words), replacement, "Ada Editor")
    assert suggestion.kind == "insert"
    review.NoteStore(page).add_suggestion(suggestion)


def _marks(path: Path, tag: str) -> list[str]:
    body = docx.Document(str(path)).element.body
    text = qn("w:delText") if tag == "w:del" else qn("w:t")
    return ["".join(t.text or "" for t in el.iter(text)) for el in body.iter(qn(tag))]


def _accept_all(pack: Path, out: Path) -> None:
    """Word's Accept All, then Save by Rae."""
    returned = docx.Document(str(pack))
    for mark in list(returned.element.body.iter(qn("w:ins"))):
        for run in list(mark):
            mark.addprevious(run)
        mark.getparent().remove(mark)
    returned.core_properties.last_modified_by = "Rae Reviewer"
    returned.save(str(out))


def _paragraph(path: Path, start: str) -> str:
    """A paragraph's words as Word shows them, pending insertions in place."""
    for paragraph in docx.Document(str(path)).element.body.iter(qn("w:p")):
        words = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
        if words.startswith(start):
            return words
    return ""


def test_an_insertion_is_its_new_words_alone_and_round_trips(site_copy: Path, tmp_path: Path):
    page = site_copy / PAGE
    site = Site.open(site_copy)
    _suggest(page, "an independent body", "an independent body of experts")
    _suggest(page, "directly access", "more directly access")  # new words before
    original = page.read_bytes()

    pack = tmp_path / "pack.docx"
    report = export_docx([page], pack, site)

    assert report.suggestions == 2, report.summary()
    assert _marks(pack, "w:del") == []  # nothing shown deleted
    assert sorted(_marks(pack, "w:ins")) == [" of experts", "more "]
    # The words around read as the page's, the new words in place.
    assert "is an independent body of experts that provides" in _paragraph(pack, "The Health")
    assert "or more directly access patient data" in _paragraph(pack, "Medical researchers")

    # Returned with the changes still pending: nothing new, nothing decided.
    again = import_review_pack(pack, site)
    assert again.suggestions == {} and not again.decisions, again.summary()
    assert len(review.NoteStore(page).suggestions) == 2
    assert page.read_bytes() == original

    # Accepted in Word: made in the page, the words added once.
    accepted = tmp_path / "accepted.docx"
    _accept_all(pack, accepted)
    result = import_review_pack(accepted, site)
    body = Document.load(page).body
    assert "an independent body of experts that provides" in body, result.summary()
    assert "or more directly access patient data" in body
    assert {s.status for s in review.NoteStore(page).suggestions} == {"accepted"}
    assert len(review.NoteStore(page).suggestions) == 2
