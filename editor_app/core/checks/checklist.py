"""The page's checklist, for the window's Checklist panel: the sections it should have (found
or missing), its reading level, and every content suggestion, each with its line."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from editor_app.core.checks.content_text import written_in_english
from editor_app.core.checks.context import context_for, schema_for
from editor_app.core.checks.problem import SUGGESTION, Problem
from editor_app.core.checks.reading import reading_level
from editor_app.core.checks.sections import page_sections, required_sections, section_key


@dataclass(frozen=True)
class SectionItem:
    """One section the page should have: `line` is where it is, None when missing."""

    name: str
    line: int | None


@dataclass
class Checklist:
    """What the Checklist panel shows for one page."""

    sections: list[SectionItem] = field(default_factory=list)  # expected, in order
    sections_from: str = ""  # "declared" or e.g. "9 of 10 case-study-* resources"
    reading_ease: float | None = None  # Flesch reading ease (higher is easier)
    reading_grade: float | None = None
    reading_target: float | None = None  # the site's aim for reading ease
    words: int = 0
    suggestions: list[Problem] = field(default_factory=list)  # sorted by line

    @property
    def missing(self) -> list[str]:
        return [s.name for s in self.sections if s.line is None]


def page_checklist(doc: Any, site: Any = None, schema: Any = None) -> Checklist:
    """The checklist of an open document (its current text), as `validate_document` sees it.

    Cheap enough after each pause in typing once the site's facts are built (the first call on
    a site reads its pages' headings to infer the usual sections).
    """
    from editor_app.core.validate import _page_of_document, validate_document

    if schema is None and site is not None:
        schema = schema_for(site)
    problems = validate_document(doc, site, schema, content=True)
    ctx = context_for(site, schema)
    page = _page_of_document(doc, site, ctx)
    out = Checklist(suggestions=[p for p in problems if p.severity == SUGGESTION])
    wanted = required_sections(ctx, page)
    have = page_sections(page) if wanted is not None else []
    if wanted is not None and not wanted.asked_of(have):
        wanted = None  # running text, as others of its group: the check asks for no section
    if wanted is not None:
        where: dict[str, int] = {}
        for key, _name, line in have:
            where.setdefault(key, line)
        out.sections = [
            SectionItem(n, where.get(k)) for n, k in zip(wanted.names, wanted.keys, strict=True)
        ]
        out.sections_from = (
            "declared" if wanted.declared else f"{wanted.label} ({wanted.pages} pages)"
        )
    # Worked out for English only, as the reading-level check does: the English formulas put
    # the guide's French pages at "reading ease 69 (fine)".
    level = reading_level(page) if written_in_english(page, ctx.site) else None
    if level is not None:
        out.reading_ease, out.reading_grade, out.words = level.ease, level.grade, level.words
    out.reading_target = float(ctx.option("reading_ease", 40))
    return out


__all__ = ["Checklist", "SectionItem", "page_checklist", "section_key"]
