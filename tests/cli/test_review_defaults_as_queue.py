"""`review report` with no SITE|PAGE reports on the current folder's site, as `review queue`
does (it was refused: "the following arguments are required"), and where there is no site
says so as queue does; `review send-back` takes the message as `--text`, as `review note`
does, the same as its `--reason`."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run

from editor_app.core import review

DRAFT = "_resources/brand-narrative.md"


def test_report_defaults_to_the_current_folder_as_queue(
    site_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    named = run(capsys, "review", "report", str(site_copy))
    monkeypatch.chdir(site_copy)
    here = run(capsys, "review", "report")
    assert here[0] == 0 and here[2] == ""
    assert here == named
    assert "Review report: the whole queue" in here[1]


def test_report_where_there_is_no_site_says_what_queue_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "notes.md").write_text("---\ntitle: Notes\n---\nText.\n")
    monkeypatch.chdir(tmp_path)
    queue = run(capsys, "review", "queue")
    report = run(capsys, "review", "report")
    assert report == (2, "", queue[2]) and queue[0] == 2
    assert report[2].count("\n") == 1 and "No site found" in report[2]


def test_send_back_takes_the_message_as_text_as_note_does(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = site_copy / DRAFT
    code, out, err = run(capsys, "review", "send-back", str(page), "--text", "-fix the intro")
    assert code == 0, err
    assert "your message was added as note" in out
    assert [n.text for n in review.NoteStore(page).notes] == ["-fix the intro"]
