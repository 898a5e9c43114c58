"""`editor-app validate` run from the folder holding the site names each page as it is
reached from there (`connectedbydata/_people/anna-dent.md`): it named it from the site's
root (`_people/anna-dent.md`), which opened nothing where the reader was. JSON keeps the
path from the site's root, for scripts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.cli import main

PAGE = "_people/anna-dent.md"


@pytest.fixture
def beside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of connectedbydata in a folder that is the current one."""
    copy_shared_site("connectedbydata", tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path / "connectedbydata"


def test_pages_are_named_from_the_folder_the_reader_is_in(
    beside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", "--no-content", "connectedbydata/_people"]) == 0
    out = capsys.readouterr().out
    assert f"\nconnectedbydata/{PAGE}\n  line 8  topics  warning: 'Public Sector'" in "\n" + out
    assert Path(f"connectedbydata/{PAGE}").is_file()


def test_from_the_sites_root_and_in_json_they_stay_as_they_were(
    beside: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", "--no-content", "--format", "json", "connectedbydata"]) == 0
    assert PAGE in {p["path"] for p in json.loads(capsys.readouterr().out)}
    monkeypatch.chdir(beside)
    assert main(["validate", "--no-content", "_people"]) == 0
    assert f"\n{PAGE}\n" in "\n" + capsys.readouterr().out
