"""A page of a Hugo site's Persian folder (mounted for Persian alone by `[[module.mounts]]`,
as gohugo.io mounts `content/en` for English) is previewed in Persian, right to left, and the
reading checks do not take it for English: the preview read the language from Jekyll's
settings alone and drew it left to right in the site's default language, and Check knew only
folders named with a common code (`content/fa`), not the site's own mounts."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import hugo_docs_with_language_folder

from editor_app.core.checks.content_language import words_spaced, written_in_english
from editor_app.core.checks.page import make_page
from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site

PERSIAN = "+++\ntitle = \"درباره\"\n+++\n\nهوگو یک سازنده سایت ایستا است که با زبان گو نوشته شده است.\n"


@pytest.fixture
def hugo_docs(tmp_path: Path) -> Path:
    dest = tmp_path / "hugo-docs"
    hugo_docs_with_language_folder(dest, "fa", "persian", PERSIAN)
    return dest


def test_a_page_of_the_persian_folder_is_previewed_right_to_left(hugo_docs: Path) -> None:
    renderer = Renderer(Site.open(hugo_docs))
    page = renderer.render_page(Document.load(hugo_docs / "content/persian/about/introduction.md"))
    assert '<html lang="fa" dir="rtl"' in page or ('lang="fa"' in page and 'dir="rtl"' in page)

    english = renderer.render_page(Document.load(hugo_docs / "content/en/about/introduction.md"))
    assert 'lang="en"' in english and 'dir="rtl"' not in english


def test_check_takes_the_persian_folder_for_persian(hugo_docs: Path) -> None:
    site = Site.open(hugo_docs)
    path = hugo_docs / "content/persian/about/introduction.md"
    page = make_page("content/persian/about/introduction.md", path, None, PERSIAN)
    assert not written_in_english(page, site)
    assert words_spaced(page, site)

    path = hugo_docs / "content/en/about/introduction.md"
    text = path.read_text(encoding="utf-8")
    assert written_in_english(make_page("content/en/about/introduction.md", path, None, text), site)
