"""A new page starts with the values its neighbours write from their own file names:
hugo-docs' commands say `slug: hugo_build` and `url: /commands/hugo_build/`, and a new
command had neither (Check: "Slug is missing. Every other command has one"); Jekyll's docs
say `permalink: /docs/assets/`, and a new one had `permalink:` empty. Not a file named after
the page (`image: civil-society.png`: no such file for the new page), nor a value another page
has, nor where fewer than three pages or only some tell that habit."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.cli import main
from editor_app.core.document import Document
from editor_app.core.validate import validate_paths


def _new(args: list[str], capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["new", *args]) == 0
    return Path(capsys.readouterr().out.strip().splitlines()[0])


def _copy(name: str, tmp_path: Path) -> Path:
    root = copy_shared_site(name, tmp_path)
    return root


def test_a_new_hugo_command_has_its_slug_and_address(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy("hugo-docs", tmp_path)
    made = _new(["commands", "--title", "hugo shout", str(root)], capsys)
    assert made.name == "hugo_shout.md"
    header = Document.load(made).front_matter
    assert header["slug"] == "hugo_shout"
    assert header["url"] == "/commands/hugo_shout/"
    assert header["title"] == "hugo shout"
    missing = [p for p in validate_paths([made]) if p.code == "required-missing"]
    assert missing == []


def test_jekyll_docs_permalink_and_a_resources_reference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = _copy("jekyll-docs", tmp_path)
    made = _new(["docs", "--title", "Deploying to a cloud", str(docs)], capsys)
    assert "permalink: /docs/deploying-to-a-cloud/\n" in made.read_text(encoding="utf-8")
    again = _new(["docs", "--title", "Deploying to a cloud", str(docs)], capsys)
    assert Document.load(again).front_matter["permalink"] == "/docs/deploying-to-a-cloud-2/"

    site = _copy("connectedbydata", tmp_path)
    made = _new(["resources", "--title", "Data trusts: a primer", str(site)], capsys)
    assert Document.load(made).front_matter["reference"] == "data-trusts-a-primer"
    topic = _new(["topics", "--title", "Housing", str(site)], capsys)
    assert Document.load(topic).front_matter.get("image") in (None, "")


def _docs_site(root: Path, pages: dict[str, str]) -> Path:
    (root / "_docs").mkdir(parents=True)
    (root / "_config.yml").write_text("collections:\n  docs:\n    output: true\n", "utf-8")
    for stem, permalink in pages.items():
        (root / "_docs" / f"{stem}.md").write_text(
            f"---\ntitle: {stem.title()}\npermalink: {permalink}\n---\nText.\n", "utf-8"
        )
    return root


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        ({"one": "/d/one/", "two": "/d/two/", "three": "/d/three/"}, "/d/new-page/"),
        ({"one": "/d/one/", "two": "/d/two/"}, None),  # two pages tell no habit
        ({"one": "/d/one/", "two": "/d/two/", "three": "/x/", "four": "/y/"}, None),  # half
        ({"one": "/d/one/", "two": "/d/two/", "three": "/d/three/", "four": "/d/new-page/"}, None),  # taken
    ],
)
def test_only_where_most_pages_tell_the_habit(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    pages: dict[str, str],
    expected: str | None,
) -> None:
    root = _docs_site(tmp_path / "site", pages)
    made = _new(["docs", "--title", "New page", str(root)], capsys)
    value = Document.load(made).front_matter.get("permalink")
    if expected is None:
        assert value != "/d/new-page/"
    else:
        assert value == expected
