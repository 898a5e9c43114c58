"""A page that is a licence itself gives the licence's own words: hugo-docs' About > License
(the Apache License) was told to split its sentences and paragraphs and that it is hard to
read. A page that only quotes a licence (opensource-guide's notices, in `>` quotes) is still
told about its own sentences."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.site import Site
from editor_app.core.validate import validate_document

READING = {"sentence-long", "paragraph-long", "reading-level", "style-word"}


def _codes(root: Path, rel: str) -> list[str]:
    site = Site.open(root)
    return [p.code for p in validate_document(Document.load(root / rel), site)]


def test_hugo_docs_licence_page_is_not_told_to_rewrite_the_licence() -> None:
    codes = _codes(shared_site_path("hugo-docs"), "content/en/about/license.md")
    assert not READING & set(codes)


def test_a_page_quoting_licences_is_still_told_about_its_own_sentences() -> None:
    codes = _codes(shared_site_path("opensource-guide"), "notices.md")
    assert codes.count("sentence-long") == 2


LONG = " ".join(["word"] * 40) + ".\n"


def test_a_licence_in_a_quote_or_an_example_leaves_the_page_its_own(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: t\n")
    page = tmp_path / "page.md"
    disclaimer = 'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.\n'
    for body, told in (
        (LONG + "\n" + disclaimer, False),
        (LONG + "\n> " + disclaimer, True),
        (LONG + "\n```\n" + disclaimer + "```\n", True),
        (LONG + '\nSold "AS IS" to you.\n', True),
    ):
        page.write_text("---\ntitle: T\n---\n" + body)
        assert ("sentence-long" in _codes(tmp_path, "page.md")) is told, body
