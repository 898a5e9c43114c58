"""Eleventy includes: one holding only shortcodes the preview draws is drawn (a callout box);
one reading what only Eleventy knows stays a placeholder whose hover says what it reads."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site

CONFIG = """export default function (eleventyConfig) {
	eleventyConfig.addShortcode(
		"codetitle",
		function (title, heading = "Filename") {
			return `<div class="codetitle">${heading} ${title}</div>`;
		}
	);
	return { dir: { input: "src" }, markdownTemplateEngine: "njk" };
}
"""
PAGE = """---
title: Includes
---
{% include "title.njk" %}

{% include "edit.njk" %}

{% include "loop.njk" %}

{% include "missing.njk" %}
"""


def _body(tmp_path: Path) -> str:
    includes = tmp_path / "src" / "_includes"
    (tmp_path / "src" / "_data").mkdir(parents=True)
    includes.mkdir()
    (tmp_path / "eleventy.config.js").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "src" / "_data" / "config.js").write_text("export default {};", encoding="utf-8")
    (includes / "title.njk").write_text('{# a title #}{% codetitle "a.js" %}', encoding="utf-8")
    (includes / "edit.njk").write_text(
        '<a href="{{ config.githubEdit }}{{ page.inputPath }}">Edit</a>', encoding="utf-8"
    )
    (includes / "loop.njk").write_text("{% for x in items %}{{ x }}{% endfor %}", encoding="utf-8")
    page = tmp_path / "src" / "page.md"
    page.write_text(PAGE, encoding="utf-8")
    return Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)


def test_an_include_of_drawn_shortcodes_is_drawn(tmp_path: Path) -> None:
    body = _body(tmp_path)
    assert '<div class="codetitle">Filename a.js</div>' in body
    assert "title.njk" not in body


def test_an_include_not_drawn_says_why(tmp_path: Path) -> None:
    body = _body(tmp_path)
    assert (
        '<span class="liquid" title="Not drawn in the preview: it reads config.githubEdit, from '
        'the site&#x27;s data file _data/config.js, run only when the site builds.">'
        "{% include &quot;edit.njk&quot; %}</span>"
    ) in body
    assert (
        'title="Not drawn in the preview: it repeats its text for each item of items.">'
        "{% include &quot;loop.njk&quot; %}"
    ) in body
    assert (
        'title="Not drawn in the preview: its file is not in the site&#x27;s includes folder (or '
        'is too long to read).">{% include &quot;missing.njk&quot; %}'
    ) in body


def test_the_eleventy_site_includes() -> None:
    eleventy = shared_site_path("eleventy-website")
    renderer = Renderer(Site.open(eleventy))
    page = eleventy / "src" / "docs" / "languages" / "webc.md"
    body = renderer.render_body(Document.load(page).body)
    assert "webc-attribute-guide.njk" not in body  # a callout box: drawn
    assert "Comparing WebC Attribute Data Types" in body
    assert "Not drawn in the preview: it reads bundle, which the page around it" in body
