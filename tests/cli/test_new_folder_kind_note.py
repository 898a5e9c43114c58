"""`editor-app new` in hugo-docs' `quick-reference/glossary` without `--kind` makes the page
as `hugo new` does, from the section's archetype (`default.md`), and says in a note that the
folder has its own archetype and how to use it (the New dialog picks it first)."""

from __future__ import annotations

from pathlib import Path

import pytest
from new_command_helpers import new_command_said
from shared_sites import copy_shared_site

GLOSSARY = "content/en/quick-reference/glossary"
IN_GLOSSARY = ["quick-reference", "--title", "shortcut key", "--folder", GLOSSARY]


@pytest.fixture
def hugo(tmp_path: Path) -> Path:
    root = copy_shared_site("hugo-docs", tmp_path)
    return root


def test_the_folders_archetype_is_said(hugo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    made, said = new_command_said(hugo, IN_GLOSSARY, capsys)
    assert made == (hugo / GLOSSARY / "shortcut-key.md").resolve()
    assert said == (
        f"editor-app: note: {GLOSSARY} has its own archetype, glossary: "
        "--kind glossary makes the page from it\n"
    )


def test_nothing_is_said_with_the_kind_or_elsewhere(
    hugo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert new_command_said(hugo, [*IN_GLOSSARY, "--kind", "glossary"], capsys)[1] == ""
    assert new_command_said(hugo, ["quick-reference", "--title", "Other page"], capsys)[1] == ""
