"""A returned review pack's comment (or tracked change) on words the page holds more than once
becomes a note (a suggested edit) on the copy the reviewer commented on, not on the first one,
also when the words touch the next ones without a space (`permalink: /:year/`)."""

from __future__ import annotations

import copy
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.run import Run
from shared_sites import copy_shared_site

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

PAGE = "_resources/case-study-cag.md"


def _cut_out(paragraph, words: str, tracked: str | None = None):  # noqa: ANN001, ANN202
    """The run holding `words` cut in three, as Word does when a reviewer selects them; the
    middle run returned. `tracked`: the words are replaced by these with Track Changes on."""
    run = next(r for r in paragraph.runs if words in r.text)
    before, _, after = run.text.partition(words)
    middle = None
    for piece in (before, words, after):
        if not piece:
            continue
        r = copy.deepcopy(run._r)
        for child in [c for c in r if c.tag != qn("w:rPr")]:
            r.remove(child)
        t = OxmlElement("w:delText" if piece is words and tracked else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = piece
        r.append(t)
        if piece is words and tracked:
            for tag, text in (("w:del", None), ("w:ins", tracked)):
                mark = OxmlElement(tag)
                mark.set(qn("w:id"), "90" + str(len(tag)))
                mark.set(qn("w:author"), "Rae Viewer")
                mark.set(qn("w:date"), "2026-12-01T10:00:00Z")
                if text is None:
                    mark.append(r)
                else:
                    added = copy.deepcopy(r)
                    added[-1].tag = qn("w:t")
                    added[-1].text = text
                    mark.append(added)
                run._r.addprevious(mark)
            continue
        run._r.addprevious(r)
        middle = r if piece is words else middle
    run._r.getparent().remove(run._r)
    return Run(middle, paragraph) if middle is not None else None


def _comment_on_words(document, paragraph, words: str, text: str) -> None:  # noqa: ANN001
    """Comment on `words` alone, as a reviewer selecting them in Word does."""
    middle = _cut_out(paragraph, words)
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



@pytest.mark.parametrize("tracked", [False, True])
def test_words_touching_the_next_ones_are_placed_on_the_commented_copy(
    tmp_path: Path, tracked: bool
) -> None:
    # `permalink` first stands in "`permalink` variable" (line 12); the reviewer commented on
    # it, or changed it, in the code line `permalink: /:categories/...`, first in its paragraph.
    root = copy_shared_site("jekyll-docs", tmp_path)
    page = root / "_docs/permalinks.md"
    body = Document.load(page).body
    code_line = body.index("permalink: /:categories/:year/:month/:day/:title:output_ext")
    assert body.index("permalink") < code_line
    site = Site.open(root)
    export_docx([page], tmp_path / "pack.docx", site)
    document = docx.Document(str(tmp_path / "pack.docx"))
    code = next(p for p in document.paragraphs if p.text.startswith("permalink: /:categories/"))
    if tracked:
        _cut_out(code, "permalink", tracked="permalink_style")
    else:
        _comment_on_words(document, code, "permalink", "Explain the placeholders")
    document.save(tmp_path / "returned.docx")

    import_review_pack(tmp_path / "returned.docx", site)

    store = review.NoteStore(page)
    placed = store.suggestions[-1] if tracked else store.notes[-1]
    assert placed.quote == "permalink" and placed.offset == code_line
    if tracked:
        assert placed.replacement == "permalink_style"
