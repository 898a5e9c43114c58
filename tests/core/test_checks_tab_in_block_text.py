"""Check: a tab inside the text of a block (`key: |` then `  \tcode`), after the block's
indentation, is a character of the text, not indentation: no 'indented with a tab' warning
(the header reads, and the site reads it the same). Tabs that do indent are still told."""

from __future__ import annotations

import pytest

from editor_app.core.document import Document
from editor_app.core.validate import validate_document


def tab_lines(text: str) -> list[int]:
    problems = validate_document(Document.from_text(text), None, content=False)
    return [p.line for p in problems if p.code == "tab-indent"]


@pytest.mark.parametrize(
    "header",
    [
        "description: |-\n  0\n  \t0\n",
        "description: >\n  Some words\n  \tand a tab\n",
        "params:\n  code: |\n    if x:\n    \treturn 1\n",
    ],
)
def test_a_tab_in_a_blocks_text_is_no_indentation(header: str) -> None:
    text = f"---\ntitle: A\n{header}x: 1\n---\nBody\n"
    assert Document.from_text(text).error is None
    assert tab_lines(text) == []


@pytest.mark.parametrize(
    ("header", "line"),
    [
        ("x:\n\t- a\n", 4),  # a tab that indents: the header cannot be read
        ("description: plain\n \tcontinued\n", 4),  # a tab in the indentation of plain text
        ("description: |\n\ttext\n", 4),
    ],
)
def test_a_tab_that_indents_is_still_told(header: str, line: int) -> None:
    assert tab_lines(f"---\ntitle: A\n{header}---\nBody\n") == [line]
