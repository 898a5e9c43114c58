"""Small helpers the rules share: plural words, closest names, dates, labels."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from editor_app.core.checks.problem import ERROR, WARNING
from editor_app.core.checks.suggest import closest_match as closest_match  # shared here
from editor_app.core.schema_model import is_empty as is_empty  # shared here

if TYPE_CHECKING:
    from pathlib import Path

    from editor_app.core.checks.context import Context
    from editor_app.core.checks.page import Page

DATED_STEM = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-")


# Plurals not made with an s.
_IRREGULAR = {"people": "person", "children": "child", "media": "medium"}


def _last_word(label: str) -> str:
    """A label's last word, in small letters (`Getting_started` -> `started`)."""
    return label.strip().lower().replace("_", " ").replace("-", " ").split(" ")[-1]


def singular(word: str) -> str:
    w = _last_word(word) or word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "xes", "ches", "shes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def is_typo(value: str, suggestion: str | None) -> bool:
    """True when `value` is very probably a slip for `suggestion` (case, a letter or two)."""
    if suggestion is None:
        return False
    a, b = value.strip().casefold(), suggestion.strip().casefold()
    if a == b:
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.85


FILE_LIKE = re.compile(r"\.[A-Za-z0-9]{2,5}$")


def label_of(f: Any, name: str) -> str:
    label = getattr(f, "label", None) if f is not None else None
    return str(label) if label else name


def severity_for(ctx: Context, certain: bool, collection: str | None) -> str:
    """Declared rules (of the page's `collection`) are the site's own word; inferred ones are
    only as sure as the evidence."""
    return ERROR if (certain or ctx.declared_in(collection)) else WARNING


_TIME_AFTER_DATE = re.compile(
    r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?((?:\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Za-z]{1,5}|\d{4}))*)\s*$"
)
_ZONE = re.compile(r"[+-](\d{2}):?(\d{2})")


def _time_exists(m: re.Match[str]) -> bool:
    """A time matched by _TIME_AFTER_DATE that a site can build with (no 25:00, no +25:00)."""
    if int(m[1]) > 23 or int(m[2]) > 59 or int(m[3] or 0) > 59:
        return False
    return all(int(hours) * 60 + int(minutes) < 24 * 60 for hours, minutes in _ZONE.findall(m[4]))


def as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        s = value.strip()
        m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[ T])", s)
        if m:
            try:
                d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
            rest = s[m.end() :].strip()
            # A time after the date, with zones and such as Ruby's Time.parse reads them
            # ("18:30:22 -0800", "10:00 UTC", "18:30:22 2023 -0800").
            time = _TIME_AFTER_DATE.match(rest)
            if not rest or (time is not None and _time_exists(time)):
                return d
    return None


def count_others(page: Page, ctx: Context, counter: Counter, key: Any, own_has: bool) -> int:
    """How many *other* documents the site counter holds for `key` (not counting this one)."""
    return counter.get(key, 0) - (1 if own_has else 0)


def site_answer(ctx: Context, method: str, path: Path | None) -> Any:
    """What the site's `method(path)` says of a page's file (`language_of`, `implied_values`);
    None where it cannot say: a site without that method, no file, or a file it cannot read."""
    ask = getattr(ctx.site, method, None)
    if ask is None or path is None:
        return None
    try:
        return ask(path)
    except (OSError, ValueError):
        return None


def doc_word(ctx: Context, page: Page) -> str:
    """What one document of the page's collection is called in a message ("Every other
    resource has one"): its label in the singular when the label names the documents (People,
    Resources), else "page in" the label ("page in Blog", "page in Getting started": a blog's
    post is no blog, a section's page no "started")."""
    if page.collection and ctx.site is not None and page.collection in ctx.site.collections:
        label = ctx.site.collections[page.collection].label
        if _names_its_documents(label):
            return singular(label)
        return f"page in {label}"
    return "page"


_NOT_PLURAL = frozenset({"news", "series", "species", "analytics", "physics", "economics"})


def _names_its_documents(label: str) -> bool:
    """Whether a collection's label is a plural noun, as `people` or `resources` are (its last
    word, as `singular` takes it)."""
    w = _last_word(label)
    if w in _IRREGULAR:
        return True
    return w.endswith("s") and not w.endswith(("ss", "us", "is")) and w not in _NOT_PLURAL


def plural_label(ctx: Context, coll: str | None) -> str:
    if coll and ctx.site is not None and coll in ctx.site.collections:
        return ctx.site.collections[coll].label.lower()
    return "these pages"


def shown(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def slug(text: str) -> str:
    return re.sub(r"[^\w]+|_+", "-", text).strip("-").lower()


def file_stem(name: str) -> str:
    """`Path(name).stem`, without building a path (10,000 files make it count)."""
    i = name.rfind(".")
    return name[:i] if 0 < i < len(name) - 1 else name


def lines_named(lines: list[int]) -> str:
    """'line 40', 'lines 40 and 52', 'lines 12, 40 and 52' (the lines as given, in order)."""
    if len(lines) < 2:
        return "".join(f"line {n}" for n in lines)
    return "lines " + ", ".join(str(n) for n in lines[:-1]) + f" and {lines[-1]}"
