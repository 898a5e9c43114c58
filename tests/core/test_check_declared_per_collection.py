"""A `_schema.yml` that declares some collections leaves the others inferred, and Check now
takes each collection as the form does (`Schema.declares`, `CollectionSchema.is_declared`).
On connectedbydata with only `people` declared, Check called a resource without a link an
error ("Every resource needs one"), as if the file had declared resources, where the form,
the collection inferred, gave no star (one other resource leaves its link empty); an unknown
project on a resource was an error, a warning where nothing is declared."""

from __future__ import annotations

from pathlib import Path

from shared_sites import copy_shared_site

from editor_app.core.document import Document
from editor_app.core.schema import load_schema
from editor_app.core.settings_form import form_rows, site_gives_for
from editor_app.core.site import Site
from editor_app.core.validate import validate_document

PEOPLE_ONLY = """collections:
  people:
    fields:
      - name: title
        type: text
        required: true
      - name: role
        type: text
"""


def _check(site: Site, schema, rel: str) -> tuple[set[str], list[tuple[str, str, str]]]:
    page = site.root / rel
    doc = Document.load(page)
    fm = doc.front_matter
    coll = schema.for_collection(site.collection_of(page))
    rows = form_rows(
        fm, coll, list(fm), generator=site.generator, page_name=page.name,
        gives=site_gives_for(site, page),
    )
    told = [(p.code, p.field, p.severity) for p in validate_document(doc, site, schema)]
    return {n for n in rows.asked if coll.own_key(fm, n) is None}, told


def test_a_collection_the_schema_leaves_out_is_checked_as_inferred(tmp_path: Path) -> None:
    root = copy_shared_site("connectedbydata", tmp_path)
    (root / "_schema.yml").write_text(PEOPLE_ONLY, encoding="utf-8")
    site = Site.open(root)
    schema = load_schema(site)
    assert schema.declares("people") and not schema.declares("resources")
    starred, told = _check(site, schema, "_resources/dpdib-lords-2nd-reading-summary.md")
    assert "link" not in starred
    assert [t for t in told if t[0] == "required-missing"] == []
    _starred, told = _check(site, schema, "_resources/participation-observatory.md")
    assert ("unknown-relation", "project", "warning") in told
    # The declared collection keeps the file's word: a person without a title is an error.
    person = root / "_people/anna-dent.md"
    text = person.read_text(encoding="utf-8")
    person.write_text(text.replace("\ntitle:", "\nold_title:", 1), encoding="utf-8")
    starred, told = _check(Site.open(root), schema, "_people/anna-dent.md")
    assert "title" in starred and ("required-missing", "title", "error") in told


def test_a_resource_missing_its_title_is_told_as_the_other_resources_have_one(
    tmp_path: Path,
) -> None:
    """The words of a field missing follow the collection's own schema: a resource (inferred)
    'Every other resource has one.', a warning; only a declared collection 'needs one'."""
    root = copy_shared_site("connectedbydata", tmp_path)
    (root / "_schema.yml").write_text(PEOPLE_ONLY, encoding="utf-8")
    page = root / "_resources/participation-observatory.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("\ntitle:", "\nold_title:", 1), encoding="utf-8")
    site = Site.open(root)
    told = [p for p in validate_document(Document.load(page), site, load_schema(site))
            if p.code == "required-missing"]
    assert [(p.field, p.severity) for p in told] == [("title", "warning")]
    assert "Every other resource has one." in told[0].message
