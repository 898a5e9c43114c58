"""A one-line flow list set anew keeps its spacing only where the list written shows one
habit: commas without a space only when none has one (`[a, b,c]` is written `[a, Justice]`),
spaces inside the brackets only at both ends (`[ a, b]` has none of its own)."""

from __future__ import annotations

import pytest

from editor_app.core.document import Document


@pytest.mark.parametrize(
    ("line", "written"),
    [
        ("topics: [a, b,c]", "topics: [a, Justice]"),
        ("topics: [a,b, c]", "topics: [a, Justice]"),
        ("topics: [ a, b]", "topics: [a, Justice]"),
        ("topics: [a, b ]", "topics: [a, Justice]"),
    ],
)
def test_a_flow_list_of_mixed_spacing_is_written_as_usual(line: str, written: str) -> None:
    doc = Document.from_text(f"---\ntitle: T\n{line}\n---\nText.\n")
    doc.set("topics", ["a", "Justice"])
    assert written in doc.text.splitlines()
    assert Document.from_text(doc.text).front_matter["topics"] == ["a", "Justice"]
