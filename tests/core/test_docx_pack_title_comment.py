"""A returned review pack's comment on what the pack shows of the page's settings (its title,
its topics line), words its text does not hold: the note on the whole page says which words
it was on, as an export says a note's words it could not find; before, "Add Data topic?" came
back alone, its "Topics: Public sector, Health" lost. Imported again, or exported and
imported back, it is not added twice."""

from __future__ import annotations

from pathlib import Path

import docx

from editor_app.core import review
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

PAGE = "_resources/case-study-cag.md"


def test_a_comment_on_the_topics_line_says_what_it_was_on(site_copy: Path, tmp_path: Path):
    page = site_copy / PAGE
    site = Site.open(site_copy)
    export_docx([page], tmp_path / "pack.docx", site)
    document = docx.Document(str(tmp_path / "pack.docx"))
    topics = next(p for p in document.paragraphs if p.text.startswith("Topics: "))
    document.add_comment(topics.runs, "Add Data topic?", author="Rae", initials="R")
    document.save(tmp_path / "returned.docx")

    import_review_pack(tmp_path / "returned.docx", site)
    import_review_pack(tmp_path / "returned.docx", site)  # twice: once

    (note,) = review.NoteStore(page).notes
    assert note.is_general and note.text == "On “Topics: Public sector, Health”: Add Data topic?"
    export_docx([page], tmp_path / "again.docx", site)
    assert import_review_pack(tmp_path / "again.docx", site).added == 0
    assert len(review.NoteStore(page).notes) == 1
