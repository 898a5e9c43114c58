"""`editor-app validate` on a file whose name is not valid UTF-8 (copied from an old disk):
it said "no such file or folder" of a file that is there; now it says what is wrong with
the name, in one line, exit 2."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor_app.cli import main


def test_a_name_that_is_no_text_is_said_to_be_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9.md"  # Latin-1, as old systems wrote it
    try:
        with open(raw, "wb") as page:
            page.write(b"---\ntitle: Cafe\n---\nText.\n")
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    assert main(["validate", os.fsdecode(raw)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file" not in err
    assert "not text (not UTF-8)" in err and "rename it" in err
