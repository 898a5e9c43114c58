"""A Hugo folder whose only `_index` page is `_index.html` is a section: `hugo` (0.111) builds
`/:sections/:slug/` of `content/posts/sub/page.md` as /posts/sub/the-page/. Before the site
was indexed the address was that; once indexed (the index lists Markdown pages only) the folder
was no section and the address /posts/the-page/."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.site import Site


def _site(root: Path) -> Path:
    (root / "content/posts/sub").mkdir(parents=True)
    (root / "hugo.toml").write_text(
        'baseURL = "https://example.org/"\ntitle = "t"\n'
        '[permalinks]\nposts = "/:sections/:slug/"\n',
        encoding="utf-8",
    )
    (root / "content/posts/_index.md").write_text("---\ntitle: Posts\n---\n", encoding="utf-8")
    (root / "content/posts/sub/_index.html").write_text(
        "---\ntitle: Sub\n---\n<p>sub</p>\n", encoding="utf-8"
    )
    page = root / "content/posts/sub/page.md"
    page.write_text("---\ntitle: Page\nslug: the-page\n---\nText.\n", encoding="utf-8")
    return page


def test_a_folder_with_an_html_section_page_is_a_section_once_indexed(tmp_path: Path) -> None:
    page = _site(tmp_path)
    site = Site.open(tmp_path)
    assert site.url_for(page) == "/posts/sub/the-page/"
    site.entries()
    assert site.url_for(page) == "/posts/sub/the-page/"


def test_a_folder_without_a_section_page_stays_no_section(tmp_path: Path) -> None:
    page = _site(tmp_path)
    (tmp_path / "content/posts/sub/_index.html").unlink()
    site = Site.open(tmp_path)
    site.entries()
    assert site.url_for(page) == "/posts/the-page/"
