"""Types: text, dates, true/false, numbers, web and e-mail addresses, groups of fields."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import unquote, urlsplit

from editor_app.core.checks.common import as_date, is_empty, label_of, severity_for, shown
from editor_app.core.checks.context import Context
from editor_app.core.checks.dates import check_generator_dates, not_a_date_message
from editor_app.core.checks.page import Page
from editor_app.core.checks.problem import ERROR, Problem, make_problem
from editor_app.core.checks.registry import Rule, register
from editor_app.core.generator_dates import is_date_word

SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_HOST = re.compile(
    r"^(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,63}\.?$"
    r"|^localhost$|^\d{1,3}(?:\.\d{1,3}){3}$|^\[[0-9A-Fa-f:.]+\]$"
)
# A web address typed without https://: `www.` or a common ending (not a file name).
_BARE_DOMAIN = re.compile(
    r"^(?:www\.[^\s/]+|[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.(?:com|org|net|uk|io|gov|edu|eu|"
    r"info|int|co|us|ca|au|de|fr|nl|ie|nz|app|dev|social|coop))(?:[/:?#]\S*)?$",
    re.I,
)
_MISSING_COLON = re.compile(r"^(https?)(//|:/(?!/)|;//|\.//)", re.I)
_EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
_KNOWN_SCHEMES = ("http", "https", "mailto", "tel", "ftp", "ftps", "sftp", "data", "irc", "geo")


def url_problem(value: str) -> str | None:
    """Why `value` is not a usable link, or None when it is fine."""
    s = value.strip()
    if not s or "{{" in s or "{%" in s:
        return None
    q = shown(s)
    if s.startswith("//"):
        host = urlsplit("http:" + s).hostname or ""
        return None if _HOST.match(host) else f"'{q}' does not name a valid website."
    if s.startswith(("/", "#", "./", "../", "?")):
        return None
    slip = _MISSING_COLON.match(s)
    if slip is not None:
        return f"'{q}' is not written correctly at the start. Begin it with '{slip.group(1)}://'."
    m = SCHEME.match(s)
    if m is None:
        if _BARE_DOMAIN.match(s):
            return f"'{q}' is missing its start. Write 'https://' before it."
        if " " in s and "/" not in s and "." not in s:
            return (
                f"'{q}' is not a web address. Start it with https:// (or with / for a page "
                "of this site)."
            )
        return None  # a relative path such as `files/report.pdf`
    scheme = m.group(1).lower()
    rest = s[m.end() :]
    if scheme in ("http", "https", "ftp", "ftps", "sftp"):
        if not rest.startswith("//"):
            return f"'{q}' is missing the // after '{scheme}:'. Write '{scheme}://' at the start."
        try:
            parts = urlsplit(s)
            host = parts.hostname or ""
            parts.port  # noqa: B018 - raises on a bad port number
        except ValueError:
            return f"'{q}' is not a valid web address. Check the website name."
        if re.search(r"\s", parts.netloc) or not _HOST.match(host):
            return f"'{q}' does not name a valid website after {scheme}://. Check for typing slips."
        return None
    if scheme in ("javascript", "vbscript"):
        return f"'{q}' is a script, not a link: browsers will not open it. Use a web address."
    if scheme == "mailto":
        address = unquote(rest.split("?")[0])
        return None if _EMAIL.match(address) else f"'{q}' is not a valid e-mail link."
    if scheme in _KNOWN_SCHEMES:
        return None
    if len(scheme) == 1:
        return (
            f"'{q}' is a file on one computer, not a web address. Upload the file and link to it."
        )
    guess = difflib.get_close_matches(scheme, ["http", "https"], n=1, cutoff=0.6)
    if guess:
        return f"'{q}' starts with '{scheme}:'. Did you mean '{guess[0]}:'?"
    return None  # an unusual but possible scheme, such as `webcal:`


def check_each(page, line, name, value, label, check):
    items = value if isinstance(value, list) else [value]
    for item in items:
        if is_empty(item):
            continue
        yield from check(page, line, name, item, label)


def url_check(page, line, name, item, label):
    if not isinstance(item, str):
        yield make_problem(
            page, line, name, "bad-url", f"{label} must be a web address, not '{shown(item)}'."
        )
        return
    why = url_problem(item)
    if why:
        yield make_problem(page, line, name, "bad-url", why)


def email_check(page, line, name, item, label):
    s = str(item).strip()
    if s.lower().startswith("mailto:"):
        yield make_problem(
            page, line, name, "bad-email", f"Write just the address, without 'mailto:': '{s[7:]}'."
        )
    elif not _EMAIL.match(s):
        hint = ""
        if "@" not in s:
            hint = " It needs an @ between the name and the domain."
        elif " " in s:
            hint = " It must not contain spaces."
        elif "." not in s.split("@")[-1]:
            hint = " The part after @ needs a dot, as in example.org."
        yield make_problem(
            page, line, name, "bad-email", f"'{s}' is not a valid e-mail address.{hint}"
        )


def fits_kind(kind: str, name: str, value: Any, generator: str | None) -> bool:
    """Whether a value fits a number, true/false or date field as Check judges it; `set` and
    `rename` refuse by the same rule (`rename_value.unfit_new_value`). Other kinds: True."""
    if kind == "number":
        return not isinstance(value, bool) and isinstance(value, int | float)
    if kind == "boolean":
        # `permalink: false` (do not publish) beside addresses: both are right (Eleventy).
        return isinstance(value, bool) or (name == "permalink" and isinstance(value, str))
    if kind in ("date", "datetime"):
        return as_date(value) is not None or is_date_word(value, name, generator)
    return True


def check_typed_value(
    page: Page, ctx: Context, f: Any, name: str, value: Any, line: Any
) -> Iterable[Problem]:
    """Text, dates, true/false, numbers, addresses, groups: is the value of its kind?"""
    ftype = getattr(f, "type", "text")
    label = label_of(f, name)
    if ftype in ("text", "long_text"):
        if isinstance(value, dict | list):
            yield make_problem(
                page,
                line,
                name,
                "wrong-type",
                f"{label} should be plain text, not a {'list' if isinstance(value, list) else 'group of fields'}.",
                severity_for(ctx, False, page.collection),
            )
    elif ftype in ("date", "datetime"):
        if not fits_kind(ftype, name, value, ctx.generator):
            certain = name == "date"  # the site cannot be built with a bad `date`
            yield make_problem(
                page,
                line,
                name,
                "invalid-date" if not isinstance(value, bool | list | dict) else "wrong-type",
                not_a_date_message(value),
                severity_for(ctx, certain or isinstance(value, str), page.collection),
            )
    elif ftype == "boolean":
        if not fits_kind(ftype, name, value, ctx.generator):
            yield make_problem(
                page,
                line,
                name,
                "wrong-type",
                f"{label} must be true or false, not '{shown(value)}'.",
                ERROR,
            )
    elif ftype == "number":
        if not fits_kind(ftype, name, value, ctx.generator):
            yield make_problem(
                page,
                line,
                name,
                "wrong-type",
                f"{label} must be a number, not '{shown(value)}'. Write only digits, without quotes.",
                ERROR,
            )
    elif ftype == "url":
        yield from check_each(page, line, name, value, label, url_check)
    elif ftype == "email":
        yield from check_each(page, line, name, value, label, email_check)
    elif ftype == "object":
        # A list of groups (`hosts:` then `- name: ...` lines) is groups too.
        groups = value if isinstance(value, list) else [value]
        if not all(isinstance(g, dict) for g in groups):
            yield make_problem(
                page,
                line,
                name,
                "wrong-type",
                f"{label} should be a group of fields (name: value lines indented below it).",
                severity_for(ctx, False, page.collection),
            )
            return
        # Its numbers, true/false and dates too (`eleventyNavigation: {order: four}`), said
        # with the group's name, on the group's line.
        for sub in getattr(f, "fields", None) or ():
            if getattr(sub, "type", None) not in _CHECKED_IN_GROUPS:
                continue
            named = _InGroup(f"{label}: {label_of(sub, sub.name)}", sub.type)
            for group in groups:
                item = group.get(sub.name)
                if item is not None and item != "":
                    yield from check_typed_value(page, ctx, named, name, item, line)


_CHECKED_IN_GROUPS = ("number", "boolean", "date", "datetime")


class _InGroup:
    """A field inside a group, as `check_typed_value` reads one: its label says the group."""

    def __init__(self, label: str, type_: str) -> None:
        self.label = label
        self.type = type_


register(
    Rule(
        "types",
        {"wrong-type": ERROR, "invalid-date": ERROR, "bad-url": ERROR, "bad-email": ERROR},
        field_types=(
            "text",
            "long_text",
            "date",
            "datetime",
            "boolean",
            "number",
            "url",
            "email",
            "object",
        ),
        check_value=check_typed_value,
        # A field the generator reads as a date that the schema does not type so.
        check=check_generator_dates,
    )
)
