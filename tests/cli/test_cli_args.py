"""Argument shapes the README documents: SITE may come after the options."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main


def test_new_takes_site_after_title(sample_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "resources", "--title", "Street lighting survey", str(sample_copy)]) == 0
    created = Path(capsys.readouterr().out.strip())
    assert created.parent == sample_copy / "_resources"
    # Quoted as the sample site's other pages have their titles (issue 16: a new page follows
    # its collection's quoting).
    assert 'title: "Street lighting survey"' in created.read_text(encoding="utf-8")


def test_rename_takes_site_after_dry_run(sample_copy: Path) -> None:
    before = (sample_copy / "_resources" / "case-study-housing-repairs.md").read_bytes()
    assert main(["rename", "topics", "Housing", "Homes", "--dry-run", str(sample_copy)]) == 0
    assert (sample_copy / "_resources" / "case-study-housing-repairs.md").read_bytes() == before


def test_two_leftover_arguments_are_refused(sample_copy: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["new", "resources", "--title", "x", str(sample_copy), "extra"])
    assert exit_info.value.code == 2
