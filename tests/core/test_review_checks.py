"""Review notes: a case the property test found (independent checks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core import review


@pytest.mark.parametrize("author", ["\x85", "Ann\x85Lee", " \x85 ", "a\n\x85b"])
def test_a_next_line_character_survives_the_notes_file(tmp_path: Path, author: str) -> None:
    # PyYAML writes U+0085 raw inside quotes and reads it back as a line break (a space).
    doc = tmp_path / "page.md"
    doc.write_text("---\ntitle: x\n---\nSome words.\n", encoding="utf-8")
    note = review.make_note("Some words.\n", 0, 4, f"Note by {author}", author)
    review.NoteStore(doc).add(note)
    loaded = review.NoteStore(doc)
    assert loaded.error is None
    assert [n.to_dict() for n in loaded.notes] == [note.to_dict()]
