"""A returned review pack's comment on words the page holds more than once becomes a note on
the copy the reviewer commented on, not on the first one."""

from __future__ import annotations

import copy
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.run import Run

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

PAGE = "_resources/case-study-cag.md"


def _comment_on_words(document, paragraph, words: str, text: str) -> None:
    """Comment on `words` alone, as Word does when a reviewer selects them: the run holding
    them is cut in three and the comment's range covers the middle one."""
    run = next(r for r in paragraph.runs if words in r.text)
    before, _, after = run.text.partition(words)
    pieces = []
    for piece in (before, words, after):
        if not piece:
            continue
        r = copy.deepcopy(run._r)
        for child in [c for c in r if c.tag != qn("w:rPr")]:
            r.remove(child)
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = piece
        r.append(t)
        run._r.addprevious(r)
        pieces.append((piece, r))
    run._r.getparent().remove(run._r)
    middle = next(Run(r, paragraph) for piece, r in pieces if piece == words)
    document.add_comment([middle], text=text, author="Rae Viewer", initials="RV")


def test_a_comment_on_repeated_words_is_placed_on_the_commented_copy(
    site_copy: Path, tmp_path: Path
) -> None:
    page = site_copy / PAGE
    body = Document.load(page).body
    assert body.count("public interest") >= 2  # the first copy is in the first paragraph
    site = Site.open(site_copy)
    export_docx([page], tmp_path / "pack.docx", site)
    document = docx.Document(str(tmp_path / "pack.docx"))
    target = next(p for p in document.paragraphs if p.text.startswith("Working out whether"))
    _comment_on_words(document, target, "public interest", "Which public? Say who.")
    document.save(tmp_path / "returned.docx")

    report = import_review_pack(tmp_path / "returned.docx", site)

    assert report.notes == {page.resolve(): 1}
    note = review.NoteStore(page).notes[-1]
    assert note.quote == "public interest"
    commented = body.index("Working out whether something is in the public interest")
    assert note.offset == body.index("public interest", commented)
    assert review.anchor_note(note, body).state == review.FOUND
