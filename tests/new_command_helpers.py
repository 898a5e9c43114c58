"""`editor-app new` run as the tests of new pages run it, from the command line's tests and
the window's (which compare File > New's page with the command's)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.cli import main


def new_command_said(
    folder: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> tuple[Path, str]:
    """`editor-app new ARGS FOLDER` run on the site at `folder` (it must succeed): the page
    it made (the first line it printed) and what it said on stderr (a note, or nothing)."""
    capsys.readouterr()
    assert main(["new", *args, str(folder)]) == 0
    said = capsys.readouterr()
    return Path(said.out.strip().splitlines()[0]), said.err


def made_by_new_command(
    site_name: str, folder: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> Path:
    """The page `editor-app new ARGS` makes in a fresh copy of the shared site `site_name` at
    `folder` (skips when the site is absent)."""
    shutil.copytree(shared_site_path(site_name), folder)
    return new_command_said(folder, args, capsys)[0]
