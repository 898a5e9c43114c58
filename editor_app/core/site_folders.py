"""Where a site's collections and images are (part of `Site`).

`SiteFolders` is mixed into `core.site.Site`: the collections as the generator sees them
(Jekyll `collections:` under `collections_dir`, every `_posts`/`_drafts`; Hugo sections in each
language's content folder; Eleventy's folders of Markdown), what its settings leave out, and
the folders holding images. The layout itself is read by `core.site_layout`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.core import safe_paths
from editor_app.core.site_layout import (
    ASSET_ROOTS,
    GENERATOR_FOLDERS,
    SKIPPED_FOLDERS,
    Collection,
    Walker,
    excluded,
    inside_folder,
    is_markdown_name,
    mostly_dated,
    plain_label,
    safe_collection_name,
)
from editor_app.core.site_urls import add_permalink_suffix, site_permalink

if TYPE_CHECKING:
    from editor_app.core.site_layout import Layout

IMAGE_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".bmp", ".ico", ".tif", ".tiff"}
)
SECTION_PAGES = frozenset({"_index.md", "_index.markdown"})
# Jekyll's own folders: never a collection of pages.
_JEKYLL_FOLDERS = frozenset(
    {"_posts", "_drafts", "_includes", "_layouts", "_data", "_sass", "_site", "_plugins"}
)


class SiteFolders:
    """Collections and asset folders; needs the `Site` attributes named below."""

    root: Path
    source: Path
    config: dict
    generator: str | None
    layout: Layout
    config_error: str | None
    _layout_notes: list[str]
    _content_base: Path

    def _excluded(self, folder: Path, name: str) -> bool:
        """Whether `folder/name` is left out by the site's settings (Jekyll `exclude`,
        `.eleventyignore`, Eleventy's renamed template and output folders)."""
        if name in SKIPPED_FOLDERS:
            return True
        path = folder / name
        if self.layout.ignore and path.is_relative_to(self.root):
            if excluded(path.relative_to(self.root).as_posix(), self.layout.ignore):
                return True
        if not self.layout.exclude or not path.is_relative_to(self.source):
            return False
        return excluded(path.relative_to(self.source).as_posix(), self.layout.exclude)

    def _find_collections(self) -> dict[str, Collection]:
        if self.generator == "jekyll":
            return self._jekyll_collections()
        if self.generator == "hugo":
            return self._hugo_sections()
        # Eleventy, or no generator named: each folder of Markdown in the input folder.
        found: dict[str, Collection] = {}
        base = self.source
        skipped = set(ASSET_ROOTS) | GENERATOR_FOLDERS
        names = self._subfolders(base)
        for name in names:
            folder = base / name
            if name.startswith("_") or name in skipped or self._excluded(base, name):
                continue
            names = list(markdown_names(folder, set(SKIPPED_FOLDERS)))
            if names:
                found[name] = Collection(
                    name, folder, plain_label(name), dated=mostly_dated(names), output=True
                )
        return found

    def _subfolders(self, base: Path) -> list[str]:
        """The names of the real folders directly in `base` (links to folders left out)."""
        try:
            entries = sorted(os.scandir(base), key=lambda e: e.name)
        except OSError:
            return []
        return [e.name for e in entries if e.is_dir(follow_symlinks=False)]

    def _jekyll_collections(self) -> dict[str, Collection]:
        found: dict[str, Collection] = {}
        cdir = self.config.get("collections_dir")
        base = inside_folder(self.source, cdir, "collections_dir", self._layout_notes)
        if base is None:
            base = self.source
        if not safe_paths.is_inside(base, self.root):
            self._layout_notes.append(
                f"The setting `collections_dir: {cdir}` points outside the site folder; the "
                "collections are looked for in the site folder instead."
            )
            base = self.source
        self._content_base = base
        declared = self.config.get("collections") or {}
        if isinstance(declared, list):  # the old form: a list of names
            declared = {str(n): {} for n in declared}
        if not isinstance(declared, dict):
            declared = {}
        if self.config_error and not declared:
            # The settings cannot be read: the `_name` folders holding pages are most likely
            # the collections (better than showing no pages at all).
            declared = {n[1:]: {"output": True} for n in self._guessed_collections(base)}
            if declared:
                names = ", ".join(f"_{n}" for n in declared)
                what = (
                    f"folders {names} are taken to be collections"
                    if len(declared) > 1
                    else f"folder {names} is taken to be a collection"
                )
                self._layout_notes.append(f"_config.yml cannot be read, so the {what}.")
            else:
                # Said too when no folder was guessed: the site's settings are out of force.
                self._layout_notes.append(self.config_error)
        style = self.config.get("permalink")
        walker = Walker(self.root)
        for name, meta in declared.items():
            meta = meta if isinstance(meta, dict) else {}
            name = str(name)
            if name in ("posts", "drafts"):
                continue
            if not safe_collection_name(name):
                self._layout_notes.append(
                    f"The collection `{name[:60]}` in _config.yml cannot be a folder of the "
                    "site; it is left out."
                )
                continue
            folder = base / f"_{name}"
            if not safe_paths.is_dir(folder) or not walker.folder_ok(folder):
                continue  # a declared collection with no folder holds nothing to edit
            permalink = meta.get("permalink")
            if not isinstance(permalink, str):
                permalink = add_permalink_suffix("/:collection/:path", style)
            names = list(markdown_names(folder, set(SKIPPED_FOLDERS)))
            found[name] = Collection(
                name=name,
                folder=folder,
                label=str(meta.get("label") or plain_label(name)),
                dated=mostly_dated(names),
                output=bool(meta.get("output", False)),
                permalink=permalink,
            )
        self._layout_notes.extend(walker.notes)
        # `_posts` and `_drafts` in the collections folder, and in any other folder of pages.
        for special in ("posts", "drafts"):
            folders = [base / f"_{special}"] if safe_paths.is_dir(base / f"_{special}") else []
            folders += [f for f in self._nested(f"_{special}") if f not in folders]
            if not folders:
                continue
            if special == "posts":
                meta = declared.get("posts") if isinstance(declared.get("posts"), dict) else {}
                permalink = meta.get("permalink") if meta else None
                if not isinstance(permalink, str):
                    permalink = site_permalink(self.config)
                found["posts"] = Collection(
                    "posts", folders[0], "Posts", True, True, permalink, tuple(folders)
                )
            else:
                found["drafts"] = Collection(
                    "drafts", folders[0], "Drafts", False, False, None, tuple(folders)
                )
        return found

    def _guessed_collections(self, base: Path) -> list[str]:
        """`_name` folders of `base` holding Markdown, Jekyll's own folders left out."""
        return [
            name
            for name in self._subfolders(base)
            if name.startswith("_")
            and name not in _JEKYLL_FOLDERS
            and name[1:]
            and safe_collection_name(name[1:])
            and any(True for _ in markdown_names(base / name, set(SKIPPED_FOLDERS)))
        ]

    def _nested(self, special: str) -> list[Path]:
        """`_posts` (or `_drafts`) folders inside the site's other folders, as Jekyll reads
        them (`blog/_posts`); underscore, hidden and excluded folders are not looked in."""
        found: list[Path] = []
        for dirpath, dirnames, _files in os.walk(self.source):
            here = Path(dirpath)
            if here != self.source and safe_paths.is_dir(here / special):
                found.append(here / special)
            dirnames[:] = sorted(
                d
                for d in dirnames
                if not d.startswith(("_", "."))
                and not self._excluded(here, d)
                and not (here == self.source and d in ASSET_ROOTS)
                and not os.path.islink(here / d)
            )
        return found

    def _hugo_sections(self) -> dict[str, Collection]:
        """Hugo: the top folders of each content folder (one per language) are the sections;
        a section is the same collection in every language."""
        found: dict[str, Collection] = {}
        for content, _lang in self.layout.content:
            for name in self._subfolders(content):
                if name.startswith((".", "_")) or name in SKIPPED_FOLDERS:
                    continue
                folder = content / name
                names = [
                    n
                    for n in markdown_names(folder, set(SKIPPED_FOLDERS))
                    if n not in SECTION_PAGES
                ]
                if not names:
                    continue  # only a section page: nothing to list as its documents
                coll = found.get(name)
                if coll is None:
                    found[name] = Collection(
                        name, folder, plain_label(name), dated=mostly_dated(names), output=True
                    )
                else:
                    coll.folders = (*coll.folders, folder)
        self._archetype_sections(found)
        return found

    def _archetype_sections(self, found: dict[str, Collection]) -> None:
        """Sections known from their own archetype before they hold a page (a fresh site's
        `archetypes/posts.md`): `hugo new posts/x.md` makes their first page, so they are
        kinds of page too. An archetype named like a folder deeper in the content (hugo-docs'
        `glossary`, for `quick-reference/glossary/`) is a kind for `--kind`, not a section."""
        if not self.layout.content:
            return
        from editor_app.core.archetype_find import archetype_names  # Hugo sites alone

        for name in archetype_names(self):
            if name in found or name.startswith((".", "_")) or name in SKIPPED_FOLDERS:
                continue
            folders = tuple(
                content / name
                for content, _lang in self.layout.content
                if safe_paths.is_dir(content / name) and not os.path.islink(content / name)
            )
            if not folders:
                if self._nested_folder(name):
                    continue
                folders = (self.layout.content[0][0] / name,)
            found[name] = Collection(
                name, folders[0], plain_label(name), dated=False, output=True, folders=folders
            )

    def _nested_folder(self, name: str) -> bool:
        """Whether a folder called `name` lies below a section of a content folder."""
        for content, _lang in self.layout.content:
            for dirpath, dirnames, _files in os.walk(content):
                if Path(dirpath) != content and name in dirnames:
                    return True
                dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        return False

    def _find_asset_folders(self) -> list[Path]:
        found: list[Path] = []
        bases = [self.root] if self.source == self.root else [self.source, self.root]
        for top in (b / name for b in bases for name in ASSET_ROOTS):
            if not safe_paths.is_dir(top) or os.path.islink(top):
                continue
            for dirpath, dirnames, filenames in os.walk(top):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                if any(os.path.splitext(f)[1].lower() in IMAGE_SUFFIXES for f in filenames):
                    found.append(Path(dirpath))
        return found


def markdown_names(folder: Path, skipped: set[str]) -> Iterator[str]:
    """The names of the Markdown files under `folder` (names only: deciding whether a folder
    is a collection, and a dated one, needs no path)."""
    for _dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in skipped)
        for name in sorted(filenames):
            if is_markdown_name(name):
                yield name
