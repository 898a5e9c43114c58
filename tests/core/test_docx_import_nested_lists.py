"""A Word draft whose list is nested with the styles "List Bullet 2" / "List Number 2"
(python-docx's template styles, older Word's way; each style's numbering has one level):
the new page nests the items as Word shows them. Before, they arrived as one flat list."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from editor_app.core import review
from editor_app.core.docx_import import import_docx
from editor_app.core.docx_read import read_docx
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


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=2), min_size=1, max_size=8).map(
        lambda steps: [min(s, 1) if i == 0 else s for i, s in enumerate(steps)]
    ),
    st.booleans(),
)
def test_any_list_nested_by_styles_reads_back_at_its_levels(steps: list[int], numbered: bool):
    """Levels built so each item is at most one deeper than the one before (as Word allows);
    every item arrives at its level, in order."""
    levels: list[int] = []
    for step in steps:
        levels.append(1 if not levels else max(1, min(levels[-1] + 1, step + 1)))
    document = docx.Document()
    kind = "Number" if numbered else "Bullet"
    for n, level in enumerate(levels):
        style = f"List {kind}" if level == 1 else f"List {kind} {level}"
        document.add_paragraph(f"Item {n}", style=style)
    data = io.BytesIO()
    document.save(data)

    markdown = read_docx(data.getvalue()).markdown
    tokens = MarkdownIt().parse(markdown)
    depth, read = 0, []
    for token in tokens:
        if token.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif token.type == "inline":
            read.append((token.content, depth))
    assert read == [(f"Item {n}", level) for n, level in enumerate(levels)]
