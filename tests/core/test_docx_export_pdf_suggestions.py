"""A PDF review pack shows the page's open suggested edits as a reader of paper expects them:
the words to go struck through and the new words underlined, in the preview's colours, and who
suggested it in the margin beside the passage, as notes are. Before, a PDF pack left them
out (only the Word pack showed them, as tracked changes)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.core.docx_export_pdf import _LEFT, _NOTE_X, _TEXT_W, export_pdf
from editor_app.core.pdf_suggestions import ADDED_COLOUR, STRUCK_COLOUR
from editor_app.core.site import Site

PAGE = "_resources/case-study-cag.md"


def _suggest(page: Path, words: str, replacement: str, field: str | None = None) -> None:
    doc = Document.load(page)
    text = doc.front_matter[field] if field else doc.body
    at = text.index(words)
    review.NoteStore(page).add_suggestion(
        review.make_suggestion(text, at, at + len(words), replacement, "Ada Editor", field=field)
    )


def _pdf(path: Path) -> object:
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    document = qtpdf.QPdfDocument()
    document.load(str(path))
    return document


def _text(path: Path) -> str:
    document = _pdf(path)
    return " ".join(
        " ".join(document.getAllText(i).text() for i in range(document.pageCount())).split()
    )


def _coloured(
    path: Path, colour: str, left_mm: float, right_mm: float, rows: int | None = None
) -> int:
    """How many pixels of the pages, between the two distances from the left edge, are drawn
    in (about) `colour` (with `rows`: in the first page's top rows only)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor

    document = _pdf(path)
    want = QColor(colour)
    count = 0
    for number in range(1 if rows else document.pageCount()):
        image = document.render(number, QSize(840, 1188))  # 4 pixels a millimetre
        for x in range(int(left_mm * 4), int(right_mm * 4)):
            for y in range(0, rows or image.height(), 1):
                pixel = image.pixelColor(x, y)
                if (
                    abs(pixel.red() - want.red()) < 40
                    and abs(pixel.green() - want.green()) < 40
                    and abs(pixel.blue() - want.blue()) < 40
                ):
                    count += 1
    return count


def test_open_suggestions_are_struck_and_underlined_with_their_author_in_the_margin(
    site_copy: Path, tmp_path: Path, qapp
):
    page = site_copy / PAGE
    _suggest(page, "independent body", "independent panel")
    _suggest(page, "very transparent", "transparent")
    _suggest(page, "can either ask", "can either kindly ask")
    _suggest(
        page,
        Document.load(page).front_matter["title"],
        "Shared in the public interest?",
        field="title",
    )
    rejected = review.NoteStore(page)
    body = Document.load(page).body
    turned_down = review.make_suggestion(body, 0, 3, "A", "Ada Editor")
    turned_down.status = "rejected"
    rejected.add_suggestion(turned_down)
    plain = tmp_path / "plain"
    shutil.copytree(site_copy, plain)
    shutil.rmtree(plain / "_resources" / ".review")

    report = export_pdf([page], tmp_path / "pack.pdf", Site.open(site_copy))

    assert report.suggestions == 4 and "4 suggested edits" in report.summary()
    assert not [line for line in report.unplaced if "suggested edit" in line], report.unplaced
    text = _text(tmp_path / "pack.pdf")
    assert text.count("Ada Editor suggests") == 4
    assert "Replace “body” with “panel”." in text
    assert "Delete “very”." in text
    assert "Insert “kindly”." in text
    assert "Replace “How can we ensure public data is shared” with “Shared” in the title." in text
    # The title line itself shows it too: struck, then the new word, then the rest.
    assert text.startswith("How can we ensure public data is shared Shared in the public interest?")
    assert _coloured(tmp_path / "pack.pdf", STRUCK_COLOUR, _LEFT, _LEFT + _TEXT_W, rows=160) > 50
    # Both the old and the new words are on paper, the old ones first.
    assert "an independent body panel that provides" in text
    assert "can either kindly ask patients" in text
    assert "operates in a very transparent way" in text
    # Struck in red and underlined in green in the text column (the margin's line is green
    # too, but right of the column): more of both than the same page without suggestions
    # (whose pictures have some such pixels).
    column = (_LEFT, _LEFT + _TEXT_W)
    export_pdf([plain / PAGE], tmp_path / "plain.pdf", Site.open(plain))
    for colour in (STRUCK_COLOUR, ADDED_COLOUR):
        before = _coloured(tmp_path / "plain.pdf", colour, *column)
        assert _coloured(tmp_path / "pack.pdf", colour, *column) > before + 20
    assert _coloured(tmp_path / "pack.pdf", ADDED_COLOUR, _NOTE_X - 3, _NOTE_X) > 20


def test_a_suggestion_in_a_table_cell_is_told_in_the_margin_and_one_not_found_by_the_title(
    site_copy: Path, tmp_path: Path, qapp
):
    page = site_copy / PAGE
    doc = Document.load(page)
    doc.body = doc.body + "\n\n| Who | What |\n| --- | --- |\n| The panel | Gives advice |\n"
    doc.save()
    _suggest(page, "Gives advice", "Advises")
    _suggest(page, "independent body", "independent panel")
    doc = Document.load(page)
    doc.body = doc.body.replace("independent body", "separate body")  # edited since
    doc.save()

    report = export_pdf([page], tmp_path / "pack.pdf", Site.open(site_copy))

    assert report.suggestions == 2
    text = _text(tmp_path / "pack.pdf")
    assert "Replace “Gives advice” with “Advises” in “Gives advice”." in text
    assert "Gives advice" in text and "The panel" in text  # the table as it was
    assert (
        "case-study-cag.md: the suggested edit by Ada Editor on “independent body” is beside "
        "the title: its words were not found in the page as the pack shows it."
    ) in report.summary()


def test_a_right_to_left_page_shows_its_suggestions_in_its_own_direction(tmp_path: Path, qapp):
    guide = tmp_path / "opensource-guide"
    shutil.copytree(
        shared_site_path("opensource-guide"), guide, ignore=shutil.ignore_patterns(".git")
    )
    page = guide / "_articles" / "ar" / "best-practices.md"
    _suggest(page, "عن مشروع", "عن مشروعك")
    _suggest(page, "يستخدمه عدد", "يستخدمه")

    report = export_pdf([page], tmp_path / "pack.pdf", Site.open(guide))

    assert report.suggestions == 2 and not report.unplaced, report.summary()
    text = _text(tmp_path / "pack.pdf")
    assert text.count("Ada Editor suggests") == 2
    margin = text[text.index("Ada Editor suggests") :]
    assert all(w in margin for w in ("Replace", "مشروعك", "with", "Delete", "عدد"))
    assert "عن مشروع مشروعك" in text  # the old word, then the new, read from the right
    column = (_LEFT, _LEFT + _TEXT_W)
    assert _coloured(tmp_path / "pack.pdf", STRUCK_COLOUR, *column) > 20
    assert _coloured(tmp_path / "pack.pdf", ADDED_COLOUR, *column) > 20


def test_a_suggestion_on_the_subtitle_is_marked_in_its_line(site_copy: Path, tmp_path: Path, qapp):
    page = site_copy / "_topics" / "health.md"
    plain = tmp_path / "plain.pdf"
    export_pdf([page], plain, Site.open(site_copy))
    _suggest(page, "a powerful say", "a strong say", field="subtitle")
    _suggest(page, "Giving patients", "Giving all patients", field="subtitle")

    report = export_pdf([page], tmp_path / "pack.pdf", Site.open(site_copy))

    assert report.suggestions == 2
    text = _text(tmp_path / "pack.pdf")
    # The subtitle line shows both: the old word struck then the new, the new word inserted.
    assert "Giving all patients, carers and health workers a powerful strong say" in text
    assert "Replace “powerful” with “strong” in the subtitle." in text  # the margin still
    column = (_LEFT, _LEFT + _TEXT_W)
    for colour in (STRUCK_COLOUR, ADDED_COLOUR):
        before = _coloured(plain, colour, *column, rows=200)
        assert _coloured(tmp_path / "pack.pdf", colour, *column, rows=200) > before + 20
