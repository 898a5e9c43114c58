"""Formatting a reviewer changed in Word with Track Changes on (a word made bold) is not
taken in (suggested edits carry words), and the import now says so for its page instead of
dropping it in silence."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from editor_app.core import review
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site


def test_bold_made_with_track_changes_is_told(tmp_path: Path) -> None:
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

    summary = import_review_pack(tmp_path / "returned.docx", site).summary()

    assert (
        "page.md: formatting changed in Word with Track Changes (bold, italic, a style; "
        "1 paragraph) was not taken in: suggested edits carry words alone. Make those changes "
        "in the page."
    ) in summary, summary
    assert not review.NoteStore(page).suggestions
