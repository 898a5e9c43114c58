"""A returned review pack with changes to what it shows of the page's settings: a tracked
change in the title's heading or the subtitle becomes a suggested edit on that setting
(accepted, only its line changes); it was "could not be placed" (the title), or worse, put on
the same words in the text (the subtitle's "Confidentiality Advisory Group", in the first
paragraph). A comment on words found in the text, but never with the words around it there,
becomes a whole-page note saying them rather than one on a copy picked among several."""

from __future__ import annotations

import sys
from pathlib import Path

import docx

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

sys.path.insert(0, str(Path(__file__).parent))
from test_docx_pack_comment_place import _comment_on_words, _cut_out  # noqa: E402

PAGE = "_resources/case-study-cag.md"


def test_changes_to_the_title_and_subtitle_are_suggested_on_them(site_copy: Path, tmp_path):
    page = site_copy / PAGE
    before = page.read_text(encoding="utf-8")
    site = Site.open(site_copy)
    export_docx([page], tmp_path / "pack.docx", site)
    document = docx.Document(str(tmp_path / "pack.docx"))
    title, subtitle = document.paragraphs[0], document.paragraphs[1]
    assert subtitle.text == "Case study: Confidentiality Advisory Group"
    _cut_out(title, "public data", tracked="people's data")
    _cut_out(subtitle, "Confidentiality Advisory Group", tracked="the CAG")
    document.save(tmp_path / "returned.docx")

    report = import_review_pack(tmp_path / "returned.docx", site)

    assert report.suggestions == {page.resolve(): 2}
    store = review.NoteStore(page)
    assert {(s.field, s.quote, s.replacement) for s in store.suggestions} == {
        ("title", "public", "people's"),  # the word changed alone, "data" kept
        ("subtitle", "Confidentiality Advisory Group", "the CAG"),
    }
    for suggestion in list(store.suggestions):
        review.accept_suggestion(page, suggestion.id, "Ann")
    after = page.read_text(encoding="utf-8")
    changed = [a for a, b in zip(after.splitlines(), before.splitlines(), strict=True) if a != b]
    assert changed == [
        "title: \"How can we ensure people's data is shared in the public interest?\"",
        'subtitle: "Case study: the CAG"',
    ]
    assert Document.load(page).body == Document.from_bytes(before.encode()).body


def test_a_comment_on_the_subtitle_is_no_guess_in_the_text(site_copy: Path, tmp_path: Path):
    page = site_copy / PAGE
    site = Site.open(site_copy)
    export_docx([page], tmp_path / "pack.docx", site)
    document = docx.Document(str(tmp_path / "pack.docx"))
    subtitle = document.paragraphs[1]
    _comment_on_words(document, subtitle, "Confidentiality Advisory Group", "Spell out once")
    document.save(tmp_path / "returned.docx")

    import_review_pack(tmp_path / "returned.docx", site)

    (note,) = review.NoteStore(page).notes
    assert note.is_general
    assert note.text == "On “Confidentiality Advisory Group”: Spell out once"
