"""The site's index of pages, part of `Site` (core/site.py): which files are pages, each
page's entry read once and cached, its collection, language and the values the generator
adds (Jekyll `defaults:`, Eleventy directory data)."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml

from editor_app.core import safe_paths
from editor_app.core.eleventy_layout_tags import page_name_fields
from editor_app.core.site_entries import (
    IndexEntry,
    Progress,
    _plain_read_error,
    _read_regular_file,
    page_title,
    read_front_matter,
    title_from_name,
)
from editor_app.core.site_folders import SECTION_PAGES
from editor_app.core.site_layout import (
    ASSET_ROOTS,
    GENERATOR_FOLDERS,
    MARKDOWN_SUFFIXES,
    Collection,
    Walker,
    eleventy_data,
    excluded,
    is_markdown_name,
    rel_text,
)

# The C loader is several times faster; the pure-Python one gives the same results.
_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# At most this many bytes of files are held between building the index and checking the site.
HELD_BYTES_LIMIT = 96 << 20

# The asset folders' names as paths: compared as the file system compares names (on Windows
# "Assets" is "assets"), made once rather than for every folder the walk visits.
_ASSET_NAMES = frozenset(Path(a) for a in ASSET_ROOTS)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector while a whole site is read or checked: its full passes walk
    every object made so far, again and again as they grow, about a sixth of the time on
    50,000 pages. Nothing read here makes cycles; the collector runs again afterwards (unless
    it was paused already by a caller, whose choice is kept)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


class _HeldBytes(dict):
    """Files' bytes by path, up to `HELD_BYTES_LIMIT` in all (files beyond are read again)."""

    size = 0

    def __setitem__(self, path: Path, data: bytes) -> None:
        if self.size + len(data) <= HELD_BYTES_LIMIT:
            self.size += len(data)
            super().__setitem__(path, data)


class SiteIndex:
    """The index half of `Site`: `entries()`, `entry()`, `update_entry()`, `documents()`..."""

    def _document_files(self, walker: Walker) -> Iterator[tuple[Path, str | None]]:
        """Every Markdown file of the site with its collection (None for plain pages)."""
        collection_folders = {f for c in self.collections.values() for f in c.folders}

        def keep_folder(here: Path, name: str) -> bool:
            return not self._excluded(here, name)

        for coll in self.collections.values():
            for folder in coll.folders:
                for path in walker.walk(folder, keep_folder):
                    yield path, coll.name
        # Plain pages: outside collections, underscore folders and asset folders.
        for top in self._content_tops():

            def keep_plain_folder(here: Path, name: str, top: Path = top) -> bool:
                return not self._plain_folder_left_out(top, here, name, collection_folders)

            def keep_plain_file(here: Path, name: str) -> bool:
                return not self._excluded(here, name)

            for path in walker.walk(top, keep_plain_folder, keep_plain_file):
                yield path, None

    def _plain_folder_left_out(
        self, top: Path, here: Path, name: str, collection_folders: set[Path]
    ) -> bool:
        """Whether the walk for plain pages leaves out the folder `here/name` (below `top`):
        underscore folders not included, collections' folders (walked as such), asset
        folders, the generator's own folders, folders the settings exclude."""
        return (
            (name.startswith("_") and not self._included(here, name))
            or here / name in collection_folders
            or (here == top and Path(name) in _ASSET_NAMES)
            or (here == top and self.generator != "jekyll" and name in GENERATOR_FOLDERS)
            or self._excluded(here, name)
        )

    def _walk_finds(self, p: Path) -> bool:
        """Whether opening the site afresh indexes the page `p` (as `_document_files` walks):
        a new page in an undeclared Jekyll `_name` folder, or an excluded one, is not."""
        collection_folders = {f for c in self.collections.values() for f in c.folders}
        starts = [f for f in collection_folders if p.is_relative_to(f)]
        plain = not starts
        if plain:
            starts = self._content_tops()
        for start in starts:
            if not p.is_relative_to(start):
                continue
            here = start
            for name in p.relative_to(start).parts[:-1]:
                if name.startswith(".") or (
                    self._plain_folder_left_out(start, here, name, collection_folders)
                    if plain
                    else self._excluded(here, name)
                ):
                    return False
                here = here / name
            return not (plain and self._excluded(here, p.name))
        return False

    def _included(self, folder: Path, name: str) -> bool:
        """Whether Jekyll's `include` setting names `folder/name` (e.g. `_pages`)."""
        path = folder / name
        if not self.layout.include or not path.is_relative_to(self.source):
            return False
        return excluded(path.relative_to(self.source).as_posix(), self.layout.include)

    def _load_entry(
        self, path: Path, collection: str | None, raw: dict[Path, bytes] | None = None
    ) -> IndexEntry:
        kind = "page"
        if self.generator == "hugo" and path.name in SECTION_PAGES:
            collection, kind = None, "section"
        try:
            data, mtime = _read_regular_file(path)
            if raw is not None:
                raw[path] = data
        except OSError as exc:
            return IndexEntry(
                path,
                collection,
                {},
                _plain_read_error(exc, path),
                None,
                title_from_name(path.stem),
                0.0,
                kind,
            )
        fm, error, line = read_front_matter(data)
        title = page_title(fm, False, self.title_fields(fm, path)) or title_from_name(path.stem)
        if isinstance(fm, dict):
            collection = self._member(path, collection, fm)
        return IndexEntry(path, collection, fm, error, line, title, mtime, kind)

    def title_fields(self, front_matter: object, path: str | os.PathLike[str] | None) -> list[str] | None:
        """The fields the page at `path` is named by in the list (`page_name_fields`: those
        its own layout chain prints as its heading), each layout's read once an index."""
        if self.generator != "eleventy" or not isinstance(front_matter, dict):
            return None
        known = self.__dict__.setdefault("_title_fields", {})
        folders = self.__dict__.get("_data_folders")  # during a whole index read alone
        return page_name_fields(self, front_matter, Path(path) if path else None, known, folders)

    def directory_data(self, path: str | os.PathLike[str]) -> dict:
        """Values an Eleventy site gives a page from its data files (`blog/blog.json`,
        `post.11tydata.json`); {} for other generators. Data files written in JavaScript
        cannot be read: they are said in `notes`."""
        if self.generator != "eleventy":
            return {}
        data, unread = eleventy_data(self.source, Path(path))
        for f in unread:
            note = (
                f"{rel_text(f, self.root)} sets values for pages in a way that cannot be read "
                "here (a script or a broken file); fields it sets are not known."
            )
            if note not in self._walk_notes:
                self._walk_notes.append(note)
        return data

    def language_of(self, path: str | os.PathLike[str]) -> str | None:
        """The language a page is written in, when the site says it: Hugo's content folder or
        file name (`about.fr.md`), else the page's own `lang`/`language`/`locale` field.
        Pages of different languages should be compared only with their own language."""
        p = Path(path)
        if not p.is_absolute():
            p = self.root / p
        if self.generator == "hugo":
            languages = self.layout.config.get("languages")
            code = p.stem.rpartition(".")[2].lower() if "." in p.stem else ""
            if isinstance(languages, dict) and code in languages:
                return code
            for folder, lang in self.layout.content:
                if lang and p.is_relative_to(folder):
                    return lang
            return self.layout.default_language if isinstance(languages, dict) else None
        entry = self._by_path.get(p) if self._entries is not None else None
        fm = entry.front_matter if entry is not None else self._front_matter_of(p)
        for key in ("lang", "language", "locale"):
            value = fm.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
        return None

    def implied_values(self, path: str | os.PathLike[str]) -> dict:
        """Values the generator gives a page without its header saying them: Jekyll's
        `defaults:` whose scope matches (path prefix, type), Eleventy's directory data. A
        field given here is not missing from the page, even when its header leaves it out."""
        p = Path(path)
        if not p.is_absolute():
            p = self.root / p
        if self.generator == "eleventy":
            return self.directory_data(p)
        defaults = self.config.get("defaults") if self.generator == "jekyll" else None
        if not isinstance(defaults, list):
            return {}
        try:
            rel = p.relative_to(self.source).as_posix()
        except ValueError:
            return {}
        kind = self.collection_of(p) or "pages"
        values: dict = {}
        for rule in defaults:
            if not isinstance(rule, dict) or not isinstance(rule.get("values"), dict):
                continue
            scope = rule.get("scope") if isinstance(rule.get("scope"), dict) else {}
            prefix = str(scope.get("path") or "").strip("/")
            wanted = scope.get("type")
            if prefix and not (rel == prefix or rel.startswith(prefix + "/")):
                if not ("*" in prefix and excluded(rel, [prefix])):
                    continue
            if wanted and str(wanted) != kind:
                continue
            values.update(rule["values"])  # later rules win, as in Jekyll
        return values

    def entries(
        self, progress: Progress | None = None, raw: dict[Path, bytes] | None = None
    ) -> list[IndexEntry]:
        """Every document's front matter (built once, then cached until `reindex()`).

        `raw`, when given and the index is built by this call, receives each file's bytes by
        path; it stays empty otherwise. Without `raw`, the bytes are held for the next
        `take_read_bytes()` (up to a limit, unless `keep_read_bytes` is off): whole-site
        validation then reads no file twice, even when the schema was inferred first."""
        with self._lock:
            if self._entries is not None:
                return list(self._entries)
            if raw is None and self.keep_read_bytes:
                raw = self._held = _HeldBytes()
            walker = Walker(self.root)
            result: list[IndexEntry] = []
            with collector_paused():
                files = list(dict.fromkeys(self._document_files(walker)))
                self._walk_notes = walker.notes
                self._walker = walker  # its skipped files, for a check of some pages only
                total = len(files)
                step = max(1, total // 100)
                # Each folder's Eleventy data files, looked for once for all its pages' names.
                self.__dict__["_data_folders"] = {}
                try:
                    for i, (path, coll) in enumerate(files):
                        result.append(self._load_entry(path, coll, raw))
                        if progress is not None and (i % step == 0 or i == total - 1):
                            progress(i + 1, total)
                finally:
                    self.__dict__.pop("_data_folders", None)
            self._entries = result
            self._by_path = {e.path: e for e in result}
            self._urls = None
            self._index_folders = None
            return list(result)

    def notes_within(self, paths: list[Path]) -> list[str]:
        """`notes` for a check of `paths` only (pages or folders of the site): of the files
        the walk skipped, those among them alone; the notes on the site as a whole kept."""
        walker = getattr(self, "_walker", None)
        notes = self.notes  # type: ignore[attr-defined]
        if walker is None:
            return notes
        skipped = set(walker.notes)
        root = Path(self.root).resolve()  # type: ignore[attr-defined]
        parts = [rel_text(Path(p).resolve(), root) for p in paths]
        return [n for n in notes if n not in skipped] + walker.notes_within(parts)

    def take_read_bytes(self) -> dict[Path, bytes]:
        """The bytes of the files read to build the index, by path, handed over once (then
        forgotten; files re-read or changed since are left out): a whole-site check reads
        each file once."""
        with self._lock:
            held, self._held = self._held, {}
            return held

    def reindex(self) -> None:
        """Drop the cached index (and re-read the folders) so the next call reads the disk."""
        with self._lock:
            self._held = {}
            self._entries = None
            self._by_path = {}
            self._urls = None
            self._index_folders = None
            self._walk_notes = []
            self._walker = None
            self.__dict__.pop("_title_fields", None)
            self._read_layout()

    def update_entry(self, path: str | os.PathLike[str]) -> IndexEntry | None:
        """Re-read one file (after a save, a new file or a deletion); None when it is gone.
        Each of `entry_listeners` is then told the file's full path (on the caller's thread)."""
        entry = self._update_entry(path)
        full = self._full_path(path)
        for listener in list(getattr(self, "entry_listeners", ())):
            listener(full)
        return entry

    def _update_entry(self, path: str | os.PathLike[str]) -> IndexEntry | None:
        p = self._full_path(path)
        with self._lock:
            # Only a file the site lists as a page (a Markdown name, as the walk takes): a
            # picture brought by Get latest or kept by a choice was counted as a document.
            listed = is_markdown_name(p.name) and self._is_page(p)
            if self._entries is None:
                # No index yet: read just this file rather than the whole site.
                return self._load_entry(p, self._folder_collection(p)) if listed else None
            old = self._by_path.get(p)
            self._urls = None
            self._index_folders = None
            self._held.pop(p, None)
            if old is None and listed and self._folder_collection(p) is None:
                self._notice_new_collection(p)
            if not (listed and self._walk_finds(p)):
                if old is not None:
                    self._entries.remove(old)
                    del self._by_path[p]
                    if old.collection is not None:
                        self._notice_gone_collection(old.collection)
                return None
            entry = self._load_entry(p, self._folder_collection(p))
            if old is not None:
                self._entries[self._entries.index(old)] = entry
            else:
                self._entries.append(entry)
            self._by_path[p] = entry
            return entry

    def _notice_new_collection(self, p: Path) -> None:
        """A page new to the index, in a folder no collection holds: that folder may have
        become a collection since the site was read (brought by Get latest: a Jekyll
        `_drafts`, `_posts` or declared `_name` folder, a Hugo section's first page, an
        Eleventy folder). The collections are worked out again, as opening the site would,
        and the pages already indexed in a new collection's folders are read into it."""
        if not self._may_start_collection(p):
            return  # a loose page where loose pages live: no folder walked for it
        found = self._collections_afresh()
        known = {f for c in self.collections.values() for f in c.folders}
        new_folders = {f for c in found.values() for f in c.folders} - known
        self.collections = found  # also each collection's `dated`, as read now
        if not new_folders or self._entries is None:
            return
        for i, e in enumerate(self._entries):
            if any(e.path.is_relative_to(f) for f in new_folders):
                moved = self._load_entry(e.path, self._folder_collection(e.path))
                self._entries[i] = self._by_path[e.path] = moved

    def _notice_gone_collection(self, name: str) -> None:
        """The last page of collection `name` is gone (deleted, or taken away by Get latest):
        the collections are worked out again, as opening the site would, so one that no
        longer has a folder or page is no longer listed."""
        if self._entries is None or any(e.collection == name for e in self._entries):
            return
        self.collections = self._collections_afresh()

    def _collections_afresh(self) -> dict[str, Collection]:
        """The collections worked out again, as opening the site would; the notes that
        working them out makes are not added again (said once, when the site was opened)."""
        notes = list(self._layout_notes)
        found = self._find_collections()
        self._layout_notes = notes
        return found

    def _content_tops(self) -> list[Path]:
        """The folders the walk for plain pages starts from: the content folders (one per
        language), else the site's source."""
        return [folder for folder, _lang in self.layout.content] or [self.source]

    def _may_start_collection(self, p: Path) -> bool:
        """Whether a page outside every collection lies where a new collection's folder
        would be: below a `_name` folder (Jekyll), or in a folder of the content (Hugo) or
        input folder (Eleventy); loose pages at the top, or in a Jekyll site's plain folders,
        start none."""
        for top in self._content_tops():
            if p.is_relative_to(top):
                folders = p.relative_to(top).parts[:-1]
                if self.generator == "jekyll":
                    return any(name.startswith("_") for name in folders)
                return bool(folders)
        return False

    def entry(self, path: str | os.PathLike[str]) -> IndexEntry | None:
        """The index entry of one file, or None when it is not a document of this site."""
        p = self._full_path(path)
        with self._lock:
            if self._entries is None:
                # No index yet: read just this file rather than the whole site.
                if p.suffix.lower() not in MARKDOWN_SUFFIXES or not self._is_page(p):
                    return None
                return self._load_entry(p, self._folder_collection(p))
            return self._by_path.get(p)

    def collection_of(self, path: str | os.PathLike[str]) -> str | None:
        """The name of the collection holding `path`, or None for a plain page."""
        p = self._full_path(path)
        name = self._folder_collection(p)
        if name is None or self.generator != "eleventy":
            return name
        # Eleventy: the page's header may take it out of its folder's collection.
        with self._lock:
            entry = self._by_path.get(p) if self._entries is not None else None
            if entry is not None:
                return entry.collection
            return self._load_entry(p, name).collection if self._is_page(p) else name

    def _member(self, path: Path, collection: str | None, fm: dict) -> str | None:
        """Eleventy makes collections from tags: a page whose `override:tags` replaces the
        tags its folder's data file gives (`blog/blog.json`: `"tags": ["blog"]`) without
        naming that collection, or whose `eleventyExcludeFromCollections` is true or names
        it, is none of its pages (the blog's own list page, `blog.md`; a page kept beside
        the posts, `2025-01-13-certification-result.md`)."""
        if self.generator != "eleventy" or collection is None:
            return collection
        excluded = fm.get("eleventyExcludeFromCollections")
        left_out = excluded is True or collection in _tag_names(excluded)
        if "override:tags" in fm and collection not in _tag_names(fm["override:tags"]):
            left_out = True
        if not left_out or collection not in _tag_names(self.directory_data(path).get("tags")):
            return collection
        return None

    def _full_path(self, path: str | os.PathLike[str]) -> Path:
        """A path given to the site as the index keys it: resolved, a relative one taken from
        the site's root."""
        p = Path(path)
        if not p.is_absolute():
            p = self.root / p
        return p.resolve()

    def _folder_collection(self, p: Path) -> str | None:
        """The collection whose folder holds the resolved path `p` (its header unread)."""
        if self.generator == "hugo" and p.name in SECTION_PAGES:
            return None  # a section's own page, not one of its documents
        for coll in self.collections.values():
            if any(p.is_relative_to(folder) for folder in coll.folders):
                return coll.name
        return None

    def _front_matter_of(self, path: Path) -> dict:
        """One file's front matter read now (a regular file inside the site only)."""
        if not self._is_page(path):
            return {}
        return self._load_entry(path, self._folder_collection(path)).front_matter

    def _is_page(self, path: Path) -> bool:
        """Whether `path` is a regular file inside the site (not a link leading out, a pipe or
        a device)."""
        return safe_paths.is_inside(path, self.root) and Walker(self.root).page_ok(path)

    def documents(self, collection: str | None) -> list[IndexEntry]:
        """The documents of one collection (None: the plain pages), in file-name order."""
        return [e for e in self.entries() if e.collection == collection]

    def titles(self, collection: str) -> list[str]:
        """The titles of a collection's documents, e.g. the choices for a relation field."""
        return [e.title for e in self.documents(collection)]


def _tag_names(value: object) -> list[str]:
    """Eleventy's `tags`: one name or a list of names (anything else names none)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []
