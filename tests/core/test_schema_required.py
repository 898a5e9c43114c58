"""One rule of "required" for the form's star and Check (core/schema_required.py): a declared
schema's required field is asked of every page; an inferred one ("most pages have it") only
where every other page of the collection fills it in. hugo-docs' configuration pages: 31 of 33
have `linkTitle`, so the schema infers it required, yet Check never asks introduction.md for
it, and the form gave it a star."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.schema import CollectionSchema, Field, load_schema
from editor_app.core.schema_required import asked_for
from editor_app.core.settings_form import form_rows, is_asked_for
from editor_app.core.site import Site
from editor_app.core.validate import validate_document

INTRODUCTION = "content/en/configuration/introduction.md"


def test_declared_required_is_asked_inferred_only_when_every_other_page_has_it() -> None:
    author = Field("author", required=True)
    assert asked_for(author, True, 0, 0)
    assert not asked_for(Field("author"), True, 0, 0)
    assert not asked_for(author, False, 33, 31)  # most pages: a suggestion
    assert asked_for(author, False, 33, 33)  # every other page
    assert not asked_for(author, False, 4, 4)  # too few others to tell
    assert asked_for(Field("title", required=True), False, 2, 2)
    assert not asked_for(Field("draft", "boolean", required=True), False, 9, 9)


def test_the_form_asks_what_the_declared_schema_requires() -> None:
    declared = CollectionSchema("posts", [Field("author", required=True), Field("image")])
    rows = form_rows({"title": "A"}, declared, ["title"])
    assert rows.asked == {"author"}


def test_hugo_docs_form_stars_only_the_fields_check_asks_for() -> None:
    root = shared_site_path("hugo-docs")
    site = Site.open(root)
    schema = load_schema(site)
    page = root / INTRODUCTION
    coll = schema.for_collection(site.collection_of(page))
    link_title = coll.field("linkTitle")
    assert link_title.required and link_title.used_by == 31 and coll.documents == 33
    doc = Document.load(page)
    rows = form_rows(doc.front_matter, coll, list(doc.front_matter))
    assert "linkTitle" not in rows.asked and "title" in rows.asked
    # Each field the page lacks: starred exactly where Check tells the page it lacks it.
    told = {p.field for p in validate_document(doc, site, schema) if p.code == "required-missing"}
    lacking = {f.name for f in coll.fields if coll.own_key(doc.front_matter, f.name) is None}
    assert {n for n in lacking if is_asked_for(coll, coll.field(n), False)} == told == set()


def test_a_page_lacking_what_every_other_page_has_is_starred_and_told(tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: t\n")
    for i in range(6):
        (root / "_posts" / f"2024-01-0{i + 1}-p{i}.md").write_text(
            f"---\ntitle: P{i}\nauthor: Ann\n---\nText.\n"
        )
    lacking = root / "_posts" / "2024-01-09-new.md"
    lacking.write_text("---\ntitle: New\n---\nText.\n")
    site = Site.open(root)
    schema = load_schema(site)
    coll = schema.for_collection(site.collection_of(lacking))
    doc = Document.load(lacking)
    assert "author" in form_rows(doc.front_matter, coll, ["title"]).asked
    told = [p for p in validate_document(doc, site, schema) if p.code == "required-missing"]
    assert [p.field for p in told] == ["author"]


def test_hugo_link_title_is_never_asked_of_a_titled_page() -> None:
    """hugo-pipes/postcss.md lacks the link title 8 of its 8 others have: Check asks nothing
    (Hugo shows the title in its place), and the form stars nothing either."""
    root = shared_site_path("hugo-docs")
    site = Site.open(root)
    schema = load_schema(site)
    page = root / "content/en/hugo-pipes/postcss.md"
    coll = schema.for_collection(site.collection_of(page))
    doc = Document.load(page)
    assert is_asked_for(coll, coll.field("linkTitle"), False)  # by the counts alone
    rows = form_rows(doc.front_matter, coll, list(doc.front_matter), generator="hugo")
    assert "linkTitle" not in rows.asked and "title" in rows.asked
    told = [p for p in validate_document(doc, site, schema) if p.code == "required-missing"]
    assert told == []


def test_every_hugo_docs_page_is_starred_where_check_asks() -> None:
    """On each page of hugo-docs, each field the page lacks is starred exactly where Check
    tells the page it lacks it."""
    root = shared_site_path("hugo-docs")
    site = Site.open(root)
    schema = load_schema(site)
    differ = []
    for page in sorted((root / "content/en").rglob("*.md")):
        coll = schema.for_collection(site.collection_of(page))
        if coll is None:
            continue
        doc = Document.load(page)
        fm = doc.front_matter
        rows = form_rows(fm, coll, list(fm), generator="hugo")
        starred = {n for n in rows.asked if coll.own_key(fm, n) is None}
        problems = validate_document(doc, site, schema, content=False)
        told = {p.field for p in problems if p.code == "required-missing"}
        if starred != told:
            differ.append((page.relative_to(root).as_posix(), starred, told))
    assert differ == []


def test_a_value_left_empty_on_another_page_fills_nothing() -> None:
    """connectedbydata: dpdib-lords-2nd-reading-summary.md has no link, and one other
    resource writes `link:` empty: Check asks nothing, so no star (the other page's empty
    `link:` counted as filled gave it one)."""
    root = shared_site_path("connectedbydata")
    site = Site.open(root)
    schema = load_schema(site)
    page = root / "_resources/dpdib-lords-2nd-reading-summary.md"
    coll = schema.for_collection("resources")
    link = coll.field("link")
    assert (link.used_by, link.filled_by, coll.documents) == (49, 48, 50)
    doc = Document.load(page)
    assert "link" not in form_rows(doc.front_matter, coll, [], generator="jekyll").asked
    told = [p for p in validate_document(doc, site, schema) if p.code == "required-missing"]
    assert told == []


def test_a_collection_home_page_is_asked_for_its_title_alone() -> None:
    """jekyll-docs' _tutorials/index.md lists the tutorials: Check never asks it for the
    author and date every tutorial has, and the form, told the page's file name, stars
    neither."""
    root = shared_site_path("jekyll-docs")
    site = Site.open(root)
    schema = load_schema(site)
    page = root / "_tutorials/index.md"
    coll = schema.for_collection(site.collection_of(page))
    doc = Document.load(page)
    fm = doc.front_matter
    assert {"author", "date"} <= form_rows(fm, coll, list(fm), generator="jekyll").asked
    rows = form_rows(fm, coll, list(fm), generator="jekyll", page_name="index.md")
    assert rows.asked & {"author", "date"} == set()
    told = [p for p in validate_document(doc, site, schema) if p.code == "required-missing"]
    assert told == []


def test_a_declared_required_field_is_starred_on_a_collection_home_page_as_check_asks(
    tmp_path: Path,
) -> None:
    """A declared schema's required field is asked of every page, a collection's home page
    too (only an inferred field spares it): Check calls the home page without it an error,
    and the form, by the same rule (`schema_required.page_asked_for`), stars it there."""
    root = tmp_path / "site"
    (root / "_tutorials").mkdir(parents=True)
    (root / "_config.yml").write_text("title: t\ncollections:\n  tutorials:\n    output: true\n")
    (root / "_schema.yml").write_text(
        "collections:\n  tutorials:\n    fields:\n"
        "      - name: title\n        required: true\n"
        "      - name: author\n        required: true\n"
    )
    (root / "_tutorials/index.md").write_text("---\ntitle: Tutorials\n---\nAll of them.\n")
    (root / "_tutorials/first.md").write_text("---\ntitle: First\nauthor: A\n---\nText.\n")
    site = Site.open(root)
    schema = load_schema(site)
    page = root / "_tutorials/index.md"
    coll = schema.for_collection(site.collection_of(page))
    doc = Document.load(page)
    fm = doc.front_matter
    told = {p.field for p in validate_document(doc, site, schema) if p.code == "required-missing"}
    assert told == {"author"}
    rows = form_rows(fm, coll, list(fm), generator="jekyll", page_name="index.md")
    assert rows.asked == {"title", "author"}


def test_the_rows_say_how_many_pages_use_a_field_the_page_is_not_asked_for() -> None:
    """hugo-docs' configuration/introduction.md: no star for Link title (31 of 33 pages have
    it), its row says how many pages use it; the starred title says nothing of the kind."""
    root = shared_site_path("hugo-docs")
    site = Site.open(root)
    schema = load_schema(site)
    page = root / INTRODUCTION
    coll = schema.for_collection(site.collection_of(page))
    fm = Document.load(page).front_matter
    rows = form_rows(fm, coll, list(fm), generator="hugo", page_name=page.name)
    assert rows.usage["linkTitle"] == (31, 33)
    assert "title" in rows.asked and "title" not in rows.usage
    assert all(rows.usage[f.name] == (f.used_by, 33) for f in rows.rare)
