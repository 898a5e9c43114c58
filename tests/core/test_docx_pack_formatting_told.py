"""Formatting a reviewer changed in Word with Track Changes on is not dropped in silence: a
paragraph made bold comes in as a suggested edit (`**...**`); formatting no suggested edit can
carry (a style) is told for its page (tests/core/test_docx_pack_format_suggested.py)."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from editor_app.core import review
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site


def test_bold_made_with_track_changes_is_suggested(tmp_path: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: T\n", encoding="utf-8")
    page = root / "page.md"
    page.write_text("---\ntitle: Bold\n---\n\nSome words to stress.\n", encoding="utf-8")
    site = Site.open(root)
    export_docx([page], tmp_path / "pack.docx", site)
    document = docx.Document(str(tmp_path / "pack.docx"))
    run = next(p for p in document.paragraphs if p.text.startswith("Some")).runs[0]
    run.bold = True  # and Word records what it was
    change = OxmlElement("w:rPrChange")
    change.set(qn("w:id"), "700")
    change.set(qn("w:author"), "Rae Reviewer")
    change.append(OxmlElement("w:rPr"))
    run._r.get_or_add_rPr().append(change)
    document.save(str(tmp_path / "returned.docx"))

    report = import_review_pack(tmp_path / "returned.docx", site)

    assert [(x.quote, x.replacement) for x in review.NoteStore(page).suggestions] == [
        ("Some words to stress.", "**Some words to stress.**")
    ], report.summary()
    assert "not taken in" not in report.summary()
