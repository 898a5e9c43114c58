"""An Eleventy page with no title is listed by the name the site's menus show it by
(`eleventyNavigation: key: Data Cascade`), not by its file's name ('Data cascade',
'Cjs esm'); a page with neither is still named from its file."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.site import Site


def _titles(site: Site) -> dict[str, str]:
    return {Path(e.path).relative_to(site.root).as_posix(): e.title for e in site.entries()}


def test_the_eleventy_docs_are_listed_by_their_menu_names() -> None:
    titles = _titles(Site.open(shared_site_path("eleventy-website")))
    assert titles["src/docs/data-cascade.md"] == "Data Cascade"
    assert titles["src/docs/cms.md"] == "Using a CMS"


def test_a_title_wins_and_a_page_with_neither_is_named_from_its_file(tmp_path: Path) -> None:
    (tmp_path / "eleventy.config.js").write_text("export default function () {}\n")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("---\ntitle: Own title\neleventyNavigation:\n  key: Menu\n---\n")
    (docs / "b-page.md").write_text("---\neleventyNavigation:\n  key: ' Menu name '\n---\n")
    (docs / "c-page.md").write_text("---\neleventyNavigation:\n  key: ''\n---\nText.\n")
    titles = _titles(Site.open(tmp_path))
    assert titles["docs/a.md"] == "Own title"
    assert titles["docs/b-page.md"] == "Menu name"
    assert titles["docs/c-page.md"] == "C page"
