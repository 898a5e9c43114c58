"""An Eleventy site's shortcodes that only fill their arguments into HTML (11ty.dev's
`codetitle` and paired `minilink`) are drawn as the site prints them, where placeholders
stood; one doing more, or given a variable, stays a placeholder."""

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
			return `<div class="codetitle codetitle-left"><b>${heading} </b>${title}</div>`;
		}
	);
	eleventyConfig.addPairedShortcode("minilink", function (text, href) {
		return `<a href="${href}" class="minilink minilink-lower">${text}</a>`;
	});
	eleventyConfig.addShortcode("shout", (text) => {
		// a comment
		return `<b>${text.toUpperCase()}</b>`;
	});
	eleventyConfig.addShortcode("year", () => `${new Date().getFullYear()}`);
	eleventyConfig.addShortcode("emoji", function (emoji, alt = "") {
		return (
			`<span aria-hidden="true" class="emoji">${emoji}</span>` +
			(alt ? `<span class="sr-only">${alt}</span>` : "")
		);
	});
	return { markdownTemplateEngine: "njk" };
}
"""
PAGE = """---
title: Titles
---
{% codetitle "eleventy.config.js" %}

{% codetitle "src/_data/x.json", "Path" %}

Read {% minilink "/docs/" %}the docs{% endminilink %} and {% shout "this" %}, {% year %}.

{% codetitle page.url %}

Dates {% emoji "📅" %} and {% emoji "🎁", "Gift" %}.
"""


def test_shortcodes_filling_html_are_drawn(tmp_path: Path) -> None:
    (tmp_path / "eleventy.config.js").write_text(CONFIG, encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(PAGE, encoding="utf-8")
    body = Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)
    assert '<div class="codetitle codetitle-left"><b>Filename </b>eleventy.config.js</div>' in body
    assert '<div class="codetitle codetitle-left"><b>Path </b>src/_data/x.json</div>' in body
    assert 'Read <a href="/docs/" class="minilink minilink-lower">the docs</a> and' in body
    assert "{% shout &quot;this&quot; %}" in body and "{% year %}" in body  # they compute
    assert "{% codetitle page.url %}" in body  # a variable: not known here
    # A part shown only when its parameter is given (`alt ? ... : ""`).
    assert (
        'Dates <span aria-hidden="true" class="emoji">📅</span> and '
        '<span aria-hidden="true" class="emoji">🎁</span><span class="sr-only">Gift</span>.'
    ) in body


def test_the_eleventy_site_code_titles() -> None:
    eleventy = shared_site_path("eleventy-website")
    renderer = Renderer(Site.open(eleventy))
    body = renderer.render_body(Document.load(eleventy / "src" / "docs" / "data-computed.md").body)
    assert '<div class="codetitle codetitle-left"><b>Filename </b>posts/my-page-title.md</div>' in body
    assert "{% codetitle" not in body


def test_a_bundle_block_prints_nothing_where_it_stands(tmp_path: Path) -> None:
    # Eleventy 3's bundle shortcodes put their content in the page's head, not its text.
    (tmp_path / "eleventy.config.js").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "package.json").write_text(
        '{"dependencies": {"@11ty/eleventy": "^3.1.2"}}', encoding="utf-8"
    )
    (tmp_path / "_includes").mkdir()
    (tmp_path / "_includes" / "page.css").write_text(".a { color: red; }\n", encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(
        '---\ntitle: T\n---\n{%- css %}{% include "page.css" %}{% endcss %}\n# Thanks\n\n'
        "{% js %}let a = 1;{% endjs %}Text.\n",
        encoding="utf-8",
    )
    body = Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)
    assert body == "<h1>Thanks</h1>\n<p>Text.</p>\n"


def test_a_paired_shortcode_trims_as_nunjucks_does(tmp_path: Path) -> None:
    """`-%}` after the opening tag trims its content's start, `{%-` its end; the space after
    the shortcode goes by the end tag's `-%}`, not the opening tag's."""
    (tmp_path / "eleventy.config.js").write_text(CONFIG, encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(
        '---\ntitle: T\n---\nRead {% minilink "/docs/" -%} the docs {%- endminilink %} and'
        ' {% minilink "/a/" %} A {% endminilink -%} done.\n',
        encoding="utf-8",
    )
    body = Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)
    assert (
        'Read <a href="/docs/" class="minilink minilink-lower">the docs</a> and'
        ' <a href="/a/" class="minilink minilink-lower"> A </a>done.'
    ) in body
