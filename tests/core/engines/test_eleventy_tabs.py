"""11ty.dev's syntax tabs: its `renderFile` of the tab list template prints the tab list as the
template does (its names and `only`/`additions`/`subtractions`/`label` rules), and an include
made of tabs and code is drawn whole, a panel of the site's own filter left out and said so."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site

TABLIST = """async function render({ id, valid, additions, subtractions, only, label }) {
	let syntaxes = {};
	let extraSyntaxes = {
		html: "HTML",
		md: "Markdown",
		jsesm: "ESM",
		jscjs: "CommonJS",
		hbs: "Handlebars",
	};
	let syntaxMap = {
		liquid: "Liquid",
		njk: "Nunjucks",
		js: "11ty.js",
	};
	str.push(`<a href="#${id}-${syn}" role="tab">${syntaxes[syn]}</a>`);
	let liquidTemplate = `<div role="tablist" aria-label="Template Language Chooser">`;
}
"""
TABS = """{# uses codeContent #}
{% set tabid %}tab-{% uid %}{% endset %}
<div class="codetitle">eleventy.config.js</div>
<is-land on:visible import="/js/seven-minute-tabs.js">
<seven-minute-tabs>
  {% renderFile "./src/_includes/syntax-chooser-tablist.11ty.js", {id: tabid, only: "jsesm,jscjs"} %}
  <div id="{{ tabid }}-jsesm" role="tabpanel">
{%- if codeContent %}{{ codeContent | highlight("js") | safe }}{% endif %}
  </div>
  <div id="{{ tabid }}-jscjs" role="tabpanel">
{%- if codeContent %}{{ codeContent | esmToCjs | highlight("js") | safe }}{% endif %}
  </div>
</seven-minute-tabs>
</is-land>"""
PAGE = """---
title: Tabs
---
{% set codeContent %}
export default function (eleventyConfig) {}
{% endset %}
{% include "tabs.njk" %}

{% renderFile "./src/_includes/syntax-chooser-tablist.11ty.js", {id: "x", additions: "md,hbs", subtractions: "js", label: "View"} %}

{% include "other.njk" %}
"""
TABLIST_PATH = "src/_includes/syntax-chooser-tablist.11ty.js"


def _body(tmp_path: Path) -> str:
    includes = tmp_path / "src" / "_includes"
    includes.mkdir(parents=True)
    (tmp_path / "eleventy.config.js").write_text(
        'export default function () { return { dir: { input: "src" }, markdownTemplateEngine: "njk" }; }',
        encoding="utf-8",
    )
    (tmp_path / TABLIST_PATH).write_text(TABLIST, encoding="utf-8")
    (includes / "tabs.njk").write_text(TABS, encoding="utf-8")
    (includes / "other.njk").write_text(
        TABS.replace("{% uid %}", "{% uid %}{{ page.url }}") + "{{ page.url }}", encoding="utf-8"
    )
    page = tmp_path / "src" / "page.md"
    page.write_text(PAGE, encoding="utf-8")
    return Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)


def test_a_tabs_include_is_drawn_whole(tmp_path: Path) -> None:
    body = _body(tmp_path)
    assert (
        '<div class="codetitle">eleventy.config.js</div>\n'
        '<is-land on:visible import="/js/seven-minute-tabs.js">\n<seven-minute-tabs>\n'
        '  <div role="tablist" aria-label="Template Language Chooser">\n'
        '\t<a href="#tab-jsesm" role="tab" data-tabs-persist="templatelang:jsesm" '
        'aria-selected="true">ESM</a>\n'
        '<a href="#tab-jscjs" role="tab" data-tabs-persist="templatelang:jscjs" '
        'title="Not shown in the preview: the site makes this tab&#x27;s code with its own '
        'filter, esmToCjs, which the preview does not run.">CommonJS</a>\n</div>\n'
        '  <div id="tab-jsesm" role="tabpanel">\n<div class="syntax-highlight">\n'
        '<pre><code class="language-js">export default function (eleventyConfig) {}\n'
        "</code></pre>\n</div>\n  </div>\n</seven-minute-tabs>"
    ) in body
    assert "| esmToCjs" not in body and "renderFile" not in body.split("other.njk")[0]


def test_the_tab_list_follows_the_templates_rules(tmp_path: Path) -> None:
    body = _body(tmp_path)
    # additions first (Handlebars after the rest), subtractions taken out, the label before.
    assert (
        '<div role="tablist" aria-label="Template Language Chooser" class="has-label">\n\tView: '
        '<a href="#x-md" role="tab" data-tabs-persist="templatelang:md" aria-selected="true">'
        'Markdown</a>\n<a href="#x-liquid" role="tab" data-tabs-persist="templatelang:liquid">'
        'Liquid</a>\n<a href="#x-njk" role="tab" data-tabs-persist="templatelang:njk">Nunjucks</a>\n'
        '<a href="#x-hbs" role="tab" data-tabs-persist="templatelang:hbs">Handlebars</a>\n</div>'
    ) in body


def test_an_include_holding_more_stays_a_placeholder(tmp_path: Path) -> None:
    body = _body(tmp_path)
    assert "{% include &quot;other.njk&quot; %}</span>" in body


def test_the_eleventy_site_tabs() -> None:
    eleventy = shared_site_path("eleventy-website")
    renderer = Renderer(Site.open(eleventy))
    body = renderer.render_body(Document.load(eleventy / "src" / "docs" / "config.md").body)
    assert "{% include &quot;snippets/config/config-input.njk&quot; %}" not in body
    assert '<a href="#config-input-jsesm" role="tab"' in body
    assert "{% renderFile" not in body
