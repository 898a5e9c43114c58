"""The preview's page heading: the title field, else the name the page list gives it (an
Eleventy menu name, else its file's name made readable); but a page with no title whose text
opens with its own `# Heading` shows that heading alone, as the site does."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site


def _page(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "data-cascade.md"
    path.write_text(text, encoding="utf-8")
    return Document.load(path)


def test_a_title_is_the_heading(tmp_path: Path) -> None:
    html = Renderer(None).render_page(_page(tmp_path, "---\ntitle: Data\n---\n# Inside\n"))
    assert '<h1 class="page-title">Data</h1>' in html


def test_no_title_and_no_heading_shows_the_readable_file_name(tmp_path: Path) -> None:
    html = Renderer(None).render_page(_page(tmp_path, "---\nlayout: x\n---\nSome text.\n"))
    assert '<h1 class="page-title">Data cascade</h1>' in html


def test_no_title_and_no_heading_shows_the_menu_name(tmp_path: Path) -> None:
    text = "---\neleventyNavigation:\n  key: Nice Name\n---\nSome text.\n"
    html = Renderer(None).render_page(_page(tmp_path, text))
    assert '<h1 class="page-title">Nice Name</h1>' in html


def test_no_title_and_an_opening_heading_shows_that_heading_alone(tmp_path: Path) -> None:
    html = Renderer(None).render_page(_page(tmp_path, "---\nlayout: x\n---\n\n# Data Cascade\n"))
    assert 'class="page-title"' not in html
    assert html.count("<h1") == 1 and "Data Cascade</h1>" in html
    assert "<title>Data cascade" in html  # the window's title still names the page


def test_the_eleventy_data_cascade_page_as_the_site_shows_it() -> None:
    eleventy = shared_site_path("eleventy-website")
    page = eleventy / "src" / "docs" / "data-cascade.md"
    html = Renderer(Site.open(eleventy)).render_page(Document.load(page))
    assert 'class="page-title"' not in html
    assert "Data Cascade</h1>" in html


def test_a_title_with_character_references_reads_as_the_site_shows_it(tmp_path: Path) -> None:
    """Jekyll puts the title into the page as HTML (`C&oacute;digo` reads "Código"); Hugo
    escapes it, so its page shows the references as written."""
    jekyll = tmp_path / "jekyll"
    (jekyll / "_posts").mkdir(parents=True)
    (jekyll / "_config.yml").write_text("title: x\n", encoding="utf-8")
    post = jekyll / "_posts" / "2024-01-01-coc.md"
    post.write_text("---\ntitle: Tu C&oacute;digo\n---\nText.\n", encoding="utf-8")
    html = Renderer(Site.open(jekyll)).render_page(Document.load(post))
    assert '<h1 class="page-title">Tu Código</h1>' in html
    hugo = tmp_path / "hugo"
    (hugo / "content").mkdir(parents=True)
    (hugo / "hugo.toml").write_text('title = "x"\n', encoding="utf-8")
    page = hugo / "content" / "coc.md"
    page.write_text("---\ntitle: Tu C&oacute;digo\n---\nText.\n", encoding="utf-8")
    site = Site.open(hugo)
    assert site.generator == "hugo"
    html = Renderer(site).render_page(Document.load(page))
    assert '<h1 class="page-title">Tu C&amp;oacute;digo</h1>' in html


def test_the_guide_s_spanish_code_of_conduct_heading() -> None:
    root = shared_site_path("opensource-guide")
    page = root / "_articles" / "es" / "code-of-conduct.md"
    html = Renderer(Site.open(root)).render_page(Document.load(page))
    assert '<h1 class="page-title">Tu Código de Conducta</h1>' in html
