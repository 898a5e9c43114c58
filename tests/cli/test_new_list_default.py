"""`editor-app new` in a collection whose pages never set a list field the schema gives a
one-item default (hugo-docs' quick reference and `aliases`): the page is written in one piece,
the list as the site's other pages write it (`aliases: [/old-name/]`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.cli import main
from editor_app.core.new_page_header import new_page_text
from editor_app.core.site import Site

SCHEMA = """collections:
  quick-reference:
    fields:
    - name: title
      type: text
      required: true
    - name: aliases
      type: list
      default: [/old-name/]
"""


@pytest.fixture
def hugo(tmp_path: Path) -> Path:
    source = shared_site_path("hugo-docs")
    root = tmp_path / "hugo-docs"
    shutil.copytree(source, root, ignore=shutil.ignore_patterns(".git"))
    for path in [root, *root.rglob("*")]:
        path.chmod(path.stat().st_mode | 0o200)
    (root / "_schema.yml").write_text(SCHEMA, encoding="utf-8")
    return root


def test_new_writes_a_one_item_list_default_as_the_site_does(
    hugo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = Site.open(hugo)
    pages = site.documents("quick-reference")
    assert pages and not any("aliases" in e.front_matter for e in pages)
    # The site's other pages write their aliases as one flow list, item or items.
    range_page = (hugo / "content/en/functions/go-template/range.md").read_bytes()
    assert b"\naliases: [/functions/range]\n" in range_page
    text = new_page_text(site, "quick-reference", {"title": "Shortcuts", "aliases": ["/a/"]})
    assert "\naliases: [/a/]\n" in text  # it raised "would not read back" before
    assert main(["new", "quick-reference", "--title", "Shortcuts", str(hugo)]) == 0
    created = Path(capsys.readouterr().out.strip())
    # From the site's `archetypes/default.md`, the default after its keys.
    assert created.read_text(encoding="utf-8") == (
        "---\ntitle: Shortcuts\ndescription:\ncategories: []\nkeywords: []\n"
        "aliases: [/old-name/]\n---\n"
    )


def test_two_items_are_written_so_too(hugo: Path) -> None:
    text = new_page_text(
        Site.open(hugo), "quick-reference", {"title": "T", "aliases": ["/a/", "/b/"]}
    )
    assert "\naliases: [/a/, /b/]\n" in text
