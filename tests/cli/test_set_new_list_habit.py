"""`editor-app set` giving a list to a field the page lacks writes it as the collection's
other pages write that field, as the form's edit does (core/field_place.py): in brackets
on Hugo's function pages (`aliases: [/old/]`), one item per line on connectedbydata's
resources (`topics:` then `  - Health`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import field_place
from editor_app.core.document import Document
from editor_app.core.site import Site

PAGE = "content/en/functions/debug/Timer.md"


def test_a_list_added_where_the_pages_write_it_in_brackets_is_in_brackets(
    hugo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = hugo / PAGE
    before = path.read_text(encoding="utf-8")
    assert main(["set", str(path), "aliases=/old/path"]) == 0
    after = path.read_text(encoding="utf-8")
    # One new line, as the site's other pages write their aliases (was a block of two lines).
    assert after == before.replace("\n---\n", "\naliases: [/old/path]\n---\n", 1)
    assert capsys.readouterr().err == ""
    # The form's edit writes the list the same way.
    site = Site.open(path)
    pages, texts = field_place.collection_headers(site, site.collection_of(path))
    form = Document.from_text(before, path)
    form.set("aliases", ["/old/path"])
    field_place.list_like_the_others(
        form, "aliases", field_place.usual_list_style(texts, "aliases")
    )
    assert "aliases: [/old/path]\n" in form.text


def test_a_list_added_where_the_pages_write_one_item_per_line_is_so(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = site_copy / "_resources" / "2023-03-31-governance-board-minutes.md"
    before = path.read_text(encoding="utf-8")
    assert main(["set", str(path), "topics=[Health]"]) == 0
    assert path.read_text(encoding="utf-8") == before.replace(
        "\n---\n", "\ntopics:\n  - Health\n---\n", 1
    )
    capsys.readouterr()


def test_a_list_the_page_has_keeps_its_own_way(
    hugo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = hugo / PAGE
    path.write_text(
        path.read_text(encoding="utf-8").replace("keywords: []\n", "keywords:\n  - a\n"),
        encoding="utf-8",
    )
    before = path.read_text(encoding="utf-8")
    assert main(["set", str(path), "keywords=b"]) == 0
    assert path.read_text(encoding="utf-8") == before.replace("  - a\n", "  - b\n")
    capsys.readouterr()
