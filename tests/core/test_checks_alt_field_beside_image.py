"""An alt field beside an image field (`image_alt`) one new page writes does not make every
other page's image lack one; the new page's own empty alt field is told at its line."""

from __future__ import annotations

from pathlib import Path

from shared_sites import copy_shared_site

from editor_app.core.site import Site
from editor_app.core.validate import validate_site

NEW_CASE_STUDY = """---
layout: resource
title: "How a council asked its residents"
reference: cs-council
author: Gavin Freeguard
date: 2025-03-10
topics:
  - Public sector
status: final
listed: true
image: 2025-03-10-cag.png
image_alt: ""
---
We asked people what they thought. They told us, and we wrote it down.
"""


def test_one_page_writing_image_alt_tells_only_itself(tmp_path: Path) -> None:
    root = copy_shared_site("connectedbydata", tmp_path, "site")
    (root / "_resources" / "case-study-council.md").write_text(NEW_CASE_STUDY, encoding="utf-8")
    found = [
        (p.path, p.line, p.field)
        for p in validate_site(Site.open(root), cache=False)
        if p.code == "alt-text-missing" and p.field is not None
    ]
    assert found == [("_resources/case-study-council.md", 12, "image_alt")]


def test_an_alt_field_most_pages_give_is_asked_of_the_others(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: t\ncollections:\n  items:\n    output: true\n")
    (tmp_path / "_items").mkdir()
    (tmp_path / "assets" / "items").mkdir(parents=True)
    (tmp_path / "assets" / "items" / "x.png").write_bytes(b"x")
    for i in range(3):
        (tmp_path / "_items" / f"p{i}.md").write_text(
            f"---\ntitle: P{i}\nimage: x.png\nimage_alt: A river at dawn\n---\nText.\n"
        )
    (tmp_path / "_items" / "bare.md").write_text("---\ntitle: Bare\nimage: x.png\n---\nText.\n")
    found = [
        (p.path, p.line, p.field)
        for p in validate_site(Site.open(tmp_path), cache=False)
        if p.code == "alt-text-missing"
    ]
    assert found == [("_items/bare.md", 3, "image_alt")]
