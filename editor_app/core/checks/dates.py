"""Dates: a dated file name whose date differs from the `date` field."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from editor_app.core.checks.common import DATED_STEM, as_date, file_stem
from editor_app.core.checks.context import Context
from editor_app.core.checks.page import Page
from editor_app.core.checks.problem import WARNING, Problem, make_problem
from editor_app.core.checks.registry import Rule, register


def check_date_mismatch(page: Page, ctx: Context) -> Iterable[Problem]:
    if page.path is None or not page.rel.rpartition("/")[2][:1].isdigit():
        return
    m = DATED_STEM.match(file_stem(page.path.name))
    if m is None:
        return
    try:
        from_name = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        if "_posts/" in f"/{page.rel}":  # Jekyll will not build a post dated 2024-09-31
            yield make_problem(
                page,
                1,
                None,
                "invalid-date",
                f"The file name starts with {m.group(0).rstrip('-')}, a date that does not "
                "exist, so the site cannot be built. Rename the file with the right date.",
            )
        return
    if "date" not in page.data:
        return
    field_date = as_date(page.data["date"])
    if field_date is None or field_date == from_name:
        return
    yield make_problem(
        page,
        page.field_line("date"),
        "date",
        "date-mismatch",
        f"The file name says {from_name.isoformat()} but the date field says "
        f"{field_date.isoformat()}. The site uses the date field; change one so they agree.",
    )


register(
    Rule(
        "dates",
        {"date-mismatch": WARNING},
        check=check_date_mismatch,
        wants=lambda page: page.rel.rpartition("/")[2][:1].isdigit(),
    )
)
