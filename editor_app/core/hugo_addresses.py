"""A Hugo page's address when its header or the site's settings give it one, not its folder.

Hugo publishes a page at its content folder's path unless `url:` says the whole path, a section's
`[permalinks]` template (or, newer, `[permalinks.page]`) makes it of the page's date, title, slug
or file name, or `slug:` names its last part. `SiteUrls` asks `given_address` for each Hugo page,
so Check's links, the preview's links and a rename know the address Hugo publishes. Titles and
slugs are made path parts as Hugo makes them (`MakePathSanitized`), following the site's
`removePathAccents` and `disablePathToLower`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from pathlib import PurePosixPath
from typing import Any

from editor_app.core.hugo_urlize import PathSettings, path_sanitized, path_settings

_TOKEN = re.compile(r":([a-zA-Z]+)")


def header_url(front_matter: Mapping[Any, Any]) -> str | None:
    """The whole path a page's `url:` gives it (read in any capitals, as Hugo reads keys), or
    None (none given, or an address on another site)."""
    return _url_of(_keys(front_matter))


def _url_of(keys: Mapping[str, Any]) -> str | None:
    """`header_url` of a header whose keys are lowered."""
    url = keys.get("url")
    if not isinstance(url, str) or not url.strip():
        return None
    url = url.strip()
    if url.startswith(("http:", "https:", "//")):
        return None
    return "/" + url.lstrip("/")


def section_template(config: Mapping[str, Any], section: str) -> str | None:
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


def takes_template(rel: PurePosixPath) -> bool:
    """Whether the page at `rel` (in its content folder) takes its section's template: not the
    home's own pages nor a section's list (`_index`)."""
    return len(rel.parts) >= 2 and rel.stem != "_index"


def template_values(
    rel: PurePosixPath, front_matter: Mapping[Any, Any], settings: PathSettings
) -> dict[str, str]:
    """What each placeholder stands for on the page at `rel` (in its content folder)."""
    return _values_of(rel, _keys(front_matter), settings)


def _values_of(
    rel: PurePosixPath, keys: Mapping[str, Any], settings: PathSettings
) -> dict[str, str]:
    """`template_values` of a header whose keys are lowered."""
    from editor_app.core.checks.common import as_date  # (the checks import the site)

    bundle = rel.stem == "index"
    name = rel.parent.name if bundle else rel.stem
    title, slug = keys.get("title"), keys.get("slug")
    title = path_sanitized(title, *settings) if isinstance(title, str) and title.strip() else ""
    slug = path_sanitized(slug.strip(), *settings) if isinstance(slug, str) and slug.strip() else ""
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


def template_placeholders(template: str) -> set[str]:
    """The names of the placeholders in `template`, lowered (`/:year/:Title/` -> year, title)."""
    return {name.lower() for name in _TOKEN.findall(template)}


def partly_filled(template: str, values: Mapping[str, str]) -> tuple[str, bool]:
    """`template` with the placeholders `values` gives filled, those it does not (`:yearday`, a
    taxonomy's `:tags`...) left as written, and whether none was left."""
    filled = _TOKEN.sub(lambda m: values.get(m.group(1).lower(), m.group(0)), template)
    return filled, _TOKEN.search(filled) is None


def filled_template(template: str, values: Mapping[str, str]) -> str | None:
    """`template` with its placeholders filled, or None when one is not filled here (`:yearday`,
    a taxonomy's `:tags`...: the address is then unknown)."""
    filled, whole = partly_filled(template, values)
    return filled if whole else None


def _template_address(
    rel: PurePosixPath,
    keys: Mapping[str, Any],
    language: str,
    config: Mapping[str, Any],
    settings: PathSettings,
) -> str | None:
    """The address a section's template gives the page at `rel` (its header's keys lowered;
    under `/<language>` when given), or None: no template, or a placeholder not filled here."""
    template = section_template(config, rel.parts[0]) if takes_template(rel) else None
    if template is None:
        return None
    filled = filled_template(template, _values_of(rel, keys, settings))
    if filled is None:
        return None
    prefix = f"/{language}" if language else ""
    return re.sub(r"/{2,}", "/", f"{prefix}/{filled}/")


def given_address(
    rel: PurePosixPath,
    front_matter: Mapping[Any, Any],
    folder_address: str,
    language: str,
    config: Mapping[str, Any],
) -> str:
    """The address Hugo publishes the page at `rel` (in its content folder) at: its `url:`, its
    section's template, its folder's address with `slug:` as the last part, else
    `folder_address` (`language`: the prefix its folder address has, or '')."""
    # Every Hugo page comes through here: its keys lowered and the site's path settings read once.
    keys = _keys(front_matter)
    url = _url_of(keys)
    if url is not None:
        return url
    settings = path_settings(config)
    placed = _template_address(rel, keys, language, config, settings)
    if placed is not None:
        return placed
    slug = keys.get("slug")
    if isinstance(slug, str) and slug.strip() and folder_address.strip("/"):
        parent = folder_address.rstrip("/").rsplit("/", 1)[0]
        return f"{parent}/{path_sanitized(slug.strip(), *settings)}/"
    return folder_address


def _keys(front_matter: Mapping[Any, Any]) -> dict[str, Any]:
    if not isinstance(front_matter, Mapping):
        return {}
    return {str(k).lower(): v for k, v in front_matter.items()}
