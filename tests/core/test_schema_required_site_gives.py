"""The form's star and Check agree on what the generator gives a page itself: a Jekyll
document dated by its file name (`_posts/2020-01-02-x.md`) is not asked for `date:`, nor a
page the site's own `defaults:` (in `_config.yml`) give a field; the form starred both, Check
told neither (`schema_required.site_gives`, which both call). Then every page of the five
sites: each field a page lacks is starred exactly where Check tells it it lacks it."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.schema import load_schema
from editor_app.core.settings_form import form_rows, site_gives_for
from editor_app.core.site import Site
from editor_app.core.validate import validate_document

SITES = ["connectedbydata", "opensource-guide", "jekyll-docs", "hugo-docs", "eleventy-website"]


def _starred_and_told(site: Site, schema, page: Path) -> tuple[set[str], set[str]] | None:
    """(the fields the page lacks that the form stars, those Check tells it it lacks); None
    for a page without a header, whose fields Check does not look at."""
    coll = schema.for_collection(site.collection_of(page))
    doc = Document.load(page)
    if not doc.has_front_matter:
        return None
    fm = doc.front_matter
    rows = form_rows(
        fm,
        coll,
        list(fm),
        generator=site.generator,
        page_name=page.name,
        gives=site_gives_for(site, page),
    )
    starred = {n for n in rows.asked if coll.own_key(fm, n) is None}
    problems = validate_document(doc, site, schema, content=False)
    return starred, {p.field for p in problems if p.code == "required-missing"}


def _site(root: Path, config: str) -> None:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text(config, encoding="utf-8")
    for i in range(6):
        (root / "_posts" / f"2024-01-0{i + 1}-p{i}.md").write_text(
            f"---\ntitle: P{i}\ndate: 2024-01-0{i + 1}\nauthor: Ann\n---\nText.\n",
            encoding="utf-8",
        )


def test_a_post_dated_by_its_file_name_is_not_starred_for_its_date(tmp_path: Path) -> None:
    _site(tmp_path, "title: t\n")
    page = tmp_path / "_posts/2020-01-02-x.md"
    page.write_text("---\ntitle: X\nauthor: Bo\n---\nText.\n", encoding="utf-8")
    site = Site.open(tmp_path)
    assert _starred_and_told(site, load_schema(site), page) == (set(), set())


def test_a_field_the_site_defaults_give_is_not_starred(tmp_path: Path) -> None:
    _site(tmp_path, "title: t\ndefaults:\n  - scope: {path: _posts}\n    values: {author: Ann}\n")
    page = tmp_path / "_posts/2024-02-01-y.md"
    page.write_text("---\ntitle: Y\ndate: 2024-02-01\n---\nText.\n", encoding="utf-8")
    site = Site.open(tmp_path)
    schema = load_schema(site)
    assert _starred_and_told(site, schema, page) == (set(), set())
    # Without the defaults, the page lacking what every other post has is starred and told.
    (tmp_path / "_config.yml").write_text("title: t\n", encoding="utf-8")
    site = Site.open(tmp_path)
    assert _starred_and_told(site, load_schema(site), page) == ({"author"}, {"author"})


@pytest.mark.parametrize("name", SITES)
def test_every_page_is_starred_where_check_asks(name: str) -> None:
    root = shared_site_path(name)
    site = Site.open(root)
    schema = load_schema(site)
    differ = []
    for entry in site.entries():
        if not entry.path.name.endswith((".md", ".markdown")):
            continue
        if schema.for_collection(site.collection_of(entry.path)) is None:
            continue
        both = _starred_and_told(site, schema, entry.path)
        if both is not None and both[0] != both[1]:
            differ.append((entry.path.relative_to(root).as_posix(), *both))
    assert differ == []
