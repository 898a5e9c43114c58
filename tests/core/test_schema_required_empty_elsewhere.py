"""A value left empty on another page (`link: ''`) fills nothing in: the inferred schema does
not count it as given, so a page lacking the field is not starred for it, nor told by Check,
when the only other pages giving it are not all of them."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.document import Document
from editor_app.core.schema import load_schema
from editor_app.core.settings_form import form_rows
from editor_app.core.site import Site
from editor_app.core.validate import validate_document


def _site(root: Path, empty: str) -> Path:
    (root / "_config.yml").write_text(
        "title: Resources\ncollections:\n  resources:\n    output: true\n", encoding="utf-8"
    )
    folder = root / "_resources"
    folder.mkdir()
    for n in range(21):
        link = empty if n == 0 else f"https://example.org/{n}"
        (folder / f"r{n}.md").write_text(
            f"---\ntitle: Resource {n}\nlink: {link}\n---\n\nWords.\n", encoding="utf-8"
        )
    page = folder / "lacking.md"
    page.write_text("---\ntitle: Lacking\n---\n\nWords.\n", encoding="utf-8")
    return page


def _asked_and_told(root: Path, page: Path) -> tuple[bool, bool]:
    site = Site.open(root)
    schema = load_schema(site)
    doc = Document.load(page)
    coll = schema.for_collection(site.collection_of(page))
    rows = form_rows(doc.front_matter, coll, list(doc.front_matter), generator="jekyll")
    told = {p.field for p in validate_document(doc, site, schema) if p.code == "required-missing"}
    return "link" in rows.asked, "link" in told


def test_a_link_left_empty_elsewhere_stars_nothing(tmp_path: Path) -> None:
    for n, empty in enumerate(("''", "[]", "{}")):
        root = tmp_path / f"site{n}"
        root.mkdir()
        assert _asked_and_told(root, _site(root, empty)) == (False, False), empty


def test_every_other_page_giving_the_link_stars_it(tmp_path: Path) -> None:
    page = _site(tmp_path, "https://example.org/0")
    assert _asked_and_told(tmp_path, page) == (True, True)
