"""An Eleventy page's preview heading is what its layouts print as the page's heading
(`<h1>{{ pageTitle }}</h1>`, a quick tip's computed "Quick Tip: {{ tiptitle }}"), not any
field whose name ends in "title": 11ty.dev's `relatedTitle` (the words its "Related Docs"
lists show) stood above the page's own heading."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site


def test_the_eleventy_sites_pages_show_the_heading_their_layout_prints() -> None:
    eleventy = shared_site_path("eleventy-website")
    renderer = Renderer(Site.open(eleventy))
    nav = renderer.render_page(Document.load(eleventy / "src/docs/pagination/nav.md"))
    assert "Create a list of Navigation Links for your Pagination." not in nav
    assert 'class="page-title"' not in nav  # its own `# Pagination Navigation` alone
    assert '<h1 id="pagination-navigation">Pagination Navigation</h1>' in nav
    # The language pages' layout prints their menu name.
    jsx = renderer.render_page(Document.load(eleventy / "src/docs/languages/jsx.md"))
    assert '<h1 class="page-title">JSX</h1>' in jsx
    # A quick tip's title is computed by its folder's data, as the site prints it.
    tip = renderer.render_page(Document.load(eleventy / "src/docs/quicktips/inline-css.md"))
    assert '<h1 class="page-title">Quick Tip: Inline Minified CSS</h1>' in tip
    # The main layout prints its header title `{%- if not isDocs %}`, and the docs layout
    # sets `isDocs: true`: a docs page's `headerTitle` is no heading of it.
    admin = renderer.render_page(Document.load(eleventy / "src/admin.md"))
    assert "Eleventy Not-So-Private Admin Dashboard</h1>" not in admin
    blog = renderer.render_page(Document.load(eleventy / "src/blog/blog.md"))
    assert "Eleventy Community</h1>" not in blog and 'class="page-title"' not in blog
    assert '<h1 id="blog">Blog</h1>' in blog  # its own heading alone, as the site shows it


def test_a_title_field_the_layout_does_not_print_is_no_heading(tmp_path: Path) -> None:
    (tmp_path / "eleventy.config.js").write_text("export default {};\n", encoding="utf-8")
    (tmp_path / "_includes").mkdir()
    (tmp_path / "_includes" / "doc.njk").write_text(
        "---\n---\n{% if pageTitle %}<h1>{{ pageTitle | safe }}</h1>{% endif %}\n{{ content }}\n",
        encoding="utf-8",
    )
    page = tmp_path / "a.md"
    page.write_text(
        "---\nlayout: doc.njk\nrelatedTitle: Seen in lists\nfeedTitle: Feed\n---\nText.\n", "utf-8"
    )
    renderer = Renderer(Site.open(tmp_path))
    shown = renderer.render_page(Document.load(page))
    assert '<h1 class="page-title">A</h1>' in shown  # the file's name, as before any title
    page.write_text("---\nlayout: doc.njk\npageTitle: Printed\n---\nText.\n", "utf-8")
    assert '<h1 class="page-title">Printed</h1>' in renderer.render_page(Document.load(page))
