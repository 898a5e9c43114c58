"""Helpers shared by the command-line tests: run a command, commit pages of a site copy, a
tiny site with a page not saved as UTF-8."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from editor_app.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """`editor-app ARGV...` run in the test: its exit code, what it printed, what it said."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def commit(site: Path, *files: str) -> None:
    """A new git repository in `site` whose one commit holds `files` as they are now."""

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(site), *args], check=True, capture_output=True)

    git("init", "-q")
    git("add", *files)
    git("-c", "user.name=Ada", "-c", "user.email=ada@example.org", "commit", "-q", "-m", "pages")


def site_with_a_latin1_post(root: Path) -> Path:
    """A tiny Jekyll site at `root` with a post saved as UTF-8 (`_posts/2024-01-01-a.md`) and
    one saved as Latin-1 (`_posts/2024-01-02-cafe.md`, "café" its byte 0xE9 on line 7)."""
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Site\n", encoding="utf-8")
    (root / "_posts" / "2024-01-01-a.md").write_text(
        "---\ntitle: A\nlayout: post\n---\nHello.\n", encoding="utf-8"
    )
    (root / "_posts" / "2024-01-02-cafe.md").write_bytes(
        b"---\ntitle: Cafe\nlayout: post\n---\nHello.\n\nUn caf\xe9 ici.\n"
    )
    return root
