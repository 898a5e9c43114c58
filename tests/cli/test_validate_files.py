"""`editor-app validate` on odd files: pipes never hang it, UTF-16 pages are read, and what the
site could not work out is said on stderr."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor_app.cli import main


def _site(tmp_path: Path) -> Path:
    (tmp_path / "_config.yml").write_text("collections:\n  notes:\n    output: true\n")
    (tmp_path / "_notes").mkdir()
    (tmp_path / "_notes" / "a.md").write_text("---\ntitle: A\n---\nText.\n")
    return tmp_path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_named_like_a_page_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = _site(tmp_path)
    os.mkfifo(site / "_notes" / "pipe.md")
    assert main(["validate", str(site / "_notes" / "pipe.md")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pipe.md" in err and "ordinary file" in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_site_with_a_pipe_is_checked_and_the_pipe_is_noted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = _site(tmp_path)
    os.mkfifo(site / "_notes" / "pipe.md")
    assert main(["validate", str(site)]) == 0
    out, err = capsys.readouterr()
    assert "No problems found" in out
    assert "note:" in err and "pipe.md" in err


def test_a_utf16_page_is_read_and_said_to_be_not_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = _site(tmp_path)
    text = "---\ntitle: Über\n---\nText.\n"
    (site / "_notes" / "u16.md").write_bytes(text.encode("utf-16"))
    assert main(["validate", "--format", "json", str(site)]) == 1
    out = capsys.readouterr().out
    assert '"not-utf8"' in out and '"no-front-matter"' not in out
