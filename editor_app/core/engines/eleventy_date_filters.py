"""An Eleventy site's date filter on a date written in the page, printed as the site prints it.

11ty.dev's `newsDate` is
`(dateObj, format = "yyyy LLLL dd") => { if (typeof dateObj === "string") { return
DateTime.fromISO(dateObj).toFormat(format); } ... }` (Luxon's `DateTime`): on a quoted date,
`{{ "2025-08-01" | newsDate("yyyy") }}` (5 on its pages), the value is that date's fields in
the format, whatever the day of the build. A filter of that form is read from the
configuration (its string branch first in its body, `DateTime` imported from `luxon`); a tag
giving it a quoted `YYYY-MM-DD` date (a day that exists) and a format made only of Luxon's
number tokens (`yyyy`, `yy`, `y`, `LL`, `L`, `MM`, `M`, `dd`, `d`) and characters that are
no letters and no quotes is printed as Luxon prints it. Month and weekday names are not
(Luxon takes them from the building machine's language); the tag stays a placeholder, as does
one on a value (`page.date`, `config.now`), known only when the site builds.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from editor_app.core.engines.eleventy_definitions import balanced, replaced_trimming
from editor_app.core.engines.templates import RAW_BLOCK

_TEXT = r"""(?:"[^"\\\n]*"|'[^'\\\n]*')"""
_ADDED = re.compile(
    r"addFilter\(\s*[\"'](?P<name>[\w$]+)[\"']\s*,\s*(?:function\s*[\w$]*\s*)?"
    r"\(\s*(?P<value>[A-Za-z_$][\w$]*)\s*,\s*(?P<format>[A-Za-z_$][\w$]*)\s*"
    r"(?:=\s*(?P<default>" + _TEXT + r")\s*)?\)\s*(?:=>\s*)?(?=\{)"
)
_LUXON = re.compile(r"""import\s*\{[^}]*\bDateTime\b[^}]*\}\s*from\s*["']luxon["']""")
_NUMBER_TOKENS = {"yyyy", "yy", "y", "LL", "L", "MM", "M", "dd", "d"}


@dataclass(frozen=True)
class DateFilter:
    """A filter printing a quoted ISO date through Luxon's `toFormat`, and its format when
    the tag gives none."""

    name: str
    default_format: str | None


def read_date_filters(config: str) -> dict[str, DateFilter]:
    """The configuration's filters of that form by name."""
    if not _LUXON.search(config):
        return {}
    found: dict[str, DateFilter] = {}
    for m in _ADDED.finditer(config):
        value, fmt = re.escape(m["value"]), re.escape(m["format"])
        string_branch = re.compile(
            r"\{\s*if\s*\(\s*typeof\s+" + value + r"\s*===?\s*[\"']string[\"']\s*\)\s*\{\s*"
            r"return\s+DateTime\.fromISO\(\s*" + value + r"\s*\)\.toFormat\(\s*" + fmt
            + r"\s*\)\s*;?\s*\}"
        )
        if string_branch.match(balanced(config, m.end())):
            default = m["default"][1:-1] if m["default"] else None
            found[m["name"]] = DateFilter(m["name"], default)
    return found


def luxon_numbers(day: datetime.date, fmt: str) -> str | None:
    """`fmt` as Luxon's `toFormat` prints it for `day`, or None when it holds anything but
    number tokens and characters that are no letters and no quotes."""
    out: list[str] = []
    for run in re.finditer(r"([A-Za-z])\1*|[^A-Za-z]", fmt):
        token = run.group(0)
        if token == "'":
            return None
        if not token[0].isalpha():
            out.append(token)
            continue
        if token not in _NUMBER_TOKENS:
            return None
        if token[0] == "y":
            year = str(day.year)
            out.append(year[-2:].rjust(2, "0") if token == "yy" else year.rjust(len(token), "0"))
        else:
            number = day.month if token[0] in "LM" else day.day
            out.append(str(number).rjust(len(token), "0"))
    return "".join(out)


def with_date_filters(body: str, filters: dict[str, DateFilter]) -> str:
    """`body` with each `{{ "YYYY-MM-DD" | name("format") }}` of a filter of `filters`
    printed as the site prints it (dashes trimming as Nunjucks trims)."""
    if not filters or "{{" not in body:
        return body
    names = "|".join(re.escape(n) for n in filters)
    pattern = re.compile(
        rf"(?P<raw>{RAW_BLOCK.pattern})|\{{\{{(?P<d1>-?)\s*(?P<q>[\"'])(?P<date>\d{{4}}-\d\d-\d\d)(?P=q)"
        rf"\s*\|\s*(?P<name>{names})(?![\w$])\s*(?:\(\s*(?P<format>{_TEXT})\s*\))?\s*(?P<d2>-?)\}}\}}",
        re.S,
    )

    def printed(m: re.Match[str]) -> str | None:
        fmt = m["format"][1:-1] if m["format"] else filters[m["name"]].default_format
        if fmt is None:
            return None
        try:
            day = datetime.date.fromisoformat(m["date"])
        except ValueError:  # Luxon prints "Invalid DateTime"
            return None
        return luxon_numbers(day, fmt)

    return replaced_trimming(body, pattern, printed)
