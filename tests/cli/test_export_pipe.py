"""`export` of a page that is a pipe (or a device) said "there is no page" of a file that is
there: it now says what render and set say of it, in one line, exit 2, no pack written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cli_helpers import run


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_said_to_be_no_ordinary_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Site\n", encoding="utf-8")
    os.mkfifo(root / "_posts" / "2024-01-01-pipe.md")  # never opened for writing
    monkeypatch.chdir(root)
    said = "cannot read _posts/2024-01-01-pipe.md: it is not an ordinary file (a device, a "
    said += "pipe or a socket), so it is left alone\n"
    assert run(capsys, "render", "_posts/2024-01-01-pipe.md") == (2, "", "editor-app: " + said)
    assert run(capsys, "export", "_posts/2024-01-01-pipe.md", "-o", "pack.docx") == (
        2,
        "",
        "editor-app: " + said,
    )
    assert not (root / "pack.docx").exists()
