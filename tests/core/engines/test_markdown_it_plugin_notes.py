"""The preview says a site's markdown-it plugin is missing only on pages it could change: where
the page uses the plugin's syntax, or has a template tag that could write it; an unknown
plugin is named on every page."""

from __future__ import annotations

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.engines.markdown_it import MarkdownItEngine
from editor_app.core.render import Renderer
from editor_app.core.site import Site

NOTE = "This site adds Markdown plugins the preview does not have"


def test_a_known_plugin_is_named_only_where_its_syntax_is() -> None:
    engine = MarkdownItEngine(
        plugins=("markdown-it-table-of-contents", "markdown-it-footnote")
    )
    assert engine.notes_for("# Title\n\nPlain words.\n") == ()
    only_toc = engine.notes_for("[[toc]]\n\n## A\n")
    assert len(only_toc) == 1 and "(markdown-it-table-of-contents)" in only_toc[0]
    both = engine.notes_for("Text[^1]\n\n[^1]: note\n\n[[TOC]]\n")
    assert "(markdown-it-table-of-contents, markdown-it-footnote)" in both[0]
    # A template tag may write the syntax (a shortcode writing [[toc]]): named then too.
    assert len(engine.notes_for("{% tableofcontents %}\n")) == 1


def test_an_unknown_plugin_is_named_on_every_page() -> None:
    engine = MarkdownItEngine(plugins=("@org/markdown-it-mystery", "markdown-it-mark"))
    notes = engine.notes_for("Plain words.\n")
    assert len(notes) == 1 and "(@org/markdown-it-mystery)" in notes[0]


def test_other_notes_stay() -> None:
    engine = MarkdownItEngine(notes=("Bare web addresses are not shown.",))
    assert engine.notes_for("Plain.\n") == ("Bare web addresses are not shown.",)


def test_the_eleventy_site_pages() -> None:
    eleventy = shared_site_path("eleventy-website")
    site = Site.open(eleventy)
    renderer = Renderer(site)
    with_toc = Document.load(eleventy / "src" / "docs" / "data-cascade.md")  # {% tableofcontents %}
    # Its one plugin, the table of contents, is run by the preview (`eleventy_toc.py`).
    assert NOTE not in renderer.render_page(with_toc)
    plain = next(
        e.path
        for e in site.entries()
        if e.path.suffix == ".md"
        and "{" not in e.path.read_text(encoding="utf-8").split("---", 2)[-1]
        and "[[toc]]" not in e.path.read_text(encoding="utf-8")
    )
    assert NOTE not in renderer.render_page(Document.load(plain))
