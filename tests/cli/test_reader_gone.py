"""A command whose reader stops reading (`editor-app validate . | head`) ends as it would have,
with its own exit code, and says nothing of a broken pipe: `validate` still exits 1 on a site
with errors (it exited 0), `sync status --json` exits 0 (it failed, exit 2, "a file could not
be read or written: Broken pipe"). The pipe is closed before the command writes a byte."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import commit
from shared_sites import shared_site_path

REPO = Path(__file__).resolve().parents[2]


def _run_unread(*argv: str, cwd: Path) -> tuple[int, str]:
    """`editor-app ARGV...` writing into a pipe nobody reads: its exit code, its stderr."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "editor_app.cli", *argv],
            stdout=write_end,
            stderr=subprocess.PIPE,
            cwd=cwd,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            text=True,
            timeout=120,
        )
    finally:
        os.close(write_end)
    return done.returncode, done.stderr


@pytest.mark.parametrize("form", [[], ["--format", "json"]])
def test_validate_keeps_its_exit_code_when_its_reader_is_gone(form: list[str]) -> None:
    site = shared_site_path("opensource-guide")  # it has errors: exit 1
    code, err = _run_unread("validate", ".", *form, cwd=site)
    assert (code, err) == (1, "")


def test_schema_and_help_end_quietly(tmp_path: Path) -> None:
    site = shared_site_path("jekyll-docs")
    assert _run_unread("schema", ".", cwd=site) == (0, "")
    assert _run_unread("--help", cwd=tmp_path) == (0, "")


def test_sync_status_json_ends_quietly(jekyll_docs: Path) -> None:
    commit(jekyll_docs, ".")
    assert _run_unread("sync", "status", "--json", cwd=jekyll_docs) == (0, "")


def test_a_command_that_cannot_run_keeps_exit_2_when_nothing_is_read() -> None:
    # `editor-app schema nothere 2>&1 | true`: saying why failed on the closed pipe, exit 0.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "editor_app.cli", "schema", "no-such-folder"],
            stdout=write_end,
            stderr=write_end,
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert done.returncode == 2
