"""`editor-app set` on a text field with a value YAML reads as something else: `#...` a comment
(nothing), `- x` a list of one, `|` empty text, `yes`/`No` true/false. `title=#1 in town`
emptied the title, `title=- draft` made it a list, `title=No` made it `false`, all with exit 0.
A text field takes them as typed; another field refuses the first three (exit 2, file
untouched) and a true/false field takes yes/no as true/false."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.document import Document, parse_cli_value

PAGE = "---\ntitle: Old title\norder: 3\ntopics:\n  - Health\n---\nBody\n"


@pytest.mark.parametrize(
    "typed", ["#1 in town", "#", "- draft", "-  two  spaces", "|", ">", "yes", "No", "off"]
)
def test_a_text_field_takes_the_value_as_typed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    path = tmp_path / "page.md"
    path.write_text(PAGE)
    assert main(["set", str(path), f"title={typed}"]) == 0
    assert capsys.readouterr().err == ""
    assert Document.load(path).get("title") == typed.strip()
    assert path.read_text().replace(f'"{typed.strip()}"', "NEW") == PAGE.replace(
        "Old title", "NEW"
    )


@pytest.mark.parametrize(
    ("assignment", "said"),
    [("order=#5", "comment"), ("order=- 5", "[a, b]"), ("order=|", "empty text")],
)
def test_another_field_refuses_it_and_the_file_is_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], assignment: str, said: str
) -> None:
    path = tmp_path / "page.md"
    path.write_text(PAGE)
    assert main(["set", str(path), assignment]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and said in err
    assert path.read_text() == PAGE


def test_nothing_written_as_nothing_still_empties() -> None:
    for typed in ("", "null", "~"):
        assert parse_cli_value(typed) is None
    assert parse_cli_value("[a, b]") == ["a", "b"]
    assert parse_cli_value("#x", as_text=True) == "#x"


def test_a_true_false_field_still_reads_yes_and_no(tmp_path: Path) -> None:
    path = tmp_path / "page.md"
    path.write_text("---\ntitle: Old\nlisted: true\n---\nBody\n")
    assert main(["set", str(path), "listed=no", "title=yes"]) == 0
    assert path.read_text() == '---\ntitle: "yes"\nlisted: false\n---\nBody\n'


@pytest.mark.parametrize("typed", ['""', "''"])
def test_quotes_with_nothing_inside_are_the_empty_text(tmp_path: Path, typed: str) -> None:
    path = tmp_path / "page.md"
    path.write_text(PAGE)
    assert main(["set", str(path), f"title={typed}"]) == 0
    assert Document.load(path).get("title") == ""
    assert '"\\"' not in path.read_text() and "''''" not in path.read_text()


@pytest.mark.parametrize("typed", ["Fix issue #3 now", "x # note", "[a, b] # c"])
def test_words_after_a_spaced_hash_are_kept_in_a_text_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    # `title=Fix issue #3 now` wrote `title: Fix issue` (YAML reads ` #3 now` as a comment).
    path = tmp_path / "page.md"
    path.write_text(PAGE)
    assert main(["set", str(path), f"title={typed}"]) == 0
    assert Document.load(path).get("title") == typed


@pytest.mark.parametrize("assignment", ["order=5 # five", "topics=Health #1, Data"])
def test_another_field_refuses_words_read_as_a_comment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], assignment: str
) -> None:
    path = tmp_path / "page.md"
    path.write_text(PAGE)
    assert main(["set", str(path), assignment]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "comment" in err and "quotes" in err
    assert path.read_text() == PAGE
    assert parse_cli_value('"a #b"') == "a #b"  # quoted: no comment
