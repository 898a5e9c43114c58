"""An Eleventy page is named by its `title` first, then by the fields the site's layouts print
as its heading (eleventy-website's `pageTitle`, `newstitle`...): a page giving both is listed
by its title."""

from __future__ import annotations

from shared_sites import shared_site_path

from editor_app.core.eleventy_layout_tags import heading_field_names
from editor_app.core.site import Site
from editor_app.core.site_entries import title_value


def test_a_page_with_a_title_and_a_heading_field_is_named_by_its_title() -> None:
    site = Site.open(shared_site_path("eleventy-website"))
    names = heading_field_names(site)
    assert names is not None and names[0] == "title" and "pageTitle" in names
    header = {"pageTitle": "Shown heading", "title": "The title"}
    assert title_value(header, names) == "The title"
    assert title_value({"pageTitle": "Shown heading"}, names) == "Shown heading"
