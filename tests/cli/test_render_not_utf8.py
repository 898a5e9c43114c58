"""`render` of a page not saved as UTF-8 printed the preview without a word, while `export`
warned of it: the preview too now says so on stderr, in the same line, and still prints."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run, site_with_a_latin1_post


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = site_with_a_latin1_post(tmp_path / "site")
    monkeypatch.chdir(root)
    return root


@pytest.mark.parametrize("body", [["--body"], []])
def test_a_page_not_saved_as_utf8_is_warned_of(
    site: Path, capsys: pytest.CaptureFixture[str], body: list[str]
) -> None:
    code, out, err = run(capsys, "render", *body, "_posts/2024-01-02-cafe.md")
    assert code == 0 and "Un café ici." in out
    assert err == (
        "editor-app: warning: _posts/2024-01-02-cafe.md line 7: This file is not valid UTF-8 "
        "(byte 0xE9 at position 47); it was read as Windows-1252. The preview shows its "
        "text as read that way; save the page again as UTF-8 if any character looks wrong.\n"
    )
    # export says it the same way, of what it writes
    err_export = run(capsys, "export", "_posts/2024-01-02-cafe.md", "-o", "pack.docx")[2]
    assert err_export == err.replace("The preview shows", "The pack holds")


def test_a_utf8_page_renders_without_a_warning(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "render", "_posts/2024-01-01-a.md")[::2] == (0, "")
