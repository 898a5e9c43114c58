"""`editor-app set` on a text field: a value YAML cannot read as written is that text."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.document import Document


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(["set", *argv])
    return code, capsys.readouterr().err


def changed_lines(before: bytes, after: bytes) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(
            before.decode().splitlines(keepends=True), after.decode().splitlines(keepends=True), n=0
        )
        if not line.startswith(("---", "+++", "@@"))
    ]


def test_a_title_with_a_colon_is_set_as_typed(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = site_copy / "_resources" / "2023-03-31-governance-board-minutes.md"
    before = path.read_bytes()
    code, err = run(capsys, str(path), "title=AI in education: new")
    assert (code, err) == (0, "")
    assert changed_lines(before, path.read_bytes()) == [
        "-title: Governance Board Minutes 31st March 2023\n",
        '+title: "AI in education: new"\n',
    ]
    assert Document.load(path).get("title") == "AI in education: new"


def test_a_text_field_the_page_lacks_takes_the_text_as_its_schema_says(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `pronouns` is text on the site's other people pages; this page has none yet.
    path = site_copy / "_people" / "adele-walton.md"
    before = path.read_bytes()
    assert b"pronouns:" not in before
    code, err = run(capsys, str(path), "pronouns=she/her: they [ask]")
    assert (code, err) == (0, "")
    assert changed_lines(before, path.read_bytes()) == ['+pronouns: "she/her: they [ask]"\n']


def test_text_keeps_the_quotes_the_page_uses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.md"
    path.write_text("---\ntitle: 'Old'\nsummary: x\n---\nBody\n")
    assert run(capsys, str(path), "title=Notes: part [1")[0] == 0
    assert path.read_text() == "---\ntitle: 'Notes: part [1'\nsummary: x\n---\nBody\n"


@pytest.mark.parametrize(
    ("assignment", "said"),
    [
        ("order=3: 4", "put the whole value in quotes"),
        ("topics=[Justice, Health", "needs a closing ]"),
    ],
)
def test_a_malformed_value_for_a_number_or_a_list_is_still_refused(
    site_copy: Path, capsys: pytest.CaptureFixture[str], assignment: str, said: str
) -> None:
    path = site_copy / "_people" / "adele-walton.md"
    before = path.read_bytes()
    code, err = run(capsys, str(path), assignment)
    assert code == 2 and said in err and err.count("\n") == 1
    assert path.read_bytes() == before


def test_a_field_nothing_says_is_text_is_still_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.md"
    path.write_bytes(b"---\ntitle: A\n---\n")
    code, err = run(capsys, str(path), "subtitle=Data: a story")
    assert code == 2 and "put the whole value in quotes" in err
    assert path.read_bytes() == b"---\ntitle: A\n---\n"
