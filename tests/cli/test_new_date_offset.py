"""A new page's date and time carry the time zone's offset where its collection's pages write
theirs so: Jekyll's posts say `date: 2025-01-29 18:15:32 +0530` (98 of 100), its tutorials
`2017-10-02 15:20:08 -0400`; a new post said `date: 2026-12-07 16:15:06`, alone without one.
Pages writing no offset give none."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from new_command_helpers import made_by_new_command

from editor_app.core.document import Document
from editor_app.core.page_create import new_document
from editor_app.core.site import Site

WITH_OFFSET = re.compile(r"^date: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4}$", re.M)
WITHOUT_OFFSET = re.compile(r"^date: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d$", re.M)


def _site(root: Path, dates: list[str]) -> Site:
    (root / "_config.yml").write_text("title: Blog\n", encoding="utf-8")
    posts = root / "_posts"
    posts.mkdir()
    for n, date in enumerate(dates, 1):
        text = f"---\ntitle: Post {n}\ndate: {date}\nauthor: ada\n---\n\nText.\n"
        (posts / f"2025-01-0{n}-post-{n}.md").write_text(text, encoding="utf-8")
    return Site.open(root)


def test_pages_with_an_offset_give_the_new_page_one(tmp_path: Path) -> None:
    site = _site(
        tmp_path, ["2025-01-01 10:00:00 +0530", "2025-01-02 11:00:00 -0400", "2025-01-03 12:00:00 +0100"]
    )
    path = new_document(site, "posts", "A new post")
    text = path.read_text(encoding="utf-8")
    assert WITH_OFFSET.search(text), text
    assert Document.load(path).error is None


def test_pages_without_an_offset_give_none(tmp_path: Path) -> None:
    site = _site(tmp_path, ["2025-01-01 10:00:00", "2025-01-02 11:00:00", "2025-01-03 12:00:00"])
    text = new_document(site, "posts", "A new post").read_text(encoding="utf-8")
    assert WITHOUT_OFFSET.search(text), text


@pytest.mark.parametrize("collection", ["posts", "tutorials"])
def test_editor_app_new_on_jekyll_docs_writes_the_offset(
    collection: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [collection, "--title", "Housing repairs"]
    made = made_by_new_command("jekyll-docs", tmp_path / "site", args, capsys)
    text = made.read_text(encoding="utf-8")
    assert WITH_OFFSET.search(text), text
