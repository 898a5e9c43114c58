"""A renamed Hugo page's `url:` is read as the site's addresses read it (`hugo_addresses.header_url`):
an address on another site is no address of this one, so the page is published at its folder's
address, which follows the file's new name, as `Site.url_for` says; its own `url:` path keeps it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.core.post_rename_moves import page_move
from editor_app.core.site import Site


def _move(tmp_path: Path, url: str):  # noqa: ANN202
    root = copy_shared_site("hugo-docs", tmp_path)
    page = root / "content/en/news/2024-03-01-launch.md"
    page.write_text(f"---\ntitle: Launch\nurl: {url}\n---\nHi\n", encoding="utf-8")
    site = Site.open(root)
    header = {"title": "Launch", "url": url}
    new = page.with_name("2024-03-05-launch.md")
    return site, page, page_move(site, page, new, header, date(2024, 3, 1))


@pytest.mark.parametrize("url", ["https://elsewhere.example/launch/", "//elsewhere.example/x/"])
def test_a_url_on_another_site_leaves_the_folder_address_to_move(tmp_path: Path, url: str) -> None:
    site, page, moved = _move(tmp_path, url)
    assert moved is not None and moved.moved
    assert (moved.old, moved.new) == ("/news/2024-03-01-launch/", "/news/2024-03-05-launch/")
    assert site.url_for(page) == moved.old


def test_a_url_of_its_own_keeps_the_page_where_it_is(tmp_path: Path) -> None:
    assert _move(tmp_path, "/launch/")[2] is None
