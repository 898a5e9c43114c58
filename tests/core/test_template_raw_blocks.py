"""Liquid's `{% raw %}...{% endraw %}` (Jekyll) and Nunjucks' `raw`/`verbatim` (Eleventy): the
site prints the text between the tags as written and the tags themselves not at all, so the
preview shows the code in a raw block as code (Jekyll's and Eleventy's docs show their own
template tags that way), not placeholders around placeholders."""

from __future__ import annotations

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.engines.templates import NUNJUCKS, neutralise
from editor_app.core.render import Renderer
from editor_app.core.render_cuts import cut_points
from editor_app.core.site import Site


def _body(site: str, page: str) -> str:
    root = shared_site_path(site)
    return Renderer(Site.open(root)).render_body(Document.load(root / page).body)


def test_jekyll_docs_includes_page_shows_its_liquid_examples_as_code() -> None:
    html = _body("jekyll-docs", "_docs/includes.md")
    assert "{% raw %}" not in html and "{% endraw %}" not in html
    # The example is Liquid coloured by Rouge, as on jekyllrb.com, not a placeholder.
    assert (
        '<div class="language-liquid highlighter-rouge"><div class="highlight"><pre class="highlight">'
        '<code><span class="p">{%</span><span class="w"> </span><span class="nt">include</span>'
        '<span class="w"> </span>footer.html'
    ) in html
    assert '<span class="liquid">{% include footer.html %}</span>' not in html


def test_eleventy_post_shows_the_text_of_a_raw_block_inside_code() -> None:
    html = _body("eleventy-website", "src/blog/2026-04-21-collaborative-editing.md")
    assert "{% raw %}" not in html and "{% endraw %}" not in html
    assert 'import { editable } from "@awesome.me/build-pro"' in html.replace("&quot;", '"')


def test_tags_outside_stay_placeholders_and_dashes_trim() -> None:
    text, restore = neutralise(
        "{{ a }} {%- raw -%}  {{ b }} {%- endraw -%}  {% verbatim %}{# c #}{% endverbatim %}",
        NUNJUCKS,
    )
    assert text == "liquidtag0x{{ b }}{# c #}"
    assert restore(text) == '<span class="liquid">{{ a }}</span>{{ b }}{# c #}'


def test_a_page_is_not_cut_inside_a_raw_block() -> None:
    filler = "Some words here.\n\n" * 10
    text = (
        f"{filler}{{% raw %}}\n\nText.\n\n## Inside\n\n{filler}{{% endraw %}}\n\nText.\n\n"
        f"## After\n\n{filler}"
    )
    cuts = cut_points(text, "kramdown", 10)
    assert text.index("## Inside") not in cuts and text.index("## After") in cuts
