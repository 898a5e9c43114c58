"""`rename-file` changed the links of a page not saved as UTF-8 without a word (the page
keeps its old encoding): such a page is now said on stderr, in the line `set` and `rename`
give, before the rename (and in a dry run)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run

LINKING = b"---\ntitle: Caf\xe9\n---\nSee {% post_url 2024-01-01-hello %}. Caf\xe9.\n"


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Site\n", encoding="utf-8")
    (root / "_posts" / "2024-01-01-hello.md").write_text(
        "---\ntitle: Hello\ndate: 2024-01-03\n---\nHello.\n", encoding="utf-8"
    )
    (root / "_posts" / "2024-02-01-cafe.md").write_bytes(LINKING)
    monkeypatch.chdir(root)
    return root


@pytest.mark.parametrize("dry_run", [True, False])
def test_a_linking_page_not_saved_as_utf8_is_said(
    site: Path, capsys: pytest.CaptureFixture[str], dry_run: bool
) -> None:
    code, out, err = run(
        capsys,
        "rename-file",
        "--to-date",
        "_posts/2024-01-01-hello.md",
        *(["--dry-run"] if dry_run else []),
    )
    assert code == 0, err
    then = "would be" if dry_run else "is"
    assert err == (
        "editor-app: warning: _posts/2024-02-01-cafe.md line 2: This file is not valid UTF-8 "
        "(byte 0xE9 at position 14); it was read as Windows-1252. The change "
        f"{then} written in that encoding too; save the page again as UTF-8 if any character "
        "looks wrong.\n"
    )
    written = (site / "_posts" / "2024-02-01-cafe.md").read_bytes()
    assert written == (LINKING if dry_run else LINKING.replace(b"01-01-hello", b"01-03-hello"))
