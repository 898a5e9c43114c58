"""`editor-app new` on a copy of Hugo's docs writes empty lists as the docs' pages do."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.cli import main


def test_new_writes_categories_as_an_empty_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hugo = shared_site_path("hugo-docs")
    root = tmp_path / "hugo-docs"
    shutil.copytree(hugo, root)
    for path in [root, *root.rglob("*")]:
        path.chmod(path.stat().st_mode | 0o200)
    assert main(["new", "about", "--title", "Our history", str(root)]) == 0
    created = Path(capsys.readouterr().out.strip())
    header = created.read_text(encoding="utf-8").split("---\n")[1].splitlines()
    assert "categories: []" in header and "keywords: []" in header
    assert "categories:" not in header and "keywords:" not in header
