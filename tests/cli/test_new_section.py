"""`editor-app new posts --section --title "Sub Section"` on a Hugo site makes a new section:
`content/posts/sub-section/_index.md` from the section's file archetype (a bundle archetype
passed over), named after its folder, as `hugo new posts/sub-section/_index.md` makes it
(compared where hugo is installed); never dated, the next free folder when taken; refused in
one line off Hugo sites."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.document import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_archetype_hugo import hugo_new, needs_hugo, tree, twins, write  # noqa: E402

TITLE = 'title: "{{ replace .Name "-" " " | title }}"\n'


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    write(root / "hugo.toml", "title = 'S'\n")
    write(root / "content" / "posts" / "2024-01-01-old.md", "---\ntitle: Old\n---\n")
    write(root / "content" / "posts" / "2024-02-01-older.md", "---\ntitle: Older\n---\n")
    write(root / "archetypes" / "posts" / "index.md", f"---\n{TITLE}from: bundle\n---\n")
    write(root / "archetypes" / "posts" / "notes.md", "notes\n")
    write(
        root / "archetypes" / "default.md",
        f'---\n{TITLE}from: default\nn: "{{{{ .Name }}}}"\n---\n',
    )
    return root


def test_a_new_section(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "posts", "--section", "--title", "Sub Section", str(site)]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path == site / "content" / "posts" / "sub-section" / "_index.md"
    assert Document.load(path).front_matter == {
        "title": "Sub Section", "from": "default", "n": "sub-section"
    }  # fmt: skip
    assert [p.name for p in path.parent.iterdir()] == ["_index.md"]  # no bundle files
    assert main(["new", "posts", "--section", "--title", "Sub Section", str(site)]) == 0
    again = Path(capsys.readouterr().out.strip())
    assert again == site / "content" / "posts" / "sub-section-2" / "_index.md"


def test_a_section_off_hugo_sites_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "_config.yml", "title: J\n")
    write(tmp_path / "_posts" / "2024-01-01-a.md", "---\ntitle: A\n---\n")
    assert main(["new", "posts", "--section", "--title", "X", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "is a Hugo page, and this is not a Hugo site" in err and err.count("\n") == 1


@needs_hugo
def test_the_section_is_what_hugo_new_makes(site: Path, tmp_path: Path) -> None:
    ours, theirs = twins(site, tmp_path)
    hugo_new(theirs, "posts/sub-section/_index.md")
    assert main(["new", "posts", "--section", "--title", "Sub Section", str(ours)]) == 0
    assert tree(ours / "content") == tree(theirs / "content")
