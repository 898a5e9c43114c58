"""A word a reviewer inserts in Word just after inline code goes after the code span on
Accept ("the `public` output directory"), not inside its backticks ("the `public output`
directory"); letters typed onto the code word itself stay in it."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from shared_sites import shared_site_path

from editor_app.core import review
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

PAGE = "content/en/getting-started/usage.md"
LINE = "> Hugo does not clear the `public` directory before building your project."


def _insert_after_code(tmp_path: Path, words: str) -> Path:
    """hugo-docs' usage.md exported, `words` inserted with Track Changes after the first
    `public` (a Courier run), imported and accepted; the page's path."""
    site_path = tmp_path / "hugo-docs"
    shutil.copytree(shared_site_path("hugo-docs"), site_path)
    for path in [site_path, *site_path.rglob("*")]:
        path.chmod(path.stat().st_mode | 0o200)
    page = site_path / PAGE
    assert LINE in page.read_text(encoding="utf-8")
    export_docx([page], tmp_path / "usage.docx", Site.open(site_path))
    document = docx.Document(str(tmp_path / "usage.docx"))
    paragraph = next(p for p in document.paragraphs if "does not clear the" in p.text)
    code = next(r for r in paragraph.runs if r.text == "public")
    inserted = OxmlElement("w:ins")
    for name, value in (("w:id", "950"), ("w:author", "Rae Reviewer")):
        inserted.set(qn(name), value)
    run, text = OxmlElement("w:r"), OxmlElement("w:t")
    text.text = words
    text.set(qn("xml:space"), "preserve")
    run.append(text)
    inserted.append(run)
    code._r.addnext(inserted)
    document.save(str(tmp_path / "usage-back.docx"))
    report = import_review_pack(tmp_path / "usage-back.docx", Site.open(site_path))
    assert sum(report.suggestions.values()) == 1, report.summary()
    [suggestion] = review.NoteStore(page).suggestions
    review.accept_suggestion(page, suggestion.id, "Hugo Author", Site.open(site_path))
    return page


def test_a_word_inserted_after_inline_code_goes_after_the_backticks(tmp_path: Path) -> None:
    page = _insert_after_code(tmp_path, " output")
    text = page.read_text(encoding="utf-8")
    assert LINE.replace("`public` directory", "`public` output directory") in text
    assert "`public output`" not in text


def test_letters_typed_onto_the_code_word_stay_in_the_code(tmp_path: Path) -> None:
    page = _insert_after_code(tmp_path, "_html")
    assert LINE.replace("`public`", "`public_html`") in page.read_text(encoding="utf-8")
