"""What a rule reports: a `Problem`, its severities, and the table of every code's severity."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from editor_app.core.checks.page import Page

ERROR = "error"
WARNING = "warning"
# Worth a look for a better page (content checks); never fails `validate` unless --strict.
SUGGESTION = "suggestion"
SEVERITIES = (ERROR, WARNING, SUGGESTION)

# Every code a rule can report, with its usual severity, in the order the rules were
# registered (each rule module declares its own; `registry.register` fills this table).
CODES: dict[str, str] = {}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one document, where it is, and what to do about it."""

    path: str
    line: int | None
    field: str | None
    severity: str
    code: str
    message: str

    def to_json(self) -> dict:
        """The object `editor-app validate --format json` prints."""
        return {
            "path": self.path,
            "line": self.line,
            "field": self.field,
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
        }


def sort_key(p: Problem) -> tuple:
    """File, then line (file-level problems first), then field and code."""
    return (p.path, p.line or 0, p.field or "", p.code, p.message)


class LazyLine:
    """A field's line, looked up only if a problem is reported (scanning keys costs time)."""

    __slots__ = ("page", "name")

    def __init__(self, page: Page, name: str) -> None:
        self.page = page
        self.name = name

    def resolve(self) -> int | None:
        return self.page.field_line(self.name)


def make_problem(
    page: Page, line: Any, fld: str | None, code: str, msg: str, sev: str | None = None
) -> Problem:
    """A problem on `page` (line may be a `LazyLine`), with the code's usual severity."""
    if isinstance(line, LazyLine):
        line = line.resolve()
    return Problem(page.rel, line, fld, sev or CODES[code], code, msg)
