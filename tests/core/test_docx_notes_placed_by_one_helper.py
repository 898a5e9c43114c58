"""The Word and the PDF pack place a note's and a suggested edit's words by one helper
(`docx_loose_text.find_placed` / `placed_near`: the passage as the review core finds it
again, placed by the words around it), so the four places agree: here on the second copy
of words the page holds twice, where each was made."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn

from editor_app.core import docx_loose_text, review
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_export_pdf import export_pdf
from editor_app.core.site import Site

_BODY = "The plan is good. We agree.\n\nLater on, the plan is good. We will see.\n"


def test_notes_and_suggestions_are_placed_by_one_helper(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: T\n", encoding="utf-8")
    page = root / "page.md"
    page.write_text("---\ntitle: Plans\n---\n" + _BODY, encoding="utf-8")
    second = _BODY.index("plan is good", 20)
    store = review.NoteStore(page)
    store.add(review.make_note(_BODY, second, second + 4, "Which plan?", "Ada"))
    store.add_suggestion(review.make_suggestion(_BODY, second, second + 4, "scheme", "Ada"))
    placed: list[tuple[int, int]] = []
    place_in = docx_loose_text.place_in

    def recorded(loose, body, start, end):
        placed.append((start, end))
        return place_in(loose, body, start, end)

    monkeypatch.setattr(docx_loose_text, "place_in", recorded)
    site = Site.open(root)
    report = export_docx([page], tmp_path / "pack.docx", site)
    assert report.comments == 1 and report.suggestions == 1
    export_pdf([page], tmp_path / "pack.pdf", site)
    # Word's comment and tracked change, the PDF's note and mark: all through the helper.
    assert placed == [(second, second + 4)] * 4
    body = docx.Document(str(tmp_path / "pack.docx")).element.body
    paragraphs = [p for p in body.iter(qn("w:p")) if "plan" in "".join(p.itertext())]
    assert paragraphs[-1].find(f".//{qn('w:commentRangeStart')}") is not None
    assert paragraphs[-1].find(f".//{qn('w:del')}") is not None
