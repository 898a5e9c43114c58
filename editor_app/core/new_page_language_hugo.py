"""Where a new page in another language goes on a Hugo site that keeps each language in its
own content folder (`languages.fr.contentDir = 'content/fr'`, or a module mount of
`content/en` for English, as Hugo's own docs do): the same section in that language's folder
(`content/fr/content-management`), or, when the site has no such language, the default
language's, said so either way."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.core import safe_paths
from editor_app.core.page_language import (
    content_folder_language,
    language_name,
    primary_language,
)

if TYPE_CHECKING:
    from editor_app.core.new_page_language import LanguagePlace


def language_folders(site: Any) -> dict[str, Path]:
    """The site's content folders that hold one language's pages, by language (`fr`:
    `content/fr`), resolved; empty on a site that keeps none apart."""
    layout = getattr(site, "layout", None)
    return {
        str(lang): Path(folder).resolve()
        for folder, lang in getattr(layout, "content", None) or []
        if lang
    }


def kept_language_folders(site: Any) -> dict[str, Path]:
    """`language_folders`, with the languages' `contentDir` folders not made yet (the site's
    layout lists only those there): the first French page makes `content/fr`, where it was
    refused as 'no language fr told by the file name'."""
    config = getattr(getattr(site, "layout", None), "config", None)
    languages = config.get("languages") if isinstance(config, dict) else None
    found: dict[str, Path] = {}
    for lang, settings in languages.items() if isinstance(languages, dict) else ():
        text = settings.get("contentdir") if isinstance(settings, dict) else None
        folder = safe_paths.inside_site(Path(site.root), text) if isinstance(text, str) else None
        if folder is not None and text.strip("/ "):
            found[str(lang)] = folder.resolve()
    return {**found, **language_folders(site)}


def folder_language(site: Any, path: Path) -> str | None:
    """The language whose own content folder holds `path` (`content/fr/news/x.md`: `fr`), or
    None where the site keeps no language apart."""
    return content_folder_language(site, path)


def same_place_in(
    site: Any, folder: Path, language: str, roots: dict[str, Path] | None = None
) -> Path | None:
    """`folder` (inside one language's content folder) in `language`'s content folder
    (`content/en/news` in French: `content/fr/news`), or None when either is not one.
    `roots`: the languages' folders, when not `language_folders` (`kept_language_folders`)."""
    roots = language_folders(site) if roots is None else roots
    target = roots.get(language)
    if target is None:
        return None
    folder = Path(folder).resolve()
    for root in roots.values():
        if folder.is_relative_to(root):
            return target / folder.relative_to(root)
    return None


def hugo_content_place(
    site: Any, collection: str, language: str, page_folder: str | None = None
) -> LanguagePlace | None:
    """Where a new page of `collection` (in `page_folder`, if picked) written in `language`
    goes on a Hugo site keeping its languages in content folders; None on another site, or
    for a language the site tells by file name (`about.fr.md`), left to the usual rules."""
    from editor_app.core.archetype_site import default_language, languages_by_name
    from editor_app.core.new_page_folders import subfolders_only
    from editor_app.core.new_page_language import LanguagePlace, _matches

    roots = language_folders(site)
    if not roots or (page_folder is None and subfolders_only(site, collection)):
        return None  # hugo-docs' methods: the folder is asked first, then placed here
    root = Path(site.root).resolve()
    start = (root / page_folder if page_folder else site.collections[collection].folder).resolve()
    home = next((lang for lang, folder in roots.items() if start.is_relative_to(folder)), None)
    if home is None:
        return None  # the collection lies outside the languages' folders
    name = language_name(primary_language(language) or language)
    target = _matches(language, {lang: lang for lang in roots})
    if target is None:
        if _matches(language, {lang: lang for lang in languages_by_name(site)}) is not None:
            return None  # `about.fr.md` in the default folder: said as usual
        default = default_language(site)
        target = default if default in roots else home
        place = same_place_in(site, start, target) or start
        shown = _relative(place, root)
        known = ", ".join(language_name(lang) for lang in roots)
        return LanguagePlace(
            folder=shown if place != start else None,
            said=f"It is in {name}, and this site has no {name} pages (its languages: "
            f"{known}): it went into {shown}, with the {language_name(target)} pages.",
        )
    if target == home:
        return LanguagePlace()
    place = same_place_in(site, start, target)
    if place is None:
        return None
    shown = _relative(place, root)
    return LanguagePlace(
        folder=shown, said=f"It is in {name}: it went into {shown}, with the site's {name} pages."
    )


def _relative(folder: Path, root: Path) -> str:
    return folder.relative_to(root).as_posix()
