"""Helpers for the site tools: a value as text, the values a field holds across the site, and
where in a page a search matched (so the window can put the cursor there).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from editor_app.core.document import Document
from editor_app.core.group_field import field_value
from editor_app.core.site import Site


def not_there(given: str) -> str:
    """The one wording, for every command and the window, of a file or folder named that is
    not there (set, render, rename-file, review, validate and export said it three ways)."""
    return f"cannot read {given}: no such file or folder"


@dataclass(frozen=True)
class ValueUse:
    """One value of a field as written in the pages, and how many pages use it."""

    text: str  # the value as written (what `rename_value` matches OLD against)
    count: int


def as_text(value: Any) -> str:
    """A front-matter value as searchable text (lists and objects flattened)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return " ".join(as_text(v) for v in value.values())
    if isinstance(value, list | tuple):
        return ", ".join(as_text(v) for v in value)
    return str(value)


def written(value: Any) -> str | None:
    """A plain value as it reads in the file (`3`, `true`, `2025-05-19`); None for the rest.

    Lists and objects are not one value; an empty value is nothing to rename.
    """
    if value is None or isinstance(value, dict | list | tuple):
        return None
    text = as_text(value)
    return text if text.strip() else None


def value_uses(site: Site, field: str) -> list[ValueUse]:
    """Every value of `field` across the site's pages (list items one by one), most used first.

    A page counts once per value, however often it lists it. Values differing only in
    capitals are kept apart: `rename_value` treats them as different values too.
    """
    counts: dict[str, int] = {}
    for entry in site.entries():
        if entry.error is not None:
            continue
        found, value = field_value(entry.front_matter, field)
        if not found:
            continue
        items = value if isinstance(value, list) else [value]
        seen = {w for w in (written(item) for item in items) if w is not None}
        for text in seen:
            counts[text] = counts.get(text, 0) + 1
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold(), kv[0]))
    return [ValueUse(text, n) for text, n in ordered]


def first_match_line(doc: Document, query: str) -> int | None:
    """The 1-based line of the file where the body holds the words of `query`, or None.

    The first line holding all the words, else the first holding any of them. Words match
    where a word starts, in any case, as `site_search.search` matches them.
    """
    words = [re.compile(r"(?<!\w)" + re.escape(w.casefold())) for w in query.split()]
    if not words or doc.error is not None:
        return None
    first_any: int | None = None
    for offset, line in enumerate(doc.body.split("\n")):
        folded = line.casefold()
        found = sum(1 for w in words if w.search(folded))
        if found == len(words):
            return doc.body_start_line + offset
        if found and first_any is None:
            first_any = doc.body_start_line + offset
    return first_any


__all__ = ["ValueUse", "as_text", "first_match_line", "not_there", "value_uses", "written"]
