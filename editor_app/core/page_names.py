"""How a page is named among pages sharing its title (the guide's "Best Practices for
Maintainers" in English and in its Pidgin folder): one rule for the page list, Search Site,
the review queue and Drafts, so a page reads the same wherever it is listed."""

from __future__ import annotations

import os
import posixpath
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

SEPARATOR = " · "


def told_apart(pages: Sequence[tuple[str, str]]) -> dict[int, str]:
    """For pages (title, path) sharing a title with another page: position -> what tells it
    apart. That is its file name ("maintainers.md"), or, when pages of that title share the
    file name too, its path below the folder they share ("pcm/best-practices.md"). Paths
    are all relative to one folder or all absolute; one page
    listed twice (two search hits) is one page. Pages whose title is their own are not in
    the answer."""
    # Most titles are a page's own: counted first, so only shared ones are looked at further
    # (the page list does this for every collection of thousands of pages).
    counts = Counter(title for title, _path in pages)
    paths_by_title: dict[str, dict[str, list[int]]] = {}
    for at, (title, path) in enumerate(pages):
        if counts[title] > 1:
            paths = paths_by_title.setdefault(title, {})
            paths.setdefault(path.replace(os.sep, "/"), []).append(at)
    which: dict[int, str] = {}
    for paths in paths_by_title.values():
        if len(paths) < 2:
            continue
        by_name: dict[str, list[str]] = {}
        for path in paths:
            by_name.setdefault(posixpath.basename(path), []).append(path)
        for name, same in by_name.items():
            shared = posixpath.commonpath([posixpath.dirname(p) for p in same])
            for path in same:
                if len(same) < 2:
                    shown = name
                else:
                    shown = posixpath.relpath(path, shared or ".")
                for at in paths[path]:
                    which[at] = shown
    return which


def with_title(title: str, which: str | None) -> str:
    """The title as a list shows it: with what tells the page apart after it, when any."""
    return f"{title}{SEPARATOR}{which}" if which else title


def shown_titles(pages: Sequence[tuple[str, str]]) -> list[str]:
    """Each page's title as a list shows it, told apart from those sharing it."""
    which = told_apart(pages)
    return [with_title(title, which.get(at)) for at, (title, _path) in enumerate(pages)]


# The endings Save As keeps as typed: the files Jekyll, Hugo and Eleventy all read as a page
# (Markdown and HTML; `validate.PAGE_SUFFIXES`, the files a check takes as pages, has more).
SAVE_AS_SUFFIXES = (".md", ".markdown", ".html", ".htm")


def with_page_suffix(chosen: Path, page: Path | None) -> Path:
    """The file Save As writes for the name `chosen`: as typed when it ends as a page does
    (`.md`, `.markdown`, `.html`), else with the page's own ending (`.md` when it had none).
    A name typed bare ("directory-layout") was saved so, a file no generator reads as a page
    and the document list does not show; "notes.v2" is "notes.v2.md"."""
    if chosen.suffix.lower() in SAVE_AS_SUFFIXES:
        return chosen
    own = page.suffix.lower() if page is not None else ""
    return chosen.with_name(chosen.name + (own if own in SAVE_AS_SUFFIXES else ".md"))
