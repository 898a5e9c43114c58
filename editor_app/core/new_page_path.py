"""The file a new page gets: named like the collection's other pages (dated or not, the
title's slug or the way the pages beside it are named, `.md` or `.markdown`), in a folder of
its own for a Hugo bundle or section, `slug.fr.md` in a language told by file name; never a
name already taken.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from editor_app.core.archetype_find import (
    BUNDLE_INDEX,
    SECTION_INDEX,
    find_archetype,
    is_bundle_archetype,
)
from editor_app.core.new_page_folders import _collection, _new_page_folder
from editor_app.core.new_page_name import dated_like_neighbours, named_like_neighbours
from editor_app.core.site import Collection, Site


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


def _suffix(files: Iterable[Path]) -> str:
    """`.markdown` when most of the collection's `files` use it, else `.md`."""
    names = [p.suffix.lower() for p in files if p.suffix.lower() in (".md", ".markdown")]
    return ".markdown" if names and names.count(".markdown") * 2 > len(names) else ".md"


def _listed(folder: Path) -> list[Path]:
    """What `folder` holds; nothing when it is not there yet or cannot be read."""
    try:
        return list(folder.iterdir())
    except OSError:
        return []


class UnknownLanguage(ValueError):
    """A language the site does not have (not declared, or the site is no Hugo site in
    several languages)."""

    def __init__(self, lang: str, known: Iterable[str]) -> None:
        super().__init__(lang)
        self.lang = lang
        self.known = list(known)

    def __str__(self) -> str:
        if not self.known:
            return f"this site names no page by its language ({self.lang!r})"
        return f"this site has no language {self.lang!r} (it has: {', '.join(self.known)})"


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


class NotHugo(ValueError):
    """A section's own page was asked of a site that is not Hugo's."""

    def __str__(self) -> str:
        return "a section's own page (_index.md) is a Hugo page, and this is not a Hugo site"


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
    translation_of: str | None = None,
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

    `translation_of` (a page, from the site root): the new page is its translation into
    `lang` (else `folder`'s language), named as Hugo pairs them
    (`new_page_translation.translation_path`, whose errors it raises).
    """
    coll = _collection(site, collection)
    if translation_of:
        from editor_app.core.new_page_translation import translation_language, translation_path

        return translation_path(site, translation_of, translation_language(site, lang, folder))
    base, named = language_base(site, _new_page_folder(site, collection, folder, folders), lang)
    index = _index_name(site, collection, kind, section)
    slug, joiner = _slug(site, collection, base, title, index)
    return _free_path(coll, base, slug, today, index, named, joiner)


def language_base(site: Site, base: Path, lang: str | None) -> tuple[Path, str | None]:
    """Where a new page in `lang` goes from the folder `base`, and the language its file name
    carries: on a Hugo site keeping `lang` in a content folder of its own, `base`'s place
    there (`content/en/posts` in French: `content/fr/posts`, made with the page even when
    no French page is there yet), its name plain; else `base`, and `name_language`'s."""
    from editor_app.core.new_page_language_hugo import (
        folder_language,
        kept_language_folders,
        same_place_in,
    )

    folders = kept_language_folders(site) if lang and site.generator == "hugo" else {}
    place = same_place_in(site, base, lang, folders) if lang in folders else None
    if place is not None:
        return place, None
    if lang and folders and lang not in folders:
        from editor_app.core.archetype_site import languages_by_name

        named_ones = languages_by_name(site)
        if lang not in named_ones:
            raise UnknownLanguage(lang, sorted({*named_ones, *folders}))
    named = name_language(site, lang)
    if named is not None and folder_language(site, base) == named:
        named = None  # `content/fr` is French: `slug.md` there
    return base, named


def folder_in_language(site: Site, folder: str, lang: str | None) -> str | None:
    """The folder (from the site root, as the New dialog lists it) a new page picked in
    `folder` goes in when written in `lang`: `content/fr/posts` for `content/en/posts` on a
    Hugo site keeping French in a content folder of its own, made with the page if not there
    yet; None when the page stays in `folder` (or `lang` is not the site's)."""
    try:
        base, _named = language_base(site, Path(site.root) / folder, lang)
    except UnknownLanguage:
        return None
    root = Path(site.root).resolve()
    base = base.resolve()
    if base == (root / folder).resolve() or not base.is_relative_to(root):
        return None
    return base.relative_to(root).as_posix()


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


def _index_name(site: Site, collection: str, kind: str | None, section: bool) -> str | None:
    """The page's name in a folder of its own: `_index` for a new section, `index` for a
    bundle; None for a page of its own name."""
    if section:
        if site.generator != "hugo":
            raise NotHugo()
        return SECTION_INDEX
    return Path(BUNDLE_INDEX).stem if makes_bundle(site, collection, kind) else None


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
    # Listed once, for the extension and the date start both (asked at each key typed).
    files = _listed(base) if index is None else []
    # A section is a folder, never dated; a page of an undated collection is, where its
    # folder's pages are (`2022-dpdib.md`).
    if coll.dated and index != SECTION_INDEX:
        stem = f"{today.isoformat()}-{slug}"
    else:
        stem = f"{dated_like_neighbours(files, today) if index is None else ''}{slug}"
    suffix = _suffix(files) if index is None else Path(BUNDLE_INDEX).suffix
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
