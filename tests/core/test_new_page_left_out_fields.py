"""A field most of a collection's pages leave out is left out of a new page, unless the schema
requires it; one most of them fill stays in place, empty, for the author:
- Eleventy's docs name themselves by `eleventyNavigation.key` and open their body with
  `# Configuration`; 14 of 156 write `pageTitle`, yet a new one got `pageTitle:` too.
- connectedbydata's projects name their `topics` (26 of 32; the rest leave the line out), the
  Open Source Guide's articles their `related` (290 of 349): a new one had neither line.
- A list fewer pages fill (hugo-docs' function `aliases`, half of them) is still left out."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.cli import main
from editor_app.core.document import Document
from editor_app.core.page_create import new_document
from editor_app.core.site import Site


def _eleventy(root: Path, headers: list[str], body: str = "# {name}\n\nText.\n") -> Site:
    (root / "eleventy.config.js").write_text("export default function () {}\n", encoding="utf-8")
    folder = root / "docs"
    folder.mkdir()
    for name, header in zip(("alpha", "beta", "gamma", "delta"), headers, strict=False):
        text = f"---\n{header.format(name=name.title())}---\n\n{body.format(name=name.title())}"
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
    return Site.open(root)


NAV = "eleventyNavigation:\n  key: {name}\n"


def test_a_title_field_few_pages_write_is_left_to_the_menu_key(tmp_path: Path) -> None:
    site = _eleventy(tmp_path, ["pageTitle: {name}\n" + NAV, NAV, NAV, NAV])
    doc = Document.load(new_document(site, "docs", "Epsilon"))
    assert doc.front_matter == {"eleventyNavigation": {"key": "Epsilon"}}
    assert doc.body.strip() == "# Epsilon"  # as the pages open theirs


def test_no_heading_where_the_pages_open_without_one(tmp_path: Path) -> None:
    site = _eleventy(tmp_path, ["pageTitle: {name}\n" + NAV, NAV, NAV], body="Text.\n")
    doc = Document.load(new_document(site, "docs", "Epsilon"))
    assert "pageTitle" not in doc.front_matter and doc.body.strip() == ""


def test_a_title_field_most_pages_write_stays(tmp_path: Path) -> None:
    site = _eleventy(tmp_path, ["pageTitle: {name}\n" + NAV] * 3 + [NAV])
    doc = Document.load(new_document(site, "docs", "Epsilon"))
    assert doc.front_matter["pageTitle"] == "Epsilon"
    assert "# Epsilon" not in doc.body


def _jekyll_notes(root: Path, topics: list[str]) -> Site:
    (root / "_config.yml").write_text("collections:\n  notes:\n    output: true\n")
    (root / "_notes").mkdir()
    for i, line in enumerate(topics):
        header = f"title: Note {i}\n" + (line + "\n" if line else "") + "author: Ann\n"
        (root / "_notes" / f"note-{i}.md").write_text(f"---\n{header}---\nText.\n")
    return Site.open(root)


@pytest.mark.parametrize(("filled", "kept"), [(4, True), (2, False)])
def test_a_list_most_pages_fill_stays_in_place_empty(
    tmp_path: Path, filled: int, kept: bool
) -> None:
    site = _jekyll_notes(tmp_path, ["topics: [Health]"] * filled + [""] * (6 - filled))
    text = new_document(site, "notes", "Note six").read_text(encoding="utf-8")
    assert ("\ntopics:\n" in text) is kept


@pytest.mark.parametrize(
    ("name", "collection", "line"),
    [("connectedbydata", "projects", "topics:"), ("opensource-guide", "articles", "related:")],
)
def test_editor_app_new_keeps_the_list_most_siblings_fill(
    name: str, collection: str, line: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_shared_site(name, tmp_path)
    assert main(["new", collection, "--title", "Housing repairs", str(root)]) == 0
    made = Path(capsys.readouterr().out.strip().splitlines()[0])
    assert line in made.read_text(encoding="utf-8").splitlines()
