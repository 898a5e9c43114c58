"""Hugo: the addresses a section's `permalinks` template gives its pages, for the link check.

`[permalinks] posts = '/:year/:month/:slug/'` (or, newer, `[permalinks.page]`) publishes a
section's pages at an address made of their date, title, slug or file name, not their folder.
A template holding a placeholder not filled here (`:yearday`, a taxonomy's `:tags`...) leaves
those pages' addresses unknown: the link check then judges no link to a page at all rather
than tell links to them broken.
"""

from __future__ import annotations

import calendar
import re
from pathlib import Path
from typing import Any

from editor_app.core.checks.common import as_date
from editor_app.core.hugo_urlize import path_sanitized

_TOKEN = re.compile(r":([a-zA-Z]+)")


def _template(config: dict, section: str) -> str | None:
    """The section's page template: `[permalinks.page] posts = ...`, else `[permalinks]`."""
    permalinks = config.get("permalinks")
    if not isinstance(permalinks, dict) or not section:
        return None
    pages = permalinks.get("page")
    for table in (pages, permalinks) if isinstance(pages, dict) else (permalinks,):
        template = table.get(section.lower())
        if isinstance(template, str) and template.strip():
            return template
    return None


def _values(rel: Path, fm: dict) -> dict[str, str]:
    """What each placeholder stands for on the page at `rel` (in its content folder)."""
    keys = {str(k).lower(): v for k, v in fm.items()}
    bundle = rel.stem == "index"
    name = rel.parent.name if bundle else rel.stem
    title, slug = keys.get("title"), keys.get("slug")
    title = path_sanitized(title) if isinstance(title, str) and title.strip() else ""
    slug = path_sanitized(slug.strip()) if isinstance(slug, str) and slug.strip() else ""
    values = {
        "section": rel.parts[0],
        "sections": "/".join(rel.parts[:-2] if bundle else rel.parts[:-1]),
        "filename": name,
        "contentbasename": name,
        "slugorfilename": slug or name,
        "slugorcontentbasename": slug or name,
    }
    if title:
        values["title"] = title
    if slug or title:
        values["slug"] = slug or title
    day = as_date(keys.get("date"))
    if day is not None:
        values.update(
            year=f"{day.year:04d}",
            month=f"{day.month:02d}",
            monthname=calendar.month_name[day.month].lower(),
            day=f"{day.day:02d}",
            weekday=str(day.isoweekday() % 7),
            weekdayname=calendar.day_name[day.weekday()].lower(),
        )
    return values


def permalink_addresses(site: Any, config: dict) -> tuple[list[tuple[str, Path]], bool]:
    """(address, page file) for each page a `permalinks` template places, and whether every
    such address could be made (False: a placeholder not filled here)."""
    if not isinstance(config.get("permalinks"), dict):
        return [], True
    found: list[tuple[str, Path]] = []
    complete = True
    for e in site.entries():
        path = site.root / e.path
        place = site.content_folder_of(path.resolve())
        fm = e.front_matter if isinstance(e.front_matter, dict) else {}
        if place is None or any(str(k).lower() == "url" for k in fm):
            continue  # no content page, or its `url:` says its address
        rel = path.resolve().relative_to(place[0])
        if len(rel.parts) < 2 or rel.stem == "_index":
            continue  # the home's own pages and section lists take no page template
        template = _template(config, rel.parts[0])
        if template is None:
            continue
        values = _values(rel, fm)
        filled = _TOKEN.sub(lambda m, v=values: v.get(m.group(1).lower(), m.group(0)), template)
        if _TOKEN.search(filled):
            complete = False
            continue
        own = site.url_for(e.path) or ""
        language = place[1]
        prefix = f"/{language}" if language and own.startswith(f"/{language}/") else ""
        found.append((re.sub(r"/{2,}", "/", f"{prefix}/{filled}/"), path))
    return found, complete
