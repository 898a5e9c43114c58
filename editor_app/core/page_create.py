"""New pages: creating the file a new page of a collection gets (`core/new_page_path.py`:
named like its other pages, never taken; in one of the folders `core/new_page_folders.py`
allows) with a header like theirs (`core/new_page.py`).

Nothing is ever overwritten, and nothing is written outside the site folder. What callers
of `new_document` catch or ask first is given here too: the errors it raises (`FolderNeeded`,
`UnknownCollection`, `UnknownFolder`, `UnknownLanguage`, `NotHugo`), `page_folders` and
`proposed_path`.
"""

from __future__ import annotations

import datetime as dt
import errno
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor_app.core import safe_paths
from editor_app.core.archetype_find import BUNDLE_INDEX, find_archetype, is_bundle_archetype
from editor_app.core.new_page import new_page_start
from editor_app.core.new_page_folders import (
    FolderNeeded,
    UnknownCollection,
    UnknownFolder,
    _collection,
    _new_page_folder,
    _relative,
    folder_for_title,
    page_folders,
    subfolders_only,
)
from editor_app.core.new_page_path import (
    NotHugo,
    UnknownLanguage,
    _free_path,
    _index_name,
    _slug,
    language_base,
    proposed_path,
)
from editor_app.core.site import Site
from editor_app.core.store import atomic_create


@dataclass(frozen=True)
class NewPageRequest:
    """A new page asked for (the New document dialog's answer): the collection and title,
    the folder when another than the collection's own was picked, a Hugo archetype picked
    (`hugo new --kind`), a language told by file name (`fr`), and whether the page is a new
    section's own (`slug/_index.md`)."""

    collection: str
    title: str
    folder: str | None = None
    kind: str | None = None
    lang: str | None = None
    section: bool = False
    translation_of: str | None = None


def new_document(
    site: Site,
    collection: str,
    title: str,
    schema: Any = None,
    today: dt.date | None = None,
    folder: str | None = None,
    kind: str | None = None,
    lang: str | None = None,
    section: bool = False,
    translation_of: str | None = None,
) -> Path:
    """Create a document (`new_document_noted`, without its note) and return its path."""
    return new_document_noted(
        site, collection, title, schema, today, folder, kind, lang, section, translation_of
    )[0]


def new_document_noted(
    site: Site,
    collection: str,
    title: str,
    schema: Any = None,
    today: dt.date | None = None,
    folder: str | None = None,
    kind: str | None = None,
    lang: str | None = None,
    section: bool = False,
    translation_of: str | None = None,
) -> tuple[Path, str | None]:
    """Create a document in `collection` (in its folder, or in `folder`, one of
    `page_folders`; in `lang`, a language the Hugo site tells by file name: `slug.fr.md`,
    with that language's archetype values; `section`: a new Hugo section, `slug/_index.md`,
    from the section's file archetype as `hugo new posts/slug/_index.md`, else `NotHugo`)
    and return its path; never overwrites a file.

    The file is named like the collection's files (`YYYY-MM-DD-slug.md` when they are dated,
    else `slug.md`; `-2`, `-3`... when taken). Its front matter holds the schema's defaults,
    the title (in `title`, or the field other pages name these by) and today's date (in `date`,
    or the first required date field), with the collection's usual fields in their usual
    order, shape and quoting (`core/new_page.py`). On a Hugo site whose section has an
    archetype (or one of `kind`: `hugo new --kind`), the page starts from it
    (`core/archetypes.py`); a bundle archetype makes a folder, `index.md` and the archetype's
    other files (`core/archetype_bundle.py`). The note is one plain line on what the
    archetype could not give (None when all went as asked).

    `translation_of` (a page, from the site root): the translation of that page into `lang`
    (else `folder`'s language), its file where Hugo pairs the two and its `translationKey`
    (`core/new_page_translation.py`).
    """
    coll = _collection(site, collection)
    if schema is None:
        from editor_app.core.schema import load_schema

        schema = load_schema(site)
    if translation_of:
        return _new_translation(site, collection, title, schema, today, folder, lang, translation_of)
    if folder is None and not section:
        folder = folder_for_title(site, collection, title)
        subfolders = subfolders_only(site, collection) if folder is None else []
        if subfolders:
            raise FolderNeeded(_relative(coll.folder, site.root.resolve()), subfolders)
    picked = _new_page_folder(site, collection, folder)
    # A language kept in its own content folder: that folder's place (made below).
    base, named = language_base(site, picked, lang)
    # Another folder's pages may share values (`lang: fr`); the collection's own folder keeps
    # the collection's usual ones.
    near = picked if picked != coll.folder else None
    _check_inside(site, base)
    base.mkdir(parents=True, exist_ok=True)
    _check_inside(site, base)  # a link made meanwhile must not lead us out either
    made_for: Path | None = None
    index = _index_name(site, collection, kind, section)
    bundle = index == Path(BUNDLE_INDEX).stem
    slug, joiner = _slug(site, collection, base, title, index)
    while True:
        path = _free_path(coll, base, slug, today, index, named, joiner)
        if path != made_for:
            # Made for this file: a Hugo archetype may name it (`.File.ContentBaseName`), and
            # pages may write their address from their file's name (`permalink: /docs/x/`).
            data, note = new_page_start(site, collection, title, schema, today, near, path, kind)
            made_for = path
        try:
            if index:  # the page's folder is ours alone, or the next name is taken
                path.parent.mkdir()
            # Complete or not at all (a full disk never leaves an empty page), and only when
            # the name is free: another program taking it meanwhile moves us to the next one.
            atomic_create(path, data)
        except FileExistsError:
            continue
        break
    if bundle:
        more = add_bundle_files(site, collection, path, kind, today)[1]
        note = f"{note}; {more}" if note and more else note or more
    site.update_entry(path)
    return path, note


def _new_translation(
    site: Site,
    collection: str,
    title: str,
    schema: Any,
    today: dt.date | None,
    folder: str | None,
    lang: str | None,
    original: str,
) -> tuple[Path, str | None]:
    """`new_document_noted` for a translation: the one file Hugo pairs with `original`."""
    from editor_app.core.new_page_translation import (
        TranslationExists,
        language_words,
        translation_language,
        translation_path,
        with_translation_key,
    )

    language = translation_language(site, lang, folder)
    path = translation_path(site, original, language)
    near = path.parent if path.parent != _collection(site, collection).folder else None
    data, note = new_page_start(site, collection, title, schema, today, near, path)
    data = with_translation_key(site, original, data, path)
    _check_inside(site, path.parent)
    path.parent.mkdir(parents=True, exist_ok=True)
    _check_inside(site, path.parent)
    try:
        atomic_create(path, data)
    except FileExistsError:  # made meanwhile by another program: never written over
        shown = _relative(Path(site.root) / original, site.root.resolve())
        raise TranslationExists(shown, language_words(site, language), _relative(path, site.root.resolve())) from None
    site.update_entry(path)
    return path, note


def add_bundle_files(
    site: Site,
    collection: str,
    index: Path,
    kind: str | None = None,
    today: dt.date | None = None,
) -> tuple[list[str], str | None]:
    """Write the bundle archetype's other files beside the new bundle's `index` (never over
    a file there): those written (relative to the bundle's folder), and one plain line
    naming those holding template parts left out, else None. The window calls it on the
    new page's first Save, `new_document_noted` at once."""
    from editor_app.core.archetype_bundle import bundle_files, write_bundle_files
    from editor_app.core.archetypes import page_context

    archetype = find_archetype(site, collection, kind)
    if archetype is None or not is_bundle_archetype(archetype):
        return [], None
    files = bundle_files(archetype, page_context(site, collection, "", today, index, kind))
    written, missed = write_bundle_files(index.parent, files)
    unfilled = [f.relative for f in files if f.left_out and f.relative in written]
    said = []
    if unfilled:
        said.append(
            f"{', '.join(unfilled)} copied with template parts editor-app does not fill in "
            "left empty"
        )
    if missed:
        said.append(f"{', '.join(missed)} from the archetype could not be copied")
    return written, "; ".join(said) or None


class OutsideSite(OSError):
    """A new page would be written outside the site folder (a setting or link leads out)."""


def _check_inside(site: Site, folder: Path) -> None:
    if not safe_paths.is_inside(folder, site.root):
        raise OutsideSite(
            errno.EINVAL,
            "the collection's folder lies outside the site folder, so nothing was written there",
            str(folder),
        )


__all__ = [
    "add_bundle_files",
    "FolderNeeded",
    "NewPageRequest",
    "NotHugo",
    "OutsideSite",
    "UnknownCollection",
    "UnknownFolder",
    "UnknownLanguage",
    "new_document",
    "new_document_noted",
    "page_folders",
    "proposed_path",
]
