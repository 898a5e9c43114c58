"""An Eleventy site's own filter that only replaces text (11ty.dev's
`packageManagerCodeTransform`, before `highlight` in the npm / pnpm / yarn tabs of `usage.md`)
is run on the code as the site runs it, where the code was a placeholder."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.engines.eleventy_string_filters import read_replace_filters
from editor_app.core.render import Renderer
from editor_app.core.site import Site

CONFIG = """export default function (eleventyConfig) {
	eleventyConfig.addFilter("pm", (content, type) => {
		if(type === "yarn") {
			return content.replaceAll("npx @11ty/", "yarn exec ");
		} else if(type === "pnpm") {
			return content.replaceAll("npx @11ty/", "pnpm exec ").replace("a", "b");
		}
		return content;
	});
	eleventyConfig.addFilter("other", (content, type) => content.toUpperCase());
}
"""
PAGE = """---
title: Use
---
{% set code %}
npx @11ty/eleventy --serve {% raw %}{{ x }}{% endraw %}
npx @11ty/eleventy
{% endset %}
{{ code | pm("yarn") | highlight("bash") | safe }}

{{ code | pm("npm") | highlight("bash") | safe }}

{{ code | other("yarn") | highlight("bash") | safe }}
"""


def test_a_replacing_filter_runs_on_the_code(tmp_path: Path) -> None:
    (tmp_path / "eleventy.config.js").write_text(CONFIG, encoding="utf-8")
    page = tmp_path / "use.md"
    page.write_text(PAGE, encoding="utf-8")
    body = Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)
    assert "yarn exec eleventy --serve {{ x }}\nyarn exec eleventy\n</code>" in body
    assert "npx @11ty/eleventy --serve {{ x }}\nnpx @11ty/eleventy\n</code>" in body
    # A filter of another form is not run: its tag stays, saying why.
    assert (
        "it runs the site&#x27;s filter other, which the preview does not run"
        in body.replace("'", "&#x27;")
    )


def test_only_filters_of_that_form_are_read() -> None:
    filters = read_replace_filters(CONFIG)
    assert set(filters) == {"pm"}
    assert filters["pm"]("npx @11ty/a npx @11ty/a", "pnpm") == "pnpm exec b pnpm exec a"
    assert filters["pm"]("npx @11ty/a", "bun") == "npx @11ty/a"
    dollar = CONFIG.replace('"yarn exec "', '"$& exec "')
    assert "pm" not in read_replace_filters(dollar)


def test_the_eleventy_sites_package_manager_tabs() -> None:
    eleventy = shared_site_path("eleventy-website")
    page = Document.load(eleventy / "src" / "docs" / "usage.md")
    shown = Renderer(Site.open(eleventy)).render_page(page)
    assert "packageManagerCodeTransform" not in shown
    assert 'pnpm <span class="token builtin">exec </span>eleventy' in shown
    assert 'yarn <span class="token builtin">exec </span>eleventy' in shown
