"""Eleventy's table of contents (markdown-it-table-of-contents, and the site's shortcode that
writes its mark): the preview draws the contents list the site prints, where it showed a
placeholder, with the headings' ids its links lead to."""

from __future__ import annotations

import re
from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.engines.eleventy_toc import TocSettings, sindresorhus_slug, with_toc_shortcodes
from editor_app.core.engines.markdown_it import MarkdownItEngine
from editor_app.core.render import Renderer
from editor_app.core.site import Site

CONFIG = """import markdownItToc from "markdown-it-table-of-contents";
import slugify from "@sindresorhus/slugify";
import { IdAttributePlugin } from "@11ty/eleventy";

export default function (eleventyConfig) {
	eleventyConfig.addPlugin(IdAttributePlugin, { slugify: (s) => slugify(s) });
	eleventyConfig.amendLibrary("md", (mdLib) => {
		mdLib.use(markdownItToc, {
			includeLevel: [2, 3],
			slugify: (s) => slugify(s),
			format: function (heading) { return heading; },
		});
	});
	eleventyConfig.addShortcode("tableofcontents", function (isOpen) {
		if (this.page.inputPath.endsWith("md")) {
			return `<details class="toc"${isOpen ? " open" : ""}>
<summary>On this page</summary>

[[toc]]

</details>`;
		}
	});
	return { markdownTemplateEngine: "njk" };
}
"""

PAGE = """---
title: Data
---
# Data {% addedin "1.0.0" %}

{% tableofcontents "open" %}

## Using JavaScript

### The `fetch` & cache

## Notes

## Notes
"""


def _site(tmp_path: Path, page: str = PAGE) -> Path:
    (tmp_path / "eleventy.config.js").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "package.json").write_text('{"devDependencies": {"@11ty/eleventy": "3.0.0"}}', "utf-8")
    path = tmp_path / "data.md"
    path.write_text(page, encoding="utf-8")
    return path


def test_the_plugin_prints_what_markdown_it_table_of_contents_prints() -> None:
    # Printed by markdown-it 12.2 with markdown-it-table-of-contents 0.9.0 and
    # `{includeLevel: [1, 2, 4]}`: a skipped level is an item without text, the heading
    # after `<!-- omit from toc -->` left out, the anchor the plugin's own slug.
    page = (
        "[[toc]]\n\n# Top *em*\n\n## Using `fetch` & more\n\n#### Deep\n\n## Second\n\n"
        "<!-- omit from toc -->\n## Hidden\n"
    )
    expected = (
        '<div class="table-of-contents"><ul><li><a href="#top-em">Top em</a><ul><li>'
        '<a href="#using-fetch-%26-more">Using fetch &amp; more</a><ul><li><ul><li>'
        '<a href="#deep">Deep</a></li></ul></li></ul></li><li><a href="#second">Second</a>'
        "</li></ul></li></ul></div>\n<h1>Top <em>em</em></h1>\n"
        "<h2>Using <code>fetch</code> &amp; more</h2>\n<h4>Deep</h4>\n<h2>Second</h2>\n"
        "<!-- omit from toc -->\n<h2>Hidden</h2>\n"
    )
    assert MarkdownItEngine(toc=TocSettings(levels=(1, 2, 4))).render(page) == expected


def test_sindresorhus_slugs() -> None:
    assert sindresorhus_slug("Using JavaScript") == "using-java-script"
    assert sindresorhus_slug("Fish & Chips") == "fish-and-chips"
    assert sindresorhus_slug("Conway's Law — déjà vu") == "conways-law-deja-vu"
    assert sindresorhus_slug("APIs and HTMLParser") == "apis-and-html-parser"


def test_the_shortcode_draws_the_contents_of_the_page(tmp_path: Path) -> None:
    path = _site(tmp_path)
    html = Renderer(Site.open(tmp_path)).render_page(Document.load(path))
    assert "tableofcontents" not in html  # no placeholder left
    assert '<details class="toc" open="">' in html and "<summary>On this page</summary>" in html
    contents = re.search(r'<div class="table-of-contents">(.*?)</div>', html, re.S)
    assert contents is not None
    assert contents.group(1) == (
        '<ul><li><a href="#using-java-script">Using JavaScript</a><ul><li>'
        '<a href="#the-fetch-and-cache">The fetch &amp; cache</a></li></ul></li>'
        '<li><a href="#notes">Notes</a></li><li><a href="#notes">Notes</a></li></ul>'
    )
    # Each heading has the id a link leads to (IdAttributePlugin's, a repeat -2); the
    # placeholder of a tag in a heading is no part of its id.
    for heading_id in ("using-java-script", "the-fetch-and-cache", "notes", "notes-2", "data"):
        assert f'id="{heading_id}"' in html


def test_a_shortcode_given_a_variable_stays_a_placeholder(tmp_path: Path) -> None:
    path = _site(tmp_path, "{% tableofcontents page.open %}\n\n## A\n")
    html = Renderer(Site.open(tmp_path)).render_page(Document.load(path))
    assert "tableofcontents page.open" in html
    assert 'class="table-of-contents"' not in html


def test_the_eleventy_site_page() -> None:
    eleventy = shared_site_path("eleventy-website")
    renderer = Renderer(Site.open(eleventy))
    html = renderer.render_page(Document.load(eleventy / "src" / "docs" / "data-computed.md"))
    assert "{% tableofcontents" not in html
    assert (
        '<details class="toc">\n<summary>On this page</summary>\n<div class="table-of-contents">'
        '<ul><li><a href="#real-world-example">Real World Example</a></li>'
    ) in html
    assert '<li><a href="#advanced-details">Advanced Details</a><ul><li>' in html
    assert '<h3 id="declaring-your-dependencies">' in html



def test_the_shortcode_trims_the_space_around_it() -> None:
    settings = TocSettings(shortcodes={"toc": ("", "[[toc]]")})
    text = "A  {%- toc -%}  B, C {%- toc %} D {% toc %} E"
    assert with_toc_shortcodes(text, settings) == "A[[toc]]B, C[[toc]] D [[toc]] E"
