"""A key added to a TOML header whose top-level keys run straight into a table (`[params]`
right after `tags = [...]`) adds the key's line only: tomlkit put a blank line between it and
the table, a line the user never wrote. A blank line the file has stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.document import Document

HEADER = '+++\ntitle = "Toml page"\ntags = ["a", "b"] # comment\n[params]\n  mood = "ok"\n+++\nBody.\n'


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_an_added_key_adds_its_line_only(tmp_path: Path, newline: str) -> None:
    path = tmp_path / "page.md"
    path.write_bytes(HEADER.replace("\n", newline).encode())
    doc = Document.load(path)
    doc.set("draft", True)
    doc.save()
    expected = HEADER.replace('# comment\n', '# comment\ndraft = true\n')
    assert path.read_bytes() == expected.replace("\n", newline).encode()


def test_a_blank_line_the_file_has_stays(tmp_path: Path) -> None:
    path = tmp_path / "page.md"
    text = HEADER.replace("[params]", "\n[params]")
    path.write_text(text)
    doc = Document.load(path)
    doc.set("draft", True)
    doc.save()
    assert path.read_text() == text.replace('# comment\n', '# comment\ndraft = true\n')
