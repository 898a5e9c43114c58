"""The preview page says the page's language, and runs right to left for Arabic, Persian,
Hebrew or Urdu (the title and author line too, as the translated site shows them)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site


@pytest.fixture(scope="module")
def guide(tmp_path_factory: pytest.TempPathFactory) -> Site:
    source = shared_site_path("opensource-guide")
    root = tmp_path_factory.mktemp("guide") / "opensource-guide"
    shutil.copytree(source, root, ignore=shutil.ignore_patterns(".git"))
    return Site.open(root)


@pytest.mark.parametrize(
    ("page", "opening"),
    [
        ("_articles/ar/legal.md", '<html lang="ar" dir="rtl">'),
        ("_articles/fa/legal.md", '<html lang="fa" dir="rtl">'),
        ("_articles/fr/legal.md", '<html lang="fr">'),
        ("_articles/legal.md", '<html lang="en">'),
    ],
)
def test_the_page_says_its_language_and_direction(guide: Site, page: str, opening: str) -> None:
    html = Renderer(guide).render_page(Document.load(guide.root / page))
    assert opening in html
    assert html.count("<html") == 1


def test_a_page_without_a_language_is_english(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("---\ntitle: Hello\n---\nText.\n", encoding="utf-8")
    assert '<html lang="en">' in Renderer(None).render_page(Document.load(page))
