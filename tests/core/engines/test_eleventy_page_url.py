"""An Eleventy include deciding by the page's address (`{% if page.url == "/x/" %}`,
`{{ page.url }}`) is drawn for the page it is included in, its address as Eleventy makes
it: 11ty.dev's data-source list on 7 pages, marking the page shown, was a placeholder."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site

INCLUDE = """Here: {{ page.url }}.

* [A](/a/){% if page.url == "/a/" %} ⬅{% endif %}
* {% if page.url != "/b/" %}[B](/b/){% else %}B{% endif %}
"""


def test_an_include_decides_by_the_pages_address(tmp_path: Path) -> None:
    (tmp_path / "eleventy.config.js").write_text(
        'export default function () { return { dir: { input: "src" } }; }\n', encoding="utf-8"
    )
    (tmp_path / "src" / "_includes").mkdir(parents=True)
    (tmp_path / "src" / "_includes" / "list.md").write_text(INCLUDE, encoding="utf-8")
    renderer = Renderer(Site.open(tmp_path))
    shown = {}
    for name in ("a", "b"):
        page = tmp_path / "src" / f"{name}.md"
        page.write_text(f'---\ntitle: {name}\n---\n{{% include "list.md" %}}\n', encoding="utf-8")
        shown[name] = renderer.render_page(Document.load(page))
    assert "<p>Here: /a/.</p>" in shown["a"]
    assert '<li><a href="/a/">A</a> ⬅</li>\n<li><a href="/b/">B</a></li>' in shown["a"]
    assert '<li><a href="/a/">A</a></li>\n<li>B</li>' in shown["b"]
    assert 'class="liquid"' not in shown["a"] + shown["b"]


def test_the_eleventy_sites_data_sources_mark_the_page() -> None:
    eleventy = shared_site_path("eleventy-website")
    renderer = Renderer(Site.open(eleventy))
    page = renderer.render_page(Document.load(eleventy / "src" / "docs" / "data-global.md"))
    assert '<li><a href="/docs/data-global/">Global Data Files</a> ⬅</li>' in page
    assert '{% include "datasources.md" %}' not in page
    cascade = renderer.render_page(Document.load(eleventy / "src" / "docs" / "data-cascade.md"))
    assert "When the data is merged in the Eleventy Data Cascade, the order" in cascade
