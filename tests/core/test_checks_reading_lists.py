"""The reading level reads a list item as a unit, as the long-sentence check does: hugo-docs'
Emojis page (two sentences, then tables of contents of short items) had a reading ease of 3,
its list of short items run together into one long "sentence"; its About > Introduction
(a sentence ending in a colon over six short items) was "hard to read" at 33."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.checks.reading import text_counts
from editor_app.core.document import Document
from editor_app.core.site import Site
from editor_app.core.validate import validate_document


def _reading_level(rel: str) -> list[str]:
    site = Site.open(shared_site_path("hugo-docs"))
    problems = validate_document(Document.load(site.root / rel), site)
    return [p.message for p in problems if p.code == "reading-level"]


def test_hugo_docs_emojis_and_introduction_are_not_hard_to_read() -> None:
    assert _reading_level("content/en/quick-reference/emojis.md") == []
    assert _reading_level("content/en/about/introduction.md") == []


def test_each_list_item_is_a_sentence_however_short() -> None:
    text = "Pick one of these:\n- Face Smiling\n- Cat\n1. Monkey Face\n* Heart\n\nThat is all.\n"
    assert text_counts(text)[1] == 6


def test_items_of_long_sentences_are_counted_as_before() -> None:
    item = "This item goes on and on. It has two sentences here"
    assert text_counts(f"Intro text is here.\n- {item}\n- {item}.\n")[1] == 5
    assert text_counts("One sentence here. Another one there.")[1] == 2


def test_a_hard_page_of_list_items_is_still_told(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: t\n")
    hard = (
        "- Notwithstanding contractual obligations, organisational accountability "
        "necessitates comprehensive institutional documentation regarding "
        "interdepartmental responsibilities and administrative considerations\n"
    )
    (tmp_path / "page.md").write_text("---\ntitle: T\n---\n\n" + hard * 8)
    site = Site.open(tmp_path)
    problems = validate_document(Document.load(tmp_path / "page.md"), site)
    assert [p.code for p in problems if p.code == "reading-level"] == ["reading-level"]
