"""A line such as `date: 2024-02-30` (a date that does not exist) or `title: A: B` (a colon
YAML cannot read) stops the whole header being read, and Check says to correct it; `editor-app
set PAGE date=2024-02-28` refused to, with that same error, so the page could only be put right
by hand. Setting or removing that field now does it, only its line changing (a comment after a
date kept); setting another field is still refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main

PAGE = "_resources/2023-03-31-governance-board-minutes.md"


@pytest.fixture
def page(site_copy: Path) -> Path:
    path = site_copy / PAGE
    text = path.read_text(encoding="utf-8")
    assert "date: 2023-04-11\n" in text
    path.write_text(text.replace("date: 2023-04-11\n", "date: 2023-04-31 # from the minutes\n"))
    return path


def test_setting_the_date_puts_it_right(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = page.read_text(encoding="utf-8")
    assert main(["set", str(page), "date=2023-04-30"]) == 0
    assert "does not exist" not in capsys.readouterr().err  # the file name's day is told
    assert page.read_text(encoding="utf-8") == before.replace("2023-04-31", "2023-04-30")


def test_removing_the_date_puts_it_right(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = page.read_text(encoding="utf-8")
    assert main(["set", str(page), "--remove", "date"]) == 0
    capsys.readouterr()
    assert page.read_text(encoding="utf-8") == before.replace(
        "date: 2023-04-31 # from the minutes\n", ""
    )


def test_setting_another_field_is_still_refused(
    page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = page.read_bytes()
    assert main(["set", str(page), "status=draft"]) == 2
    err = capsys.readouterr().err
    assert "The date 2023-04-31 on this line does not exist" in err
    assert err.endswith("; the file was not changed\n") and page.read_bytes() == before


def test_a_title_with_a_colon_is_put_right(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = site_copy / PAGE
    good = path.read_text(encoding="utf-8")
    title = "title: Governance Board Minutes 31st March 2023\n"
    path.write_text(good.replace(title, "title: Minutes: 31st March\n"), encoding="utf-8")
    assert main(["set", str(path), "title=Minutes: 31st March"]) == 0
    capsys.readouterr()
    assert path.read_text(encoding="utf-8") == good.replace(title, 'title: "Minutes: 31st March"\n')
