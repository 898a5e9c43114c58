"""`editor-app validate` on a big site says how far it is on stderr, as a person at a terminal
sees it (reading, then checking the pages), wiped before the problems are printed; the same
problems on stdout, and nothing on stderr when it is not a terminal."""

from __future__ import annotations

from pathlib import Path

import pytest
from terminal_helpers import Terminal, screen

from editor_app.cli import main
from editor_app.core.site import Site


def test_validate_counts_pages_read_then_checked_and_prints_the_same_problems(
    site_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch, at_once
) -> None:
    first = main(["validate", "--no-cache", str(site_copy)])
    quiet = capsys.readouterr()
    assert all(line.startswith("editor-app: note: ") for line in quiet.err.splitlines())
    pages = len(Site.open(site_copy).entries())
    term = Terminal()
    monkeypatch.setattr("sys.stderr", term)
    assert main(["validate", "--no-cache", str(site_copy)]) == first
    assert capsys.readouterr().out == quiet.out
    written = term.getvalue()
    reading = [p.strip() for p in written.split("\r") if p.startswith("Reading pages… ")]
    checking = [p.strip() for p in written.split("\r") if p.startswith("Checking pages… ")]
    assert reading[-1] == f"Reading pages… {pages:,} of {pages:,}"
    assert checking[-1] == f"Checking pages… {pages:,} of {pages:,}"
    assert written.index("Reading pages") < written.index("Checking pages")
    # The progress line is wiped before the notes (if any) are written on their own lines.
    assert screen(written)[0] == "" or screen(written)[0].startswith("editor-app: note: ")
    assert [line for line in screen(written) if line] == quiet.err.splitlines()


def test_validate_of_some_files_counts_only_those(
    site_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch, at_once
) -> None:
    page = next(p for p in sorted((site_copy / "_resources").glob("*.md")))
    term = Terminal()
    monkeypatch.setattr("sys.stderr", term)
    main(["validate", str(page)])
    capsys.readouterr()
    checking = [p.strip() for p in term.getvalue().split("\r") if p.startswith("Checking")]
    assert checking[-1] == "Checking pages… 1 of 1"
