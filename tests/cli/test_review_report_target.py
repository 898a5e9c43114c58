"""`editor-app review report ... -o OUT` never writes the report over a page: OUT must be an
.html file, and not one of the pages reported on; otherwise one plain line, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main

DRAFT = "_resources/brand-narrative.md"


def test_the_report_is_not_written_over_the_page(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = site_copy / DRAFT
    before = page.read_bytes()
    code = main(["review", "report", str(page), "-o", str(page)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
    assert page.read_bytes() == before


@pytest.mark.parametrize("name", ["report.md", "report.txt", "report.docx"])
def test_an_output_that_is_not_html_is_refused(
    site_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    out = tmp_path / name
    code = main(["review", "report", str(site_copy / DRAFT), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and ".html" in err, err
    assert not out.exists()


def test_an_html_report_is_still_written(
    site_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.html"
    assert main(["review", "report", str(site_copy / DRAFT), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_folder_that_is_not_there_is_named(
    site_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # It said "The folder no longer exists", of a folder that never was.
    out = tmp_path / "not-made" / "report.html"
    assert main(["review", "report", str(site_copy / DRAFT), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"there is no folder {out.parent}: make it first" in err
