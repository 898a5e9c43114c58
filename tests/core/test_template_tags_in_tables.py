"""A template tag standing between a raw HTML table's rows (`{% for %}` around the `<tr>`s,
Eleventy's versions page) shows where it stands, as a row
of its own (between cells, a cell): left bare, the browser moved it above the table."""

from __future__ import annotations

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.engines.templates import neutralise
from editor_app.core.render import Renderer
from editor_app.core.site import Site


def _page(site: str, page: str) -> str:
    root = shared_site_path(site)
    return Renderer(Site.open(root)).render_page(Document.load(root / page))


def test_jekyll_filters_loop_is_run_inside_the_table() -> None:
    # The loop over site.data.jekyll_filters is run (engines/liquid_page.py): its rows.
    html = _page("jekyll-docs", "_docs/liquid/filters.md")
    assert '<p id="group-by" class="name"><strong>Group By</strong></p>' in html
    assert "{% for filter" not in html and "liquid-row" not in html


def test_eleventy_versions_loop_stands_inside_the_table() -> None:
    html = _page("eleventy-website", "src/docs/versions.md")
    hover = (
        "Not drawn in the preview: it repeats its text for each item of versions (from the "
        "site's data file _data/versions.js, run only when the site builds)."
    )
    row = f'<tbody><tr class="liquid-row"><td><span class="liquid" title="{hover}">'
    assert row + "{%- for v in versions %}" in html


def test_a_tag_between_cells_is_a_cell_and_others_stay_as_they_were() -> None:
    text, restore = neutralise(
        '{% a %}<table><tr><td>{{ x }} y</td>{% if %}<td title="{{ t }}">z</td></tr></table>'
    )
    assert restore(text) == (
        '<span class="liquid">{% a %}</span><table><tr><td><span class="liquid">{{ x }}</span> y'
        '</td><td><span class="liquid">{% if %}</span></td><td title="{{ t }}">z</td></tr></table>'
    )
