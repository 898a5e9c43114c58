"""`rename` changed a page not saved as UTF-8 without a word (it keeps its old encoding):
each such page is now said on stderr, in the line `set`, `render` and `export` give."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run

PAGE = b"---\ntitle: Caf\xe9\ntopics:\n  - Justice\n---\nCaf\xe9.\n"


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "site"
    (root / "_resources").mkdir(parents=True)
    (root / "_config.yml").write_text(
        "title: S\ncollections:\n  resources:\n    output: true\n", encoding="utf-8"
    )
    (root / "_resources" / "cafe.md").write_bytes(PAGE)
    (root / "_resources" / "plain.md").write_text(
        "---\ntitle: Plain\ntopics:\n  - Justice\n---\nText.\n", encoding="utf-8"
    )
    monkeypatch.chdir(root)
    return root


@pytest.mark.parametrize("dry_run", [False, True])
def test_a_page_not_saved_as_utf8_is_said(
    site: Path, capsys: pytest.CaptureFixture[str], dry_run: bool
) -> None:
    code, out, err = run(
        capsys, "rename", "topics", "Justice", "Fairness", *(["--dry-run"] if dry_run else [])
    )
    assert code == 0
    assert out.splitlines() == ["_resources/cafe.md", "_resources/plain.md"]
    then = "would be" if dry_run else "is"
    warning = (
        "editor-app: warning: _resources/cafe.md line 2: This file is not valid UTF-8 (byte "
        "0xE9 at position 14); it was read as Windows-1252. The new value "
        f"{then} written in that encoding too; save the page again as UTF-8 if any "
        "character looks wrong."
    )
    assert err.splitlines()[0] == warning
    written = (site / "_resources" / "cafe.md").read_bytes()
    assert written == (PAGE if dry_run else PAGE.replace(b"Justice", b"Fairness"))
