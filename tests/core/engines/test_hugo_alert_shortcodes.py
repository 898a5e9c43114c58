"""hugo-docs' `{{< newtemplatesystem >}}` (a fixed note through the theme's alert partial, on 3
pages) is drawn as Hugo prints it, where a placeholder stood."""

from __future__ import annotations

import shutil
from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.engines.hugo_alert_shortcodes import trim_short_html
from editor_app.core.render import Renderer
from editor_app.core.site import Site

_CASES = Path(__file__).parent / "hugo_feature_cases"


def test_the_note_is_what_hugo_prints(tmp_path: Path) -> None:
    # alert.hugo-0.111.html: Hugo 0.111 building alert.md with hugo-docs' [markup] settings,
    # its newtemplatesystem shortcode and layouts/blocks/alert.html partial.
    docs = shared_site_path("hugo-docs")
    for folder in ("_shortcodes", "_partials"):
        shutil.copytree(docs / "layouts" / folder, tmp_path / "layouts" / folder)
    shutil.copy(docs / "hugo.toml", tmp_path / "hugo.toml")
    (tmp_path / "content").mkdir()
    shutil.copy(_CASES / "alert.md", tmp_path / "content" / "alert.md")
    doc = Document.load(tmp_path / "content" / "alert.md")
    html = Renderer(Site.open(tmp_path)).render_body(doc.body)
    assert html == (_CASES / "alert.hugo-0.111.html").read_text(encoding="utf-8")


def test_a_template_with_more_keeps_the_placeholder(tmp_path: Path) -> None:
    docs = shared_site_path("hugo-docs")
    shutil.copytree(docs / "layouts" / "_partials", tmp_path / "layouts" / "_partials")
    shutil.copy(docs / "hugo.toml", tmp_path / "hugo.toml")
    shortcodes = tmp_path / "layouts" / "_shortcodes"
    shortcodes.mkdir()
    text = (docs / "layouts" / "_shortcodes" / "newtemplatesystem.html").read_text("utf-8")
    (shortcodes / "newtemplatesystem.html").write_text(text + "{{ .Page.Title }}\n", "utf-8")
    (tmp_path / "content").mkdir()
    page = tmp_path / "content" / "a.md"
    page.write_text("---\ntitle: a\n---\n{{< newtemplatesystem >}}\n", "utf-8")
    html = Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)
    assert '{{&lt; newtemplatesystem &gt;}}</span>' in html


def test_render_string_shows_one_paragraph_inline() -> None:
    assert trim_short_html("<p>One <em>x</em>.</p>\n") == "One <em>x</em>."
    assert trim_short_html("<p>One</p>\n<p>Two</p>\n") == "<p>One</p>\n<p>Two</p>\n"


def test_the_hugo_docs_pages_show_the_note() -> None:
    docs = shared_site_path("hugo-docs")
    page = Document.load(docs / "content" / "en" / "templates" / "lookup-order.md")
    shown = Renderer(Site.open(docs)).render_page(page)
    assert "newtemplatesystem" not in shown
    assert "border-orange-400" in shown and "We did a complete overhaul" in shown
