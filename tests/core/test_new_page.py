"""A new page looks like its collection's other pages: usual fields, order, shape, quoting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from editor_app.core.document import Document
from editor_app.core.new_page import new_page_bytes
from editor_app.core.new_page_habits import usual_keys, usual_quote_marks, usual_shapes
from editor_app.core.new_page_header import in_usual_shape, new_page_text
from editor_app.core.schema import load_schema
from editor_app.core.site import Site


def _site(shared_site: Path) -> Site:
    site = Site.open(shared_site)
    site.entries()
    return site


def test_the_usual_fields_are_there_in_the_site_order_with_empty_ones_for_later(
    shared_site: Path,
) -> None:
    site = _site(shared_site)
    data = new_page_bytes(site, "resources", "A: new page", load_schema(site), dt.date(2026, 1, 2))
    doc = Document.from_bytes(data)
    keys = list(doc.front_matter)
    for key in ("layout", "title", "reference", "author", "date", "status", "link"):
        assert key in keys
    assert keys.index("title") < keys.index("author") < keys.index("date")
    assert doc.get("title") == "A: new page" and doc.get("date") == dt.date(2026, 1, 2)
    # The resources without a project leave `project:` out (19 of 21): so does a new one.
    assert "project" not in keys
    assert doc.get("link") is None  # in place, empty, as the pages without one write it
    doc.set("link", "https://example.org/")
    assert list(doc.front_matter) == keys
    # Titles are quoted on this site, links and projects are not.
    text = data.decode()
    assert 'title: "A: new page"' in text
    assert usual_quote_marks(site, "resources")["link"] is None


def test_one_value_where_the_site_uses_one_value(shared_site: Path) -> None:
    site = _site(shared_site)
    shapes = usual_shapes(site, "resources")
    assert shapes["project"] == "single" and shapes["topics"] == "list"
    assert in_usual_shape(shapes, "project", ["Our Data Futures"]) == "Our Data Futures"
    assert in_usual_shape(shapes, "topics", ["Education"]) == ["Education"]
    text = new_page_text(site, "resources", {"title": "T", "project": ["P"], "topics": "Ed"})
    doc = Document.from_text(text)
    assert doc.get("project") == "P" and doc.get("topics") == ["Ed"]


def test_a_collection_with_no_pages_gets_just_the_values(shared_site: Path, tmp_path: Path) -> None:
    site = _site(shared_site)
    assert usual_keys(site, "no-such-collection") == []
    text = new_page_text(site, "no-such-collection", {"title": "yes", "n": 3})
    assert Document.from_text(text).front_matter == {"title": "yes", "n": 3}


def test_a_page_named_like_a_kind_of_page_follows_that_kind(shared_site: Path) -> None:
    """`_resources` mixes case studies and other papers: a new `case-study-*` page follows the
    case studies' own order (subtitle after title, author and date before project)."""
    site = _site(shared_site)
    schema = load_schema(site)
    data = new_page_bytes(site, "resources", "Case study: Buses", schema, dt.date(2026, 1, 2))
    keys = list(Document.from_bytes(data).front_matter)
    assert keys == [
        "layout", "title", "subtitle", "reference", "author", "date", "project", "topics",
        "status", "listed", "link", "image",
    ]  # fmt: skip
    # Another title: the whole collection's usual order, with no subtitle.
    other = list(Document.from_bytes(
        new_page_bytes(site, "resources", "Notes on data", schema, dt.date(2026, 1, 2))
    ).front_matter)  # fmt: skip
    assert "subtitle" not in other
    # Left without a project, the page leaves the line out, as the pages without one do.
    assert "project" not in other and other.index("title") < other.index("author")
    assert usual_keys(site, "resources", "case-study-x").index("subtitle") == 2


def test_a_collection_written_in_toml_gets_a_toml_page(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text('baseURL = "https://example.org/"\ntitle = "T"\n')
    posts = tmp_path / "content" / "posts"
    posts.mkdir(parents=True)
    for i in (1, 2, 3):
        (posts / f"post-{i}.md").write_text(
            f'+++\ntitle = "Post {i}"\ndate = 2024-01-0{i}\ntags = ["a"]\n+++\n\nText.\n'
        )
    site = Site.open(tmp_path)
    site.entries()
    data = new_page_bytes(site, "posts", "A fresh post", load_schema(site), dt.date(2026, 1, 2))
    text = data.decode()
    assert text.startswith("+++\n") and "---" not in text
    assert 'title = "A fresh post"' in text and "date = 2026-01-02" in text
    doc = Document.from_bytes(data)
    assert doc.error is None and doc.get("title") == "A fresh post"
