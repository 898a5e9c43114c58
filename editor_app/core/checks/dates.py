"""Dates: a dated file name whose date differs from the `date` field."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from editor_app.core.checks.common import DATED_STEM, as_date, file_stem, is_empty, shown
from editor_app.core.checks.context import Context
from editor_app.core.checks.page import Page
from editor_app.core.checks.problem import ERROR, WARNING, Problem, make_problem
from editor_app.core.checks.registry import Rule, register
from editor_app.core.document_errors import date_time_problem
from editor_app.core.generator_dates import is_date_word, is_generator_date_field


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
    field_date = date_on_site(page.data["date"], ctx.site)
    if field_date is None or field_date == from_name:
        return
    line = page.field_line("date")
    says = f"the date field says {field_date.isoformat()}"
    if field_date != as_date(page.data["date"]):
        # The field's own words show another day: say why the site reads this one.
        zone = ctx.site.config.get("timezone")  # type: ignore[union-attr]
        says = (
            f"the date field's time, {_as_written(page, line)}, falls on "
            f"{field_date.isoformat()} in the site's time zone ({zone})"
        )
    yield make_problem(
        page,
        line,
        "date",
        "date-mismatch",
        f"The file name says {from_name.isoformat()} but {says}. The site uses the date "
        "field; change one so they agree.",
    )


def _as_written(page: Page, line: int | None) -> str:
    """The date field's value as its line writes it (`2020-01-01T03:00:00Z`, not as read)."""
    lines = page.text.split("\n")
    if line is not None and 0 < line <= len(lines):
        name, colon, value = lines[line - 1].partition(":")
        if colon and name.strip().strip("\"'") == "date":
            return value.split(" #")[0].strip().strip("\"'")
    return str(page.data["date"]).strip()


_OFFSET_AT_END = re.compile(r"\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})\s*$")


def date_on_site(value: Any, site: Any) -> date | None:
    """The field's date as the site builds it. Jekyll reads a time with an offset in the site's
    `timezone` (`2016-08-25 09:50:00 +0300` is 24 August in America/Los_Angeles, where
    jekyll-docs builds: its file name's date was called wrong); otherwise the date as written."""
    written = as_date(value)
    config = getattr(site, "config", None)
    zone = config.get("timezone") if isinstance(config, dict) else None
    if written is None or getattr(site, "generator", None) != "jekyll" or not isinstance(zone, str):
        return written
    moment = value if isinstance(value, datetime) and value.tzinfo is not None else None
    offset = _OFFSET_AT_END.search(value.strip()) if isinstance(value, str) else None
    try:
        if offset is not None:
            time = value.strip()[offset.start() : offset.start(1)].strip()
            moment = datetime.fromisoformat(
                f"{written.isoformat()}T{time}{'+00:00' if offset[1] == 'Z' else offset[1]}"
            )
        if moment is None:
            return written
        from zoneinfo import ZoneInfo

        return moment.astimezone(ZoneInfo(zone)).date()
    except (ValueError, KeyError, OSError, ImportError):  # an unknown zone: as written
        return written


_DATE_TYPES = ("date", "datetime")


def check_generator_dates(page: Page, ctx: Context) -> Iterable[Problem]:
    """A field the generator itself reads as a date (`date`; Hugo's `lastmod`, `publishDate`,
    `expiryDate`) that the schema, from the few pages writing it, does not type as a date
    (none, or text), holding what is no date (hugo-docs: `date: tomorrow` on a page of a
    section without dates): the site cannot be built with it, as `editor-app set` says."""
    generator = ctx.generator
    data = page.data
    for key in _generator_date_keys(data, generator):
        value = data[key]
        if is_empty(value) or as_date(value) is not None or is_date_word(value, key, generator):
            continue
        if isinstance(value, str) and ("{{" in value or "{%" in value):
            continue  # an archetype's `{{ .Date }}`, filled in by `hugo new`
        name = ctx.field_name(page.collection, key)
        if getattr(ctx.field_of(page.collection, name), "type", None) in _DATE_TYPES:
            continue  # the schema's own date field: the types rule judges it
        implied = ctx.implied_field(page.collection, name)
        if getattr(implied, "type", None) in _DATE_TYPES:
            continue  # implied a date: the types rule judges it
        yield make_problem(
            page, page.field_line(key), key, "invalid-date", not_a_date_message(value), ERROR
        )


def _generator_date_keys(data: dict, generator: str | None) -> list[str]:
    """The header's keys the generator reads as a date, in the header's order: on Hugo, which
    reads names in any capitals, each key is looked at; elsewhere (and on a page in no site)
    only `date` is such a key (looked up, not searched for: every page comes through here)."""
    if generator == "hugo":
        return [k for k in data if isinstance(k, str) and is_generator_date_field(k, generator)]
    if generator is None:  # a page in no site: every generator reads its `date` as a date
        return ["date"] if "date" in data else []
    return ["date"] if "date" in data and is_generator_date_field("date", generator) else []


def not_a_date_message(value: Any) -> str:
    """What is said of a date field holding `value`, no date: the window's words for a date
    or time YAML would read but that does not exist, else how to write one."""
    impossible = date_time_problem(value.strip()) if isinstance(value, str) else None
    return impossible or (
        f"'{shown(value)}' is not a real date. Write it as year-month-day, for example "
        f"{date.today().isoformat()}."
    )


register(
    Rule(
        "dates",
        {"date-mismatch": WARNING},
        check=check_date_mismatch,
        wants=lambda page: page.rel.rpartition("/")[2][:1].isdigit(),
    )
)
