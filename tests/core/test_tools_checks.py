"""`new` on hand-made sites shaped unlike the fixture (independent checks)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from blog_site import blog

from editor_app.core.document import Document
from editor_app.core.page_create import new_document
from editor_app.core.site import Site
from editor_app.core.validate import validate_site


def test_new_page_is_named_by_the_field_other_pages_point_at_it_by(tmp_path: Path) -> None:
    # Author pages carry `name:` (no title) and posts name their writer by it: a new author
    # gets `name:`, so posts can pick them and the validator finds nothing odd.
    blog(tmp_path, [f"/img/posts/p{i}.jpg" for i in range(6)])
    site = Site.open(tmp_path)
    path = new_document(site, "authors", "Dee Eff")
    doc = Document.load(path)
    assert doc.front_matter.get("name") == "Dee Eff" and "title" not in doc.front_matter
    site.reindex()
    assert [p for p in validate_site(site) if p.path == "_authors/dee-eff.md"] == []


def test_new_post_fills_its_required_date_whatever_it_is_called(tmp_path: Path) -> None:
    blog(tmp_path, [f"/img/posts/p{i}.jpg" for i in range(6)])
    for p in (tmp_path / "_posts").iterdir():
        p.write_text(p.read_text().replace("title:", "published_on: 2024-03-10\ntitle:"))
    site = Site.open(tmp_path)
    path = new_document(site, "posts", "Hello", today=dt.date(2025, 1, 2))
    assert path.name == "2025-01-02-hello.md"
    fm = Document.load(path).front_matter
    assert fm["title"] == "Hello" and fm["published_on"] == dt.date(2025, 1, 2)


def test_rename_with_target_renames_the_tag_page_many_posts_point_at(tmp_path: Path) -> None:
    # The relation must be read before the posts change: once a third of them say 'Rustlang'
    # the values no longer look like the tag pages' titles.
    from editor_app.core.rename_value import rename_value

    (tmp_path / "_config.yml").write_text("collections:\n  tags:\n    output: false\n")
    (tmp_path / "_tags").mkdir()
    (tmp_path / "_posts").mkdir()
    for tag in ("Python", "Rust", "Travel"):
        (tmp_path / "_tags" / f"{tag.lower()}.md").write_text(f"---\ntitle: {tag}\n---\n")
    pairs = [("Python", "Rust"), ("Rust", "Travel"), ("Travel", "Python"), ("Rust", "Python")]
    for i, (a, b) in enumerate(pairs * 2):
        (tmp_path / "_posts" / f"2024-01-0{i + 1}-p.md").write_text(
            f"---\ntitle: P{i}\nlabels: [{a}, {b}]\n---\n"
        )
    site = Site.open(tmp_path)
    report = rename_value(site, "labels", "Rust", "Rustlang", rename_target=True)
    assert len(report.changed) == 6 and not report.skipped
    assert report.targets == [tmp_path / "_tags" / "rust.md"]
    assert (tmp_path / "_tags" / "rust.md").read_text() == "---\ntitle: Rustlang\n---\n"


def test_rename_with_target_renames_the_page_in_its_naming_field(tmp_path: Path) -> None:
    from editor_app.core.rename_value import rename_value

    blog(tmp_path, [f"/img/posts/p{i}.jpg" for i in range(6)])
    site = Site.open(tmp_path)
    report = rename_value(site, "writer", "Ann Lee", "Ann Leigh", rename_target=True)
    assert len(report.changed) == 2
    assert report.targets == [tmp_path / "_authors" / "ann-lee.md"]
    assert Document.load(report.targets[0]).front_matter["name"] == "Ann Leigh"
    site.reindex()
    assert [p for p in validate_site(site) if p.field == "writer"] == []
