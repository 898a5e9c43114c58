"""A list whose items all needed quotes (`keywords: ["a: b"]`), set back to items that need
none, takes the quotes the site's pages write that list's items in, as rename does: hugo-docs'
`keywords: [highlight]` came back `["highlight"]` by `set` (and by the form:
tests/ui/test_form_list_items_back_plain.py) where rename wrote it plain."""

from __future__ import annotations

from pathlib import Path

from shared_sites import copy_shared_site

from editor_app.cli import main

PAGE = "content/en/shortcodes/highlight.md"


def test_keywords_set_and_set_back_are_plain_again(tmp_path: Path) -> None:
    root = copy_shared_site("hugo-docs", tmp_path, without_git=True)
    page = root / PAGE
    original = page.read_bytes()
    assert b"\nkeywords: [highlight]\n" in original
    assert main(["set", str(page), 'keywords=["a: b"]']) == 0
    assert b'\nkeywords: ["a: b"]\n' in page.read_bytes()
    assert main(["set", str(page), "keywords=[highlight]"]) == 0
    assert page.read_bytes() == original


def test_set_and_rename_write_the_same(tmp_path: Path) -> None:
    by_set = copy_shared_site("hugo-docs", tmp_path, "set", without_git=True)
    by_rename = copy_shared_site("hugo-docs", tmp_path, "rename", without_git=True)
    for root in (by_set, by_rename):
        assert main(["set", str(root / PAGE), 'keywords=["a: b"]']) == 0
    assert main(["set", str(by_set / PAGE), "keywords=[highlight]"]) == 0
    assert main(["rename", "keywords", "a: b", "highlight", str(by_rename)]) == 0
    assert (by_set / PAGE).read_bytes() == (by_rename / PAGE).read_bytes()


def test_a_tight_flow_list_set_to_one_item_and_back_is_tight_again(tmp_path: Path) -> None:
    """hugo-docs writes `aliases: [/a/,/b/]`: a list of one item shows no spacing of its own,
    and the list set back came back `[/a/, /b/]`; the site's other pages tell."""
    root = copy_shared_site("hugo-docs", tmp_path, without_git=True)
    page = root / "content" / "en" / "about" / "introduction.md"
    original = page.read_bytes()
    assert b"\naliases: [/about/what-is-hugo/,/about/benefits/]\n" in original
    assert main(["set", str(page), 'aliases=["X: new"]']) == 0
    assert main(["set", str(page), "aliases=[/about/what-is-hugo/, /about/benefits/]"]) == 0
    assert page.read_bytes() == original
