"""A key given twice at the top of a JSON header is told though a group comes first: the
header's own keys are those of its outermost object (completed last), not of the first group
read."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.document import Document
from editor_app.core.validate import validate_document


def test_a_top_level_repeat_after_a_group_is_told() -> None:
    text = '{\n"menu": {\n  "main": {"weight": 1}\n},\n"slug": "a",\n"slug": "b"\n}\nx\n'
    found = validate_document(Document.from_text(text, Path("page.md")))
    repeats = [(p.line, p.field) for p in found if p.code == "duplicate-key"]
    assert repeats == [(6, "slug")]
