"""`editor-app validate PATH... [--format text|json]`: output, paths and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.cli import main

# The fields scripts read, in their order; `site` (which site the path is from) came after.
KEYS = ["path", "line", "field", "severity", "code", "message", "site"]


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["validate", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _break(site: Path) -> None:
    """One error (an unclosed quote) and one extra warning (a typo'd field name)."""
    page = site / "_resources/brand-narrative.md"
    page.write_text(page.read_text().replace("title: Brand narrative", 'title: "Brand narrative'))
    other = site / "_resources/our-data-stories.md"
    other.write_text(other.read_text().replace("author: Adam", "auther: Adam"))


def test_untouched_site_exits_0_with_warnings_grouped_by_file(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, str(site_copy), "--no-content")
    assert code == 0
    assert err == ""
    lines = out.splitlines()
    # A file line, then its problems indented under it.
    i = lines.index("_people/anna-dent.md")
    assert lines[i + 1].startswith("  line 8 ")
    assert "topics" in lines[i + 1] and "warning: 'Public Sector'" in lines[i + 1]
    assert lines[-1] == "0 errors and 12 warnings in 11 of 127 pages."
    assert str(site_copy) not in out  # paths are relative to the site root


def test_errors_exit_1_and_json_lists_every_problem(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _break(site_copy)
    code, out, _ = _run(capsys, str(site_copy), "--format", "json")
    assert code == 1
    problems = json.loads(out)
    assert all(list(p) == KEYS for p in problems)
    error = next(p for p in problems if p["severity"] == "error")
    assert error == {
        "path": "_resources/brand-narrative.md",
        "line": 3,
        "field": "title",
        "severity": "error",
        "code": "yaml-syntax",
        "message": error["message"],
        "site": site_copy.resolve().as_posix(),
    }
    assert "quot" in error["message"]
    typo = next(p for p in problems if p["code"] == "unknown-field" and "auther" == p["field"])
    assert typo["path"] == "_resources/our-data-stories.md" and typo["severity"] == "warning"


def test_text_summary_counts_errors(site_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _break(site_copy)
    code, out, _ = _run(capsys, str(site_copy), "--no-content")
    assert code == 1
    assert "_resources/brand-narrative.md\n  line 3   title" in out
    assert "error: A quotation mark opened on this line is never closed." in out
    assert out.splitlines()[-1].startswith("1 error and ")


def test_files_and_folders_inside_a_site(
    site_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = _run(
        capsys,
        str(site_copy / "_people/anna-dent.md"),
        str(site_copy / "_topics"),
        "--format",
        "json",
        "--no-content",
    )
    assert code == 0
    assert [p["path"] for p in json.loads(out)] == ["_people/anna-dent.md"]
    monkeypatch.chdir(site_copy / "_resources")
    code, out, _ = _run(
        capsys, "2023-03-31-governance-board-minutes.md", "--format", "json", "--no-content"
    )
    assert code == 0
    [problem] = json.loads(out)
    assert problem["path"] == "_resources/2023-03-31-governance-board-minutes.md"
    assert problem["code"] == "date-mismatch"


def test_a_clean_file_says_so(site_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = str(site_copy / "_topics/justice.md")
    code, out, _ = _run(capsys, page)
    assert (code, out) == (0, "No problems found in 1 page.\n")
    code, out, _ = _run(capsys, page, "--format", "json")
    assert (code, json.loads(out)) == (0, [])


def test_suggestions_come_by_default_and_fail_only_with_strict(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = str(site_copy / "_topics/health.md")  # one sentence of 41 words
    code, out, _ = _run(capsys, page)
    assert code == 0
    assert "  line 8    suggestion: The sentence starting 'Most people agree" in out
    assert out.splitlines()[-1] == "0 errors, 0 warnings and 1 suggestion in 1 page."
    code, out, _ = _run(capsys, page, "--format", "json")
    assert [(p["line"], p["severity"], p["code"]) for p in json.loads(out)] == [
        (8, "suggestion", "sentence-long")
    ]
    assert _run(capsys, page, "--strict")[0] == 1
    assert _run(capsys, page, "--no-content") == (0, "No problems found in 1 page.\n", "")
    assert _run(capsys, page, "--no-content", "--strict")[0] == 0
    # --content, once needed for them, is still accepted: the same as the default.
    assert _run(capsys, page, "--content") == _run(capsys, page)


def test_a_missing_path_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, str(tmp_path / "nowhere"))
    assert code == 2
    assert out == ""
    assert err == f"editor-app: cannot read {tmp_path / 'nowhere'}: no such file or folder\n"


def test_a_file_that_is_not_a_page_exits_2(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, str(site_copy / "assets/people/adam.jpeg"))
    assert (code, out) == (2, "")
    assert "not a page" in err


def test_an_unreadable_path_exits_2(
    site_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = site_copy / "_topics/health.md"
    page.chmod(0)
    if os.geteuid() == 0:  # root reads any file: answer as the system would for anyone else
        real_access = os.access
        monkeypatch.setattr(
            os, "access", lambda p, mode, **kw: Path(p) != page and real_access(p, mode, **kw)
        )
    code, _, err = _run(capsys, str(page))
    assert code == 2 and "cannot be read" in err


def test_bad_arguments_exit_2(site_copy: Path) -> None:
    for args in (["validate"], ["validate", str(site_copy), "--format", "xml"]):
        result = subprocess.run(
            [sys.executable, "-m", "editor_app.cli", *args], capture_output=True, text=True
        )
        assert result.returncode == 2, args
        # one plain line that says what is wrong and where help is
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "editor-app validate:" in result.stderr and "--help" in result.stderr


def test_the_command_runs_as_installed(site_copy: Path) -> None:
    _break(site_copy)
    result = subprocess.run(
        [sys.executable, "-m", "editor_app.cli", "validate", str(site_copy), "--format", "json"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert any(p["code"] == "yaml-syntax" for p in json.loads(result.stdout))
