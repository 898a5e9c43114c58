"""A field set in a TOML group written only through its sub-table (`[params.x]`, no
`[params]` line), then taken away: `[params]`, the field and a blank line were added, and
`[params]` and the blank line stayed after the field went (2 lines more than before)."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main

PAGE = (
    "+++\n"
    "title = 'collections.Where'\n"
    "weight = 10\n"
    "[params.functions_and_methods]\n"
    "aliases = ['where']\n"
    "returnType = '[]any'\n"
    "+++\n"
    "\n"
    "Text.\n"
)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_field_set_in_the_group_and_taken_away_leaves_the_file_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], newline: str
) -> None:
    (tmp_path / "hugo.toml").write_text("title = 'Docs'\n", encoding="utf-8")
    page = tmp_path / "content" / "where.md"
    page.parent.mkdir()
    original = PAGE.replace("\n", newline).encode()
    page.write_bytes(original)

    assert main(["set", str(page), "params.extra=1"]) == 0
    added = PAGE.replace("weight = 10\n", "weight = 10\n[params]\nextra = 1\n")
    assert page.read_bytes() == added.replace("\n", newline).encode()

    assert main(["set", str(page), "--remove", "params.extra"]) == 0, capsys.readouterr().err
    assert page.read_bytes() == original


def test_a_group_line_the_author_wrote_empty_stays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "hugo.toml").write_text("title = 'Docs'\n", encoding="utf-8")
    page = tmp_path / "content" / "where.md"
    page.parent.mkdir()
    text = PAGE.replace("weight = 10\n", "weight = 10\n[params]\n")
    page.write_text(text, encoding="utf-8")
    assert main(["set", str(page), "weight=11"]) == 0, capsys.readouterr().err
    assert page.read_text(encoding="utf-8") == text.replace("weight = 10", "weight = 11")
