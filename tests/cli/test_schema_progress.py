"""`editor-app schema` on a big folder says how far it is on stderr, as a person at a terminal
sees it: one line rewritten in place, wiped before anything else is printed; never on stdout
(the schema), and nothing at all when stderr is not a terminal or the run is quick."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from terminal_helpers import Terminal, screen

from editor_app.cli import main
from editor_app.cli.progress import StderrProgress
from editor_app.core.site import Site


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_quick_run_shows_nothing_and_a_long_one_counts() -> None:
    clock, term = Clock(), Terminal()
    with StderrProgress(term, delay=0.5, clock=clock) as bar:
        bar.step("Reading pages", 10, 1000)
        assert term.getvalue() == ""  # not yet a moment
        clock.now += 0.6
        bar.step("Reading pages", 500, 1000)
        assert screen(term.getvalue()) == ["Reading pages… 500 of 1,000"]
        clock.now += 0.01
        bar.step("Reading pages", 510, 1000)  # too soon after the last rewrite
        assert screen(term.getvalue()) == ["Reading pages… 500 of 1,000"]
        bar.step("Reading pages", 1000, 1000)  # the last count is always shown
        assert screen(term.getvalue()) == ["Reading pages… 1,000 of 1,000"]
        bar.step("Working out the fields")  # a new step at once, the longer text wiped
        assert screen(term.getvalue()) == ["Working out the fields…"]
    assert screen(term.getvalue()) == [""]  # wiped on the way out


def test_nothing_when_stderr_is_not_a_terminal() -> None:
    clock, stream = Clock(), io.StringIO()
    with StderrProgress(stream, delay=0, clock=clock) as bar:
        clock.now += 5
        bar.step("Reading pages", 1, 2)
        bar.reporter("Reading pages")(2, 2)
    assert stream.getvalue() == ""


def test_schema_progress_on_a_terminal_and_the_same_schema(
    site_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch, at_once
) -> None:
    assert main(["schema", str(site_copy)]) == 0
    quiet = capsys.readouterr()
    assert quiet.err == ""  # captured stderr is no terminal: no progress, even when long
    pages = len(Site.open(site_copy).entries())
    term = Terminal()
    monkeypatch.setattr("sys.stderr", term)
    assert main(["schema", str(site_copy)]) == 0
    assert capsys.readouterr().out == quiet.out  # stdout carries the schema alone
    written = term.getvalue()
    assert "Reading pages… 1 of " in written
    assert "Working out the fields…" in written
    assert "Finding the sections pages share…" in written
    counts = [part for part in written.split("\r") if part.startswith("Reading pages… ")]
    assert counts[-1].strip() == f"Reading pages… {pages:,} of {pages:,}"
    assert screen(written) == [""]  # nothing left on the screen


def test_a_failure_is_said_on_a_clean_line(
    site_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch, at_once
) -> None:
    (site_copy / "_schema.yml").write_text("collections: [oops\n", encoding="utf-8")
    term = Terminal()
    monkeypatch.setattr("sys.stderr", term)
    assert main(["schema", str(site_copy)]) == 2
    assert capsys.readouterr().out == ""
    shown = screen(term.getvalue())
    assert "Working out the fields…" in term.getvalue()
    assert len(shown) == 2 and shown[1] == ""
    assert shown[0].startswith("editor-app: ") and "_schema.yml" in shown[0]
