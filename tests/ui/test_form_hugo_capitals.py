"""Hugo reads header field names without regard to capitals: a hugo-docs page writing
`linktitle:` where the other pages write `linkTitle:` has that field. The schema infers them as
one field; the form shows the page's `linktitle` in the Link title row (not under "Other
fields", nor beside an empty Link title), and editing it keeps the page's spelling. Jekyll and
Eleventy read names as written and keep them apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site, shared_site_path
from window_helpers import click_document, open_site

from editor_app.core.document import Document
from editor_app.core.schema import load_schema, schema_to_yaml
from editor_app.core.settings_form import form_rows
from editor_app.core.site import Site

PAGE = "content/en/templates/new-templatesystem-overview.md"  # linktitle: New template system


@pytest.fixture
def hugo(tmp_path: Path) -> Path:
    site = copy_shared_site("hugo-docs", tmp_path)
    return site


def test_hugo_schema_has_one_field_for_both_spellings() -> None:
    root = shared_site_path("hugo-docs")
    site = Site.open(root)
    schema = load_schema(site)
    templates = schema.for_collection(site.collection_of(root / PAGE))
    names = [f.name for f in templates.fields]
    assert "linkTitle" in names and "linktitle" not in names
    assert templates.field("linkTitle").used_by == 5  # 4 pages write linkTitle, 1 linktitle
    [note] = [n for n in schema.notes if "`linktitle`" in n]
    assert "counted as `linkTitle`, and the form shows it there" in note


def test_form_row_shows_and_edits_the_pages_own_spelling(qtbot, quiet_window, hugo: Path) -> None:
    path = hugo / PAGE
    before = path.read_text()
    open_site(qtbot, quiet_window, hugo)
    click_document(qtbot, quiet_window, path)
    form = quiet_window.form
    assert "linkTitle" not in form.widgets  # one row, not an empty Link title beside it
    box = form.widgets["linktitle"].focus_target()
    assert box.accessibleName() == "Link title"
    assert box.text() == "New template system"
    box.setFocus()
    box.end(False)
    qtbot.keyClicks(box, " in 0.146")
    assert quiet_window.save_document()
    after = path.read_text()
    old, new = before.splitlines(), after.splitlines()
    assert [(a, b) for a, b in zip(old, new, strict=True) if a != b] == [
        ("linktitle: New template system", "linktitle: New template system in 0.146")
    ]


def test_form_rows_on_hugo_match_any_capitals_and_keep_the_rest() -> None:
    root = shared_site_path("hugo-docs")
    site = Site.open(root)
    schema = load_schema(site).for_collection(site.collection_of(root / PAGE))
    header = Document.load(root / PAGE).front_matter
    rows = form_rows(header, schema, list(header))
    assert rows.keys == {"linkTitle": "linktitle"}
    assert "linktitle" not in rows.others
    both = {"title": "T", "linkTitle": "A", "linktitle": "B"}  # both: each its own row
    rows = form_rows(both, schema, list(both))
    assert rows.keys == {} and rows.others == ["linktitle"]


def test_eleventy_reads_names_as_written(tmp_path: Path) -> None:
    root = shared_site_path("eleventy-website")
    site = Site.open(root)
    page = root / "src/docs/data-js.md"
    schema = load_schema(site).for_collection(site.collection_of(page))
    assert not schema.names_any_case
    header = {"Layout": "x", **Document.load(page).front_matter}
    rows = form_rows(header, schema, list(header))
    assert rows.keys == {} and "Layout" in rows.others


def test_jekyll_keeps_capitals_apart() -> None:
    root = shared_site_path("jekyll-docs")
    site = Site.open(root)
    schema = load_schema(site)
    assert not any(cs.names_any_case for cs in schema.collections.values())




def test_declared_schema_on_hugo_reads_names_any_case_too(hugo: Path) -> None:
    site = Site.open(hugo)
    (hugo / "_schema.yml").write_text(schema_to_yaml(load_schema(site)))
    site = Site.open(hugo)
    schema = load_schema(site)
    assert schema.source == "declared"
    templates = schema.for_collection(site.collection_of(hugo / PAGE))
    header = Document.load(hugo / PAGE).front_matter
    assert form_rows(header, templates, list(header)).keys == {"linkTitle": "linktitle"}
