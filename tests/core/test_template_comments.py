"""Template comments print nothing on the published page, so the preview shows nothing there
either: Nunjucks' `{# ... #}` (Eleventy's docs keep a commented-out section, a TODO, in
`i18n.md`; it showed as one long placeholder) and Liquid's `{% comment %}` blocks."""

from __future__ import annotations

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.engines.templates import without_comments
from editor_app.core.render import Renderer
from editor_app.core.site import Site


def _body(page: str) -> str:
    root = shared_site_path("eleventy-website")
    return Renderer(Site.open(root)).render_body(Document.load(root / page).body)


def test_eleventy_i18n_page_shows_no_commented_out_section() -> None:
    html = _body("src/docs/i18n.md")
    assert "{# TODO" not in html and "Distinct URLs using different domains" not in html
    assert "<h2" in html  # the page itself is there


def test_a_commented_out_table_row_and_line_are_gone() -> None:
    assert "Newsletter Subscribers" not in _body("src/blog/2026-01-05-review-2025.md")
    assert "Pressing Pause" not in _body("src/blog/2026-04-21-collaborative-editing.md")


def test_lines_kept_dashes_trim_raw_and_handlebars_stay() -> None:
    text = (
        "a\n{# c #}\nb {#- x -#}  c {{# user }}x{{/ user }} "
        "{% raw %}{# k #}{% endraw %} {% comment %}q{% endcomment %}!"
    )
    assert without_comments(text) == (
        "a\n\nbc {{# user }}x{{/ user }} {% raw %}{# k #}{% endraw %} !"
    )
    # Liquid has no `{# #}`: only its comment blocks go.
    assert without_comments("a {# c #} b {% comment %}x{% endcomment %}", nunjucks=False) == (
        "a {# c #} b "
    )
