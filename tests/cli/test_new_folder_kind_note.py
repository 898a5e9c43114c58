"""`editor-app new` in hugo-docs' `quick-reference/glossary` without `--kind` makes the page
as `hugo new` does, from the section's archetype (`default.md`), and says in a note that the
folder has its own archetype and how to use it (the New dialog picks it first)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.cli import main

GLOSSARY = "content/en/quick-reference/glossary"


@pytest.fixture
def hugo(tmp_path: Path) -> Path:
    root = tmp_path / "hugo-docs"
    shutil.copytree(shared_site_path("hugo-docs"), root)
    return root


def test_the_folders_archetype_is_said(hugo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["new", "quick-reference", "--title", "shortcut key", "--folder", GLOSSARY, str(hugo)]
    assert main(args) == 0
    said = capsys.readouterr()
    assert Path(said.out.strip()) == (hugo / GLOSSARY / "shortcut-key.md").resolve()
    assert said.err == (
        f"editor-app: note: {GLOSSARY} has its own archetype, glossary: "
        "--kind glossary makes the page from it\n"
    )


def test_nothing_is_said_with_the_kind_or_elsewhere(
    hugo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["new", "quick-reference", "--title", "shortcut key", "--folder", GLOSSARY]
    assert main([*args, "--kind", "glossary", str(hugo)]) == 0
    assert capsys.readouterr().err == ""
    assert main(["new", "quick-reference", "--title", "Other page", str(hugo)]) == 0
    assert capsys.readouterr().err == ""
