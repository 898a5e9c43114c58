"""Hugo shortcodes that list the pages of a section, drawn from the site's own files.

hugo-docs' `{{% render-list-of-pages-in-section path=/methods/pager %}}` (and its table twin)
print, for each regular page of the section sorted by title, `[LinkTitle](Path)` and the
page's description as Markdown (a definition list, or a table with `headingColumn1/2`),
optionally only the pages of a filter listed in `data/page_filters.yaml` (`filter=x
filterType=include|exclude`), the title in backticks for pages whose `isFunctionOrMethod`
parameter is set (the page's own or the site's `[[cascade]]` for its path). Which shortcodes
do this is read from their templates (`GetPage`, `.RegularPages`, `.ByTitle`, the
description printed after a `: ` line or in a `|` table row), so another site's template
that does something else is never taken for one. A section not found leaves the placeholder.

What the preview leaves out: drafts (as a build does) and pages whose `build` options hide
them are treated alike only for `draft: true`; titles sort case-insensitively (Hugo sorts by
its language's collation, the same order for plain titles).
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from editor_app.core import safe_paths
from editor_app.core.engines.hugo_param import in_any_case
from editor_app.core.engines.hugo_shortcode_templates import shortcode_templates

_CALL = re.compile(r"\{\{%-?\s*(?P<name>[\w-]+)(?P<params>(?:[^%]|%(?!\}\}))*?)\s*-?%\}\}")
_PARAM = re.compile(r"""(?P<key>\w+)=(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|`(?P<bq>[^`]*)`|(?P<bare>\S+))""")
_HEADING = re.compile(r'or \(\.Get "(?P<key>headingColumn[12])"\) "(?P<default>[^"]*)"')
_MAX_PAGES = 2000


@dataclass(frozen=True)
class SectionList:
    """A shortcode listing a section's pages: as a definition `list` or a `table`."""

    kind: str
    code_titles: bool  # titles in backticks for pages with `isFunctionOrMethod`
    headings: tuple[str, str] = ("Item", "Description")


def section_list_shortcodes(root: Path) -> dict[str, SectionList]:
    """The site's shortcodes that list a section's pages, by name, told by their templates."""
    found: dict[str, SectionList] = {}
    for name, text in shortcode_templates(root).items():
        if not all(m in text for m in ("site.GetPage", ".RegularPages", ".ByTitle", ".Description")):
            continue
        code = "Params.isFunctionOrMethod" in text
        if ":--|:--" in text and "|{{ $page.Description }}" in text:
            defaults = {m["key"]: m["default"] for m in _HEADING.finditer(text)}
            headings = (defaults.get("headingColumn1", "Item"), defaults.get("headingColumn2", "Description"))
            found[name] = SectionList("table", code, headings)
        elif "\n: {{ $page.Description }}" in text:
            found[name] = SectionList("list", code)
    return found


@dataclass(frozen=True)
class _Page:
    path: str  # Hugo's logical path: `/functions/images/filter`
    title: str
    link_title: str
    description: str
    code_title: bool


class SectionLists:
    """Draws a site's section-listing shortcodes (`section_list_shortcodes`) in page text."""

    def __init__(self, root: Path, folders: list[Path], config: Mapping[str, Any]) -> None:
        self.root = root
        self.folders = folders
        self.names = section_list_shortcodes(root)
        self._cascade = _cascaded_code_paths(config)
        self._pages: dict[Path, tuple[int, _Page | None]] = {}
        # The filters file read last: (its path, modification time, size) and what it holds.
        self._filters: tuple[tuple[Path, int, int], dict[str, Any]] | None = None

    def with_lists(self, text: str) -> str:
        """`text` with each call of a listing shortcode replaced by the Markdown it prints."""
        if not self.names or "{{%" not in text:
            return text
        return _CALL.sub(self._drawn, text)

    def _drawn(self, m: re.Match[str]) -> str:
        shortcode = self.names.get(m["name"])
        if shortcode is None:
            return m.group(0)
        params = {p["key"].lower(): next(v for v in p.group("dq", "sq", "bq", "bare") if v is not None)
                  for p in _PARAM.finditer(m["params"])}
        pages = self._section_pages(params.get("path", ""))
        if pages is None:
            return m.group(0)
        chosen = self._filtered(pages, params)
        if chosen is None:
            return m.group(0)
        prefix = params.get("titleprefix", "")
        rows = []
        for page in chosen:
            title = prefix + page.link_title
            link = f"[`{title}`]({page.path})" if shortcode.code_titles and page.code_title else f"[{title}]({page.path})"
            rows.append(f"{link}|{page.description}" if shortcode.kind == "table" else f"{link}\n: {page.description}")
        if shortcode.kind == "table":
            head = (params.get("headingcolumn1") or shortcode.headings[0],
                    params.get("headingcolumn2") or shortcode.headings[1])
            return "\n".join([f"{head[0]}|{head[1]}", ":--|:--", *rows]) + "\n"
        return "\n\n".join(rows) + "\n"

    def _filtered(self, pages: list[_Page], params: dict[str, str]) -> list[_Page] | None:
        kind = (params.get("filtertype") or "none").lower()
        name = params.get("filter", "").lower()
        if not name:
            return pages if kind == "none" else []
        listed = self._page_filters().get(name)
        if not isinstance(listed, list):
            return None  # Hugo stops with an error: the placeholder stays
        wanted = {str(p).strip().rstrip("/").lower() for p in listed}
        if kind == "include":
            return [p for p in pages if p.path in wanted]
        if kind == "exclude":
            return [p for p in pages if p.path not in wanted]
        return pages if kind == "none" else []

    def _page_filters(self) -> dict[str, Any]:
        """`_page_filters` of the site, read again only when the file changes (a list is
        drawn again at each keystroke)."""
        path = _page_filters_file(self.root)
        try:
            stat = path.stat() if path is not None else None
        except OSError:
            stat = None
        if path is None or stat is None:
            return {}
        stamp = (path, stat.st_mtime_ns, stat.st_size)
        if self._filters is None or self._filters[0] != stamp:
            self._filters = (stamp, _page_filters(path))
        return self._filters[1]

    def _section_pages(self, path: str) -> list[_Page] | None:
        """The regular pages of the section `path`, sorted by title; None when not found."""
        rel = [p for p in path.strip().strip("/").split("/") if p]
        if any(p in (".", "..") for p in rel):
            return None
        for folder in self.folders:
            section = _folder_any_case(folder, rel)
            if section is None:
                continue
            pages = [self._page(folder, f) for f in _regular_page_files(section)]
            shown = [p for p in pages if p is not None]
            return sorted(shown, key=lambda p: (p.title.casefold(), p.title))
        return None

    def _page(self, folder: Path, path: Path) -> _Page | None:
        """The page at `path` as a list shows it (None: a draft, or unreadable); kept until
        the file changes (a list is drawn again at each keystroke)."""
        try:
            modified = path.stat().st_mtime_ns
        except OSError:
            return None
        known = self._pages.get(path)
        if known is not None and known[0] == modified:
            return known[1]
        page = self._read_page(folder, path)
        if len(self._pages) > 5000:
            self._pages.clear()
        self._pages[path] = (modified, page)
        return page

    def _read_page(self, folder: Path, path: Path) -> _Page | None:
        from editor_app.core.document import Document

        try:
            doc = Document.load(path)
        except (OSError, ValueError):
            return None
        fm = doc.front_matter if isinstance(doc.front_matter, dict) else {}
        if fm.get("draft") is True:
            return None
        rel = path.relative_to(folder).with_suffix("").as_posix()
        if rel.endswith("/index"):
            rel = rel[: -len("/index")]
        logical = "/" + rel.lower()
        title = str(fm.get("title") or "")
        params = fm.get("params") if isinstance(fm.get("params"), dict) else {}
        own = _setting(params, "isFunctionOrMethod")
        own = _setting(fm, "isFunctionOrMethod") if own is None else own
        code = bool(own) if own is not None else any(r.fullmatch(logical) for r in self._cascade)
        return _Page(
            path=logical,
            title=title,
            link_title=str(fm.get("linkTitle") or fm.get("linktitle") or title),
            description=str(fm.get("description") or ""),
            code_title=code,
        )


def _setting(table: Mapping[str, Any], name: str) -> Any:
    """A Hugo setting or parameter, its name in any case (Hugo reads them so)."""
    return in_any_case(table, [name])


def _folder_any_case(folder: Path, parts: list[str]) -> Path | None:
    place = folder
    for part in parts:
        try:
            names = {n.lower(): n for n in os.listdir(place)}
        except OSError:
            return None
        match = names.get(part.lower())
        if match is None:
            return None
        place = place / match
    checked = safe_paths.inside_site(folder, place.relative_to(folder).as_posix()) if parts else folder
    return checked if checked is not None and checked.is_dir() else None


def _regular_page_files(section: Path) -> list[Path]:
    """The section's regular pages: its Markdown files and leaf bundles, and those of folders
    below that are no section of their own (no `_index.md`)."""
    found: list[Path] = []
    folders = [section]
    while folders and len(found) < _MAX_PAGES:
        here = folders.pop()
        try:
            entries = sorted(os.scandir(here), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            if entry.is_symlink():
                continue
            path = Path(entry.path)
            if entry.is_dir():
                if (path / "_index.md").is_file():
                    continue  # a section of its own
                if (path / "index.md").is_file():
                    found.append(path / "index.md")  # a leaf bundle: one page
                else:
                    folders.append(path)
            elif entry.name.endswith(".md") and entry.name not in ("_index.md", "index.md"):
                found.append(path)
    return found


def _page_filters_file(root: Path) -> Path | None:
    """The site's `data/page_filters` file (YAML, TOML or JSON), None when it has none."""
    for suffix in (".yaml", ".yml", ".toml", ".json"):
        path = safe_paths.inside_site(root, f"data/page_filters{suffix}")
        if path is not None and path.is_file():
            return path
    return None


def _page_filters(path: Path) -> dict[str, Any]:
    """`hugo.Data.page_filters`: what the filters file at `path` holds, names lower-cased."""
    suffix = path.suffix
    try:
        text = path.read_text(encoding="utf-8")
        data = (
            yaml.safe_load(text) if suffix in (".yaml", ".yml")
            else tomllib.loads(text) if suffix == ".toml" else json.loads(text)
        )
    except (OSError, ValueError, yaml.YAMLError):
        return {}
    return {str(k).lower(): v for k, v in data.items()} if isinstance(data, dict) else {}


def _cascaded_code_paths(config: Mapping[str, Any]) -> list[re.Pattern[str]]:
    """The path globs of the site's `[[cascade]]` entries setting `isFunctionOrMethod` for
    pages (`path = '{/functions/**,/methods/**}'`), as patterns of logical paths."""
    cascade = _setting(config, "cascade")
    entries = cascade if isinstance(cascade, list) else [cascade] if isinstance(cascade, dict) else []
    found = []
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        params = entry.get("params") if isinstance(entry.get("params"), dict) else entry
        target = entry.get("target") or entry.get("_target") or {}
        if _setting(params, "isFunctionOrMethod") is not True or not isinstance(target, dict):
            continue
        kind = str(target.get("kind", "page"))
        glob = target.get("path")
        if "page" in kind and isinstance(glob, str):
            found.append(_glob(glob))
    return found


def _glob(glob: str) -> re.Pattern[str]:
    """Hugo's path glob (`{a,b}`, `**`, `*`) as a pattern of lower-case logical paths."""
    out = []
    i = 0
    while i < len(glob):
        c = glob[i]
        if glob.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        out.append({"*": "[^/]*", "{": "(?:", "}": ")", ",": "|", "?": "[^/]"}.get(c, re.escape(c)))
        i += 1
    return re.compile("".join(out).lower())
