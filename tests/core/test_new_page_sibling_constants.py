"""A value every page of a collection gives alike is the new page's too, where the pages leave
it to no one: Eleventy's one speedlify page says `permalink: false` (a menu entry with no page
of its own), and a new one said `permalink:` empty. A yes-or-no holds with one page; a text or
number needs two pages or more agreeing; a page's own name, address, summary or date, and a
finished or draft mark, are never copied."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.cli import main
from editor_app.core.document import Document
from editor_app.core.page_create import new_document
from editor_app.core.site import Site


def _new_header(root: Path, headers: list[str]) -> dict:
    (root / "eleventy.config.js").write_text("export default function () {}\n", encoding="utf-8")
    folder = root / "docs"
    folder.mkdir()
    for n, header in enumerate(headers, 1):
        text = f"---\ntitle: Page {n}\n{header}---\n\nText.\n"
        (folder / f"page-{n}.md").write_text(text, encoding="utf-8")
    return Document.load(new_document(Site.open(root), "docs", "Delta")).front_matter


def test_a_yes_or_no_of_the_one_sibling_is_the_new_pages(tmp_path: Path) -> None:
    header = _new_header(tmp_path, ["permalink: false\n"])
    assert header["permalink"] is False


def test_a_text_every_sibling_gives_is_the_new_pages(tmp_path: Path) -> None:
    header = _new_header(tmp_path, ["layout: note\n", "layout: note\n"])
    assert header["layout"] == "note"


def test_a_text_of_one_sibling_is_left_to_the_author(tmp_path: Path) -> None:
    assert _new_header(tmp_path, ["layout: note\n"]).get("layout") is None


def test_siblings_that_differ_give_nothing(tmp_path: Path) -> None:
    header = _new_header(tmp_path, ["layout: note\n", "layout: post\n", "layout: note\n"])
    assert header.get("layout") is None


@pytest.mark.parametrize(
    "line",
    ["description: The same words\n", "permalink: /feed.xml\n", "draft: false\n", "slug: same\n"],
)
def test_a_pages_own_value_or_finished_mark_is_never_copied(line: str, tmp_path: Path) -> None:
    key, value = line.rstrip("\n").split(": ")
    header = _new_header(tmp_path, [line, line])
    assert str(header.get(key)).lower() != value


def test_editor_app_new_on_eleventys_speedlify_says_permalink_false(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_shared_site("eleventy-website", tmp_path, "site")
    assert main(["new", "speedlify", "--title", "Fast sites", str(root)]) == 0
    made = Path(capsys.readouterr().out.strip().splitlines()[0])
    assert "\npermalink: false\n" in made.read_text(encoding="utf-8")
