"""A Word draft whose list is nested with the styles "List Bullet 2" / "List Number 2"
(python-docx's template styles, older Word's way; each style's numbering has one level):
the new page nests the items as Word shows them. Before, they arrived as one flat list."""

from __future__ import annotations

from pathlib import Path

import docx
from markdown_it import MarkdownIt

from editor_app.core import review
from editor_app.core.docx_import import import_docx
from editor_app.core.site import Site


def test_list_styles_of_level_two_and_three_arrive_nested(site_copy: Path, tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("What we did.")
    document.add_paragraph("Met the council", style="List Bullet")
    document.add_paragraph("Housing team", style="List Bullet 2")
    document.add_paragraph("Its data officer", style="List Bullet 3")
    comment_on = document.add_paragraph("Planning team", style="List Bullet 2")
    document.add_paragraph("Wrote the report", style="List Bullet")
    document.add_paragraph("Then the steps.")
    document.add_paragraph("Ask", style="List Number")
    document.add_paragraph("Ask again", style="List Number 2")
    document.add_paragraph("Listen", style="List Number")
    document.add_comment(comment_on.runs, "Which one?", author="Rae", initials="R")
    document.save(tmp_path / "draft.docx")

    report = import_docx(tmp_path / "draft.docx", Site.open(site_copy), "resources")

    body = report.path.read_text(encoding="utf-8").split("---", 2)[2]
    assert (
        "- Met the council\n  - Housing team\n    - Its data officer\n  - Planning team\n"
        "- Wrote the report"
    ) in body
    assert "1. Ask\n   1. Ask again\n2. Listen" in body
    html = MarkdownIt().render(body)
    assert "<li>Met the council\n<ul>\n<li>Housing team\n<ul>\n<li>Its data officer</li>" in html
    assert "<li>Ask\n<ol>\n<li>Ask again</li>\n</ol>\n</li>\n<li>Listen</li>" in html
    (note,) = review.NoteStore(report.path).notes
    assert note.quote == "Planning team" and note.text == "Which one?"
