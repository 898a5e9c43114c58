"""Whether an Eleventy page's layout prints its `tags`.

Eleventy's `tags` name the collections a page belongs to (11ty.dev's docs: `related-filters`,
`quicktips`); a page shows them only when its layout prints them. The preview draws a page's
tags under its title only when the layout chain does (`{{ tags }}`, `{% for tag in tags %}`).
The layout is the page's own `layout:`, else its directory data's (JSON read, or the
`layout: "..."` a JavaScript data file writes out as text), each layout's own `layout:` next.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, NamedTuple

from editor_app.core import safe_paths
from editor_app.core.site_eleventy import eleventy_data_files

# A template output or tag that reads the page's tags (`tags`, `page.tags`, `data.tags`).
_PRINTS_TAGS = re.compile(
    r"\{[{%][^{}]*?(?<![\w.-])(?:(?:page|data)\.)?tags\b(?![\w-])[^{}]*?[}%]\}"
)
_JS_LAYOUT = re.compile(r"""\blayout\s*:\s*(["'`])([^"'`\n]+)\1""")
_FRONT_LAYOUT = re.compile(r"""^layout\s*:\s*["']?([^"'\n#]+?)["']?\s*$""", re.M)
_MAX_CHAIN = 8  # a layout naming itself, or a ring of them, ends here


def page_layout_name(
    site: Any, front_matter: dict, path: Path | None, data_files: list[Path] | None = None
) -> str | None:
    """The layout an Eleventy page is drawn with, as its front matter or data files name it
    (`data_files`: the page's, when already found)."""
    named = front_matter.get("layout")
    if isinstance(named, str) and named.strip():
        return named.strip()
    layout = getattr(site, "layout", None)
    source = getattr(layout, "source", None)
    if path is None or source is None:
        return None
    # The innermost data file naming a layout wins, as Eleventy merges them; one in
    # JavaScript is read for a layout written out as text (`layout: "layouts/docs.njk"`).
    if data_files is None:
        data_files = eleventy_data_files(Path(source), Path(path))
    for data_file in reversed(data_files):
        try:
            text = data_file.read_text("utf-8", errors="replace")
        except OSError:
            continue
        if data_file.name.endswith(".json"):
            try:
                named = json.loads(text).get("layout")
            except (ValueError, AttributeError, RecursionError):
                named = None
        else:
            m = _JS_LAYOUT.search(text)
            named = m.group(2) if m else None
        if isinstance(named, str) and named.strip():
            return named.strip()
    return None


def _layout_file(site: Any, name: str) -> Path | None:
    layout = getattr(site, "layout", None)
    folders = [getattr(layout, "includes", None), getattr(layout, "source", None)]
    for folder in folders:
        if folder is None:
            continue
        for candidate in (Path(folder) / name, Path(folder) / "_layouts" / name):
            if safe_paths.is_file(candidate):
                return candidate
            for suffix in (".njk", ".liquid", ".html", ".md", ".11ty.js", ".webc"):
                with_suffix = candidate.with_name(candidate.name + suffix)
                if safe_paths.is_file(with_suffix):
                    return with_suffix
    return None


# How a layout chain's reading ended: at a layout naming none, at `_MAX_CHAIN` layouts with
# one more named, or at a layout that cannot be found or read (or a ring of them).
_ENDED, _TOO_LONG, _BROKEN = "ended", "too long", "broken"


class LayoutChain(NamedTuple):
    """An Eleventy page's layout chain as read: the layout it names, each layout's file and
    text innermost first (as far as they were read), and how the reading ended."""

    name: str | None
    layouts: list[tuple[Path, str]]
    ended: str


def page_layout_chain(
    site: Any, front_matter: dict, path: Path | None, data_files: list[Path] | None = None
) -> LayoutChain:
    """The page's Eleventy layout chain, read once a render for the three questions below
    (`data_files`: the page's, when already found)."""
    name = page_layout_name(site, front_matter, path, data_files)
    return LayoutChain(name, *_layout_chain(site, name))


def layout_prints_tags(
    site: Any,
    front_matter: dict,
    path: Path | None,
    data_files: list[Path] | None = None,
    chain: LayoutChain | None = None,
) -> bool:
    """Whether the page's Eleventy layout chain prints its tags (False when it has no layout
    or its layout cannot be found: the page alone shows nothing of them); `data_files` the
    page's data files, `chain` its layout chain, when already found."""
    if chain is None:
        chain = page_layout_chain(site, front_matter, path, data_files)
    return any(_PRINTS_TAGS.search(text) for _, text in chain.layouts)


def _layout_chain(site: Any, name: str | None) -> tuple[list[tuple[Path, str]], str]:
    """The layout `name` and those it names in turn, innermost first (each file and its
    text, as far as they were read), and how the reading ended."""
    layouts: list[tuple[Path, str]] = []
    seen: set[Path] = set()
    while name:
        if len(seen) >= _MAX_CHAIN:
            return layouts, _TOO_LONG
        file = _layout_file(site, name)
        if file is None or file in seen:
            return layouts, _BROKEN
        seen.add(file)
        try:
            text = file.read_text("utf-8", errors="replace")
        except OSError:
            return layouts, _BROKEN
        layouts.append((file, text))
        m = _FRONT_LAYOUT.search(_front_matter(text))
        name = m.group(1).strip() if m else None
    return layouts, _ENDED


def _front_matter(text: str) -> str:
    """A layout's front matter as written between its `---` lines; "" without one."""
    return text.split("---", 2)[1] if text.startswith("---") and text.count("---") >= 2 else ""


_FRONT_KEY = re.compile(r"^\s*([A-Za-z_$][\w$-]*)\s*:", re.M)
_SCRIPT_NAME = re.compile(
    r"(?:\b(?:let|const|var|function|class)\s+|(?<![\w$.])(?=[A-Za-z_$][\w$]*\s*[:=(]))"
    r"([A-Za-z_$][\w$]*)"
)


def layout_data_keys(
    site: Any,
    front_matter: dict,
    path: Path | None,
    data_files: list[Path] | None = None,
    chain: LayoutChain | None = None,
) -> set[str] | None:
    """The data keys the page's Eleventy layout chain sets in its front matter (layout data
    is merged into the page's, above the site's global data); None when a layout named
    cannot be found or read, so what it sets is not known."""
    if chain is None:
        chain = page_layout_chain(site, front_matter, path, data_files)
    _, layouts, ended = chain
    if ended != _ENDED:
        return None
    keys: set[str] = set()
    for file, text in layouts:
        if file.name.endswith(".js"):
            return None  # a layout in JavaScript may give any data
        head = _front_matter(text)
        if re.match(r"[ \t]*js\b", head) and re.search(r"\b(?:let|const|var)\s*[{\[]", head):
            return None  # names declared by destructuring: not read here
        if re.match(r"[ \t]*js\b", head):
            # JavaScript front matter (11ty.dev's base layout): its declared names and every
            # key written in it (its `eleventyComputed` ones), more than it may set.
            keys |= set(_SCRIPT_NAME.findall(head))
        elif re.match(r"[ \t]*\S", head):
            return None  # front matter in JSON or another language: not read here
        keys |= set(_FRONT_KEY.findall(head))  # nested keys too: a computed one's name
    return keys


# The heading a layout prints of a page value: `<h1>{{ pageTitle | safe }}</h1>`.
_HEADING = re.compile(r"<h1\b[^>]*>\s*\{\{-?\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)")


def layout_heading_fields(
    site: Any,
    front_matter: dict,
    path: Path | None,
    data_files: list[Path] | None = None,
    chain: LayoutChain | None = None,
) -> list[str] | None:
    """The page values the Eleventy page's layout chain prints as headings (`<h1>{{ x }}`),
    innermost layout first (11ty.dev's docs: `pageTitle`, then its main layout's
    `headerTitle`; its blog: `newstitle`; its language pages: `eleventyNavigation.key`);
    None without a layout, or when one cannot be read."""
    if chain is None:
        chain = page_layout_chain(site, front_matter, path, data_files)
    name, layouts, ended = chain
    if not name:
        return None
    if ended == _BROKEN:
        return None
    fields: list[str] = []
    for _, text in layouts:
        for m in _HEADING.finditer(text):
            if m.group(1) in fields:
                continue
            if _left_out(text, m, front_matter, path, data_files, layouts, site):
                continue
            fields.append(m.group(1))
    return fields


_IF = re.compile(r"\{%-?\s*(?:if|elif|else|endif)\b(?:\s+(not\s+)?([A-Za-z_$][\w$]*)\s*-?%\})?")
_UNKNOWN = object()


def _left_out(
    text: str,
    heading: re.Match[str],
    front_matter: dict,
    path: Path | None,
    data_files: list[Path] | None,
    layouts: list[tuple[Path, str]],
    site: Any,
) -> bool:
    """Whether the `heading` of a layout's `text` stands in a condition on one other name
    that the page's data decides against for certain: 11ty.dev's main layout heads a page
    with `headerTitle` only `{%- if not isDocs %}`, and its docs layout sets `isDocs: true`."""
    opened = None
    for m in _IF.finditer(text, 0, heading.start()):
        opened = m
    if opened is None or not opened.group(0).lstrip("{%- ").startswith("if") or not opened.group(2):
        return False  # not directly inside `{% if [not] name %}` (an else, an end, no name)
    if opened.group(2) == heading.group(1).split(".")[0]:
        return False  # `{% if pageTitle %}<h1>{{ pageTitle }}`: printed when the page has it
    value = _page_data_value(opened.group(2), front_matter, path, data_files, layouts, site)
    if value is _UNKNOWN:
        return False
    shown = not value if opened.group(1) else bool(value)
    return not shown


def _page_data_value(
    name: str,
    front_matter: dict,
    path: Path | None,
    data_files: list[Path] | None,
    layouts: list[tuple[Path, str]],
    site: Any,
) -> Any:
    """`name`'s value in the page's data as far as it comes before the site's global data
    (its front matter, its data files, its layouts' front matter, innermost first), None when
    none of them sets it, `_UNKNOWN` when one may set it and is not read here (computed
    data, a JavaScript data file naming it, front matter not in YAML)."""
    computed = front_matter.get("eleventyComputed")
    if isinstance(computed, dict) and name in computed:
        return _UNKNOWN
    if name in front_matter:
        return front_matter[name]
    source = getattr(getattr(site, "layout", None), "source", None)
    if data_files is None:
        data_files = eleventy_data_files(Path(source), Path(path)) if source and path else []
    for data_file in reversed(data_files):
        try:
            data = data_file.read_text("utf-8", errors="replace")
        except OSError:
            return _UNKNOWN
        if not data_file.name.endswith(".json"):
            if name in data:
                return _UNKNOWN
            continue
        try:
            read = json.loads(data)
        except (ValueError, RecursionError):
            return _UNKNOWN
        if isinstance(read, dict) and name in read:
            return read[name]
    for _, text in layouts:
        head = _front_matter(text)
        if name not in head:
            continue
        m = re.search(rf"^{re.escape(name)}\s*:\s*(true|false)\s*$", head, re.M)
        if m is None or re.match(r"[ \t]*\S", head):
            return _UNKNOWN  # another value, or front matter in another language
        return m.group(1) == "true"
    return None


def page_name_fields(
    site: Any,
    front_matter: dict,
    path: Path | None,
    known: dict[str | None, LayoutChain] | None = None,
    known_folders: dict[Path, list[Path]] | None = None,
) -> list[str] | None:
    """The fields an Eleventy page is named by in the page list and the window's title, in
    the order to try: `title`, then the values the page's own layout chain prints as its
    heading (`layout_heading_fields`: a docs page's `pageTitle`, a blog post's `newstitle`,
    not the fields only other layouts print); None on another site, without a layout, when
    its layout cannot be read or prints none (`site_entries.title_value` then takes any
    field named for a title). `known`: the chain read for each layout name, kept by the
    caller for the pages after (a chain is read once; what it prints for a page is decided
    for each page, its data deciding a layout's conditions); `known_folders`: each folder's
    data files, kept likewise (`eleventy_data_files`)."""
    if getattr(site, "generator", None) != "eleventy":
        return None
    source = getattr(getattr(site, "layout", None), "source", None)
    # Found once for the layout's name and the conditions' values: the longest step here.
    data_files = (
        eleventy_data_files(Path(source), Path(path), known_folders) if source and path else []
    )
    name = page_layout_name(site, front_matter, path, data_files)
    chain = known.get(name) if known is not None else None
    if chain is None:
        chain = LayoutChain(name, *_layout_chain(site, name))
        if known is not None:
            known[name] = chain
    fields = layout_heading_fields(site, front_matter, path, data_files, chain) or []
    others = [f for f in fields if f != "title"]
    return ["title", *others] if others else None
