"""A Word pack made before a page's own `<style>` was left out (Eleventy's Template Languages
page) shows its rules as a paragraph of text. Returned with another word typed over (Track
Changes off), that paragraph is not in the page as exported now, and it came back as a
suggested edit adding the style rules, for someone to reject. It is recognised as the page's
own code (`docx_not_words.is_own_code`) and not offered; the reviewer's word still is."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from shared_sites import copy_shared_site

from editor_app.core import review
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.docx_not_words import own_code
from editor_app.core.site import Site

PAGE = "src/docs/languages.md"


def _old_style_pack(pack: Path, page: Path, out: Path) -> None:
    """The pack as an export before the fix wrote it: the style sheet's rules a paragraph
    after the one before them in the page; then a word typed over by the reviewer."""
    document = docx.Document(str(pack))
    before = next(p for p in document.paragraphs if p.text.startswith("Not sure which one"))
    rules = page.read_text(encoding="utf-8").split("<style>", 1)[1].split("</style>", 1)[0]
    old = document.add_paragraph(rules.strip())
    before._p.addnext(old._p)
    for run in before.runs:
        run.text = run.text.replace("popular option", "well-liked option")
    document.save(str(out))


def test_an_old_packs_style_paragraph_is_not_offered_as_a_change(tmp_path: Path) -> None:
    root = copy_shared_site("eleventy-website", tmp_path)
    site, page = Site.open(root), root / PAGE
    assert own_code(page.read_text(encoding="utf-8"))  # the page holds its own style sheet
    export_docx([page], tmp_path / "pack.docx", site)
    _old_style_pack(tmp_path / "pack.docx", page, tmp_path / "returned.docx")

    report = import_review_pack(tmp_path / "returned.docx", site)

    suggestions = review.NoteStore(page).suggestions
    assert [(s.quote, s.replacement) for s in suggestions] == [("popular", "well-liked")], (
        report.summary()
    )
    assert "elv-page-toc" not in report.summary()


def test_an_old_packs_style_paragraph_deleted_with_track_changes_is_no_change(
    tmp_path: Path,
) -> None:
    root = copy_shared_site("eleventy-website", tmp_path)
    site, page = Site.open(root), root / PAGE
    export_docx([page], tmp_path / "pack.docx", site)
    _old_style_pack(tmp_path / "pack.docx", page, tmp_path / "old.docx")
    document = docx.Document(str(tmp_path / "old.docx"))
    rules = next(p for p in document.paragraphs if p.text.startswith(".elv-page-toc"))
    deleted = OxmlElement("w:del")  # the reviewer deletes it with Track Changes on
    deleted.set(qn("w:id"), "900")
    deleted.set(qn("w:author"), "Rae Reviewer")
    for run in list(rules.runs):
        for text in run._r.iter(qn("w:t")):
            text.tag = qn("w:delText")
        deleted.append(run._r)
    rules._p.append(deleted)
    document.save(str(tmp_path / "returned.docx"))

    report = import_review_pack(tmp_path / "returned.docx", site)

    suggestions = review.NoteStore(page).suggestions
    assert [(s.quote, s.replacement) for s in suggestions] == [("popular", "well-liked")], (
        report.summary()
    )
    assert "style sheet or script, shown as words" in report.summary()
