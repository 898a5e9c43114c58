"""A suggested edit right after a link to another page of the site, accepted (or rejected) in
Word, is read back as such: the pack shows that link with its address after it ("the
leaderboards (/speedlify/)"), so the words before the edit never read as the page has them,
and the import said it could not tell (eleventy-website's accessibility page)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.core import review
from editor_app.core.document import Document
from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_docx_pack_word_decisions import _decide_in_word  # noqa: E402

SENTENCE = "Our [leaderboards](/speedlify/) encourage best practices on sites built with it."


def _small_site(root: Path) -> Path:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Notes\n", encoding="utf-8")
    (root / "speedlify.md").write_text(
        "---\ntitle: Leaderboards\npermalink: /speedlify/\n---\n\nScores.\n", encoding="utf-8"
    )
    page = root / "_posts" / "2024-01-01-accessibility.md"
    page.write_text(f"---\ntitle: Accessibility\n---\n\n{SENTENCE}\n", encoding="utf-8")
    return page


def _round_trip(page: Path, site: Site, tmp_path: Path, accept: bool) -> str:
    body = Document.load(page).body
    at = body.index("encourage")
    suggestion = review.make_suggestion(body, at, at + len("encourage"), "promote", "Ada Editor")
    review.NoteStore(page).add_suggestion(suggestion)
    export_docx([page], tmp_path / "pack.docx", site)
    _decide_in_word(tmp_path / "pack.docx", tmp_path / "returned.docx", accept=accept)
    return import_review_pack(tmp_path / "returned.docx", site).summary()


@pytest.mark.parametrize("accept", [True, False], ids=["accepted", "rejected"])
def test_decided_beside_a_site_link(tmp_path: Path, accept: bool) -> None:
    page = _small_site(tmp_path / "site")
    summary = _round_trip(page, Site.open(tmp_path / "site"), tmp_path, accept)
    assert ("was accepted in Word" if accept else "was rejected in Word") in summary
    words = "promote best practices" if accept else "encourage best practices"
    assert words in Document.load(page).body


def test_on_eleventy_websites_accessibility_page(tmp_path: Path) -> None:
    root = copy_shared_site("eleventy-website", tmp_path)
    page = root / "src/docs/accessibility.md"
    body = Document.load(page).body
    at = body.index("encourage best practices")
    review.NoteStore(page).add_suggestion(
        review.make_suggestion(body, at, at + len("encourage"), "promote", "Ada Editor")
    )
    site = Site.open(root)
    export_docx([page], tmp_path / "pack.docx", site)
    _decide_in_word(tmp_path / "pack.docx", tmp_path / "returned.docx", accept=True)
    summary = import_review_pack(tmp_path / "returned.docx", site).summary()
    assert "was accepted in Word" in summary
    assert "promote best practices" in Document.load(page).body
