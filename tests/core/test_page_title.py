"""A page is named by one rule in the list, the window's title and a draft's name: its title
(or a field named for one), else the name an Eleventy site's menus give it, made readable."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.document import Document
from editor_app.core.site import Site
from editor_app.core.site_entries import page_title
from editor_app.core.sync_base import listed_name

MENU = {"eleventyNavigation": {"key": " Data Cascade "}}


def test_the_title_else_the_menu_name_made_readable() -> None:
    assert page_title({"title": "M&eacute;tricas", **MENU}) == "Métricas"
    assert page_title({"newstitle": "News &amp; views"}) == "News & views"
    assert page_title(MENU) == "Data Cascade"
    assert page_title({"title": "A &amp; B"}, readable=False) == "A &amp; B"
    assert page_title({"title": ""}) is None
    assert page_title({}) is None and page_title(None) is None and page_title([]) is None


def test_the_list_and_a_draft_name_a_page_alike(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: A site\n", encoding="utf-8")
    (tmp_path / "_posts").mkdir()
    pages = {
        "2024-01-02-titled.md": "---\ntitle: Caf&eacute; notes\n---\nText.\n",
        "2024-01-03-in-menu.md": "---\neleventyNavigation:\n  key: Data Cascade\n---\nText.\n",
        "2024-01-04-plain-name.md": "---\nlayout: post\n---\nText.\n",
    }
    for name, text in pages.items():
        (tmp_path / "_posts" / name).write_text(text, encoding="utf-8")
    site = Site.open(tmp_path)
    titles = {e.path.name: e.title for e in site.documents("posts")}
    assert titles == {
        "2024-01-02-titled.md": "Caf&eacute; notes",  # as written: the list makes it readable
        "2024-01-03-in-menu.md": "Data Cascade",
        "2024-01-04-plain-name.md": "Plain name",
    }
    titled = Document.from_bytes(b"---\ntitle: Caf&eacute; notes\n---\n")
    assert listed_name(titled, "_posts/2024-01-02-titled.md") == "Café notes"
    assert listed_name(None, "_posts/2024-01-04-plain-name.md") == "2024-01-04-plain-name.md"
