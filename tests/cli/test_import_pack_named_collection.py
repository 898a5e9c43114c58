"""A returned review pack imported with a collection named, as for a new draft
(`editor-app import pack.docx projects`), is told plainly that a pack needs no collection,
not "projects: no such folder"; nothing is changed."""

from __future__ import annotations

import os
from pathlib import Path

from editor_app.cli import main

PAGE = "_resources/dpdib-lords-2nd-reading-summary.md"


def test_a_pack_with_a_collection_named_says_a_pack_needs_none(
    site_copy: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    pack = tmp_path / "pack.docx"
    assert main(["export", str(site_copy / PAGE), "-o", str(pack)]) == 0
    capsys.readouterr()
    before = sorted(os.listdir(site_copy / "_projects"))
    monkeypatch.chdir(site_copy)
    assert main(["import", str(pack), "projects"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "no such folder" not in err
    assert "pack.docx is a review pack" in err and "no collection" in err
    assert sorted(os.listdir(site_copy / "_projects")) == before


def test_a_pack_with_its_site_folder_still_imports(
    site_copy: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    pack = tmp_path / "pack.docx"
    assert main(["export", str(site_copy / PAGE), "-o", str(pack)]) == 0
    monkeypatch.chdir(tmp_path)
    assert main(["import", str(pack), str(site_copy)]) == 0
    assert "Nothing new" in capsys.readouterr().out
