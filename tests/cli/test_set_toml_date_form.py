"""`editor-app set` over a TOML date and time keeps the form the page wrote it in: a space
between day and time stays a space (`date = 2024-02-03 11:00:00`; it came back with a `T`),
a `T` stays a `T`, a `Z` stays a `Z`; setting another field leaves the date's line alone.
A JSON header's date text keeps its form too (it became ISO's `T` and `+00:00`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.document import Document

PAGE = "content/en/methods/page/RenderShortcodes.md"


def toml_page(hugo: Path, dates: str) -> Path:
    """The hugo-docs page with its header written in TOML, with these date lines."""
    path = hugo / PAGE
    body = path.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    header = (
        '+++\ntitle = "RenderShortcodes"\n' + dates + "categories = []\n[params]\n"
        "  when = 2024-01-02 10:00:00\n+++\n"
    )
    path.write_text(header + body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("written", "typed", "expected"),
    [
        ("2024-01-02 10:00:00", "2024-02-03 11:00:00", "2024-02-03 11:00:00"),
        ("2024-01-02T10:00:00", "2024-02-03 11:00:00", "2024-02-03T11:00:00"),
        ("2024-01-02 10:00:00Z", "2024-02-03T11:00:00Z", "2024-02-03 11:00:00Z"),
        ("2024-01-02 10:00:00+01:00", "2024-02-03T11:00:00-05:00", "2024-02-03 11:00:00-05:00"),
    ],
)
def test_a_date_set_keeps_the_pages_form(
    hugo: Path, capsys: pytest.CaptureFixture[str], written: str, typed: str, expected: str
) -> None:
    path = toml_page(hugo, f"date = {written}\n")
    before = path.read_text(encoding="utf-8")
    assert main(["set", PAGE, f"date={typed}"]) == 0
    assert capsys.readouterr().err == ""
    assert path.read_text(encoding="utf-8") == before.replace(
        f"date = {written}\n", f"date = {expected}\n"
    )


def test_a_date_inside_a_group_keeps_its_space(
    hugo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = toml_page(hugo, "")
    before = path.read_text(encoding="utf-8")
    assert main(["set", PAGE, "params.when=2025-05-06 07:08:09"]) == 0
    assert path.read_text(encoding="utf-8") == before.replace(
        "when = 2024-01-02 10:00:00", "when = 2025-05-06 07:08:09"
    )
    assert str(Document.load(path).get("params")["when"]) == "2025-05-06 07:08:09"


def test_another_field_set_leaves_the_date_as_written(
    hugo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = toml_page(hugo, "date = 2024-01-02 10:00:00\n")
    before = path.read_text(encoding="utf-8")
    assert main(["set", PAGE, "title=Other"]) == 0
    assert path.read_text(encoding="utf-8") == before.replace(
        'title = "RenderShortcodes"', 'title = "Other"'
    )


def test_a_json_date_text_keeps_the_pages_form(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.md"
    path.write_text(
        '{\n  "title": "J",\n  "date": "2024-01-02 10:00:00",\n  "utc": "2024-01-02T10:00:00Z"\n}\n'
        "Body\n"
    )
    assert main(["set", str(path), "date=2024-02-03 11:00:00", "utc=2024-02-03 11:00:00Z"]) == 0
    assert path.read_text() == (
        '{\n  "title": "J",\n  "date": "2024-02-03 11:00:00",\n  "utc": "2024-02-03T11:00:00Z"\n}\n'
        "Body\n"
    )


def test_a_new_date_is_written_as_the_headers_others(
    hugo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = toml_page(hugo, "date = 2024-01-02 10:00:00\n")
    before = path.read_text(encoding="utf-8")
    assert main(["set", PAGE, "lastmod=2024-03-04 05:06:07"]) == 0
    assert path.read_text(encoding="utf-8") == before.replace(
        "categories = []\n", "categories = []\nlastmod = 2024-03-04 05:06:07\n"
    )
