"""An Eleventy page is named by its `title` first, then by the fields its layouts print as its
heading (eleventy-website's docs pages: `pageTitle`): a page giving both is listed by its
title."""

from __future__ import annotations

from shared_sites import shared_site_path

from editor_app.core.eleventy_layout_tags import page_name_fields
from editor_app.core.site import Site
from editor_app.core.site_entries import title_value


def test_a_page_with_a_title_and_a_heading_field_is_named_by_its_title() -> None:
    root = shared_site_path("eleventy-website")
    site = Site.open(root)
    names = page_name_fields(site, {"layout": "layouts/docs.njk"}, root / "src/docs/a.md")
    assert names is not None and names[0] == "title" and "pageTitle" in names
    header = {"pageTitle": "Shown heading", "title": "The title"}
    assert title_value(header, names) == "The title"
    assert title_value({"pageTitle": "Shown heading"}, names) == "Shown heading"
