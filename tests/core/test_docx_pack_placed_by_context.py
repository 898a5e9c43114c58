"""A note or a suggested edit on a word the page holds more than once is shown in the pack
(Word comment, Word tracked change, the PDF's mark) on the copy it is on, found by the words
around it. Before, the copy was the one nearest its place in the Markdown, which is not its
place in the text a pack shows (a long link address, or hugo-docs' code-toggle drawn as three
code blocks, shift it): on hugo-docs' archetypes page a suggested "default" went on
`archetypes/default.md`, and the reviewer accepting it in Word had it read back as turned
down."""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.oxml.ns import qn
from shared_sites import copy_shared_site

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_docx_pack_word_decisions import _decide_in_word  # noqa: E402

ADDRESS = "https://example.org/" + "long-path/" * 60


def _small_site(root: Path) -> Path:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Notes\n", encoding="utf-8")
    page = root / "_posts" / "2024-01-01-archetypes.md"
    page.write_text(
        f"---\ntitle: Archetypes\n---\n\nRead [the guide]({ADDRESS}) first.\n\n"
        "Hugo uses a built-in default archetype.\n\n"
        "Then it reads the file default.md of the folder.\n",
        encoding="utf-8",
    )
    return page


def _on(page: Path, words: str, within: str) -> tuple[int, int]:
    body = Document.load(page).body
    at = body.index(within) + within.index(words)
    return at, at + len(words)


def _paragraph_of(pack: Path, tag: str) -> str:
    document = docx.Document(str(pack))
    for paragraph in document.paragraphs:
        if paragraph._p.find(".//" + qn(tag)) is not None:
            return paragraph.text
    return ""


def test_a_suggestion_and_a_note_go_on_their_own_copy(tmp_path: Path) -> None:
    page = _small_site(tmp_path / "site")
    body = Document.load(page).body
    start, end = _on(page, "default", "built-in default archetype")
    store = review.NoteStore(page)
    store.add_suggestion(review.make_suggestion(body, start, end, "standard", "Ada Editor"))
    store.add(review.make_note(body, start, end, "Which one?", "Ada Editor"))
    export_docx([page], tmp_path / "pack.docx", Site.open(tmp_path / "site"))
    assert "built-in" in _paragraph_of(tmp_path / "pack.docx", "w:ins")
    assert "built-in" in _paragraph_of(tmp_path / "pack.docx", "w:commentRangeStart")


def test_hugo_docs_accepted_in_word_is_made_on_its_words(tmp_path: Path) -> None:
    root = copy_shared_site("hugo-docs", tmp_path)
    page = root / "content/en/content-management/archetypes.md"
    body = Document.load(page).body
    start, end = _on(page, "default", "built-in default archetype")
    review.NoteStore(page).add_suggestion(
        review.make_suggestion(body, start, end, "standard", "Ada Editor")
    )
    site = Site.open(root)
    export_docx([page], tmp_path / "pack.docx", site)
    _decide_in_word(tmp_path / "pack.docx", tmp_path / "returned.docx", accept=True)
    report = import_review_pack(tmp_path / "returned.docx", site)
    assert "was accepted in Word" in report.summary()
    assert "Hugo uses a built-in standard archetype." in Document.load(page).body
