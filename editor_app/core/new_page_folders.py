"""Which folders a new page of a collection may go in: its own folder, or another holding
its pages (the Open Source Guide's `_articles/fr`); never a folder the site does not use for
it, and not alone at the top of a collection whose pages all live in its subfolders.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from editor_app.core.archetype_find import SECTION_INDEX
from editor_app.core.new_page_name import title_folder
from editor_app.core.site import Collection, Site


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


def folder_for_title(site: Site, collection: str, title: str) -> str | None:
    """The page folder the pages of the title's namespace share (`cast.ToBool`: hugo-docs'
    `content/en/functions/cast`, `new_page_name.title_folder`), None for none: where a new
    page goes when no folder is asked for."""
    found = title_folder(site, collection, title)
    return found if found is not None and found in page_folders(site, collection) else None


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
    if wanted not in known and not _in_another_language(site, wanted, known):
        raise UnknownFolder(folder, known)
    return site.root / wanted


def _in_another_language(site: Site, wanted: str, known: Sequence[str]) -> bool:
    """Whether `wanted` is one of the `known` folders in another language's content folder
    of a Hugo site (`content/fr/news` for `content/en/news`): the section there, which a
    translated page may be the first of."""
    from editor_app.core.new_page_language_hugo import language_folders, same_place_in

    target = (site.root / wanted).resolve()
    return any(
        same_place_in(site, site.root / folder, lang) == target
        for lang in language_folders(site)
        for folder in known
    )
