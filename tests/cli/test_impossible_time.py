"""A date whose time does not exist (`date: 2025-01-01 25:00:00`): `editor-app validate` says
so on the date's line, and `editor-app set` refuses the page (or such a value) on that line,
in plain words, the file untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main

HOUR = (
    "The time in 2025-01-01 25:00:00{where} does not exist: an hour goes from 0 to 23. "
    "Correct it, for example 2025-01-01 18:30:00."
)
PYTHON_WORDS = ("must be in", "out of range", "ValueError", "Traceback", "timedelta")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "_config.yml").write_text("title: Site\n", encoding="utf-8")
    posts = tmp_path / "_posts"
    posts.mkdir()
    for day in range(1, 5):
        (posts / f"2025-01-0{day}-p{day}.md").write_text(
            f"---\ntitle: Post {day}\ndate: 2025-01-0{day} 10:00:00\n---\nText.\n",
            encoding="utf-8",
        )
    return tmp_path


def test_validate_tells_an_impossible_hour_on_the_date_line(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (site / "_posts" / "2025-01-01-late.md").write_text(
        "---\ntitle: Late\nlayout: post\ndate: 2025-01-01 25:00:00\n---\nText.\n", encoding="utf-8"
    )
    assert main(["validate", str(site), "--no-cache", "--no-content"]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[:2] == [
        "_posts/2025-01-01-late.md",
        "  line 4  date  error: " + HOUR.format(where=" on this line"),
    ]
    assert not any(words in out for words in PYTHON_WORDS)


def test_set_refuses_a_page_with_an_impossible_time_on_its_line(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = site / "_posts" / "2025-01-01-late.md"
    page.write_bytes(b"---\ntitle: Late\nlayout: post\ndate: 2025-01-01 25:00:00\n---\nText.\n")
    before = page.read_bytes()
    assert main(["set", str(page), "title=Later"]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"editor-app: {page}: line 4: {HOUR.format(where=' on this line').rstrip('.')}; the "
        "file was not changed\n"
    )
    assert page.read_bytes() == before


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("2025-01-01 25:00:00", HOUR.format(where="")),
        (
            "2024-02-30",
            "The date 2024-02-30 does not exist: February 2024 has 29 days. Correct it, "
            "written as year-month-day, for example 2025-02-28.",
        ),
        (
            "2025-01-01 10:00:00 +25:00",
            "The time zone in 2025-01-01 10:00:00 +25:00 does not exist: a zone is less than 24 "
            "hours from UTC. Correct it, for example +01:00 or -05:00.",
        ),
    ],
)
def test_set_refuses_an_impossible_time_as_a_date(
    site: Path, capsys: pytest.CaptureFixture[str], value: str, said: str
) -> None:
    page = site / "_posts" / "2025-01-02-p2.md"
    before = page.read_bytes()
    assert main(["set", str(page), f"date={value}"]) == 2
    # The reason, then what every refusal of set ends with.
    assert capsys.readouterr().err == (
        f"editor-app: date: {said.rstrip('.')}; the file was not changed\n"
    )
    assert page.read_bytes() == before


def test_set_writes_an_impossible_date_into_a_text_field_as_text(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = site / "_posts" / "2025-01-02-p2.md"
    assert main(["set", str(page), "title=2025-02-30"]) == 0, capsys.readouterr().err
    assert page.read_text(encoding="utf-8") == (
        '---\ntitle: "2025-02-30"\ndate: 2025-01-02 10:00:00\n---\nText.\n'
    )
