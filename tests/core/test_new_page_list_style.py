"""A new page's list given items (a default) is written as the collection's pages write that
list: flow (`keywords: [deploy]`) on Hugo's docs, block items where the pages write items."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.new_page_habits import usual_flow_lists
from editor_app.core.new_page_header import new_page_text
from editor_app.core.site import Site


def test_a_filled_list_on_hugo_docs_is_a_flow_list() -> None:
    site = Site.open(shared_site_path("hugo-docs"))
    text = new_page_text(site, "quick-reference", {"title": "CI", "keywords": ["deploy", "a: b"]})
    assert 'keywords: [deploy, "a: b"]' in text.splitlines()
    assert Document.from_text(text).get("keywords") == ["deploy", "a: b"]


def test_a_filled_list_where_the_pages_write_items_stays_items(tmp_path: Path) -> None:
    posts = tmp_path / "_posts"
    posts.mkdir(parents=True)
    (tmp_path / "_config.yml").write_text("title: Blog\n")
    for day in range(1, 4):
        (posts / f"2024-01-0{day}-post.md").write_text(
            f"---\ntitle: Post {day}\ntags:\n  - news\n  - day{day}\n---\nText\n"
        )
    site = Site.open(tmp_path)
    assert usual_flow_lists(site.documents("posts"), ["tags"]) == set()
    text = new_page_text(site, "posts", {"title": "New", "tags": ["news"]})
    assert "tags:\n  - news\n" in text
