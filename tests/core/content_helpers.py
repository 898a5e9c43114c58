"""Helpers shared by the content checks' tests."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.document import Document
from editor_app.core.validate import SUGGESTION, validate_document

CASE = "_resources/case-study-cag.md"


def content_of(problems: list) -> list[tuple[str, int | None, str]]:
    return [(p.path, p.line, p.code) for p in problems if p.severity == SUGGESTION]


def check_text(text: str, **kw) -> list[tuple[int | None, str]]:
    problems = validate_document(Document.from_text(text, Path("page.md")), content=True, **kw)
    return [(p.line, p.code) for p in problems if p.severity == SUGGESTION]


def plant(site: Path, rel: str, after_line: int, text: str) -> int:
    """Insert `text` after file line `after_line`; the line number it lands on."""
    path = site / rel
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[after_line:after_line] = ["", *text.split("\n"), ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return after_line + 2
