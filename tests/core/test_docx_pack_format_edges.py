"""Bold a reviewer set with Track Changes on in a returned Word pack, at its edges: two runs
next to each other made bold together are one suggested edit on their words, dated when the
reviewer made it; bold taken away from part of a bold passage (its marks not right around those
words) is told, not suggested as an edit that would cut the passage's marks; a font changed
alone is told as formatting not taken in."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
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
WHEN = "2026-12-01T10:00:00Z"


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


def _tracked(run, change_it) -> None:  # type: ignore[no-untyped-def]
    """What Word records when the reviewer changes a run's formatting with Track Changes on."""
    was = copy.deepcopy(run._r.get_or_add_rPr())
    change_it(run)
    change = OxmlElement("w:rPrChange")
    change.set(qn("w:id"), str(700 + id(run) % 100))
    change.set(qn("w:author"), "Rae Reviewer")
    change.set(qn("w:date"), WHEN)
    change.append(was)
    run._r.get_or_add_rPr().append(change)


def _bold(value: bool):  # type: ignore[no-untyped-def]
    def set_bold(run) -> None:  # type: ignore[no-untyped-def]
        run.bold = value

    return set_bold


def _returned(site_copy: Path, tmp_path: Path, edit) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    page = site_copy / PAGE
    export_docx([page], tmp_path / "pack.docx", Site.open(site_copy))
    document = docx.Document(str(tmp_path / "pack.docx"))
    edit(document)
    document.save(str(tmp_path / "returned.docx"))
    report = import_review_pack(tmp_path / "returned.docx", Site.open(site_copy))
    return page, report.summary()


def test_two_runs_made_bold_together_are_one_dated_suggestion(site_copy: Path, tmp_path: Path):
    def edit(document) -> None:  # type: ignore[no-untyped-def]
        priority = _paragraph(document, "We place related priority")
        _split_off(priority, "related priority")
        second = _split_off(priority, "priority")
        first = next(r for r in priority.runs if r.text == "related ")
        assert first._r.getnext() is second._r
        _tracked(first, _bold(True))
        _tracked(second, _bold(True))

    page, summary = _returned(site_copy, tmp_path, edit)
    suggestions = review.NoteStore(page).suggestions
    assert [(s.quote, s.replacement) for s in suggestions] == [
        ("related priority", "**related priority**")
    ], summary
    assert suggestions[0].date == datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


def test_bold_taken_from_part_of_a_bold_passage_is_told(site_copy: Path, tmp_path: Path):
    body = Document.load(site_copy / PAGE).body
    assert "**AI capacity-building**" in body

    def edit(document) -> None:  # type: ignore[no-untyped-def]
        priority = _paragraph(document, "We place related priority")
        _tracked(_split_off(priority, "AI "), _bold(False))

    page, summary = _returned(site_copy, tmp_path, edit)
    assert review.NoteStore(page).suggestions == []
    assert "(bold on 1 passage not found in the text)" in summary


def test_a_font_changed_alone_is_told(site_copy: Path, tmp_path: Path):
    def set_font(run) -> None:  # type: ignore[no-untyped-def]
        run.font.name = "Georgia"  # (Courier New, the pack's code font, is code)

    def edit(document) -> None:  # type: ignore[no-untyped-def]
        _tracked(
            _split_off(_paragraph(document, "We place related priority"), "critical"), set_font
        )

    page, summary = _returned(site_copy, tmp_path, edit)
    assert review.NoteStore(page).suggestions == []
    assert "a style or a font: 1 paragraph" in summary
