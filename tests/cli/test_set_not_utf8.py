"""`set` on a page not saved as UTF-8 wrote its new values in the page's old encoding without
a word, where render and export warn of such a page: it now says so on stderr in the same
line, and the page is written as before (its other bytes kept)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run

PAGE = b"---\ntitle: Cafe\nlayout: post\n---\nHello.\n\nUn caf\xe9 ici.\n"


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Site\n", encoding="utf-8")
    (root / "_posts" / "2024-01-02-cafe.md").write_bytes(PAGE)
    monkeypatch.chdir(root)
    return root


def test_a_page_not_saved_as_utf8_is_warned_of(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "set", "_posts/2024-01-02-cafe.md", "title=Café")
    assert code == 0 and out == ""
    assert err == (
        "editor-app: warning: _posts/2024-01-02-cafe.md line 7: This file is not valid UTF-8 "
        "(byte 0xE9 at position 47); it was read as Windows-1252. The new values are written "
        "in that encoding too; save the page again as UTF-8 if any character looks wrong.\n"
    )
    page = site / "_posts" / "2024-01-02-cafe.md"
    assert page.read_bytes() == PAGE.replace(b"title: Cafe", b"title: Caf\xe9")


def test_nothing_to_change_is_no_write_and_no_word(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "set", "_posts/2024-01-02-cafe.md", "title=Cafe") == (0, "", "")
    assert (site / "_posts" / "2024-01-02-cafe.md").read_bytes() == PAGE
