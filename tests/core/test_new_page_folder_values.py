"""A new page takes the values every page of its folder shares where the collection's pages
differ: an English article of the Open Source Guide, in the collection's own `_articles`, says
`lang: en` as the 13 others there do (it was left empty, and Check then asked for it)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.new_page import new_page_bytes
from editor_app.core.page_create import new_document
from editor_app.core.schema import load_schema
from editor_app.core.site import Site

DAY = dt.date(2026, 1, 2)


@pytest.fixture
def guide(tmp_path: Path) -> Path:
    source = shared_site_path("opensource-guide")
    dest = tmp_path / "guide"
    for folder in ("_articles", "_articles/fr"):
        (dest / folder).mkdir(parents=True)
        for page in (source / folder).glob("*.md"):
            shutil.copy(page, dest / folder)
    shutil.copy(source / "_config.yml", dest / "_config.yml")
    return dest


def test_an_english_article_says_it_is_english(guide: Path) -> None:
    site = Site.open(guide)
    path = new_document(site, "articles", "A guide", today=DAY)
    assert path.parent == guide / "_articles"
    assert Document.load(path).front_matter["lang"] == "en"
    french = new_document(site, "articles", "Un guide", today=DAY, folder="_articles/fr")
    assert Document.load(french).front_matter["lang"] == "fr"


def _site(tmp_path: Path, pages: dict[str, str]) -> Site:
    (tmp_path / "_config.yml").write_text("collections:\n  notes:\n    output: true\n")
    for rel, header in pages.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(f"---\n{header}---\nText.\n", encoding="utf-8")
    return Site.open(tmp_path)


def test_a_value_the_whole_collection_shares_or_the_page_starts_with_stays(tmp_path: Path) -> None:
    # Every page in the collection's folder is final and says `kind: note`, as every page of
    # the collection does: the new page starts as a draft, with the collection's usual values.
    pages = {f"_notes/n{i}.md": f"title: N{i}\nstatus: final\nkind: note\n" for i in range(6)}
    pages |= {f"_notes/more/m{i}.md": f"title: M{i}\nstatus: draft\nkind: note\n" for i in range(2)}
    site = _site(tmp_path, pages)
    text = new_page_bytes(site, "notes", "New", load_schema(site), DAY).decode()
    front = Document.from_text(text).front_matter
    assert front["status"] == "draft" and front["kind"] == "note"
