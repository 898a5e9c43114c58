"""`editor-app export` with pages of two sites: a pack finds its pages again by their place in
one site, so the other site's page came back as "not in this site any more" and its comments
were never placed. Refused in one line (exit 2, nothing written); one site's pages are fine."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.cli import main


def test_pages_of_two_sites_make_no_pack(
    site_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "jekyll-docs"
    shutil.copytree(shared_site_path("jekyll-docs") / "_docs", other / "_docs")
    shutil.copy(shared_site_path("jekyll-docs") / "_config.yml", other / "_config.yml")
    mine = site_copy / "_resources" / "case-study-cag.md"
    theirs = other / "_docs" / "permalinks.md"
    out = tmp_path / "pack.docx"

    assert main(["export", str(mine), str(theirs), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is in another site than" in err and "permalinks.md" in err
    assert not out.exists()

    pages = [str(mine), str(site_copy / "_resources" / "brand-narrative.md")]
    assert main(["export", *pages, "-o", str(out)]) == 0
    assert "2 pages" in capsys.readouterr().out


def test_a_folder_given_as_a_page_is_said_to_be_one(
    site_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # It said "there is no page _resources", of a folder that is there.
    assert main(["export", str(site_copy / "_resources"), "-o", str(tmp_path / "p.docx")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "_resources is a folder: name its pages" in err
