"""A new Hugo page made as the translation of another: where it goes so that Hugo pairs the
two (the language switcher links them).

Hugo takes two pages for translations of each other when they have the same path within
their languages' content (`content/en/about/features.md` and `content/fr/about/features.md`,
each folder mounted or set as that language's `contentDir`), or the same name beside each
other with the language in it (`features.md` and `features.fr.md`), unless a page gives a
`translationKey`, which then pairs it instead. A page titled in French, named after its
French title, pairs with nothing; so the translation keeps the original's file name (its
title is the translator's) and, where the original gives one, its `translationKey`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from editor_app.core import safe_paths
from editor_app.core.new_page_folders import _relative
from editor_app.core.new_page_path import UnknownLanguage

TRANSLATION_KEY = "translationKey"


class NotTranslatable(ValueError):
    """A translation was asked of a page it cannot be made for (said in one line)."""


class TranslationExists(FileExistsError):
    """The page already has a translation in that language: nothing is made over it."""

    def __init__(self, original: str, language: str, there: str) -> None:
        super().__init__(
            f"{original} has its {language} translation already: {there} (open that page to "
            "change it)"
        )
        self.there = there


def language_words(site: Any, code: str) -> str:
    """Language `code` as a sentence names it: the site's label ('Français'), else its name
    in English ('French'), else the code."""
    from editor_app.core.archetype_site import language_label
    from editor_app.core.page_language import language_name

    label = language_label(site, code)
    return label if label != code else language_name(code)


def translation_language(site: Any, lang: str | None, folder: str | None = None) -> str:
    """The language the translation is in: `lang` as picked, else the language whose own
    content folder `folder` (from the site root) is in, else the site's default."""
    from editor_app.core.archetype_site import default_language
    from editor_app.core.new_page_language_hugo import folder_language

    if lang:
        return lang
    if folder:
        found = folder_language(site, Path(site.root) / folder)
        if found:
            return found
    return default_language(site)


def translation_sources(
    site: Any, collection: str, lang: str | None = None, folder: str | None = None
) -> list[tuple[str, str]]:
    """The pages of `collection` a translation into the language picked (`lang`, else the
    one `folder` is in, else the default: `translation_language`) may be made of: those in
    any other language, as (path from the site root, title), by title. Each is named as the
    page list names it: by the site's title rule (the index's title: `linkTitle` where a
    page has no `title`, an Eleventy heading field...), pages sharing a title told apart by
    their file (`page_names.told_apart`); a page not in the site's default language has its
    language after that ('Introduction (Français)'). [] off Hugo sites or on a site in one
    language."""
    from editor_app.core.archetype_site import default_language, is_multilingual, language_of
    from editor_app.core.page_names import told_apart, with_title
    from editor_app.core.site_entries import list_title

    if getattr(site, "generator", None) != "hugo" or not is_multilingual(site):
        return []
    target = translation_language(site, lang, folder)
    default = default_language(site)
    root = Path(site.root).resolve()
    pages: list[tuple[str, str, str]] = []  # (path from the root, title, language)
    for entry in site.documents(collection):
        path = Path(entry.path)
        language = language_of(site, path)
        if language != target:
            title = list_title(entry)
            pages.append((_relative(path, root), title, language))
    which = told_apart([(title, shown_path) for shown_path, title, _lang in pages])
    found = []
    for at, (shown_path, title, language) in enumerate(pages):
        shown = with_title(title, which.get(at))
        if language != default:
            shown = f"{shown} ({language_words(site, language)})"
        found.append((shown_path, shown))
    return sorted(found, key=lambda item: (item[1].casefold(), item[0]))


def translation_path(site: Any, original: str | Path, lang: str) -> Path:
    """Where the translation of `original` (a page, from the site root or absolute) in
    `lang` goes for Hugo to pair them: the same path in `lang`'s own content folder, else
    the same name with `.lang` in it beside the original (a plain name for the default
    language). Raises `NotTranslatable` (not Hugo, no such page, already in `lang`),
    `UnknownLanguage` and `TranslationExists`."""
    from editor_app.core.archetype_site import (
        default_language,
        language_of,
        languages_by_name,
        named_language,
    )
    from editor_app.core.new_page_language_hugo import kept_language_folders, same_place_in

    if getattr(site, "generator", None) != "hugo":
        raise NotTranslatable(
            "a translation paired by its file is a Hugo site's; this is not a Hugo site"
        )
    root = Path(site.root).resolve()
    page = (root / original).resolve()
    if not page.is_file() or not safe_paths.is_inside(page, root):
        raise NotTranslatable(f"there is no page {original} in this site to translate")
    shown = _relative(page, root)
    if language_of(site, page) == lang:
        raise NotTranslatable(f"{shown} is in {language_words(site, lang)} already")
    stem = page.stem
    told = named_language(site, page)
    if told is not None:  # `features.fr.md`: the name without its language
        stem = stem[: -(len(told) + 1)]
    name = stem + page.suffix
    folders = kept_language_folders(site)
    place = same_place_in(site, page.parent, lang, folders)
    if place is not None:
        target = place / name
    elif lang in languages_by_name(site):
        named = "" if lang == default_language(site) else f".{lang}"
        target = page.parent / f"{stem}{named}{page.suffix}"
    else:
        raise UnknownLanguage(lang, [*languages_by_name(site), *folders])
    if not safe_paths.is_inside(target.parent, root):
        raise NotTranslatable(f"the {lang} pages' folder lies outside the site folder")
    if target.exists():
        raise TranslationExists(shown, language_words(site, lang), _relative(target, root))
    return target


def with_translation_key(site: Any, original: str | Path, data: bytes, path: Path) -> bytes:
    """The new page's bytes, given the original's `translationKey` when it has one (Hugo then
    pairs pages by it, not by their files); `data` unchanged otherwise."""
    from editor_app.core.document import Document

    source = Document.load((Path(site.root) / original).resolve())
    key = source.front_matter.get(TRANSLATION_KEY) if source.error is None else None
    if key in (None, ""):
        return data
    doc = Document.from_bytes(data, path)
    if doc.error is not None:
        return data
    doc.set(TRANSLATION_KEY, key)
    return doc.to_bytes()
