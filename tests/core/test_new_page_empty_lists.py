"""A new page's empty list fields are written as the site's pages write theirs: `key: []`,
`key:`, or left out, never an empty `key:` where the pages write `key: []`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.new_page import new_page_bytes
from editor_app.core.new_page_habits import usual_empty_lists
from editor_app.core.schema import load_schema
from editor_app.core.site import Site

DAY = dt.date(2026, 1, 2)


def _hugo() -> Site:
    return Site.open(shared_site_path("hugo-docs"))


def _header_lines(data: bytes) -> list[str]:
    text = data.decode("utf-8")
    return text.split("---\n")[1].splitlines()


@pytest.mark.parametrize("collection", ["about", "functions", "methods", "templates"])
def test_a_new_hugo_page_writes_empty_lists_as_its_pages_do(collection: str) -> None:
    site = _hugo()
    data = new_page_bytes(site, collection, "A new page", load_schema(site), DAY)
    lines = _header_lines(data)
    # 738 of the docs' pages write `categories: []`, none an empty `categories:`.
    assert "categories: []" in lines and "categories:" not in lines
    assert "keywords: []" in lines and "keywords:" not in lines
    doc = Document.from_bytes(data)
    assert doc.error is None
    assert doc.get("categories") == [] and doc.get("keywords") == []
    assert doc.get("title") == "A new page"


def test_a_list_the_pages_leave_out_when_empty_is_left_out() -> None:
    # Half the function pages have `aliases: [...]`; the others have no `aliases` line.
    site = _hugo()
    data = new_page_bytes(site, "functions", "A new function", load_schema(site), DAY)
    assert not any(line.startswith("aliases") for line in _header_lines(data))


def _planted(tmp_path: Path, topics_lines: list[str]) -> Site:
    (tmp_path / "_config.yml").write_text("collections:\n  notes:\n    output: true\n")
    folder = tmp_path / "_notes"
    folder.mkdir()
    for i, line in enumerate(topics_lines):
        header = f"title: Note {i}\n" + (line + "\n" if line else "") + "author: Ann\n"
        (folder / f"note-{i}.md").write_text(f"---\n{header}---\nText.\n")
    return Site.open(tmp_path)


@pytest.mark.parametrize(
    ("empty", "written"),
    [
        ("topics: []", ["topics: []"]),
        ("topics:", ["topics:"]),
        ("", []),  # the pages without topics have no `topics` line
    ],
)
def test_each_way_a_site_writes_an_empty_list_is_followed(
    tmp_path: Path, empty: str, written: list[str]
) -> None:
    full = "topics: [Health, Justice]"
    site = _planted(tmp_path, [full, full, full, empty, empty, empty, empty])
    data = new_page_bytes(site, "notes", "Note seven", load_schema(site), DAY)
    lines = _header_lines(data)
    assert [line for line in lines if line.startswith("topics")] == written
    assert lines[0] == "title: Note seven" and "author: Ann" in lines


def test_a_list_every_page_fills_stays_in_place_empty(tmp_path: Path) -> None:
    full = "topics: [Health, Justice]"
    site = _planted(tmp_path, [full] * 4)
    lines = _header_lines(new_page_bytes(site, "notes", "N", load_schema(site), DAY))
    assert "topics:" in lines


def test_the_most_common_spelling_wins_and_a_tie_keeps_the_field(tmp_path: Path) -> None:
    site = _planted(tmp_path, ["topics: []", "topics:", "topics:", "", "topics: [A]"])
    pages = site.documents("notes")
    assert usual_empty_lists(pages, ["topics", "author"]) == {"topics": "null"}
    (tmp_path / "tie").mkdir()
    site = _planted(tmp_path / "tie", ["topics: []", "", "topics: [A]"])
    assert usual_empty_lists(site.documents("notes"), ["topics"]) == {"topics": "[]"}


def test_a_toml_collection_gets_the_empty_lists_its_pages_write(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text('baseURL = "https://example.org/"\ntitle = "T"\n')
    posts = tmp_path / "content" / "posts"
    posts.mkdir(parents=True)
    for i in (1, 2, 3, 4):
        tags = '["a"]' if i == 1 else "[]"
        (posts / f"post-{i}.md").write_text(
            f'+++\ntitle = "Post {i}"\ndate = 2024-01-0{i}\ntags = {tags}\n'
            + ('aliases = ["/old"]\n' if i < 3 else "")
            + "+++\n\nText.\n"
        )
    site = Site.open(tmp_path)
    data = new_page_bytes(site, "posts", "A fresh post", load_schema(site), DAY)
    lines = data.decode().split("+++\n")[1].splitlines()
    assert "tags = []" in lines  # as three posts of four write it
    assert not any(line.startswith("aliases") for line in lines)  # left out, as two posts do
    doc = Document.from_bytes(data)
    assert doc.error is None and doc.get("tags") == [] and doc.get("title") == "A fresh post"
