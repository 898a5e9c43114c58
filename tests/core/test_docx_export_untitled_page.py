"""A page without a title is named in a pack (its title, the contents list, the PDF's) as the
site's list names it: an Eleventy docs page by its menu name (`eleventyNavigation.key`:
"Order of Operations"), else by its file's name made readable ("Accessibility"). Before, the
pack said its file's stem: "advanced-order", "2024-01-01-first-steps"."""

from __future__ import annotations

from pathlib import Path

import docx
from shared_sites import copy_shared_site

from editor_app.core.docx_export import export_docx, pack_pages
from editor_app.core.site import Site


def _titles(pack: Path) -> tuple[list[str], list[str]]:
    """The contents list's lines, and the pages' titles."""
    paragraphs = docx.Document(str(pack)).paragraphs
    contents = [p.text for p in paragraphs[1:3]]
    return contents, [p.text for p in paragraphs[3:] if p.style.name == "Heading 1"]


def test_an_untitled_post_is_named_by_its_readable_file_name(tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Notes\n", encoding="utf-8")
    page = root / "_posts" / "2024-01-01-first-steps.md"
    page.write_text("---\nlayout: post\n---\n\nThe first steps.\n", encoding="utf-8")
    [packed] = pack_pages([page], Site.open(root))
    assert packed.title == "First steps"


def test_eleventy_docs_pages_are_named_as_the_site_lists_them(tmp_path: Path) -> None:
    root = copy_shared_site("eleventy-website", tmp_path)
    pages = [root / "src/docs/accessibility.md", root / "src/docs/advanced-order.md"]
    export_docx(pages, tmp_path / "pack.docx", Site.open(root))
    contents, titles = _titles(tmp_path / "pack.docx")
    assert contents == ["Accessibility", "Order of Operations"]
    assert titles == ["Accessibility", "Order of Operations"]


def test_an_untitled_page_with_a_menu_name_is_named_by_it(tmp_path: Path) -> None:
    """Its text does not open with a heading: the preview's heading is the menu name too."""
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Notes\n", encoding="utf-8")
    page = root / "_posts" / "2024-01-01-first-steps.md"
    page.write_text(
        "---\neleventyNavigation:\n  key: Nice Name\n---\n\nThe first steps.\n", encoding="utf-8"
    )
    [packed] = pack_pages([page], Site.open(root))
    assert packed.title == "Nice Name"
