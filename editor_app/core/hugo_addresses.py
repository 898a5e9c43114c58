r"""A Hugo page's address when its header or the site's settings give it one, not its folder.

Hugo publishes a page at its content folder's path unless `url:` says the whole path, a section's
`[permalinks]` template (or, newer, `[permalinks.page]`) makes it of the page's date, title, slug
or file name, or `slug:` names its last part. `SiteUrls` asks `given_address` for each Hugo page,
so Check's links, the preview's links and a rename know the address Hugo publishes. Titles and
slugs are made path parts as Hugo makes them (`MakePathSanitized`), following the site's
`removePathAccents` and `disablePathToLower`.

A placeholder is read as Hugo reads it: `:` then letters, digits and `_` (`:\w+`, `:sections`
optionally sliced, `:sections[1:]`: of Hugo's sections, the folders with an `_index` page), named in its own capitals (`:Title` and `:section_name` are no
placeholders: Hugo refuses the template); a name that is none of Hugo's is a layout of Go's
time package applied to the page's date when it holds one of its parts (`:2006`, `:01`, `:Jan`:
Hugo's documented "layout string components"; `:year2` is the year's name then the day).
"""

from __future__ import annotations

import calendar
import posixpath
import re
from collections.abc import Mapping, Set
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any

from editor_app.core.hugo_urlize import PathSettings, path_sanitized, path_settings
from editor_app.core.hugo_urlize import _go_lower as go_lower

# Hugo's `:\w+(\[.+?\])?` (Go's `\w`: ASCII letters, digits and `_`).
_TOKEN = re.compile(r":([0-9A-Za-z_]+)(\[[^\n]+?\])?")
# The parts of a Go time layout (`time.nextStdChunk`), tried at each character in this order:
# those of a day are filled from the page's date; a time of day or a zone (`15`, `04`, `PM`,
# `MST`, `Z07`...) leaves the address unknown, as the date read here has none.
_GO_LAYOUT = re.compile(
    r"(?P<long_month>January)|(?P<month>Jan(?![a-z]))|(?P<long_weekday>Monday)"
    r"|(?P<weekday>Mon(?![a-z]))|(?P<zone>MST)|(?P<zero_month>01)|(?P<zero_day>02)"
    r"|(?P<time>0[345])|(?P<year>06)|(?P<zero_yearday>002)|(?P<hour>15)|(?P<num_month>1)"
    r"|(?P<long_year>2006)|(?P<day>2)|_(?P<long_year2>2006)|(?P<under_day>_2)"
    r"|(?P<under_yearday>__2)|(?P<time2>[345]|PM|pm|Z07)"
)


def header_url(front_matter: Mapping[Any, Any]) -> str | None:
    """The whole path a page's `url:` gives it (read in any capitals, as Hugo reads keys), or
    None (none given, or an address on another site)."""
    return _url_of(_keys(front_matter))


def _url_of(keys: Mapping[str, Any], language: str = "") -> str | None:
    """`header_url` of a header whose keys are lowered; on a page under `/<language>`, a `url:`
    without a leading slash is under it too (`sans-barre/` on a French page is
    `/fr/sans-barre/`), one with it is as written (`/a-propos/`), as Hugo builds them."""
    url = keys.get("url")
    if not isinstance(url, str) or not url.strip():
        return None
    url = url.strip()
    if url.startswith(("http:", "https:", "//")):
        return None
    if language and not url.startswith("/"):
        return f"/{language}/{url}"
    return "/" + url.lstrip("/")


def default_in_subdir(config: Mapping[str, Any]) -> str:
    """The default language's code where Hugo publishes its pages under it, else '': with
    `defaultContentLanguageInSubdir` on a site of two languages or more (`hugo` 0.111 puts
    `url: sans-barre/` of an English page at /en/sans-barre/; with one language, at
    /sans-barre/)."""
    languages = config.get("languages")
    if config.get("defaultcontentlanguageinsubdir") is not True:
        return ""
    if not isinstance(languages, dict) or len(languages) < 2:
        return ""
    return str(config.get("defaultcontentlanguage") or "en").lower()


def hugo_alias_address(alias: str, page_url: str) -> str:
    """Where Hugo publishes a page's `aliases:` entry: one with a leading slash (or a web
    address) as written; another from the folder of the page's own address `page_url`, `..`
    going up (`hugo` 0.111: `old/` on `/posts/sluggy/` is `/posts/old/`, on a French
    `/fr/posts/a/` `/fr/posts/old/`; `../up/` is `/up/`)."""
    written = alias.strip()
    if written.startswith(("/", "http:", "https:")) or "://" in written:
        return alias
    folder = posixpath.dirname(page_url.rstrip("/"))
    joined = posixpath.normpath(posixpath.join(folder or "/", written))
    joined = "/" + joined.lstrip("/") if joined != "." else "/"
    return joined + ("/" if written.endswith("/") and joined != "/" else "")


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


# What tells Hugo's sections (the folders holding an `_index` page): the page's content folder,
# whose folders are then listed, or the set of those folders (paths in the content folder,
# `posts/sub`) the site's index gives once (`SiteUrls.index_folders`); None: every folder counts.
SectionFolders = Path | Set[str] | None


@dataclass(frozen=True)
class TemplateValues:
    """What each placeholder of a page stands for (`parts`, by name: `year`, `slug`...), and
    the page's date, for a name that is a layout of Go's time package (`:2006`, `:Jan`)."""

    parts: dict[str, str]
    day: date | None = None


def template_values(
    rel: PurePosixPath,
    front_matter: Mapping[Any, Any],
    settings: PathSettings,
    content_folder: SectionFolders = None,
) -> TemplateValues:
    """What each placeholder stands for on the page at `rel` (in `content_folder`, or the set
    of its folders holding an `_index` page, which tells Hugo's sections: without it, every
    folder counts as one)."""
    return _values_of(rel, _keys(front_matter), settings, content_folder)


def _sections(folders: tuple[str, ...], content_folder: SectionFolders) -> str:
    """Hugo's `:sections` of a page in `folders`: the path of its section, the deepest of
    those folders holding an `_index` page, else the first (a top-level folder is always a
    section; `posts/sub/` without `_index.md` is no section of its own: `hugo` builds
    `/:sections/:slug/` there as `/posts/the-slug/`)."""
    if content_folder is None:
        return "/".join(folders)
    for depth in range(len(folders), 1, -1):
        if _holds_index_page(content_folder, folders[:depth]):
            return "/".join(folders[:depth])
    return "/".join(folders[:1])


def _holds_index_page(content_folder: Path | Set[str], folders: tuple[str, ...]) -> bool:
    if isinstance(content_folder, Path):
        return any(content_folder.joinpath(*folders).glob("_index.*"))
    return "/".join(folders) in content_folder


def _values_of(
    rel: PurePosixPath,
    keys: Mapping[str, Any],
    settings: PathSettings,
    content_folder: SectionFolders = None,
) -> TemplateValues:
    """`template_values` of a header whose keys are lowered."""
    from editor_app.core.checks.common import as_date  # (the checks import the site)

    bundle = rel.stem == "index"
    name = rel.parent.name if bundle else rel.stem
    title, slug = keys.get("title"), keys.get("slug")
    title = path_sanitized(title, *settings) if isinstance(title, str) and title.strip() else ""
    slug = path_sanitized(slug.strip(), *settings) if isinstance(slug, str) and slug.strip() else ""
    values = {
        "section": rel.parts[0],
        "sections": _sections(rel.parts[:-2] if bundle else rel.parts[:-1], content_folder),
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
            yearday=str(day.timetuple().tm_yday),
        )
    return TemplateValues(values, day)


def _date_layout(layout: str, day: date | None) -> str | None:
    """What Go's `time.Format(layout)` writes for the page's date, or None: no date, no part of a layout in `layout` (Hugo refuses the template), or
    a part of a time of day or a zone."""
    if day is None or _GO_LAYOUT.search(layout) is None:
        return None
    parts = {
        "long_month": calendar.month_name[day.month],
        "month": calendar.month_abbr[day.month],
        "long_weekday": calendar.day_name[day.weekday()],
        "weekday": calendar.day_abbr[day.weekday()],
        "zero_month": f"{day.month:02d}",
        "zero_day": f"{day.day:02d}",
        "year": f"{day.year % 100:02d}",
        "zero_yearday": f"{day.timetuple().tm_yday:03d}",
        "num_month": str(day.month),
        "long_year": f"{day.year:04d}",
        "day": str(day.day),
        "under_day": str(day.day) if day.day >= 10 else None,  # (else padded with a space)
    }
    out: list[str] = []
    pos = 0
    for m in _GO_LAYOUT.finditer(layout):
        kind = m.lastgroup or ""
        if kind == "long_year2":  # `_2006`: a `_`, then the year
            out.append(layout[pos : m.start()] + "_" + parts["long_year"])
            pos = m.end()
            continue
        value = parts.get(kind)
        if value is None:
            return None  # a time of day, a zone, or a day padded with a space
        out.append(layout[pos : m.start()] + value)
        pos = m.end()
    out.append(layout[pos:])
    return "".join(out)


def _sliced(sections: str | None, cut: str) -> str | None:
    """`:sections[1:]`, `[:last]`, `[last]`, `[0]`...: the sections' parts as Go slices them,
    `last` the last one's index (`hugo` 0.111). A bound past the sections is trimmed to their
    number, as Hugo trims it (`[0:4]` of `posts/a` is `posts/a`, `[5:]` nothing); None where
    Hugo stops (a single index past them, `[3]`; a low bound above the high one, `[1:last]`
    of one section) or the cut is none of these."""
    if sections is None:
        return None
    parts = sections.split("/")
    bounds = cut[1:-1].strip().lower().split(":")
    if len(bounds) > 2:
        return None
    numbers: list[int | None] = []
    for bound in bounds:
        bound = bound.strip()
        if bound == "last":
            numbers.append(len(parts) - 1)
        elif bound.isdigit():
            numbers.append(int(bound))
        elif bound == "" and len(bounds) == 2:
            numbers.append(None)
        else:
            return None
    if len(numbers) == 1:
        index = numbers[0]
        return parts[index] if index is not None and index < len(parts) else None
    low = 0 if numbers[0] is None else min(numbers[0], len(parts))
    high = len(parts) if numbers[1] is None else min(numbers[1], len(parts))
    if low > high:
        return None
    return "/".join(parts[low:high])


def _placeholder(m: re.Match[str], values: TemplateValues) -> str | None:
    """What the placeholder `m` stands for, or None when it is not filled here."""
    name, cut = m.group(1), m.group(2)
    if cut is not None:
        return _sliced(values.parts.get(name), cut) if name == "sections" else None
    found = values.parts.get(name)
    return _date_layout(name, values.day) if found is None else found


def template_placeholders(template: str) -> set[str]:
    """The names of the placeholders in `template`, as written (`/:year/:slug/` -> year, slug;
    Hugo reads `:Title` as no placeholder of its own)."""
    return {name for name, _ in _TOKEN.findall(template)}


def partly_filled(template: str, values: TemplateValues) -> tuple[str, bool]:
    """`template` with the placeholders `values` gives filled, those it does not (a slice
    past the sections, `:sections[5]`; an hour, `:15`; no placeholder of Hugo's, `:Title`)
    left as written, and whether none was left."""
    left = False

    def fill(m: re.Match[str]) -> str:
        nonlocal left
        found = _placeholder(m, values)
        if found is None:
            left = True
            return m.group(0)
        return found

    filled = _TOKEN.sub(fill, template)
    return filled, not left


def filled_template(template: str, values: TemplateValues) -> str | None:
    """`template` with its placeholders filled, or None when one is not filled here (as
    `partly_filled` leaves them: the address is then unknown)."""
    filled, whole = partly_filled(template, values)
    return filled if whole else None


def _template_address(
    rel: PurePosixPath,
    keys: Mapping[str, Any],
    language: str,
    config: Mapping[str, Any],
    settings: PathSettings,
    content_folder: SectionFolders,
) -> str | None:
    """The address a section's template gives the page at `rel` (its header's keys lowered;
    under `/<language>` when given), or None: no template, or a placeholder not filled here."""
    template = section_template(config, rel.parts[0]) if takes_template(rel) else None
    if template is None:
        return None
    # Hugo's sections are looked for on the disk (each page's folders listed) only when the
    # template holds `:sections`: most do not, and each page of a templated section comes here.
    sections_in = content_folder if ":sections" in template else None
    filled = filled_template(template, _values_of(rel, keys, settings, sections_in))
    if filled is None:
        return None
    if settings.to_lower:  # Hugo lowers the whole path, the template's own words too
        filled = go_lower(filled)
    prefix = f"/{language}" if language else ""
    return re.sub(r"/{2,}", "/", f"{prefix}/{filled}/")


def given_address(
    rel: PurePosixPath,
    front_matter: Mapping[Any, Any],
    folder_address: str,
    language: str,
    config: Mapping[str, Any],
    content_folder: SectionFolders = None,
) -> str:
    """The address Hugo publishes the page at `rel` (in `content_folder`, or the set of its
    folders holding an `_index` page: `SectionFolders`) at: its `url:`, its
    section's template, its folder's address with `slug:` as the last part, else
    `folder_address` (`language`: the prefix its folder address has, or '')."""
    # Every Hugo page comes through here: its keys lowered and the site's path settings read once.
    keys = _keys(front_matter)
    url = _url_of(keys, language)
    if url is not None:
        return url
    settings = path_settings(config)
    placed = _template_address(rel, keys, language, config, settings, content_folder)
    if placed is not None:
        return placed
    slug = keys.get("slug")
    if isinstance(slug, str) and slug.strip() and folder_address.strip("/"):
        parent = folder_address.rstrip("/").rsplit("/", 1)[0]
        return f"{parent}/{path_sanitized(slug.strip(), *settings)}/"
    return folder_address


def _keys(front_matter: Mapping[Any, Any]) -> dict[str, Any]:
    """The header with its keys lowered as Hugo reads them: a key given twice keeps its last
    value (the header's reader drops the rest), and a key in capitals (`Slug:`, `URL:`) wins
    over the same key in small letters wherever it stands (Hugo lowers the capitalised keys
    over the others: `hugo` 0.111 builds `slug: a` then `Slug: b`, and `Slug: b` then
    `slug: a`, at `b`). Between two spellings in capitals (`Slug:`, `SLUG:`) Hugo's choice is
    not fixed; the later is taken, as Hugo mostly does."""
    if not isinstance(front_matter, Mapping):
        return {}
    lowered = {}
    capitalised = {}
    for k, v in front_matter.items():
        name = str(k)
        low = name.lower()
        if name == low:
            lowered[low] = v
        else:
            capitalised[low] = v
    lowered.update(capitalised)
    return lowered
