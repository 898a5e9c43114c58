"""`editor-app import` of a file that is no Word document says so first, not "name the
collection the new page goes into" (which sent the user after the wrong thing); an old .doc
is told how to make it a .docx."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("notes.txt", b"plain words\n", "notes.txt: This file is not a Word document (.docx)"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "save it as .docx"),
    ],
)
def test_a_file_that_is_no_word_document_is_said_to_be_so(
    site_copy: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    data: bytes,
    said: str,
) -> None:
    source = tmp_path / name
    source.write_bytes(data)
    assert main(["import", str(source), str(site_copy)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and said in err and "name the collection" not in err
