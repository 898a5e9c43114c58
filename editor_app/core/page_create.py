"""New pages: the file a new page of a collection gets (named like its other pages, never
taken), and creating it with a header like theirs (`core/new_page.py`).

Nothing is ever overwritten, and nothing is written outside the site folder.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor_app.core import safe_paths
from editor_app.core.archetype_find import (
    BUNDLE_INDEX,
    SECTION_INDEX,
    find_archetype,
    is_bundle_archetype,
)
from editor_app.core.new_page import new_page_start
from editor_app.core.new_page_name import named_like_neighbours, title_folder
from editor_app.core.site import Collection, Site
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


class UnknownCollection(KeyError):
    """The site has no collection of that name."""

    def __init__(self, name: str, known: Iterable[str]) -> None:
        super().__init__(name)
        self.name = name
        self.known = sorted(known)

    def __str__(self) -> str:
        if not self.known:
            return f"this site has no collection called {self.name!r}, nor any other yet"
        return f"this site has no collection called {self.name!r} (it has: {', '.join(self.known)})"


def slugify(title: str) -> str:
    """A file-name slug: lower case, accents dropped, anything else becomes one hyphen. A
    title with no Latin letter or digit (Persian, Japanese) keeps its own words, as Jekyll's
    and Hugo's slugs do (`مدیریت-پروژه`): every such page was `untitled`."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if not slug:
        # A file name holds 255 bytes: cut at a letter's edge (a letter cut in two is dropped).
        slug = _own_script_slug(title).encode("utf-8")[:_OWN_SCRIPT_BYTES].decode("utf-8", "ignore")
    return slug[:80].rstrip("-") or "untitled"


# At most this many bytes of a slug in another script (three a letter in Japanese): room for a
# date, a `-2` and the extension within a file name's 255.
_OWN_SCRIPT_BYTES = 180


def _own_script_slug(title: str) -> str:
    """`title`'s letters, digits and the marks written on them (a Hindi vowel sign), lower
    case, each run of anything else one hyphen."""
    kept = (
        c if unicodedata.category(c)[0] in "LNM" else "-"
        for c in unicodedata.normalize("NFC", title).lower()
    )
    return re.sub(r"-+", "-", "".join(kept)).strip("-")


def _suffix(folder: Path) -> str:
    """`.markdown` when most of the collection's files use it, else `.md`."""
    names = [p.suffix.lower() for p in folder.glob("*") if p.suffix.lower() in (".md", ".markdown")]
    return ".markdown" if names and names.count(".markdown") * 2 > len(names) else ".md"


class UnknownFolder(ValueError):
    """A folder that holds none of the collection's pages (a new page may go in one that does)."""

    def __init__(self, folder: str, known: Iterable[str]) -> None:
        super().__init__(folder)
        self.folder = folder
        self.known = list(known)

    def __str__(self) -> str:
        return (
            f"no page of this collection is in the folder {self.folder!r} "
            f"(its pages are in: {', '.join(self.known)})"
        )


class FolderNeeded(ValueError):
    """A collection whose pages all live in its subfolders (hugo-docs' methods, all in
    `methods/page`, `methods/site`...): a new page is not put alone at its top."""

    def __init__(self, folder: str, subfolders: Iterable[str]) -> None:
        super().__init__(folder)
        self.folder = folder
        self.subfolders = list(subfolders)

    def __str__(self) -> str:
        return (
            f"{self.folder} holds no page of its own, only folders of them: "
            f"give the folder, one of {', '.join(self.subfolders)}"
        )


class UnknownLanguage(ValueError):
    """A language the site does not tell by file name (not declared, or with its own content
    folder: its pages go there)."""

    def __init__(self, lang: str, known: Iterable[str]) -> None:
        super().__init__(lang)
        self.lang = lang
        self.known = list(known)

    def __str__(self) -> str:
        if not self.known:
            return (
                f"this site names no page by its language ({self.lang!r}): its languages, if "
                "any, each have their own content folder (--folder)"
            )
        return (
            f"this site has no language {self.lang!r} told by the file name (it has: "
            f"{', '.join(self.known)}; a language with its own content folder: --folder)"
        )


def name_language(site: Site, lang: str | None) -> str | None:
    """The language a new page's file name carries (`x.fr.md`): `lang` on a Hugo site that
    tells it by file name, None for the default language's (`x.md`) or no `lang`; raises
    `UnknownLanguage` for any other."""
    if not lang:
        return None
    from editor_app.core.archetype_site import default_language, languages_by_name

    known = languages_by_name(site) if site.generator == "hugo" else []
    if lang not in known:
        raise UnknownLanguage(lang, known)
    return None if lang == default_language(site) else lang


def page_folders(site: Site, collection: str) -> list[str]:
    """The folders holding the collection's pages, from the site root: its own folder first,
    then the others by name (the Open Source Guide's `_articles/fr`, one per language; Jekyll
    docs' `_docs/deployment`). A new page may go in any of them; on a Hugo site, not in a
    page bundle's folder (one holding `index.md`: a page there is the bundle's resource).

    Raises `UnknownCollection` when the site has no such collection.
    """
    coll = _collection(site, collection)
    root = site.root.resolve()
    own = _relative(coll.folder, root)
    entries = site.documents(collection)
    found = {_relative(e.path.parent, root) for e in entries}
    if site.generator == "hugo":
        # A Hugo page bundle's folder (`host-on-netlify/index.md` and its images): a page
        # put there would be one of the bundle's files, not a page of the site.
        found -= {
            _relative(e.path.parent, root)
            for e in entries
            if e.path.stem == "index" and e.path.suffix.lower() in (".md", ".markdown")
        }
    found.discard(own)
    return [own, *sorted(found, key=str.lower)]


def subfolders_only(site: Site, collection: str) -> list[str]:
    """The collection's subfolders (from the site root) when its own folder holds none of its
    pages, its section page `_index.md` aside, and they do: hugo-docs' `content/en/methods`
    (`methods/page`, `methods/site`...). A new page goes in one of them, not alone at the top.
    [] when the own folder has pages of its own.

    Raises `UnknownCollection` when the site has no such collection."""
    own = _collection(site, collection).folder.resolve()
    at_top = any(
        e.path.parent.resolve() == own and e.path.name.split(".")[0] != SECTION_INDEX
        for e in site.documents(collection)
    )
    return [] if at_top else page_folders(site, collection)[1:]  # walked only when needed


def collection_beside(site: Site, page: Path) -> str | None:
    """The collection a new page beside `page` would join, or None: a Hugo section's own
    `_index.md` is no page of its section (it is listed with the other pages), nor is the
    Eleventy blog's listing page `src/blog/blog.md`, but the next page written beside either
    is one (hugo-docs' `functions/_index.md`: Functions; `blog.md`: Blog)."""
    name = site.collection_of(page)
    if name is None:  # (a name no page has: asked only which collection its folder is for)
        name = site.collection_of(Path(page).parent / "__new_page__.md")
    return name if name in site.collections else None


def _relative(folder: Path, root: Path) -> str:
    try:
        return folder.resolve().relative_to(root).as_posix()
    except ValueError:
        return folder.as_posix()


def _collection(site: Site, name: str) -> Collection:
    coll = site.collections.get(name)
    if coll is None:
        raise UnknownCollection(name, site.collections)
    return coll


def _new_page_folder(
    site: Site, collection: str, folder: str | None, folders: Sequence[str] | None = None
) -> Path:
    """The folder a new page goes in: the collection's own, or `folder` when it holds pages of
    the collection (`UnknownFolder` otherwise: never a folder the site does not use for it).
    `folders`: the collection's `page_folders`, when already worked out."""
    coll = site.collections[collection]
    if not folder:
        return coll.folder
    known = list(folders) if folders is not None else page_folders(site, collection)
    wanted = folder.strip("/")
    if wanted not in known:
        raise UnknownFolder(folder, known)
    return site.root / wanted


def proposed_path(
    site: Site,
    collection: str,
    title: str,
    today: dt.date | None = None,
    folder: str | None = None,
    folders: Sequence[str] | None = None,
    kind: str | None = None,
    lang: str | None = None,
    section: bool = False,
) -> Path:
    """The file `new_document` would create now: dated or not, `-2`, `-3`... when taken,
    `slug.fr.md` in `lang` on a Hugo site that tells languages by file name; in
    the collection's folder, or in `folder` (one of `page_folders`; pass those as `folders`
    when already known: the New document dialog asks at each key typed, and working them out
    is a pass over the collection's pages).

    A Hugo page whose archetype (the section's, or `kind`'s) is a bundle is a folder:
    `slug/index.md`, as `hugo new` makes it.

    Raises `UnknownCollection` when the site has no such collection, `UnknownFolder` when
    `folder` holds none of its pages, `UnknownLanguage` (`name_language`).
    """
    coll = _collection(site, collection)
    base = _new_page_folder(site, collection, folder, folders)
    index = _index_name(site, collection, kind, section)
    slug, joiner = _slug(site, collection, base, title, index)
    return _free_path(coll, base, slug, today, index, name_language(site, lang), joiner)


def _slug(
    site: Site, collection: str, base: Path, title: str, index: str | None
) -> tuple[str, str]:
    """The new page's name: named as most pages in `base` are (`ToBool` beside `ToFloat`),
    else the title's slug; a page in a folder of its own (a bundle, a section) by the slug.
    With what joins a number to it when taken (`_` where the pages join words with `_`)."""
    slug = slugify(title)
    if index:
        return slug, "-"
    return named_like_neighbours(site, collection, base, title, slug)


class NotHugo(ValueError):
    """A section's own page was asked of a site that is not Hugo's."""

    def __str__(self) -> str:
        return "a section's own page (_index.md) is a Hugo page, and this is not a Hugo site"


def _index_name(site: Site, collection: str, kind: str | None, section: bool) -> str | None:
    """The page's name in a folder of its own: `_index` for a new section, `index` for a
    bundle; None for a page of its own name."""
    if section:
        if site.generator != "hugo":
            raise NotHugo()
        return SECTION_INDEX
    return Path(BUNDLE_INDEX).stem if makes_bundle(site, collection, kind) else None


def folder_for_title(site: Site, collection: str, title: str) -> str | None:
    """The page folder the pages of the title's namespace share (`cast.ToBool`: hugo-docs'
    `content/en/functions/cast`, `new_page_name.title_folder`), None for none: where a new
    page goes when no folder is asked for."""
    found = title_folder(site, collection, title)
    return found if found is not None and found in page_folders(site, collection) else None


def makes_bundle(site: Site, collection: str, kind: str | None = None) -> bool:
    """Whether a new page of `collection` (of `kind`) is a Hugo page bundle (a folder)."""
    found = find_archetype(site, collection, kind)
    return found is not None and is_bundle_archetype(found)


def _free_path(
    coll: Collection,
    base: Path,
    slug: str,
    today: dt.date | None,
    index: str | None = None,
    lang: str | None = None,
    joiner: str = "-",
) -> Path:
    """The first name not taken in `base` for a page of `coll` named `slug` (then `slug-2`,
    `-3`..., the number joined by `joiner`: `_2` where the pages join words so); in a folder
    of its own when `index` names its file (`index` for a bundle, `_index` for a section:
    `name/index.md`, neither `name` nor `name.md` taken); in `lang`: `name.fr.md`,
    `name/index.fr.md`."""
    today = today or dt.date.today()
    # A section is a folder, never dated.
    stem = f"{today.isoformat()}-{slug}" if coll.dated and index != SECTION_INDEX else slug
    suffix = _suffix(base) if index is None else Path(BUNDLE_INDEX).suffix
    named = f".{lang}" if lang else ""
    n = 1
    while True:
        name = f"{stem}{'' if n == 1 else f'{joiner}{n}'}"
        path = base / f"{name}{named}{suffix}"
        # lexists: a dangling link still blocks the name (creating through it would fail).
        if index and not os.path.lexists(base / name) and not os.path.lexists(path):
            return base / name / f"{index}{named}{suffix}"
        if not index and not os.path.lexists(path):
            return path
        n += 1


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
) -> Path:
    """Create a document (`new_document_noted`, without its note) and return its path."""
    return new_document_noted(site, collection, title, schema, today, folder, kind, lang, section)[
        0
    ]


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
    """
    coll = _collection(site, collection)
    if schema is None:
        from editor_app.core.schema import load_schema

        schema = load_schema(site)
    if folder is None and not section:
        folder = folder_for_title(site, collection, title)
        subfolders = subfolders_only(site, collection) if folder is None else []
        if subfolders:
            raise FolderNeeded(_relative(coll.folder, site.root.resolve()), subfolders)
    base = _new_page_folder(site, collection, folder)
    named = name_language(site, lang)
    # Another folder's pages may share values (`lang: fr`); the collection's own folder keeps
    # the collection's usual ones.
    near = base if base != coll.folder else None
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
    "collection_beside",
    "FolderNeeded",
    "NotHugo",
    "OutsideSite",
    "UnknownCollection",
    "UnknownFolder",
    "UnknownLanguage",
    "new_document",
    "makes_bundle",
    "name_language",
    "new_document_noted",
    "page_folders",
    "proposed_path",
    "slugify",
    "subfolders_only",
]
