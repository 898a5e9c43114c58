"""`editor-app review history` on a page that is not waiting for review says what it is: a
kind of page with no status field (it cannot be approved), or a status the site already
publishes. It said 'waiting' for every page without a decision."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor_app.cli import main


def history(capsys: pytest.CaptureFixture[str], page: str, *more: str) -> str:
    assert main(["review", "history", page, *more]) == 0
    return capsys.readouterr().out


def test_a_kind_of_page_with_no_status_field(
    guide: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = "_articles/starting-a-project.md"
    assert history(capsys, page) == (
        f"{page}: not under review: this kind of page has no status field, so it cannot be "
        "approved\nNo decision yet.\n"
    )
    data = json.loads(history(capsys, page, "--format", "json"))
    assert data["state"] == "not under review"
    assert data["reason"].startswith("this kind of page has no status field")
    # What approve says of the same page, so the two agree.
    assert main(["review", "approve", page]) == 2
    assert "has no status field, so it cannot be approved" in capsys.readouterr().err


def test_a_final_status_a_missing_one_and_a_draft(
    site_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(site_copy)
    final = "_resources/annual-report-2022-2023.md"
    assert "\nstatus: final\n" in (site_copy / final).read_text()
    assert history(capsys, final).splitlines()[0] == (
        f"{final}: not under review: its status is already 'final', so the site publishes "
        "it as it is"
    )
    path = site_copy / final
    path.write_text(path.read_text().replace("\nstatus: final\n", "\n", 1))
    assert history(capsys, final).splitlines()[0] == (
        f"{final}: not under review: it has no status, so the site publishes it as it is "
        "(a status other than 'final' puts it up for review)"
    )
    draft = "_resources/legitimate-interests-briefing-paper.md"
    assert "\nstatus: draft\n" in (site_copy / draft).read_text()
    assert history(capsys, draft).splitlines()[0] == f"{draft}: waiting"
