"""Words a reviewer deletes in Word (the space after them taken too, as a double-click
selects a word) leave one space in the page on Accept, not two."""

from __future__ import annotations

import shutil
from copy import deepcopy
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from shared_sites import shared_site_path

from editor_app.core import review
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

PAGE = "src/docs/ignores.md"
BEFORE = "processed by Eleventy. Note that any paths listed in your project’s `.gitignore` file"


def _deleted_and_accepted(tmp_path: Path, deleted: str) -> str:
    """eleventy-website's ignores.md exported, `deleted` deleted with Track Changes in Word,
    imported and accepted: the page's text."""
    site_path = tmp_path / "eleventy-website"
    shutil.copytree(shared_site_path("eleventy-website"), site_path)
    for path in [site_path, *site_path.rglob("*")]:
        path.chmod(path.stat().st_mode | 0o200)
    page = site_path / PAGE
    assert BEFORE in page.read_text(encoding="utf-8")
    export_docx([page], tmp_path / "ignores.docx", Site.open(site_path))
    document = docx.Document(str(tmp_path / "ignores.docx"))
    run = next(r for p in document.paragraphs for r in p.runs if deleted in r.text)
    head, tail = run.text.split(deleted, 1)
    removed = deepcopy(run._r)
    for text in removed.findall(qn("w:t")):
        text.tag = qn("w:delText")
        text.text = deleted
        text.set(qn("xml:space"), "preserve")
    mark = OxmlElement("w:del")
    for name, value in (("w:id", "951"), ("w:author", "Rae Reviewer")):
        mark.set(qn(name), value)
    mark.append(removed)
    rest = deepcopy(run._r)
    run.text = head
    rest.find(qn("w:t")).text = tail
    rest.find(qn("w:t")).set(qn("xml:space"), "preserve")
    run._r.addnext(mark)
    mark.addnext(rest)
    document.save(str(tmp_path / "ignores-back.docx"))
    report = import_review_pack(tmp_path / "ignores-back.docx", Site.open(site_path))
    assert sum(report.suggestions.values()) == 1, report.summary()
    [suggestion] = review.NoteStore(page).suggestions
    # said as the reviewer's words, the space left out
    assert suggestion.describe() == "delete “Note that any paths listed in your project’s”"
    review.accept_suggestion(page, suggestion.id, "Ed Editor", Site.open(site_path))
    return page.read_text(encoding="utf-8")


def test_words_deleted_with_the_space_after_them_leave_one_space(tmp_path: Path) -> None:
    text = _deleted_and_accepted(tmp_path, "Note that any paths listed in your project’s ")
    assert "processed by Eleventy. `.gitignore` file" in text
    assert "  " not in text.split("\n")[11]


def test_words_deleted_without_a_space_leave_one_space(tmp_path: Path) -> None:
    text = _deleted_and_accepted(tmp_path, "Note that any paths listed in your project’s")
    assert "processed by Eleventy. `.gitignore` file" in text
