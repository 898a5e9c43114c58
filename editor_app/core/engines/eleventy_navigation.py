"""11ty.dev's `{{ "Advanced" | nav | eleventyNavigationToHtml({ showExcerpt: true }) | safe }}`:
the list of a section's pages drawn as the site prints it.

The site adds `@11ty/eleventy-navigation` (1.0.5) and a filter of its own, `nav`
(`config/sidebarPlugin.js`: `navigation.find(collections.all, key)` without the pages whose
data says `removedFeature: true`). The plugin's `find` takes every page whose
`eleventyNavigation.parent` is the key, sorted as it sorts them (pinned first, then by
`order`, those without one last, in the collection's order), each with its own children;
`eleventyNavigationToHtml` prints `<ul><li><a href="url">title</a>: excerpt<ul>...</ul></li>
...</ul>` and `eleventyNavigationToMarkdown` `* [title](url): excerpt` lines, two spaces
more for each level. Each page's `eleventyNavigation` is read from its front matter over its
folders' JSON data (merged as Eleventy deep-merges it), its address as Eleventy makes it.

Not drawn (a placeholder saying why): a section holding a page whose navigation is computed
(`eleventyComputed`), written in JavaScript (`.11ty.js`, a `.11tydata.js` file) or whose
address a template makes; other options than `showExcerpt`. Pages without `order`, and pages
of the same order, keep the collection's order: by date (its `date`, else a date in its path,
else the file's creation date), then by path. The preview sorts them so when each has a date
of its own; otherwise it takes them by path, and the list's hover says so.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from editor_app.core.engines.eleventy_definitions import replaced_trimming
from editor_app.core.engines.templates import RAW_BLOCK
from editor_app.core.site_eleventy import read_script

_FIND = re.compile(
    r"const\s+(?P<fn>\w+)\s*=\s*(?:memoize\(\s*)?function\s*\(\s*(?P<key>\w+)\s*\)\s*\{\s*"
    r"return\s+(?:\w+\(\s*)?navigation\.find\(\s*this\.ctx\.collections\.all\s*,\s*(?P=key)\s*\)"
    r"(?:\s*,\s*[\"'](?P<prop>\w+)[\"']\s*\))?\s*;?\s*\}"
)
_FILTER = r"addFilter\(\s*[\"'](\w+)[\"']\s*,\s*{0}\s*\)"
_TEMPLATES = (".md", ".njk", ".html", ".liquid", ".webc", ".hbs", ".mustache", ".ejs", ".pug")
_JAVASCRIPT = (".11ty.js", ".11ty.cjs", ".11ty.mjs")
_MOST_PAGES = 5000


@dataclass
class NavEntry:
    """A page in the navigation, as the plugin's `find` returns it."""

    key: str
    title: str
    url: str | None
    order: float | None
    pinned: bool
    excerpt: str
    data: dict
    children: list[NavEntry] = field(default_factory=list)
    # Its date in the collection's order (UTC seconds): its `date`, else one in its path;
    # None when it is the file's creation date, which the preview cannot know.
    date: float | None = None


@dataclass
class Navigation:
    """The site's pages by their navigation parent, as read from their files."""

    by_parent: dict[str, list[tuple[str, NavEntry]]]  # parent -> (input path, entry)
    unknown: dict[str, str]  # parent -> why a page under it cannot be read
    filters: dict[str, str | None]  # the site's `nav` filters -> the data key leaving a page out


def pages_signature(source: Path) -> tuple[tuple[str, int, int], ...]:
    """Each file under `source` with its modification time and size (hidden and dependency
    folders left out): what changes when a page is saved, added or removed, so that the
    navigation read from them is read again."""
    found: list[tuple[str, int, int]] = []
    for folder, dirs, files in os.walk(source):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "node_modules")
        for name in sorted(files):
            path = os.path.join(folder, name)
            try:
                stat = os.stat(path)
            except OSError:
                continue
            found.append((path, stat.st_mtime_ns, stat.st_size))
            if len(found) > 2 * _MOST_PAGES:
                return tuple(found)
    return tuple(found)


def read_nav_filters(config: str) -> dict[str, str | None]:
    """The site's filters returning `navigation.find(collections.all, key)` (name -> the page
    data key whose `true` leaves a page out, None when none), when it adds the plugin."""
    if "@11ty/eleventy-navigation" not in config:
        return {}
    found: dict[str, str | None] = {}
    for m in _FIND.finditer(config):
        for name in re.findall(_FILTER.format(re.escape(m.group("fn"))), config):
            found[name] = m.group("prop")
    return found


def read_navigation(
    root: Path,
    source: Path,
    ignore: list[str],
    filters: dict[str, str | None],
    includes: Path | None = None,
) -> Navigation:
    """Every page's navigation entry under `source` (the input folder; `includes` and its
    `_data` folder hold none, nor what the site ignores), for the site's `nav` filters
    `filters` (`read_nav_filters`)."""
    from editor_app.core.site_eleventy import eleventy_data, eleventy_page_url
    from editor_app.core.site_entries import read_front_matter

    by_parent: dict[str, list[tuple[str, NavEntry]]] = {}
    unknown: dict[str, str] = {}
    seen = 0
    for folder, dirs, files in os.walk(source):
        rel_folder = Path(folder).relative_to(root).as_posix()
        skip = {includes, source / "_data"}
        dirs[:] = sorted(
            d for d in dirs
            if not d.startswith(".") and d != "node_modules" and Path(folder) / d not in skip
            and not _ignored(f"{rel_folder}/{d}".lstrip("./"), ignore)
        )
        for name in sorted(files):
            path = Path(folder) / name
            rel = path.relative_to(root).as_posix()
            if _ignored(rel, ignore):
                continue
            if name.endswith(_JAVASCRIPT):
                text = read_script(path)
                parent = re.search(r"eleventyNavigation\s*:\s*\{[^}]*?parent\s*:\s*[\"']([^\"']+)", text)
                if parent:
                    unknown.setdefault(parent.group(1), f"{rel} gives its place in JavaScript")
                continue
            if not name.endswith(_TEMPLATES):
                continue
            seen += 1
            if seen > _MOST_PAGES:
                return Navigation(by_parent, unknown, filters)
            try:
                front, _, _ = read_front_matter(path.read_bytes())
            except OSError:
                continue
            directory, unread = eleventy_data(source, path)
            for js in unread:
                if "eleventyNavigation" in read_script(js):
                    unknown.setdefault("*", f"{js.relative_to(root).as_posix()} is JavaScript")
            data = {**directory, **(front if isinstance(front, dict) else {})}
            nav = _merged(directory.get("eleventyNavigation"), front.get("eleventyNavigation")
                          if isinstance(front, dict) else None)
            if not nav or data.get("eleventyExcludeFromCollections") is True:
                continue
            parent = nav.get("parent")
            computed = data.get("eleventyComputed")
            if isinstance(computed, dict) and "eleventyNavigation" in computed:
                unknown.setdefault(str(parent or ""), f"{rel} computes its place")
                continue
            key = nav.get("key")
            if not isinstance(key, str) or (parent is not None and not isinstance(parent, str)):
                continue
            url = nav.get("url")
            if url is None:
                url = eleventy_page_url(source, path, data, unread)
            if url is None:
                unknown.setdefault(str(parent or ""), f"a template makes {rel}'s address")
                continue
            order = nav.get("order")
            entry = NavEntry(
                key,
                str(nav.get("title") or key),
                url if isinstance(url, str) and url else None,
                float(order) if isinstance(order, (int, float)) else None,
                bool(nav.get("pinned")),
                str(nav.get("excerpt") or ""),
                data,
                date=collection_date(data.get("date"), rel),
            )
            by_parent.setdefault(str(parent or ""), []).append((rel, entry))
    return Navigation(by_parent, unknown, filters)


def _merged(outer: object, inner: object) -> dict:
    """Eleventy's deep merge of two `eleventyNavigation` objects (the inner winning)."""
    merged = dict(outer) if isinstance(outer, dict) else {}
    if isinstance(inner, dict):
        merged.update(inner)
    return merged


def _ignored(rel: str, ignore: list[str]) -> bool:
    return any(rel == i.rstrip("/") or rel.startswith(i.rstrip("/") + "/") for i in ignore)


# -- the plugin's find and printing ---------------------------------------------------------


def found(
    nav: Navigation, key: str, left_out: str | None
) -> tuple[list[NavEntry], set[str]] | str:
    """`find(key)` less the pages whose data has `left_out: true`, and which pages had to be
    put in path order, their collection order not known ("without" an order, of the "same"
    order; none when each has a date of its own or a rank alone); why not when a page under
    it cannot be read."""
    guessed: set[str] = set()  # which pages had to be put in path order: "without", "same"

    def children(parent: str, depth: int) -> list[NavEntry] | str:
        nonlocal guessed
        if parent in nav.unknown or "*" in nav.unknown:
            return nav.unknown.get(parent) or nav.unknown["*"]
        pages = [entry for _, entry in sorted(nav.by_parent.get(parent, []), key=lambda p: p[0])]
        # The plugin's sort is stable: pages of one rank keep the collection's order, by
        # date, then by path. Known when each of them has a date of its own.
        ranks: dict[tuple[int, float], list[NavEntry]] = {}
        for entry in pages:
            ranks.setdefault(_sort_key(entry), []).append(entry)
        pages = []
        for rank in sorted(ranks):
            alike = ranks[rank]
            if len(alike) > 1 and all(p.date is not None for p in alike):
                alike.sort(key=lambda p: p.date or 0.0)
            elif len(alike) > 1:
                guessed |= {"without" if rank[0] == 2 else "same"}
            pages += alike
        for entry in pages:
            if depth > 20:
                return "its pages nest too deep"
            below = children(entry.key, depth + 1)
            if isinstance(below, str):
                return below
            entry.children = below
        return [p for p in pages if not (left_out and p.data.get(left_out) is True)]

    result = children(key, 0)
    return result if isinstance(result, str) else (result, guessed)


_PATH_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ISO_DATE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"
    r"(Z|[+-]\d{2}:?\d{2})?)?"
)


def collection_date(value: object, path: str) -> float | None:
    """A page's date as Eleventy sorts collections by it (UTC seconds): its `date` (a YAML
    date or time, or text in ISO form; a date without a zone is UTC), else the first
    `YYYY-MM-DD` in its path; None when it is the file's creation date or a word Eleventy
    resolves (`Last Modified`, `git Created`)."""
    if isinstance(value, dt.datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return aware.timestamp()
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC).timestamp()
    if isinstance(value, str) and value.strip():
        m = _ISO_DATE.fullmatch(value.strip())
        if m is None:
            return None
        text = value.strip().replace(" ", "T").replace("Z", "+00:00")
        try:
            shown = dt.datetime.fromisoformat(text)
        except ValueError:
            return None
        return collection_date(shown, path)
    if value is not None:
        return None
    m = _PATH_DATE.search(path)
    if m is None:
        return None
    try:
        return collection_date(dt.date(*(int(g) for g in m.groups())), path)
    except ValueError:
        return None


def _sort_key(entry: NavEntry) -> tuple[int, float]:
    if entry.pinned:
        return (0, entry.order or 0)
    if entry.order is not None:
        return (1, entry.order)
    return (2, 0)


def to_html(pages: list[NavEntry], show_excerpt: bool) -> str:
    """The plugin's `navigationToHtml(pages, {showExcerpt})`."""
    if not pages:
        return ""
    items = []
    for entry in pages:
        link = f'<a href="{entry.url}">' if entry.url else "<a>"
        excerpt = f": {entry.excerpt}" if show_excerpt and entry.excerpt else ""
        items.append(
            f"<li>{link}{entry.title}</a>{excerpt}{to_html(entry.children, show_excerpt)}</li>"
        )
    return "<ul>" + "\n".join(items) + "</ul>"


def to_markdown(pages: list[NavEntry], show_excerpt: bool, depth: int = 1) -> str:
    """The plugin's `navigationToMarkdown(pages, {showExcerpt})`."""
    indent = "  " * (depth - 1)
    out = []
    for entry in pages:
        title = f"[{entry.title}]({entry.url})" if entry.url else entry.title
        excerpt = f": {entry.excerpt}" if show_excerpt and entry.excerpt else ""
        out.append(f"{indent}* {title}{excerpt}\n{to_markdown(entry.children, show_excerpt, depth + 1)}")
    return "".join(out)


def with_navigation(text: str, nav: Navigation | None, reasons: dict[str, str]) -> str:
    """`text` with each `{{ "Key" | nav | eleventyNavigationToHtml(...) | safe }}` (or
    `ToMarkdown`) the site's filters name replaced by the list it prints; why one is not
    drawn kept in `reasons` by its tag (its hover)."""
    if nav is None or not nav.filters or "{{" not in text:
        return text
    names = "|".join(re.escape(n) for n in nav.filters)
    tag = re.compile(
        rf"(?P<raw>{RAW_BLOCK.pattern})"
        rf"""|\{{\{{(?P<d1>-?)\s*(?P<q>["'])(?P<key>[^"'\n]+)(?P=q)\s*\|\s*(?P<filter>{names})"""
        r"\s*\|\s*eleventyNavigationTo(?P<form>Html|Markdown)\s*(?:\(\s*(?P<opts>\{[^{}]*\})?\s*\))?"
        r"(?P<safe>\s*\|\s*safe)?\s*(?P<d2>-?)\}\}",
        re.S,
    )

    def printed(m: re.Match[str]) -> str | None:
        shown = _printed(m, nav)
        if isinstance(shown, tuple):
            reasons[m.group(0)] = shown[0]
            return None
        return shown

    return replaced_trimming(text, tag, printed)


def _printed(m: re.Match[str], nav: Navigation) -> str | tuple[str]:
    """The list the tag prints, or (why it is not drawn,)."""
    options = (m.group("opts") or "{}").strip("{} \n\t")
    show = False
    if options:
        option = re.fullmatch(r"showExcerpt\s*:\s*(true|false)\s*,?", options)
        if option is None:
            return ("it is given options the preview does not follow",)
        show = option.group(1) == "true"
    result = found(nav, m.group("key"), nav.filters[m.group("filter")])
    if isinstance(result, str):
        return (f"it lists the pages under {m.group('key')}, and {result}",)
    pages, guessed = result
    if m.group("form") == "Html":
        if not m.group("safe"):
            return ("without the safe filter its HTML is printed escaped",)
        printed = to_html(pages, show)
        if guessed and printed:
            which = {
                frozenset({"without"}): "Pages without an order are",
                frozenset({"same"}): "Pages of the same order are",
            }.get(frozenset(guessed), "Pages without an order, or of the same order, are")
            hover = html.escape(
                f"{which} listed here by their path; the site lists them "
                "by date (a file's creation date when it has none).",
            )
            printed = printed.replace("<ul>", f'<ul title="{hover}">', 1)
        return printed
    printed = to_markdown(pages, show)
    if re.search(r"[&<>\"']", printed.replace("](", "")):
        return ("its text holds characters Nunjucks escapes",)
    return printed
