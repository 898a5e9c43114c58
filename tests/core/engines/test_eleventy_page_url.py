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


def _site_with_include(tmp_path: Path) -> Path:
    (tmp_path / "eleventy.config.js").write_text(
        'export default function () { return { dir: { input: "src" } }; }\n', encoding="utf-8"
    )
    (tmp_path / "src" / "_includes").mkdir(parents=True)
    (tmp_path / "src" / "_includes" / "here.md").write_text("Here: {{ page.url }}.\n", "utf-8")
    return tmp_path / "src"


def test_the_address_a_folders_data_gives_is_the_pages(tmp_path: Path) -> None:
    source = _site_with_include(tmp_path)
    (source / "guide").mkdir()
    (source / "guide" / "guide.json").write_text(
        '{"permalink": "/handbook/index.html"}', encoding="utf-8"
    )
    (source / "blog").mkdir()
    (source / "blog" / "blog.json").write_text(
        '{"permalink": "/blog/{{ page.fileSlug }}/"}', encoding="utf-8"
    )
    renderer = Renderer(Site.open(tmp_path))
    text = '---\ntitle: P\n---\n{% include "here.md" %}\n'
    for folder in ("guide", "blog"):
        (source / folder / "2024-01-01-page.md").write_text(text, encoding="utf-8")
    # Eleventy serves `/handbook/index.html` as `/handbook/`; not `/guide/2024-01-01-page/`.
    guide = renderer.render_page(Document.load(source / "guide" / "2024-01-01-page.md"))
    assert "<p>Here: /handbook/.</p>" in guide
    # A template makes the blog's address from the file's slug, its date left out, as
    # Eleventy makes it (11ty.dev's blog posts).
    blog = renderer.render_page(Document.load(source / "blog" / "2024-01-01-page.md"))
    assert "<p>Here: /blog/page/.</p>" in blog
    assert 'class="liquid"' not in blog


def test_a_permalink_template_printing_the_pages_data_and_fields(tmp_path: Path) -> None:
    source = _site_with_include(tmp_path)
    renderer = Renderer(Site.open(tmp_path))
    page = source / "docs" / "2024-01-01-intro.md"
    page.parent.mkdir()
    made = {
        '"{{ page.filePathStem }}.html"': "Here: /docs/intro.html.",
        '"/{{ section }}/{{ page.fileSlug }}/"': "Here: /guide/intro/.",
        '"/{{ page.fileSlug }}/index.html"': "Here: /intro/.",
        # A filter, a value computed or not given, a tag: the address is not guessed.
        '"/{{ title | slugify }}/"': None,
        '"/{{ missing }}/"': None,
        '"/{% if x %}a{% endif %}/"': None,
    }
    for permalink, shown in made.items():
        page.write_text(
            f'---\ntitle: A B\nsection: guide\npermalink: {permalink}\n---\n{{% include "here.md" %}}\n',
            encoding="utf-8",
        )
        html = renderer.render_page(Document.load(page))
        if shown is None:
            assert "Here:" not in html and 'class="liquid"' in html, permalink
        else:
            assert f"<p>{shown}</p>" in html, permalink
    page.write_text(
        '---\nsection: guide\npermalink: "/{{ section }}/"\neleventyComputed:\n  section: x\n---\n'
        '{% include "here.md" %}\n',
        encoding="utf-8",
    )
    assert "Here:" not in renderer.render_page(Document.load(page))


def test_the_eleventy_sites_blog_post_has_the_address_its_site_links() -> None:
    eleventy = shared_site_path("eleventy-website")
    renderer = Renderer(Site.open(eleventy))
    post = Document.load(eleventy / "src" / "blog" / "2026-04-21-collaborative-editing.md")
    assert renderer._eleventy_values(post).page["url"] == "/blog/collaborative-editing/"  # noqa: SLF001
    # The site links the post by that address.
    related = (eleventy / "src" / "_includes" / "related-build-awesome.njk").read_text("utf-8")
    assert "(/blog/collaborative-editing/)" in related
    tip = Document.load(eleventy / "src" / "docs" / "quicktips" / "inline-css.md")
    assert renderer._eleventy_values(tip).page["url"] == "/docs/quicktips/inline-css/"  # noqa: SLF001


def test_a_page_written_nowhere_has_no_address(tmp_path: Path) -> None:
    source = _site_with_include(tmp_path)
    page = source / "hidden.md"
    page.write_text('---\npermalink: false\n---\n{% include "here.md" %}\n', "utf-8")
    shown = Renderer(Site.open(tmp_path)).render_page(Document.load(page))
    assert "Here: /hidden/" not in shown and 'class="liquid"' in shown
