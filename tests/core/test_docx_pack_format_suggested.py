"""Bold or italic a reviewer adds or takes away in a returned Word pack with Track Changes on
comes in as a suggested edit on the page's Markdown ("critical" -> "**critical**";
"**AI capacity-building**" -> "AI capacity-building"), by the reviewer; before, the import
only said that formatting changed and took none of it. Imported again, nothing is added
twice; other formatting (a paragraph's style) is still told, not taken in."""

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

PAGE = "_resources/2026-05-30-un-global-dialogue-ai-consultation.md"


def _paragraph(document, start: str):  # type: ignore[no-untyped-def]
    return next(p for p in document.paragraphs if p.text.startswith(start))


def _split_off(paragraph, words: str):  # type: ignore[no-untyped-def]
    """The run holding `words` cut so they are a run of their own, which is returned."""
    run = next(r for r in paragraph.runs if words in r.text)
    head, tail = run.text.split(words, 1)
    middle, last = copy.deepcopy(run._r), copy.deepcopy(run._r)
    run._r.addnext(middle)
    middle.addnext(last)
    run.text = head
    new = next(r for r in paragraph.runs if r._r is middle)
    new.text = words
    next(r for r in paragraph.runs if r._r is last).text = tail
    return new


def _tracked_format(run, bold: bool) -> None:  # type: ignore[no-untyped-def]
    """What Word records when the reviewer sets bold with Track Changes on."""
    was = copy.deepcopy(run._r.get_or_add_rPr())
    run.bold = bold
    change = OxmlElement("w:rPrChange")
    change.set(qn("w:id"), "700")
    change.set(qn("w:author"), "Rae Reviewer")
    change.set(qn("w:date"), "2026-12-01T10:00:00Z")
    change.append(was)
    run._r.get_or_add_rPr().append(change)


def test_bold_added_and_taken_away_come_in_as_suggested_edits(site_copy: Path, tmp_path: Path):
    page = site_copy / PAGE
    site = Site.open(site_copy)
    original = page.read_bytes()
    export_docx([page], tmp_path / "pack.docx", site)
    document = docx.Document(str(tmp_path / "pack.docx"))
    priority = _paragraph(document, "We place related priority")
    _tracked_format(_split_off(priority, "critical"), bold=True)
    stressed = next(r for r in priority.runs if r.text == "AI capacity-building")
    assert stressed.bold
    _tracked_format(stressed, bold=False)
    note = _paragraph(document, "We note the need")
    properties = note._p.get_or_add_pPr()  # a paragraph's style changed: told, not taken
    style_change = OxmlElement("w:pPrChange")
    style_change.set(qn("w:id"), "701")
    style_change.set(qn("w:author"), "Rae Reviewer")
    style_change.append(OxmlElement("w:pPr"))
    properties.append(style_change)
    document.save(str(tmp_path / "returned.docx"))

    report = import_review_pack(tmp_path / "returned.docx", site)

    suggestions = review.NoteStore(page).suggestions
    assert sorted((s.quote, s.replacement, s.author) for s in suggestions) == [
        ("**AI capacity-building**", "AI capacity-building", "Rae Reviewer"),
        ("critical", "**critical**", "Rae Reviewer"),
    ], report.summary()
    body = Document.load(page).body
    taken_away = next(s for s in suggestions if s.replacement == "AI capacity-building")
    assert body[: taken_away.offset].endswith("We place related priority on ")
    assert "1 paragraph) was not taken in" in report.summary()
    assert page.read_bytes() == original

    again = import_review_pack(tmp_path / "returned.docx", site)
    assert again.suggestions == {} and len(review.NoteStore(page).suggestions) == 2


def test_bold_on_the_title_is_not_looked_for_in_the_text(site_copy: Path, tmp_path: Path):
    """The title's words may stand in the text too: the title's line made bold is told, not
    taken for those words."""
    page = site_copy / PAGE
    site = Site.open(site_copy)
    title = Document.load(page).front_matter["title"]
    body = Document.load(page).body
    page.write_text(page.read_text(encoding="utf-8") + f"\n{title}\n", encoding="utf-8")
    export_docx([page], tmp_path / "pack.docx", site)
    document = docx.Document(str(tmp_path / "pack.docx"))
    heading = next(p for p in document.paragraphs if p.text == title)
    for run in heading.runs:
        _tracked_format(run, bold=not run.bold)
    document.save(str(tmp_path / "returned.docx"))

    report = import_review_pack(tmp_path / "returned.docx", site)

    assert not review.NoteStore(page).suggestions, report.summary()
    assert "was not taken in" in report.summary()
    assert body in Document.load(page).body
