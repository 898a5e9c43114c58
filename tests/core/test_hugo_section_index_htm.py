"""A Hugo folder whose only `_index` page is `_index.htm` (Hugo reads `.htm` as HTML content)
is a section too, once the site is indexed."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.site import Site


def test_a_folder_with_an_htm_section_page_is_a_section_once_indexed(tmp_path: Path) -> None:
    (tmp_path / "content/posts/sub").mkdir(parents=True)
    (tmp_path / "hugo.toml").write_text(
        'baseURL = "https://example.org/"\ntitle = "t"\n'
        '[permalinks]\nposts = "/:sections/:slug/"\n',
        encoding="utf-8",
    )
    (tmp_path / "content/posts/_index.md").write_text("---\ntitle: Posts\n---\n", encoding="utf-8")
    (tmp_path / "content/posts/sub/_index.htm").write_text(
        "---\ntitle: Sub\n---\n<p>sub</p>\n", encoding="utf-8"
    )
    page = tmp_path / "content/posts/sub/page.md"
    page.write_text("---\ntitle: Page\nslug: the-page\n---\nText.\n", encoding="utf-8")
    site = Site.open(tmp_path)
    site.entries()
    assert site.url_for(page) == "/posts/sub/the-page/"
