"""Where a Hugo page renamed to its date goes, by the site's own settings (hugo-docs copy,
its hugo.toml given a `permalinks` line): the file's name in the template moves it, the day
or the title alone does not; the title and slug are filled in as the site's addresses are
(core/hugo_addresses.py); ugly URLs, dates taken from file names and placeholders not known
here are not certain."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.core.post_rename_moves import page_move
from editor_app.core.site import Site

HEADER = {"title": "Launch", "date": date(2024, 3, 5)}


def _move(tmp_path: Path, settings: str, header: dict = HEADER):  # noqa: ANN202
    """The move worked out with `settings` added to hugo.toml (a top-level one, `key = ...`
    with no table, goes first)."""
    root = copy_shared_site("hugo-docs", tmp_path)
    config = root / "hugo.toml"
    own = config.read_text(encoding="utf-8")
    top = not settings.lstrip().startswith("[")
    config.write_text(settings + own if top else own + settings, encoding="utf-8")
    page = root / "content/en/news/2024-03-01-launch.md"
    page.write_text("---\ntitle: Launch\ndate: 2024-03-05\n---\nHi\n", encoding="utf-8")
    site = Site.open(root)
    return page_move(site, page, page.with_name("2024-03-05-launch.md"), header, date(2024, 3, 1))


@pytest.mark.parametrize(
    ("settings", "old", "new", "exact"),
    [
        ("", "/news/2024-03-01-launch/", "/news/2024-03-05-launch/", True),
        (
            '\n[permalinks]\n  news = "/:year/:month/:filename/"\n',
            "/2024/03/2024-03-01-launch/",
            "/2024/03/2024-03-05-launch/",
            True,
        ),
        (
            '\n[permalinks.page]\n  news = "/:section/:slugorfilename/"\n',
            "/news/2024-03-01-launch/",
            "/news/2024-03-05-launch/",
            True,
        ),
        (
            '\n[permalinks]\n  news = "/:title/:filename/"\n',
            "/launch/2024-03-01-launch/",
            "/launch/2024-03-05-launch/",
            True,
        ),
        (
            '\n[permalinks]\n  news = "/:15/:filename/"\n',
            "/:15/2024-03-01-launch/",
            "/:15/2024-03-05-launch/",
            False,
        ),
        ("uglyURLs = true\n", "/news/2024-03-01-launch/", "/news/2024-03-05-launch/", False),
    ],
)
def test_the_file_name_in_the_address_moves_it(
    tmp_path: Path, settings: str, old: str, new: str, exact: bool
) -> None:
    moved = _move(tmp_path, settings)
    assert moved is not None and moved.moved
    assert (moved.old, moved.new, moved.exact) == (old, new, exact)


@pytest.mark.parametrize(
    ("settings", "header"),
    [
        ('\n[permalinks]\n  news = "/:year/:title/"\n', HEADER),
        ("", {**HEADER, "slug": "launch"}),
        ("", {**HEADER, "url": "/launch/"}),
    ],
)
def test_an_address_without_the_file_name_stays(
    tmp_path: Path, settings: str, header: dict
) -> None:
    assert _move(tmp_path, settings, header) is None


@pytest.mark.parametrize(
    ("settings", "header", "old", "new"),
    [
        (
            '\n[permalinks]\n  news = "/:slug/:filename/"\n',
            {**HEADER, "slug": "Grand Opening"},
            "/grand-opening/2024-03-01-launch/",
            "/grand-opening/2024-03-05-launch/",
        ),
        (
            '\n[permalinks]\n  news = "/:title/:filename/"\n',
            {**HEADER, "title": "Über Café, Now!"},
            "/über-café-now/2024-03-01-launch/",
            "/über-café-now/2024-03-05-launch/",
        ),
        (
            '\n[permalinks]\n  news = "/:year/:monthname/:filename/"\n',
            HEADER,
            "/2024/march/2024-03-01-launch/",
            "/2024/march/2024-03-05-launch/",
        ),
    ],
)
def test_the_title_and_slug_fill_the_address_as_the_sites_addresses_do(
    tmp_path: Path, settings: str, header: dict, old: str, new: str
) -> None:
    moved = _move(tmp_path, settings, header)
    assert moved is not None and (moved.old, moved.new, moved.exact) == (old, new, True)


def test_sections_are_the_folders_hugo_makes_sections(tmp_path: Path) -> None:
    """`:sections` of a page in news/sub/, which holds no _index page, is `news` alone, as
    Check reads it and `hugo` builds it (/posts/2024-03-01-launch/ on a small site with
    posts/sub/ so): the rename said /news/sub/... moved, a folder taken for a section."""
    root = copy_shared_site("hugo-docs", tmp_path)
    config = root / "hugo.toml"
    own = config.read_text(encoding="utf-8")
    config.write_text(own + '\n[permalinks]\n  news = "/:sections/:filename/"\n', encoding="utf-8")
    page = root / "content/en/news/sub/2024-03-01-launch.md"
    page.parent.mkdir()
    page.write_text("---\ntitle: Launch\ndate: 2024-03-05\n---\nHi\n", encoding="utf-8")
    site = Site.open(root)
    new_path = page.with_name("2024-03-05-launch.md")
    moved = page_move(site, page, new_path, HEADER, date(2024, 3, 1))
    assert moved is not None
    assert (moved.old, moved.new) == ("/news/2024-03-01-launch/", "/news/2024-03-05-launch/")
    (page.parent / "_index.md").write_text("---\ntitle: Sub\n---\n", encoding="utf-8")
    moved = page_move(Site.open(root), page, new_path, HEADER, date(2024, 3, 1))
    assert moved is not None and moved.old == "/news/sub/2024-03-01-launch/"
