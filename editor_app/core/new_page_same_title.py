"""Another page of the collection with the same title as a new one (a second 'Jeni
Tennison', a Word document imported twice), among the pages in the new page's language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def same_title(
    site: Any,
    collection: str,
    title: str,
    besides: Path,
    lang: str | None = None,
    folder: Path | None = None,
) -> Path | None:
    """Another page of `collection` with this title (any capitals), if any, but `besides`:
    a second 'Jeni Tennison' among the people, or a Word document imported twice. On a
    Hugo site in several languages, only the pages in `besides`' language (or `lang`, for a
    page not made yet): a translation (`about.fr.md` beside `about.md`) may keep its title.
    Elsewhere, only the pages saying the `lang:` that `besides` says, or that the pages of
    `folder` (where a page not made yet goes) all say: the Open Source Guide's
    `_articles/fr` beside `_articles`, whose untranslated copies share titles."""
    if not hasattr(site, "documents"):
        return None
    wanted = title.strip().casefold()
    here = Path(besides).resolve()
    hugo = _multilingual_hugo(site)
    if hugo:
        lang = _language_of_page(site, here) or lang
    else:
        lang = _written_lang(site, collection, here, folder)
    for entry in site.documents(collection):
        named = entry.title.strip().casefold() if isinstance(entry.title, str) else None
        if named == wanted and Path(entry.path).resolve() != here:
            said = _language_of_page(site, Path(entry.path)) if hugo else _lang_said(entry)
            if lang is None or said == lang:
                return Path(entry.path)
    return None


def _lang_said(entry: Any) -> str | None:
    said = entry.front_matter.get("lang") if isinstance(entry.front_matter, dict) else None
    return said if isinstance(said, str) and said else None


def _written_lang(site: Any, collection: str, page: Path, folder: Path | None) -> str | None:
    """The `lang:` the page `page` says, else the one all pages in `folder` say (two or
    more); None when unsaid (every page of the collection is then compared)."""
    here = folder.resolve() if folder is not None else None
    near = []
    for entry in site.documents(collection):
        path = Path(entry.path).resolve()
        if path == page:
            return _lang_said(entry)
        if here is not None and path.parent == here:
            near.append(_lang_said(entry))
    return near[0] if len(near) >= 2 and len(set(near)) == 1 else None


def _multilingual_hugo(site: Any) -> bool:
    from editor_app.core.archetype_site import is_multilingual

    return getattr(site, "generator", None) == "hugo" and is_multilingual(site)


def _language_of_page(site: Any, path: Path) -> str | None:
    """The language of the page `path` on a Hugo site declaring several (`same_title` asks
    only there), None for a file that is no Markdown page."""
    from editor_app.core.archetype_site import language_of

    if path.suffix.lower() not in (".md", ".markdown"):
        return None
    return language_of(site, path)
