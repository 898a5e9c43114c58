"""A Jekyll site whose `_config.yml` is missing (deleted, or not copied along): its pages sit
in `_people`, `_projects`... and nothing names the folder a site. `validate` said "No pages
found ... open the folder that holds _config.yml", in the very folder the user had opened;
it now says which folders hold pages and that `_config.yml` is what is missing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from editor_app.cli import main


def test_a_site_without_its_config_is_told_what_is_missing(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (site_copy / "_config.yml").unlink()
    assert main(["validate", str(site_copy)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "the folders _people, _projects, _resources, _topics hold pages" in err
    assert "there is no _config.yml" in err and "open the folder that holds" not in err


def test_one_folder_is_said_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_posts" / "2024-01-01-a.md").write_text("---\ntitle: A\n---\nText.\n")
    assert main(["schema", str(tmp_path)]) == 2
    assert "the folder _posts holds pages" in capsys.readouterr().err


def test_a_folder_without_pages_keeps_the_general_advice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "_notes").mkdir()
    shutil.copy(__file__, tmp_path / "_notes" / "not-a-page.py")
    assert main(["validate", str(tmp_path)]) == 2
    assert "a site's folder holds _config.yml (Jekyll)" in capsys.readouterr().err
