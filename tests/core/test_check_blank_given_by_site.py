"""A field left blank (`image:`) that the generator fills as if it were not there is not
"empty, fill it in": Jekyll skips a blank value when it applies `defaults:` (the Open Source
Guide gives every page `image: /assets/images/cards/default.png`, and a new article there has
`image:` blank) and the date of a dated file name; Hugo shows the title for a blank link
title. `image: ""` is a value Jekyll keeps, so it is still told."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.site import Site
from editor_app.core.validate import validate_site

CONFIG = """title: Guide
collections:
  articles:
    output: true
defaults:
  - scope:
      path: ""
    values:
      image: /assets/images/cards/default.png
"""


def _found(root: Path) -> set[tuple[str, str | None, str]]:
    return {(p.path, p.field, p.code) for p in validate_site(Site.open(root))}


@pytest.mark.parametrize(("written", "told"), [("image:", False), ('image: ""', True)])
def test_a_blank_value_jekyll_fills_from_its_defaults_is_not_told(
    tmp_path: Path, written: str, told: bool
) -> None:
    (tmp_path / "_config.yml").write_text(CONFIG)
    (tmp_path / "assets/images/cards").mkdir(parents=True)
    (tmp_path / "assets/images/cards/default.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "assets/images/cards/a.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    folder = tmp_path / "_articles"
    folder.mkdir()
    for i in range(6):
        (folder / f"a{i}.md").write_text(
            f"---\ntitle: A{i}\nimage: /assets/images/cards/a.png\n---\nText.\n"
        )
    (folder / "new.md").write_text(f"---\ntitle: New\n{written}\n---\nText.\n")
    assert (("_articles/new.md", "image", "required-missing") in _found(tmp_path)) is told


def test_a_blank_link_title_on_hugo_is_not_told(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text('baseURL = "https://example.org/"\n')
    folder = tmp_path / "content" / "pipes"
    folder.mkdir(parents=True)
    for i in range(6):
        (folder / f"p{i}.md").write_text(f"---\ntitle: P{i}\nlinkTitle: Pipe {i}\n---\nText.\n")
    (folder / "blank.md").write_text("---\ntitle: PostCSS\nlinkTitle:\n---\nText.\n")
    assert ("content/pipes/blank.md", "linkTitle", "required-missing") not in _found(tmp_path)
