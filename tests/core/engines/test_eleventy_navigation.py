"""11ty.dev's lists of a section's pages (`{{ "Advanced" | nav | eleventyNavigationToHtml(...)
| safe }}`) drawn as @11ty/eleventy-navigation 1.0.5 prints them (its find, sort and printing
checked against the plugin run with node on the site's data: 9 lists identical), where a
placeholder stood."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site

CONFIG = """import navigationPlugin from "@11ty/eleventy-navigation";
const navFn = memoize(function(key) {
	return filterNavSidebar(navigation.find(this.ctx.collections.all, key), "removedFeature");
});
export default function (eleventyConfig) {
	eleventyConfig.addPlugin(navigationPlugin);
	eleventyConfig.addFilter("nav", navFn);
	return { dir: { input: "src" }, markdownTemplateEngine: "njk" };
}
"""
PAGES = {
    "b.md": "eleventyNavigation:\n  key: Bee\n  parent: Docs\n",
    "a.md": "eleventyNavigation:\n  key: Ant\n  parent: Docs\n  excerpt: Small.\n",
    "c.md": "eleventyNavigation:\n  key: Cat\n  parent: Docs\n  order: 2\n",
    "d/index.md": "eleventyNavigation:\n  key: Dog\n  parent: Docs\n  order: 1\n",
    "e.md": "eleventyNavigation:\n  key: Eel\n  title: An eel\n  parent: Docs\n  pinned: true\n",
    "f.md": "eleventyNavigation:\n  key: Fox\n  parent: Dog\n",
    "g.md": "removedFeature: true\neleventyNavigation:\n  key: Gnu\n  parent: Docs\n",
    "h.md": "permalink: /elsewhere/\neleventyNavigation:\n  key: Hen\n  parent: Cat\n",
}


def _site(tmp_path: Path, body: str) -> Path:
    (tmp_path / "eleventy.config.js").write_text(CONFIG, encoding="utf-8")
    for name, front in PAGES.items():
        path = tmp_path / "src" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"---\n{front}---\nText\n", encoding="utf-8")
    page = tmp_path / "src" / "docs.md"
    page.write_text(f"---\ntitle: Docs\n---\n{body}\n", encoding="utf-8")
    return page


def test_a_sections_pages_as_the_plugin_prints_them(tmp_path: Path) -> None:
    page = _site(
        tmp_path, '{{ "Docs" | nav | eleventyNavigationToHtml({ showExcerpt: true }) | safe }}'
    )
    body = Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)
    # Pinned first, then by order, then those without one (by path here); the page whose
    # data says removedFeature left out; children nested; an excerpt after its title.
    assert body.startswith(
        '<ul title="Pages without an order are listed here by their path; the site lists them '
        'by date (a file&#x27;s creation date when it has none)."><li><a href="/e/">An eel</a></li>\n'
        '<li><a href="/d/">Dog</a><ul><li><a href="/f/">Fox</a></li></ul></li>\n'
        '<li><a href="/c/">Cat</a><ul><li><a href="/elsewhere/">Hen</a></li></ul></li>\n'
        '<li><a href="/a/">Ant</a>: Small.</li>\n<li><a href="/b/">Bee</a></li></ul>'
    )
    assert "Gnu" not in body


def test_the_markdown_form(tmp_path: Path) -> None:
    page = _site(tmp_path, '{{ "Dog" | nav | eleventyNavigationToMarkdown() }}\n\nEnd.')
    body = Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)
    assert '<ul>\n<li><a href="/f/">Fox</a></li>\n</ul>\n<p>End.</p>' in body


def test_a_page_placed_by_javascript_keeps_the_placeholder(tmp_path: Path) -> None:
    page = _site(tmp_path, '{{ "Docs" | nav | eleventyNavigationToHtml | safe }}')
    (tmp_path / "src" / "j.11ty.js").write_text(
        'export const data = { eleventyNavigation: { key: "Jay", parent: "Docs" } };\n', "utf-8"
    )
    body = Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)
    assert (
        '<span class="liquid" title="Not drawn in the preview: it lists the pages under Docs, '
        'and src/j.11ty.js gives its place in JavaScript.">'
    ) in body
    assert "Ant" not in body


def test_the_eleventy_sites_advanced_list() -> None:
    eleventy = shared_site_path("eleventy-website")
    renderer = Renderer(Site.open(eleventy))
    body = renderer.render_body(Document.load(eleventy / "src/docs/advanced.md").body)
    assert (
        '<li><a href="/docs/advanced-order/">Order of Operations</a>: How Eleventy works '
        "internally.</li></ul>"
    ) in body
    assert "liquid" not in body


def test_pages_of_one_rank_in_the_collections_order_by_date(tmp_path: Path) -> None:
    # Eleventy's collection is sorted by date, then path; the plugin's sort keeps that order
    # for pages without an order (or of the same order): known when each has a date.
    page = _site(tmp_path, '{{ "News" | nav | eleventyNavigationToHtml | safe }}')
    dated = {
        "news/2024-05-01-zebra.md": "",  # the date in its path
        "news/apple.md": "date: 2024-06-01\n",
        "news/mango.md": "date: 2023-01-01T10:00:00Z\n",
        "news/kiwi.md": "date: 2023-01-01\n",  # midnight: before mango's ten o'clock
    }
    for name, front in dated.items():
        path = tmp_path / "src" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        key = path.stem.split("-")[-1].title()
        path.write_text(
            f"---\n{front}eleventyNavigation:\n  key: {key}\n  parent: News\n---\nText\n", "utf-8"
        )
    body = Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)
    assert body.startswith(
        '<ul><li><a href="/news/kiwi/">Kiwi</a></li>\n<li><a href="/news/mango/">Mango</a></li>\n'
        '<li><a href="/news/2024-05-01-zebra/">Zebra</a></li>\n'
        '<li><a href="/news/apple/">Apple</a></li></ul>'
    )
    # One page without a date of its own: path order, and the list's hover says so.
    (tmp_path / "src" / "news" / "banana.md").write_text(
        "---\neleventyNavigation:\n  key: Banana\n  parent: News\n---\nText\n", "utf-8"
    )
    body = Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)
    assert body.startswith('<ul title="Pages without an order are listed here by their path;')
    assert '<li><a href="/news/2024-05-01-zebra/">Zebra</a></li>\n<li><a href="/news/apple/">' in body


def test_pages_of_the_same_order_without_dates_say_so(tmp_path: Path) -> None:
    page = _site(tmp_path, '{{ "Two" | nav | eleventyNavigationToHtml | safe }}')
    for name in ("y.md", "x.md"):
        (tmp_path / "src" / name).write_text(
            f"---\neleventyNavigation:\n  key: {name[0]}\n  parent: Two\n  order: 1\n---\nT\n",
            "utf-8",
        )
    body = Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)
    assert body.startswith(
        '<ul title="Pages of the same order are listed here by their path; the site lists them '
        "by date (a file&#x27;s creation date when it has none)."
        '"><li><a href="/x/">x</a></li>\n<li><a href="/y/">y</a></li></ul>'
    )


def test_a_page_saved_with_a_new_order_moves_in_the_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The navigation was read once for the renderer's life: an order saved later did not
    # show. It is read again when a file of the site changed (looked at every few seconds).
    from editor_app.core.render_eleventy import EleventyShortcodes

    monkeypatch.setattr(EleventyShortcodes, "RECHECK_SECONDS", 0.0, raising=False)
    page = _site(tmp_path, '{{ "Dog" | nav | eleventyNavigationToHtml | safe }}')
    renderer = Renderer(Site.open(tmp_path))
    body = renderer.render_body(Document.load(page).body)
    assert body.startswith('<ul><li><a href="/f/">Fox</a></li></ul>')
    (tmp_path / "src" / "g2.md").write_text(
        "---\neleventyNavigation:\n  key: Gar\n  parent: Dog\n  order: -1\n---\nText\n", "utf-8"
    )
    body = renderer.render_body(Document.load(page).body)
    assert body.startswith('<ul><li><a href="/g2/">Gar</a></li>\n<li><a href="/f/">Fox</a></li></ul>')
