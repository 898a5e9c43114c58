"""The form's answer to how a collection quotes a field (`clear_quote_mark`, up to 200 headers
read, asked at each keystroke in a value whose quotes only it needed) is worked out once while
the site's index holds the same pages, and again once a page of the collection is read anew
(saved, brought by Get latest): no clock decides when it is stale."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.core import field_place
from editor_app.core.site import Site
from editor_app.ui import field_writes

PAGE = "content/en/commands/hugo_build.md"


def test_the_quote_mark_is_asked_again_when_a_page_is_read_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    root = copy_shared_site("hugo-docs", tmp_path)
    site = Site.open(root)
    collection = site.collection_of(root / PAGE)
    asked: list[str] = []
    real = field_place.clear_quote_mark

    def counted(site: object, collection: str | None, field: str, **given: object) -> object:
        asked.append(field)
        return real(site, collection, field, **given)

    monkeypatch.setattr(field_place, "clear_quote_mark", counted)
    usual = field_writes._quote_mark_asker(site, collection, "title")
    assert usual() == '"'  # hugo-docs' commands: 44 of 44 titles in double quotes
    assert usual() == '"'
    assert asked == ["title"]
    page = root / PAGE
    page.write_text(page.read_text(encoding="utf-8").replace('"hugo build"', "hugo build", 1))
    site.update_entry(page)  # as a save or Get latest tells the index
    assert usual() == '"'
    assert asked == ["title", "title"]
