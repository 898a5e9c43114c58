"""`editor-app import` of a pipe (`/dev/stdin`, a FIFO) or a device says what is there and what
to do, in one line: it said "there is no file X", of a path that is there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor_app.cli import main


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_said_to_be_a_pipe(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pipe = tmp_path / "returned.docx"
    os.mkfifo(pipe)

    assert main(["import", str(pipe), str(tmp_path)]) == 2

    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert f"{pipe} is not a file but a pipe: save the Word document as a .docx file" in err
    assert "there is no file" not in err


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null here")
def test_a_device_is_said_to_be_a_device(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", "/dev/null", str(tmp_path)]) == 2

    err = capsys.readouterr().err
    assert "/dev/null is not a file but a device" in err and "there is no file" not in err
