"""Every template tag an Eleventy page shows as a placeholder says on hover why it is not
drawn: what a loop repeats over, the value a condition or an output reads, the site's filter
or shortcode the preview does not run; a block's end and `else` send the reader to its start."""

from __future__ import annotations

import html
import re
from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site

CONFIG = """export default function (eleventyConfig) {
	eleventyConfig.addShortcode("shot", function (url) { return fetchIt(url); });
	return { dir: { input: "src" }, markdownTemplateEngine: "njk" };
}
"""
PAGE = """---
title: Tags
---
{% for post in collections.posts %}
* {{ post.data.title }}
{% endfor %}

{% if mascots.length %}Yes{% else %}No{% endif %}

{{ code | packageManagerCodeTransform }} and {% shot "https://example.com/" %}
"""


def _hovers(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "src" / "_data").mkdir(parents=True)
    (tmp_path / "src" / "_data" / "mascots.js").write_text("export default [];\n", "utf-8")
    (tmp_path / "eleventy.config.js").write_text(CONFIG, encoding="utf-8")
    page = tmp_path / "src" / "tags.md"
    page.write_text(PAGE, encoding="utf-8")
    shown = Renderer(Site.open(tmp_path)).render_page(Document.load(page))
    found = re.findall(r'<span class="liquid"(?: title="([^"]*)")?>(.*?)</span>', shown)
    return {html.unescape(tag): html.unescape(title) for title, tag in found}


def test_each_placeholder_says_why(tmp_path: Path) -> None:
    hovers = _hovers(tmp_path)
    said = "Not drawn in the preview: "
    assert hovers["{% for post in collections.posts %}"] == (
        said + "it repeats its text for each item of collections.posts "
        "(which Eleventy gathers when it builds)."
    )
    assert hovers["{% endfor %}"] == (
        said + "it ends a loop the preview does not run (its first tag says why)."
    )
    assert hovers["{{ post.data.title }}"].startswith(said + "it reads post.data.title, a value")
    assert hovers["{% if mascots.length %}"] == (
        said + "it reads mascots.length, from the site's data file _data/mascots.js, "
        "run only when the site builds."
    )
    assert "part of a condition" in hovers["{% else %}"]
    assert "ends a condition" in hovers["{% endif %}"]
    assert hovers["{{ code | packageManagerCodeTransform }}"] == (
        said + "it runs the site's filter packageManagerCodeTransform, which the preview "
        "does not run."
    )
    assert hovers['{% shot "https://example.com/" %}'] == (
        said + "it runs the site's shot, which the preview does not run."
    )


def test_no_placeholder_of_the_eleventy_site_is_silent() -> None:
    # 329 of its 418 placeholders had no hover: every loop, condition and output.
    eleventy = shared_site_path("eleventy-website")
    renderer = Renderer(Site.open(eleventy))
    names = ("authors/author-pages.md", "docs/starter.md", "admin.md", "docs/versions.md")
    for name in names:
        shown = renderer.render_page(Document.load(eleventy / "src" / name))
        assert '<span class="liquid" title="Not drawn in the preview: ' in shown, name
        assert '<span class="liquid">' not in shown, name


def test_a_set_tag_prints_nothing_as_nunjucks_does(tmp_path: Path) -> None:
    # `{% set x = value %}` prints nothing where it stands, whatever its value; a dash trims
    # the space on its side; one inside a raw block is text. It was a placeholder.
    (tmp_path / "eleventy.config.js").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "src").mkdir()
    page = tmp_path / "src" / "sets.md"
    page.write_text(
        '---\ntitle: Sets\n---\nA {% set tab = "x" %}B\n\nC\n  {%- set n = n + 1 -%}\n  D\n\n'
        "{% raw %}`{% set y = 2 %}`{% endraw %}\n",
        encoding="utf-8",
    )
    body = Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)
    assert "<p>A B</p>\n<p>CD</p>" in body
    assert "<code>{% set y = 2 %}</code>" in body
    assert "liquid" not in body


def test_a_value_of_the_pages_own_data_file_is_named(tmp_path: Path) -> None:
    # 11ty.dev's "From the Community" include reads `bundle`, which the page's
    # filters.11tydata.js fetches when the site builds (11 pages said "the page around it").
    (tmp_path / "eleventy.config.js").write_text(CONFIG, encoding="utf-8")
    docs = tmp_path / "src" / "docs"
    (tmp_path / "src" / "_includes").mkdir(parents=True)
    docs.mkdir()
    (tmp_path / "src" / "_includes" / "bundle.njk").write_text(
        "{% if bundle %}{{ bundle | length }}{% endif %}\n", encoding="utf-8"
    )
    (docs / "filters.11tydata.js").write_text(
        "export default async function () { return { bundle: await getData(), hosts: [] }; }\n",
        encoding="utf-8",
    )
    page = docs / "filters.md"
    page.write_text(
        '---\ntitle: F\n---\n{% include "bundle.njk" %}\n\n{% for h in hosts %}{{ h }}{% endfor %}\n',
        encoding="utf-8",
    )
    shown = Renderer(Site.open(tmp_path)).render_page(Document.load(page))
    said = "from the page's data file docs/filters.11tydata.js, run only when the site builds"
    assert f'title="Not drawn in the preview: it reads bundle, {said}.">' in shown
    assert f'title="Not drawn in the preview: it repeats its text for each item of hosts ({said}).">' in shown


def test_a_value_of_the_pages_front_matter_is_printed(tmp_path: Path) -> None:
    # `{{ eleventyNavigation.excerpt }}` on 11ty.dev's plugin pages: the page's own front
    # matter, which no data file overrides, was a placeholder.
    (tmp_path / "eleventy.config.js").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "src").mkdir()
    page = tmp_path / "src" / "p.md"
    page.write_text(
        "---\ntitle: P\neleventyNavigation:\n  key: Plug\n  order: 2\nlink: <b>\n"
        "eleventyComputed:\n  shown: x\nshown: y\n---\n"
        "{{ eleventyNavigation.key }} ({{ eleventyNavigation.order }}) {{ link }} {{ shown }}"
        " {{ missing }} {% raw %}{{ title }}{% endraw %}\n",
        encoding="utf-8",
    )
    body = Renderer(Site.open(tmp_path)).render_body(
        Document.load(page).body, page=Document.load(page).front_matter
    )
    assert body.startswith("<p>Plug (2) <span")
    for kept in ("{{ link }}", "{{ shown }}", "{{ missing }}"):  # escaped, computed, unknown
        assert kept + "</span>" in body
    assert "{{ title }}" in body and body.count("liquid") == 3


def test_a_tag_without_a_site_is_judged_by_itself(tmp_path: Path) -> None:
    # No site, so no includes folder nor data folder: the reason is the tag's own, and no
    # folder is looked in for where a value comes from.
    from editor_app.core.engines.eleventy_include_reasons import tag_reason

    assert tag_reason("{{ config.name }}", None, set()) == (
        "it reads config.name, a value the page gets when the site builds "
        "(its data, a loop, a set tag)"
    )
    assert tag_reason("{% for post in items %}", None, set()) == (
        "it repeats its text for each item of items"
    )
