"""Helpers shared by the command-line tests: run a command, commit pages of a site copy."""

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
