"""Headings a reader (and a screen reader) can follow: `heading-skipped` (`###` straight after
the title or a `#`), `heading-duplicate-title` (a `# Heading` in the body repeating the title,
which the layout already shows)."""

from __future__ import annotations

from collections.abc import Iterable

from editor_app.core.checks.content_text import page_headings
from editor_app.core.checks.context import Context
from editor_app.core.checks.page import Page
from editor_app.core.checks.problem import SUGGESTION, Problem, make_problem
from editor_app.core.checks.registry import Rule, register


def _same(a: str, b: str) -> bool:
    return a.strip().strip(".:").casefold() == b.strip().strip(".:").casefold()


MAX_SKIPS = 3  # per page: a page whose every heading skips a level needs one word, not ten


def check_headings(page: Page, ctx: Context) -> Iterable[Problem]:
    headings = page_headings(page)
    title = page.data.get("title")
    level = 1  # the page's title is its first heading
    skips: list[tuple[int, int, int]] = []  # (line, from level, to level)
    for h in headings:
        if h.level == 1 and isinstance(title, str) and _same(h.text, title):
            yield make_problem(
                page,
                h.line,
                None,
                "heading-duplicate-title",
                "This heading repeats the page's title, which the site shows above it "
                "already. Remove it, or make it a heading of its own.",
            )
        if h.level > level + 1:
            skips.append((h.line, level, h.level))
        level = h.level
    more = len(skips) - MAX_SKIPS
    for i, (line, before, after) in enumerate(skips[:MAX_SKIPS]):
        tail = (
            f" ({more} more heading{'s' if more > 1 else ''} on this page skip{'' if more > 1 else 's'} a level.)"
            if more > 0 and i == MAX_SKIPS - 1
            else ""
        )
        yield make_problem(
            page,
            line,
            None,
            "heading-skipped",
            f"This heading jumps from level {before} to level {after}, which confuses "
            f"people who move through a page by its headings. Make it a level {before + 1} "
            f"heading ({'#' * (before + 1)} ...).{tail}",
        )


register(
    Rule(
        "headings",
        {"heading-skipped": SUGGESTION, "heading-duplicate-title": SUGGESTION},
        check=check_headings,
        wants=lambda page: (
            "#" in page.body or ("=" in page.body and "\n==" in page.body) or "\n--" in page.body
        ),
        kind="content",
    )
)
