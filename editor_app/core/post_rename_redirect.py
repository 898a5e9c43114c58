"""A page's old address kept when its renamed file moves it (core/post_rename.py): links from
other sites, bookmarks and search engines still lead to it, through the site's own redirect
mechanism: `redirect_from:` where a Jekyll site uses jekyll-redirect-from (its `_config.yml`
plugins or its Gemfile), Hugo's `aliases:` (unless `disableAliases` is set and no page uses
them). Eleventy has none of its own: nothing is added there.

Only that field's lines of the page's header change (`Document.set`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from editor_app.core.document import Document
from editor_app.core.post_rename_addresses import header_key

_JEKYLL_PLUGIN = "jekyll-redirect-from"


def redirect_field(site: Any) -> str | None:
    """The header field that keeps a page's old addresses on this site: `redirect_from`,
    `aliases`, or None when the site has no redirect mechanism."""
    generator = getattr(site, "generator", None)
    if generator == "hugo":
        config = site.layout.config
        if not config.get("disablealiases"):
            return "aliases"
        # hugo-docs turns Hugo's alias pages off and makes its own redirects from them.
        used = any("aliases" in {str(k).lower() for k in e.front_matter} for e in site.entries())
        return "aliases" if used else None
    if getattr(site, "is_jekyll", False):
        config = site.config if isinstance(site.config, dict) else {}
        for key in ("plugins", "gems"):
            listed = config.get(key)
            if isinstance(listed, list) and _JEKYLL_PLUGIN in listed:
                return "redirect_from"
        gemfile = Path(site.root) / "Gemfile"
        try:
            if _JEKYLL_PLUGIN in gemfile.read_text(encoding="utf-8", errors="replace"):
                return "redirect_from"
        except OSError:
            pass
    return None


def with_old_address(value: Any, old: str) -> list[Any] | None:
    """The field's value with `old` added (a list; one address becomes a list of two); None
    when it holds `old` already, or holds something that is no address list."""
    if value is None or value == "":
        return [old]
    if isinstance(value, str):
        return None if value == old else [value, old]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return None if old in value else [*value, old]
    return None


def keep_old_address(
    path: str | os.PathLike[str],
    field: str,
    old: str,
    root: str | os.PathLike[str],
    site: Any = None,
) -> bool:
    """Add `old` to the page's `field` and save it; False when it is there already or the
    field holds something else (said by the caller). A field the page lacks goes where, and
    as, the other pages of its collection on `site` write it (`aliases: [/old/]` or one item
    a line), as `set` adds one. Raises OSError, ValueError on a header that cannot be edited."""
    doc = Document.load(path, inside=root)
    if doc.error is not None:
        raise ValueError(str(doc.error))
    key = header_key(doc.front_matter, field)
    value = with_old_address(doc.front_matter.get(key), old)
    if value is None:
        return False
    collection = _collection(site, path) if key not in doc.front_matter else None
    if collection and doc.front_matter_format == "yaml":
        from editor_app.core import field_place

        pages, texts = field_place.collection_headers(site, collection)
        field_place.set_as_the_others(doc, key, value, pages, texts)
    else:
        doc.set(key, value)
    doc.save(inside=root)
    return True


def _collection(site: Any, path: str | os.PathLike[str]) -> str | None:
    if site is None:
        return None
    try:
        return site.collection_of(Path(path).resolve())
    except (OSError, ValueError):
        return None


__all__ = ["keep_old_address", "redirect_field", "with_old_address"]
