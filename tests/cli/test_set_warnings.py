"""`editor-app set` says at once a warning its change brings to a field it set (a person no
page is about, a status no other page uses, an emptied title), written as asked, exit 0; it
said nothing, and the slip waited for the next `validate`. A warning the field had before
(the date that differs from the file name's) is not said again."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main

PAGE = "_resources/2023-03-31-governance-board-minutes.md"


@pytest.mark.parametrize(
    ("assignment", "line", "words"),
    [
        ("author=Nobody Here", 6, "Unknown person 'Nobody Here'"),
        ("status=bogus", 8, "'bogus' is not used for Status anywhere else"),
        ("title=", 3, "Title is empty."),
    ],
)
def test_a_warning_the_change_brings_is_said(
    site_copy: Path, capsys: pytest.CaptureFixture[str], assignment: str, line: int, words: str
) -> None:
    path = site_copy / PAGE
    assert main(["set", str(path), assignment]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"editor-app: warning: {path} line {line}: {words}"), err
    assert err.count("\n") == 1, err


def test_a_warning_the_field_had_before_is_not_said_again(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The page's date already differs from its file name's: a new date is no news.
    assert main(["set", str(site_copy / PAGE), "date=2023-04-12"]) == 0
    assert capsys.readouterr() == ("", "")
