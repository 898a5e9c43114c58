"""A new Eleventy page whose siblings are named by their menu entry alone
(`eleventyNavigation: {key: Leaderboards}`, no `title`) is named there too, without a `title:`
line none of them has: the Eleventy site's speedlify page is `eleventyNavigation: {parent:
Community, key: Leaderboards}`, and a new one also said `title: ...`. Where the pages write a
`title`, the new one still gets it."""

from __future__ import annotations

from pathlib import Path

import pytest
from new_command_helpers import made_by_new_command

from editor_app.core.document import Document
from editor_app.core.page_create import new_document
from editor_app.core.site import Site


def _site(root: Path, header: str) -> Site:
    (root / "eleventy.config.js").write_text("export default function () {}\n", encoding="utf-8")
    folder = root / "docs"
    folder.mkdir()
    for name in ("alpha", "beta", "gamma"):
        text = f"---\n{header.format(name=name.title())}---\n\nText.\n"
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
    return Site.open(root)


def test_pages_named_by_their_menu_key_give_no_title(tmp_path: Path) -> None:
    site = _site(tmp_path, "eleventyNavigation:\n  parent: Docs\n  key: {name}\n")
    header = Document.load(new_document(site, "docs", "Delta")).front_matter
    assert header == {"eleventyNavigation": {"parent": "Docs", "key": "Delta"}}


def test_pages_with_a_title_give_one(tmp_path: Path) -> None:
    site = _site(tmp_path, "title: {name}\neleventyNavigation:\n  parent: Docs\n  key: {name}\n")
    header = Document.load(new_document(site, "docs", "Delta")).front_matter
    assert header["title"] == "Delta" and header["eleventyNavigation"]["key"] == "Delta"


def test_editor_app_new_on_eleventys_speedlify(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["speedlify", "--title", "Fast sites"]
    made = made_by_new_command("eleventy-website", tmp_path / "site", args, capsys)
    header = Document.load(made).front_matter
    assert "title" not in header
    assert header["eleventyNavigation"]["key"] == "Fast sites"
