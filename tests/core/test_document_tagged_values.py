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
