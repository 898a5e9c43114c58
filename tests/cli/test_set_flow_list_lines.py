"""A flow list an author spread over several lines (`tags: [a,` then `  b]`; hugo-docs'
`aliases: [` with one item a line and `]` alone) keeps that shape when `set` gives it a new
value, one item a line; it was written on one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.cli import main
from editor_app.core.document import Document


def test_hugo_docs_aliases_keep_one_item_a_line(tmp_path: Path) -> None:
    source = shared_site_path("hugo-docs") / "content" / "en" / "templates" / "types.md"
    page = tmp_path / "types.md"
    page.write_bytes(source.read_bytes())
    before = Document.load(page).front_matter["aliases"]
    assert main(["set", str(page), f"aliases=[{', '.join(before)}, /templates/new/]"]) == 0
    text = page.read_text("utf-8")
    items = "".join(f"  '{alias}',\n" for alias in [*before, "/templates/new/"])
    assert f"aliases: [\n{items}]\n---\n" in text
    assert text.replace("  '/templates/new/',\n", "") == source.read_text("utf-8")


@pytest.mark.parametrize(
    ("written", "after"),
    [
        ("[a,\n  b]", "[a,\n  b,\n  c]"),
        ("[\n  a,\n  b\n]", "[\n  a,\n  b,\n  c\n]"),
        ("[\n    a, b,\n  ]", "[\n    a,\n    b,\n    c,\n  ]"),
        ("[a,\n]", "[a,\n  b,\n  c,\n]"),  # no item line to take the indent from
        ("[\n]", "[a, b, c]"),  # an empty list tells no shape of its items
    ],
)
def test_a_flow_list_over_lines_stays_over_lines(tmp_path: Path, written: str, after: str) -> None:
    page = tmp_path / "page.md"
    page.write_text(f"---\ntitle: A\ntags: {written}\nother: x\n---\nbody\n", "utf-8")
    assert main(["set", str(page), "tags=[a, b, c]"]) == 0
    assert page.read_text("utf-8") == f"---\ntitle: A\ntags: {after}\nother: x\n---\nbody\n"
    assert Document.load(page).front_matter["tags"] == ["a", "b", "c"]


def test_crlf_lines_stay_crlf(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_bytes(b"---\r\ntitle: A\r\ntags: [a,\r\n  b]\r\n---\r\nbody\r\n")
    assert main(["set", str(page), "tags=[a, c]"]) == 0
    assert page.read_bytes() == b"---\r\ntitle: A\r\ntags: [a,\r\n  c]\r\n---\r\nbody\r\n"
