"""Hugo shows a page's title where it gives no link title, so neither the form's star nor
Check asks a titled page for it: by any capitals of the key (Hugo reads `linktitle` as
`linkTitle`, and older sites write it so), and only when the title says something (an empty
title stands in for nothing)."""

from __future__ import annotations

from editor_app.core.schema import CollectionSchema, Field
from editor_app.core.schema_required import title_stands_in
from editor_app.core.settings_form import form_rows


def _declared(name: str) -> CollectionSchema:
    return CollectionSchema("docs", [Field("title", required=True), Field(name, required=True)])


def test_a_titled_hugo_page_is_not_starred_for_its_link_title_in_any_capitals() -> None:
    for name in ("linkTitle", "linktitle", "LinkTitle"):
        rows = form_rows({"title": "Install"}, _declared(name), ["title"], generator="hugo")
        assert name not in rows.asked, name
        assert title_stands_in(name, "hugo", "Install")


def test_an_empty_title_stands_in_for_no_link_title() -> None:
    rows = form_rows({"title": ""}, _declared("linkTitle"), ["title"], generator="hugo")
    assert "linkTitle" in rows.asked
    for empty in ("", [], {}, None):
        assert not title_stands_in("linkTitle", "hugo", empty)


def test_the_link_title_is_asked_on_other_generators() -> None:
    rows = form_rows({"title": "Install"}, _declared("linkTitle"), ["title"], generator="jekyll")
    assert "linkTitle" in rows.asked
