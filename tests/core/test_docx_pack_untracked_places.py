"""A returned pack edited with Track Changes off: what the import makes of each edit, where a
reviewer sees it. A paragraph deleted comes in as a suggestion deleting it; a paragraph
written comes in after the paragraph before it (not the one after); two words changed with
a space between are one suggestion, as Word would record them; a paragraph's style changed
with Track Changes on is told, like bold."""

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
    "The first paragraph opens the page.\n\n"
    "The second paragraph says more.\n\n"
    "The third paragraph closes it.\n"
)


def _exported(tmp_path: Path) -> tuple[Path, Site, docx.document.Document]:
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: T\n", encoding="utf-8")
    page = root / "page.md"
    page.write_text("---\ntitle: Three\n---\n\n" + _BODY, encoding="utf-8")
    site = Site.open(root)
    export_docx([page], tmp_path / "pack.docx", site)
    return page, site, docx.Document(str(tmp_path / "pack.docx"))


def _paragraph(document: docx.document.Document, start: str):
    return next(p for p in document.paragraphs if p.text.startswith(start))


def _imported(tmp_path: Path, site: Site, document: docx.document.Document) -> str:
    document.save(str(tmp_path / "returned.docx"))
    return import_review_pack(tmp_path / "returned.docx", site).summary()


def test_a_paragraph_deleted_without_track_changes_is_a_suggestion(tmp_path: Path) -> None:
    page, site, document = _exported(tmp_path)
    second = _paragraph(document, "The second")
    second._p.getparent().remove(second._p)

    summary = _imported(tmp_path, site, document)

    made = [(s.quote, s.replacement) for s in review.NoteStore(page).suggestions]
    assert made == [("The second paragraph says more.", "")], (made, summary)


def test_a_paragraph_written_comes_after_the_one_before_it(tmp_path: Path) -> None:
    page, site, document = _exported(tmp_path)
    _paragraph(document, "The third").insert_paragraph_before("A paragraph of the reviewer.")

    summary = _imported(tmp_path, site, document)

    made = [(s.quote, s.replacement) for s in review.NoteStore(page).suggestions]
    # On the last word of the paragraph before it, as Word places an insertion.
    assert made == [("more.", "more.\n\nA paragraph of the reviewer.")], (made, summary)


def test_words_changed_with_a_space_between_are_one_suggestion(tmp_path: Path) -> None:
    page, site, document = _exported(tmp_path)
    first = _paragraph(document, "The first")
    for run in first.runs:
        run.text = run.text.replace("first paragraph", "opening lines")

    summary = _imported(tmp_path, site, document)

    made = [(s.quote, s.replacement) for s in review.NoteStore(page).suggestions]
    assert made == [("first paragraph", "opening lines")], (made, summary)


def test_a_paragraph_style_changed_with_track_changes_is_told(tmp_path: Path) -> None:
    page, site, document = _exported(tmp_path)
    paragraph = _paragraph(document, "The second")
    properties = paragraph._p.get_or_add_pPr()
    change = OxmlElement("w:pPrChange")  # what Word records of the style it had
    change.set(qn("w:id"), "701")
    change.set(qn("w:author"), "Rae Reviewer")
    change.append(OxmlElement("w:pPr"))
    properties.append(change)

    summary = _imported(tmp_path, site, document)

    assert "page.md: formatting changed in Word with Track Changes" in summary, summary
    assert "1 paragraph) was not taken in" in summary, summary
    assert not review.NoteStore(page).suggestions
