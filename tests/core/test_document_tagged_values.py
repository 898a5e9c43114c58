"""A header value with a type mark it is not (`n: !!int 12x`) is explained in plain words on
its own line, by the window's banner and by the validator alike; never in Python's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.document import Document
from editor_app.core.document_errors import bad_tagged_value


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("!!int 12x", "a whole number (!!int)"),
        ("!!int 0x", "a whole number (!!int)"),
        ("!!float abc", "a number (!!float)"),
        ("!!bool maybe", "true or false (!!bool)"),
    ],
)
def test_a_wrongly_marked_value_is_explained_on_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, kind: str
) -> None:
    (tmp_path / "_config.yml").write_text("title: x\n", encoding="utf-8")
    (tmp_path / "_posts").mkdir()
    page = tmp_path / "_posts" / "2024-01-01-a.md"
    page.write_text(f"---\ntitle: Hello\ntags: [a]\nn: {value}\n---\nBody.\n", encoding="utf-8")
    doc = Document.load(page)
    written = value.split(" ", 1)[1]
    assert doc.error is not None
    message = str(doc.error)
    assert f"The value '{written}' is marked as {kind} but is not one. " in message
    assert "Correct the value, or remove the mark." in message
    assert "literal" not in message and "()" not in message and "could not" not in message
    assert doc.text == page.read_text(encoding="utf-8")  # the raw text is kept for the editor
    assert main(["validate", str(page)]) == 1
    out = capsys.readouterr().out
    assert f"line 4  n  error: The value '{written}' is marked as {kind}" in out


def test_values_that_read_as_marked_are_fine(tmp_path: Path) -> None:
    page = tmp_path / "a.md"
    page.write_text("---\nn: !!int 12\nf: !!float 1.5\nb: !!bool yes\n---\nText\n", encoding="utf-8")
    doc = Document.load(page)
    assert doc.error is None
    assert doc.front_matter == {"n": 12, "f": 1.5, "b": True}


def test_the_first_wrongly_marked_value_is_found() -> None:
    text = "a: !!int 1\nc: !!float 2.5\nd: !!int x1\ne: !!int y\n"
    assert bad_tagged_value(text) == (2, "int", "x1")
    assert bad_tagged_value("a: !!int 1\nd: !!int x1  # note\ne: !!int y\n") == (1, "int", "x1")
    assert bad_tagged_value("a: 1\nb: !!str 12x\n") is None


# The mark ends its line and its value follows on the next (after a comment, a blank line).
NEXT_LINE = [
    ("n: !!int\n  12x\n", 4, "12x"),
    ("n: !!int  # a count\n  12x\n", 4, "12x"),
    ("n: !!float\n\n  1.5\n  x\n", 5, "1.5 x"),
    ("n: !!bool\n    maybe\nm: 1\n", 4, "maybe"),
]


@pytest.mark.parametrize(("header", "line", "written"), NEXT_LINE)
def test_a_mark_with_its_value_on_the_next_line_is_explained_on_the_values_line(
    header: str, line: int, written: str
) -> None:
    # Said as for a value on the mark's own line, on the value's line (it was the header's
    # first line, in Python's words); the window's banner shows this error.
    doc = Document.from_text(f"---\ntitle: Hello\n{header}---\nBody.\n")
    assert doc.error is not None
    kind = header.split("!!")[1].split()[0]
    kinds = {"int": "a whole number", "float": "a number", "bool": "true or false"}
    assert (doc.error.line, doc.error.message) == (
        line,
        f"The value '{written}' is marked as {kinds[kind]} (!!{kind}) but is not one. "
        "Correct the value, or remove the mark.",
    )
    assert doc.front_matter == {} and doc.body == "Body.\n"


def test_marked_values_are_found_wherever_they_are_written() -> None:
    assert bad_tagged_value("a: [1, !!int 2x, 3]\n") == (0, "int", "2x")
    assert bad_tagged_value("a: &x !!int '12x'\n") == (0, "int", "'12x'")
    assert bad_tagged_value("a: !!int\n  12\nb: !!bool\n  no way\n") == (3, "bool", "no way")
    assert bad_tagged_value("a: !!str\n  12x\nb: !!int\n  12\n") is None
