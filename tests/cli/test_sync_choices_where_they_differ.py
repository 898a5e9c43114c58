"""`editor-app sync choices` shows a long paragraph changed on both sides where the two
versions differ: cut after its start, both read the same and the choice could not be made."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import POST, isolate_git, make_synthetic_site, replace_in, share  # noqa: E402

LONG = (
    "Residents had written three hundred letters about the park, its trees, its benches, "
    "its pond and the path along the river, asking the council to keep it as it was; "
    "the letters came"
)


def test_a_long_paragraph_is_shown_where_mine_and_theirs_differ(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    isolate_git(monkeypatch)
    site = make_synthetic_site(tmp_path / "site")
    replace_in(site / POST, "Residents had written three hundred letters about the park", LONG)
    _server, author, editor = share(site, tmp_path)
    replace_in(author / POST, "the letters came", "the letters came by hand.")
    assert main(["sync", "push", str(author)]) == 0
    replace_in(editor / POST, "the letters came", "the letters came by post.")
    assert main(["sync", "pull", str(editor)]) == 1
    capsys.readouterr()
    assert main(["sync", "choices", str(editor)]) == 0
    out = capsys.readouterr().out
    mine = next(line for line in out.splitlines() if line.strip().startswith("mine:"))
    theirs = next(line for line in out.splitlines() if line.strip().startswith("theirs:"))
    assert "by post." in mine and "by hand." in theirs
    assert mine.strip().startswith("mine:   …") and len(mine.strip()) <= 110
