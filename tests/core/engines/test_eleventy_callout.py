"""11ty.dev's callout boxes: `{% callout "warn", "md" %}...{% endcallout %}` is drawn as the
site's paired shortcode prints it (level class, label, content as written or as Markdown),
where two placeholders stood around the text."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site

CONFIG = """export default function (eleventyConfig) {
	let mdIt;
	eleventyConfig.addPairedShortcode(
		"callout",
		function (content, level = "", format = "html", customLabel = "") {
			if (format === "md") {
				content = mdIt.renderInline(content);
			} else if (format === "md-block") {
				content = mdIt.render(content);
			}
			let contentHtml = `<div class="elv-callout-c">${content}</div>`;
			return `<div class="elv-callout">${contentHtml}</div>`;
		}
	);
	return { markdownTemplateEngine: "njk" };
}
"""
PAGE = """---
title: Boxes
---
{% callout "warn", "md" %}Do **not** do this.{% endcallout %}

{% callout "info" %}Kept *as written*.{% endcallout %}

{% callout "error", "md-block", "Feature Removed" -%}
Gone.

* a list
{%- endcallout %}

{% callout "info", "md" %}Version {{ version }} here.{% endcallout %}
"""


def _rendered(tmp_path: Path) -> str:
    (tmp_path / "eleventy.config.js").write_text(CONFIG, encoding="utf-8")
    page = tmp_path / "boxes.md"
    page.write_text(PAGE, encoding="utf-8")
    return Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)


def test_callouts_are_drawn_as_the_site_prints_them(tmp_path: Path) -> None:
    body = _rendered(tmp_path)
    assert (
        '<div class="elv-callout elv-callout-warn"><div class="elv-callout-label">WARNING</div>'
        '<div class="elv-callout-c">Do <strong>not</strong> do this.</div></div>'
    ) in body
    # HTML content is put in as written: one HTML block, its Markdown not read.
    assert (
        '<div class="elv-callout elv-callout-info"><div class="elv-callout-c">Kept *as written*.'
        "</div></div>"
    ) in body
    assert (
        '<div class="elv-callout elv-callout-error"><div class="elv-callout-label">Feature Removed'
        '</div><div class="elv-callout-c"><p>Gone.</p>\n<ul>\n<li>a list</li>\n</ul>\n</div></div>'
    ) in body


def test_markdown_content_holding_a_tag_stays_a_placeholder(tmp_path: Path) -> None:
    body = _rendered(tmp_path)
    assert '{% callout &quot;info&quot;, &quot;md&quot; %}' in body
    assert "{% endcallout %}" in body and body.count("elv-callout-c") == 3


def test_the_eleventy_site_callouts() -> None:
    eleventy = shared_site_path("eleventy-website")
    renderer = Renderer(Site.open(eleventy))
    body = renderer.render_body(Document.load(eleventy / "src" / "docs" / "data-computed.md").body)
    assert (
        '<div class="elv-callout elv-callout-warn"><div class="elv-callout-label">WARNING</div>'
        '<div class="elv-callout-c">Template syntax is definitely slower than the “Using '
        "JavaScript” methods above.</div></div>"
    ) in body
    assert "{% callout" not in body
