"""`editor-app FILE.docx` does not open the Word file as a page (it showed as unreadable
bytes, in a window on whatever folder held it): one line says it is a Word document and how
to bring it in, exit 2, no window, also without a display."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from docx_samples import case_study  # noqa: E402


def test_a_word_document_is_pointed_to_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    monkeypatch.setenv("DISPLAY", "")  # said before any window is tried
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.chdir(tmp_path)
    case_study(tmp_path / "Leeds.docx", tmp_path)
    assert main(["Leeds.docx"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "editor-app: Leeds.docx is a Word document, not a page: bring it into a site with "
        "editor-app import Leeds.docx COLLECTION SITE, or File > Import Word Document… in "
        "the window\n"
    )


def test_an_older_word_file_is_to_be_saved_as_docx_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    monkeypatch.setenv("DISPLAY", "")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "Minutes.DOC").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    assert main(["Minutes.DOC"]) == 2
    _out, err = capsys.readouterr()
    assert err.count("\n") == 1
    assert err.startswith("editor-app: Minutes.DOC is a Word file, not a page: save it as .docx")
