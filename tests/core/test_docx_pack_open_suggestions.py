"""A review pack shows the page's open suggested edits as Word's tracked changes (the
passage deleted, the new words inserted, by the person who suggested them), so a reviewer
sees them; before, they were left out. The pack returned with them still pending adds no
suggested edit twice; the reviewer's own tracked changes still arrive."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

PAGE = "_resources/case-study-cag.md"


def _changes(path: Path, tag: str) -> list[tuple[str, str]]:
    body = docx.Document(str(path)).element.body
    text = "w:delText" if tag == "w:del" else "w:t"
    return [
        (el.get(qn("w:author")), "".join(t.text or "" for t in el.iter(qn(text))))
        for el in body.iter(qn(tag))
    ]


def test_open_suggestions_go_out_as_tracked_changes_and_do_not_come_back_twice(
    site_copy: Path, tmp_path: Path
):
    page = site_copy / PAGE
    site = Site.open(site_copy)
    doc = Document.load(page)
    body = doc.body
    store = review.NoteStore(page)
    at = body.index("independent body")
    store.add_suggestion(
        review.make_suggestion(body, at, at + 16, "independent panel", "Ada Editor")
    )
    at = body.index("use of[ confidential patient")  # words partly in a link
    store.add_suggestion(
        review.make_suggestion(body, at, at + 28, "use of private patient", "Ada Editor")
    )
    at = body.index("very transparent")
    store.add_suggestion(review.make_suggestion(body, at, at + 5, "", "Ada Editor"))
    title = doc.front_matter["title"]
    store.add_suggestion(
        review.make_suggestion(
            title, 0, len(title), "Is public data shared in the public interest?", "Ada Editor",
            field="title",
        )
    )
    rejected = review.make_suggestion(body, 0, 3, "A", "Ada Editor")
    rejected.status = "rejected"
    store.add_suggestion(rejected)

    report = export_docx([page], tmp_path / "pack.docx", site)

    assert report.suggestions == 4 and "4 suggested edits" in report.summary()
    deleted = _changes(tmp_path / "pack.docx", "w:del")
    inserted = _changes(tmp_path / "pack.docx", "w:ins")
    assert ("Ada Editor", "independent body") in deleted
    assert ("Ada Editor", "independent panel") in inserted
    assert ("Ada Editor", "very") in deleted
    assert ("Ada Editor", title) in deleted
    assert ("Ada Editor", "Is public data shared in the public interest?") in inserted
    assert ("Ada Editor", "use of") in deleted
    assert ("Ada Editor", " confidential patient") in deleted  # in the link
    assert ("Ada Editor", "use of private patient") in inserted
    assert len(deleted) == 5 and len(inserted) == 3  # the rejected one stays out

    # Returned as it went, with a new tracked change of the reviewer's own.
    returned = docx.Document(str(tmp_path / "pack.docx"))
    paragraph = next(p for p in returned.paragraphs if p.text.startswith("Medical researchers"))
    run = paragraph.runs[-1]
    insert = returned.element.body.makeelement(
        qn("w:ins"), {qn("w:id"): "1", qn("w:author"): "Rae", qn("w:date"): "2026-12-01T10:00:00Z"}
    )
    new_run = run._r.makeelement(qn("w:r"), {})
    new_text = new_run.makeelement(qn("w:t"), {})
    new_text.text = " Thanks to the HRA."
    new_run.append(new_text)
    insert.append(new_run)
    run._r.addnext(insert)
    returned.save(tmp_path / "returned.docx")

    before = len(review.NoteStore(page).suggestions)
    result = import_review_pack(tmp_path / "returned.docx", site)
    suggestions = review.NoteStore(page).suggestions
    assert result.suggestions == {page.resolve(): 1}, result.summary()
    assert len(suggestions) == before + 1 and not result.skipped, result.summary()
    assert suggestions[-1].author == "Rae" and "Thanks to the HRA." in suggestions[-1].replacement
    assert Document.load(page).original == doc.original  # the page itself never changes
