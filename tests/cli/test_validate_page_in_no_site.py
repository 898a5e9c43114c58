"""`editor-app validate` on a page in no site runs the checks a page alone allows: an
impossible date (`date: 2024-02-30`) is the error it is inside a site (it printed "No problems
found" and exited 0, so a CI run passed), and a note says once which checks need a site."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run
from shared_sites import copy_shared_site

from editor_app.cli import main

_PAGE = "---\ntitle: Launch\ndate: 2024-02-30\n---\nText.\n"


def test_an_impossible_date_outside_a_site_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "launch.md").write_text(_PAGE)
    (tmp_path / "other.md").write_text("---\ntitle: Fine\n---\nText.\n")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "validate", "launch.md", "other.md")
    assert code == 1, out
    assert "line 3  date  error: The date 2024-02-30 on this line does not exist" in out
    assert "No problems" not in out
    assert err.count("note: no site found around the pages in") == 1, err
    assert "did not run" in err and err.count("\n") == 1


def test_the_same_page_says_the_same_inside_and_outside_a_real_site(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = copy_shared_site("jekyll-docs", tmp_path, "site")
    inside = site / "_posts" / "2024-02-01-launch.md"
    inside.write_text(_PAGE)
    alone = tmp_path / "loose" / "launch.md"
    alone.parent.mkdir()
    alone.write_text(_PAGE)
    for page in (inside, alone):
        assert main(["validate", "--no-content", "--format", "json", str(page)]) == 1
        out = capsys.readouterr().out
        assert '"code": "invalid-date"' in out and "February 2024 has 29 days" in out


def test_a_page_inside_a_site_gets_no_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "_config.yml").write_text("title: Blog\n")
    (tmp_path / "about.md").write_text("---\ntitle: About\n---\nText.\n")
    code, _out, err = run(capsys, "validate", str(tmp_path / "about.md"))
    assert code == 0 and "note" not in err


def test_the_help_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["validate", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "A page in no site is checked alone" in said
    assert "the site's folder (site)" in said
