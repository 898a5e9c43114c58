"""Where a new page in another language goes, and how it says its language.

Sites keep their languages apart in their own ways: the Open Source Guide has a folder per
language (`_articles/fa`, each page `lang: fa`), a Hugo site may name a page's language in
its file (`about.fr.md`), a Jekyll site may mark each page (`lang: en`). A page brought in
in Persian (a Word document) goes where the site keeps its Persian pages and says `fa` as
they do; a page in the collection's own language changes nothing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor_app.core.new_page_habits import site_default_language
from editor_app.core.new_page_language_hugo import hugo_content_place
from editor_app.core.page_language import language_name, primary_language, said_language

# Word names Chinese by country; the sites by script.
_CHINESE_SCRIPT = {"zh-cn": "zh-hans", "zh-sg": "zh-hans", "zh-tw": "zh-hant",
                   "zh-hk": "zh-hant", "zh-mo": "zh-hant"}  # fmt: skip


@dataclass(frozen=True)
class LanguagePlace:
    """Where a page in a language goes: a page folder (`_articles/fa`), a language its Hugo
    file name carries (`fr`), a header field to write (`("lang", "fa")`), and the sentence
    telling the author (empty when the page goes where any other would)."""

    folder: str | None = None
    name_lang: str | None = None
    field: tuple[str, str] | None = None
    said: str = ""


def _folder_pages(site: Any, collection: str) -> dict[Path, list[Any]]:
    pages: dict[Path, list[Any]] = {}
    for entry in site.documents(collection):
        pages.setdefault(Path(entry.path).parent.resolve(), []).append(entry)
    return pages


def _matches(tag: str, candidates: dict[str, Any]) -> Any:
    """The candidate named `tag` (any case), else the one sharing its primary language
    (`fa-IR`: `fa`), else None (none, or several: `zh` beside `zh-hans` and `zh-hant`)."""
    wanted = _CHINESE_SCRIPT.get(tag.lower(), tag.lower())
    for name, value in candidates.items():
        if name.lower() == wanted:
            return value
    same = [v for n, v in candidates.items() if primary_language(n) == primary_language(tag)]
    return same[0] if len(same) == 1 else None


def _collection_language(site: Any, own: list[Any]) -> str | None:
    """The language of the collection's own folder: the one its pages say, else the site's."""
    said = Counter(s[1] for e in own if (s := said_language(e.front_matter)))
    return said.most_common(1)[0][0] if said else site_default_language(site)


def language_place(
    site: Any, collection: str, language: str | None, page_folder: str | None = None
) -> LanguagePlace:
    """Where a new page of `collection` written in `language` (a tag such as `fa-IR`) goes.
    `page_folder`: the collection's folder picked for it (from the site root), if any.

    Raises `new_page_folders.UnknownCollection` when the site has no such collection."""
    from editor_app.core.new_page_folders import page_folders

    if not language:
        return LanguagePlace()
    if getattr(site, "generator", None) == "hugo":
        kept = hugo_content_place(site, collection, language, page_folder)
        if kept is not None:
            return kept
    folders = page_folders(site, collection)
    root = Path(site.root).resolve()
    pages = _folder_pages(site, collection)
    own = pages.get((root / folders[0]).resolve(), [])
    main = _collection_language(site, own)
    if main is not None and primary_language(main) == primary_language(language):
        return LanguagePlace()
    name = language_name(primary_language(language) or language)
    by_folder: dict[str, str] = {}
    for folder in folders[1:]:
        here = pages.get((root / folder).resolve(), [])
        said = {s[1] for e in here if (s := said_language(e.front_matter))}
        base = Path(folder).name
        if len(said) == 1:
            by_folder.setdefault(said.pop(), folder)
        elif (code := primary_language(base)) and language_name(code) != code:
            # `fa`, not `functions`
            by_folder.setdefault(base, folder)
    folder = _matches(language, by_folder)
    if folder is not None:
        return LanguagePlace(
            folder=folder,
            field=_field_like(pages.get((root / folder).resolve(), []), language),
            said=f"It is in {name}: it went into {folder}, with the site's {name} pages.",
        )
    if getattr(site, "generator", None) == "hugo":
        from editor_app.core.archetype_site import default_language, languages_by_name

        named = _matches(language, {k: k for k in languages_by_name(site)})
        if named is not None and named != default_language(site):
            return LanguagePlace(
                name_lang=named, said=f"It is in {name}: its file name says so (.{named}.md)."
            )
    field = _field_like(own, language)
    if field is not None:
        return LanguagePlace(
            field=field,
            said=f"It is in {name}: marked {field[0]}: {field[1]} (the site keeps no folder "
            f"of {name} pages).",
        )
    return LanguagePlace()


def _field_like(pages: list[Any], language: str) -> tuple[str, str] | None:
    """The header field and value the pages say their language with, for `language`: their
    key, and the language written as they write theirs (`fa`, or `fa-IR` where theirs carry
    a country); None when most pages say none."""
    said = [s for e in pages if (s := said_language(e.front_matter))]
    if not said or len(said) * 2 < len(pages):
        return None
    key = Counter(k for k, _ in said).most_common(1)[0][0]
    for _key, value in said:
        if primary_language(value) == primary_language(language):
            return key, value  # the folder's own spelling (`zh-hans`)
    regional = sum("-" in v or "_" in v for _, v in said) * 2 > len(said)
    return key, (language if regional else primary_language(language) or language)
