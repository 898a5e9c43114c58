"""A new hugo-docs command starts from Hugo's default archetype (`title, description,
categories, keywords`) and gets `slug` and `url` from its siblings' habit (`title, slug,
url`). Those go after the title, where every other command has them, not after the
archetype's own keys; the archetype's keys keep their order."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.cli import main
from editor_app.core.document import Document
from editor_app.core.new_page_place import placed_like_siblings


def test_a_new_hugo_command_has_slug_and_url_after_its_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_shared_site("hugo-docs", tmp_path)
    assert main(["new", "commands", "--title", "hugo shout", str(root)]) == 0
    made = Path(capsys.readouterr().out.strip().splitlines()[0])
    keys = list(Document.load(made).front_matter)
    assert keys == ["title", "slug", "url", "description", "categories", "keywords"]
    assert made.read_text(encoding="utf-8").startswith(
        "---\ntitle: hugo shout\nslug: hugo_shout\nurl: /commands/hugo_shout/\ndescription:\n"
    )


def test_nothing_known_leaves_an_added_key_at_the_end() -> None:
    data = b"---\ntitle: A\nsummary: x\nextra: 1\n---\n"
    pages = [{"extra": 2, "other": 1}] * 3  # the siblings share no key with the page but it
    assert placed_like_siblings(data, ("extra",), pages) == data


def test_an_added_key_goes_after_the_key_siblings_put_before_it() -> None:
    data = b"---\ntitle: A\nsummary: x\nweight: 1\n---\n"
    pages = [{"title": "B", "weight": 2}, {"title": "C", "weight": 3}, {"title": "D", "weight": 4}]
    assert placed_like_siblings(data, ("weight",), pages) == (
        b"---\ntitle: A\nweight: 1\nsummary: x\n---\n"
    )
