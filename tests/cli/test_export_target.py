"""`editor-app export -o OUT` never writes a Word file over a page, nor under a name that
says it is something else (pack.txt, page.md): it refuses in one line and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main

PAGE = "_resources/2023-03-31-governance-board-minutes.md"


def test_the_output_cannot_be_the_page_itself(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = site_copy / PAGE
    before = page.read_bytes()
    code = main(["export", str(page), "-o", str(page)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
    assert page.read_bytes() == before


@pytest.mark.parametrize("name", ["pack.txt", "notes.md", "pack.html"])
def test_an_output_named_as_another_kind_of_file_is_refused(
    site_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    out = tmp_path / name
    code = main(["export", str(site_copy / PAGE), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
    assert ".docx" in err and ".pdf" in err
    assert not out.exists()


def test_docx_pdf_and_a_name_without_extension_still_work(
    site_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("pack.docx", "pack.PDF", "pack"):
        assert main(["export", str(site_copy / PAGE), "-o", str(tmp_path / name)]) == 0
        assert (tmp_path / name).stat().st_size > 0
