"""A value YAML reads as no value through one of its marks (`&home`: an anchor) was refused as
"read as a comment (it starts with #)", which it does not; it is now said as what it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("&home", "'&home' is read by YAML as no value; put it in quotes"),
        ("#1", "'#1' is read as a comment (it starts with #); put it in quotes"),
        (
            "&a 5",
            "'&a 5' starts with '&a', which YAML reads as a mark and drops; put the value in quotes",
        ),
    ],
)
def test_a_value_read_as_nothing_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, said: str
) -> None:
    page = tmp_path / "page.md"
    page.write_text("---\norder: 1\n---\nBody\n")
    assert main(["set", str(page), f"order={value}"]) == 2
    assert capsys.readouterr().err == f"editor-app: order: {said}; the file was not changed\n"
    assert page.read_text() == "---\norder: 1\n---\nBody\n"


def test_a_title_starting_with_a_mark_keeps_it(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `title=&Co news` was written `title: news`: YAML took `&Co` for an anchor and dropped it.
    page = site_copy / "_resources/2023-03-31-governance-board-minutes.md"
    before = page.read_text(encoding="utf-8")
    assert main(["set", str(page), "title=&Co news"]) == 0
    assert capsys.readouterr().err == ""
    assert page.read_text(encoding="utf-8") == before.replace(
        "title: Governance Board Minutes 31st March 2023\n", 'title: "&Co news"\n'
    )
