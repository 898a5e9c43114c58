"""`editor-app export`: `-o -` is refused (no file named "-"), a --format the name's suffix
contradicts is refused, and a page named twice goes into the pack once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor_app.cli import main

PAGE = "_resources/2023-03-31-governance-board-minutes.md"


def test_output_dash_is_refused_and_no_file_named_dash_is_written(
    site_copy: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    code = main(["export", str(site_copy / PAGE), "-o", "-"])
    captured = capsys.readouterr()
    assert code == 2 and captured.err.count("\n") == 1, captured.err
    assert "standard output" in captured.err
    assert not (tmp_path / "-").exists()
    assert os.listdir(tmp_path) == [site_copy.name]


@pytest.mark.parametrize(("name", "kind"), [("pack.docx", "pdf"), ("pack.pdf", "docx")])
def test_a_format_the_name_contradicts_is_refused(
    site_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, kind: str
) -> None:
    out = tmp_path / name
    code = main(["export", str(site_copy / PAGE), "-o", str(out), "--format", kind])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
    assert f"pack.{kind}" in err
    assert not out.exists()


def test_a_format_that_agrees_or_a_bare_name_still_works(site_copy: Path, tmp_path: Path) -> None:
    assert (
        main(["export", str(site_copy / PAGE), "-o", str(tmp_path / "a.pdf"), "--format", "pdf"])
        == 0
    )
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")
    assert (
        main(["export", str(site_copy / PAGE), "-o", str(tmp_path / "b"), "--format", "pdf"]) == 0
    )
    assert (tmp_path / "b").read_bytes().startswith(b"%PDF")


def test_a_page_named_twice_goes_in_once(
    site_copy: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(site_copy)
    out = tmp_path / "pack.docx"
    code = main(["export", PAGE, f"./{PAGE}", str(site_copy / PAGE), "-o", str(out)])
    said = capsys.readouterr().out
    assert code == 0
    assert "1 page" in said and "2 pages" not in said and "3 pages" not in said, said
