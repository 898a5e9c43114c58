"""A new Eleventy page's navigation entry, as its siblings write theirs.

Eleventy's navigation plugin names a page in menus by `eleventyNavigation.key` (under
`parent`, the key of the entry it hangs from). Most of Eleventy's docs pages (138 of 156) and
its blog posts name themselves so: a new page of such a collection gets `key:` set to its
title, and `parent:` when most of the pages in its folder share one; both in the order those
pages write them. Nothing is added where most pages have no key (never an empty group).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

NAVIGATION = "eleventyNavigation"


def _navigation(entry: Any) -> dict[str, Any] | None:
    group = entry.front_matter.get(NAVIGATION)
    return group if isinstance(group, dict) else None


def navigation_values(
    site: Any, pages: list[Any], folder: Path, title: str, given: Any = None
) -> dict[str, Any] | None:
    """`eleventyNavigation` for a new page titled `title` in `folder` among `pages` (its
    collection's readable pages), merged with the group `given` so far (a schema default:
    `{parent: Blog}`); None when most of `pages` give no navigation key (then `given` stands)."""
    if getattr(site, "generator", None) != "eleventy" or not title.strip():
        return None
    named = [g for e in pages if (g := _navigation(e)) is not None and g.get("key")]
    if not pages or len(named) * 2 <= len(pages):
        return None
    group: dict[str, Any] = dict(given) if isinstance(given, dict) else {}
    group["key"] = title.strip()
    if "parent" not in group:
        parent = _folder_parent(pages, folder)
        if parent is not None:
            group["parent"] = parent
    if "parent" in group:
        # Written in the order most pages naming both write them (`parent:` first on Eleventy's).
        first = Counter(
            "parent" if list(g).index("parent") < list(g).index("key") else "key"
            for g in named
            if "parent" in g
        )
        lead = "key" if first["key"] > first["parent"] else "parent"
        group = {lead: group[lead], **{k: v for k, v in group.items() if k != lead}}
    return group


def _folder_parent(pages: list[Any], folder: Path) -> str | None:
    """The parent most of the pages in `folder` hang from (Eleventy's `docs/filters`: all
    under Filters), None when they differ (the docs' own folder: a dozen parents)."""
    here = folder.resolve()
    near = [e for e in pages if Path(e.path).parent.resolve() == here]
    parents = Counter(
        g.get("parent") for e in near if (g := _navigation(e)) is not None and g.get("parent")
    )
    if not parents:
        return None
    parent, count = parents.most_common(1)[0]
    return parent if isinstance(parent, str) and count * 2 > len(near) else None


def is_group(pages: list[Any], key: str) -> bool:
    """Whether most of `pages` carrying `key` give it a group of fields (a mapping)."""
    given = [e.front_matter.get(key) for e in pages if e.front_matter.get(key) is not None]
    return bool(given) and sum(isinstance(v, dict) for v in given) * 2 > len(given)


def title_left_out(
    pages: list[Any], values: dict[str, Any], title: str, schema: Any, collection: str
) -> str | None:
    """The field holding the new page's `title` among `values` (`title`, `pageTitle`...), when
    its menu key names it and most of `pages` leave that field out (Eleventy's docs: 14 of
    156 write `pageTitle`), unless the schema requires it; else None (the field stays)."""
    key = next((k for k, v in values.items() if k.lower().endswith("title") and v == title), None)
    if key is None or sum(key in e.front_matter for e in pages) * 2 >= len(pages):
        return None
    cs = schema.for_collection(collection) if schema is not None else None
    field = next((f for f in cs.fields if f.name == key), None) if cs is not None else None
    return None if field is not None and field.required else key


def bodies_open_with_heading(pages: list[Any], limit: int = 200) -> bool:
    """Whether most of `pages` (the first `limit`) open their body with a `# ` heading."""
    from editor_app.core.document import Document

    opening = 0
    for entry in pages[:limit]:
        try:
            body = Document.load(Path(entry.path)).body
        except (OSError, ValueError):
            continue
        first = next((line for line in body.splitlines() if line.strip()), "")
        opening += first.startswith("# ")
    return opening * 2 > len(pages[:limit])
