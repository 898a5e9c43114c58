"""The site model: its root, collections, asset folders, and a fast index of front matter."""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import threading
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from editor_app.core import safe_paths
from editor_app.core.simple_front_matter import parse_simple_header
from editor_app.core.site_folders import IMAGE_SUFFIXES, SECTION_PAGES, SiteFolders
from editor_app.core.site_layout import (
    ASSET_ROOTS,
    GENERATOR_FOLDERS,
    MARKDOWN_SUFFIXES,
    SKIPPED_FOLDERS,
    Collection,
    Walker,
    detect_generator,
    eleventy_data,
    excluded,
    is_site_root,
    plain_label,
    read_layout,
    rel_text,
)
from editor_app.core.site_urls import SiteUrls

# The C loader is several times faster; the pure-Python one gives the same results.
_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_DATED_NAME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-(.*)$")
# The closing line of a front-matter block: `---` or `...`, like Jekyll.
_CLOSING = re.compile(rb"\n(?:---|\.\.\.)[ \t]*(?=\r?\n|\r?$)")
_BOM = b"\xef\xbb\xbf"
_DATE_IN_LINE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")

Progress = Callable[[int, int], None]


class SiteError(Exception):
    """The folder cannot be used as a site (missing, not a folder, unreadable)."""


@dataclass(slots=True)
class IndexEntry:
    """One document's front matter as found on disk (errors recorded, never raised)."""

    path: Path
    collection: str | None
    front_matter: dict
    error: str | None
    error_line: int | None
    title: str
    mtime: float
    # "page", or "section" for a Hugo `_index.md` (the page of a section, not one of its
    # documents: listed with the plain pages).
    kind: str = "page"


def _title_from_name(stem: str) -> str:
    m = _DATED_NAME.match(stem)
    if m:
        stem = m.group(4)
    return plain_label(stem) if stem else stem


def read_front_matter(data: bytes) -> tuple[dict, str | None, int | None]:
    """Split and parse the front matter of a file's bytes: (data, error, error line).

    Cheap on purpose: only the header is decoded; the body is never looked at.
    """
    if data.startswith(_BOM):
        data = data[3:]
    if data.startswith(b"+++"):
        return read_other_front_matter(data, "toml")
    if data.startswith(b"{") and _JSON_START.match(data):  # not `{% include %}` or `{{<`
        return read_other_front_matter(data, "json")
    if not data.startswith(b"---"):
        return {}, None, None
    first_end = data.find(b"\n")
    first_line = data[3:first_end] if first_end >= 0 else data[3:]
    if first_line.strip():
        # Eleventy's `---json` and `---yaml`; `---js` is a script (nothing to read here).
        language = first_line.strip().lower()
        if language == b"json":
            return read_other_front_matter(data, "json-fenced")
        if language in (b"js", b"javascript"):
            return {}, None, None
        if language not in (b"yaml", b"yml"):
            return {}, None, None  # e.g. a `----` rule: not a header
    if first_end < 0:
        return {}, "The header starting on line 1 is never closed with a --- line.", 1
    m = _CLOSING.search(data, first_end)
    if m is None:
        return {}, "The header starting on line 1 is never closed with a --- line.", 1
    raw = data[first_end + 1 : m.start() + 1]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    if not text.strip():
        return {}, None, None
    # Most headers are flat `key: value` lines: read those directly (exactly what the loader
    # would build, several times faster); anything else goes to the YAML loader.
    simple = parse_simple_header(text)
    if simple is not None:
        return simple, None, None
    try:
        loaded = yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark is not None else 1
        problem = (exc.problem or "unreadable").strip()
        return {}, f"The header cannot be read near line {line}: {problem}.", line
    except yaml.YAMLError:
        return {}, "The header cannot be read: it is not a list of settings.", 1
    except (ValueError, OverflowError) as exc:
        if "digits" in str(exc):  # Python's limit on converting very long numbers
            return {}, "The header holds a number too long to be read.", 1
        # The YAML reader raises these for dates that do not exist, such as 2023-02-30.
        line = _impossible_date_line(text)
        return {}, f"The header holds a date that does not exist ({exc}).", line
    except RecursionError:
        return {}, "The header holds values nested too deeply to be read.", 1
    except Exception:  # noqa: BLE001 - an index entry records errors, never fails
        return {}, "The header cannot be read.", 1
    if loaded is None:
        return {}, None, None
    if not isinstance(loaded, dict):
        return {}, "The header is not a list of fields (name: value).", 2
    return loaded, None, None


_JSON_START = re.compile(rb'\{\s*"')
_TOML_CLOSING = re.compile(rb"\n\+\+\+[ \t]*(?=\r?\n|\r?$)")
_FENCED_CLOSING = re.compile(rb"\n---[ \t]*(?=\r?\n|\r?$)")
_TOML_LINE = re.compile(r"at line (\d+)")


def read_other_front_matter(data: bytes, kind: str) -> tuple[dict, str | None, int | None]:
    """Hugo's TOML (`+++`) and JSON (`{...}`) headers, and Eleventy's `---json`: like
    `read_front_matter` (data, error, error line), never raising."""
    if kind == "json":
        text = data.decode("utf-8", errors="replace")
        try:
            loaded, _end = json.JSONDecoder().raw_decode(text)
        except ValueError as exc:
            line = getattr(exc, "lineno", 1)
            return {}, f"The settings (in JSON) cannot be read near line {line}.", line
        except RecursionError:
            return {}, "The settings hold values nested too deeply to be read.", 1
        return (loaded, None, None) if isinstance(loaded, dict) else ({}, None, None)
    first_end = data.find(b"\n")
    closing = _TOML_CLOSING if kind == "toml" else _FENCED_CLOSING
    m = closing.search(data, first_end) if first_end >= 0 else None
    if m is None:
        marker = "+++" if kind == "toml" else "---"
        return {}, f"The header starting on line 1 is never closed with a {marker} line.", 1
    text = data[first_end + 1 : m.start() + 1].decode("utf-8", errors="replace")
    try:
        loaded = tomllib.loads(text) if kind == "toml" else json.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        line = int(found.group(1)) + 1 if found else _unclosed_line(text) + 1
        return {}, f"The settings (in TOML) cannot be read near line {line}.", line
    except ValueError as exc:
        line = getattr(exc, "lineno", 1) + 1
        return {}, f"The settings (in JSON) cannot be read near line {line}.", line
    except RecursionError:
        return {}, "The settings hold values nested too deeply to be read.", 1
    return (loaded, None, None) if isinstance(loaded, dict) else ({}, None, None)


def _unclosed_line(header: str) -> int:
    """The header line where a quote opens and is never closed (else its last line), for a
    reader that only noticed at the end."""
    lines = header.split("\n")
    for i, line in enumerate(lines, 1):
        if line.count('"') % 2 or line.count("'") % 2:
            return i
    return max(1, len(lines) - 1)


def _impossible_date_line(header: str) -> int | None:
    """The file line of the first date in the header that is not a real date."""
    for i, line in enumerate(header.split("\n")):
        for m in _DATE_IN_LINE.finditer(line):
            try:
                date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return i + 2  # the header starts on line 2, after the opening ---
    return None


class Site(SiteFolders, SiteUrls):
    """A site folder: configuration, collections, asset folders and the document index."""

    def __init__(self, root: Path, config: dict, config_error: str | None = None) -> None:
        self.root = root
        self.config = config
        # Set when `_config.yml` could not be read; the site still opens with defaults.
        self.config_error = config_error
        self.is_jekyll = safe_paths.exists(root / "_config.yml")
        sep = config.get("excerpt_separator")
        self.excerpt_separator: str = sep if isinstance(sep, str) and sep else "\n\n"
        self._lock = threading.RLock()
        self._read_layout()
        self._entries: list[IndexEntry] | None = None
        self._by_path: dict[Path, IndexEntry] = {}
        self._urls: dict[str, Path] | None = None
        self._walk_notes: list[str] = []
        self._open_notes: list[str] = []  # how the folder given led to this root

    def _read_layout(self) -> None:
        layout = read_layout(self.root, self.config, self.is_jekyll)
        # "jekyll", "hugo", "eleventy", or None when the folder names no generator.
        self.generator: str | None = layout.generator
        # The folder the generator reads pages from (Jekyll `source`, Eleventy `dir.input`).
        self.source: Path = layout.source or self.root
        self.layout = layout
        if layout.config_error and not self.config_error:
            self.config_error = layout.config_error
        self._layout_notes = list(layout.notes)
        self._content_base = layout.content[0][0] if layout.content else self.source
        self.collections: dict[str, Collection] = self._find_collections()
        self.asset_folders: list[Path] = self._find_asset_folders()

    @property
    def notes(self) -> list[str]:
        """Plain sentences about what could not be worked out: a missing source folder,
        skipped links and special files, unreadable folders, settings pointing outside."""
        return [*self._open_notes, *self._layout_notes, *self._walk_notes]

    def no_pages_message(self) -> str:
        """What to tell a user when the folder holds no pages at all."""
        return (
            f"No pages found in {self.root}: is this the site's folder? Pages are Markdown "
            "files (.md) with settings between --- lines at the top; open the folder that "
            "holds _config.yml (Jekyll), hugo.toml (Hugo) or eleventy.config.js (Eleventy)."
        )

    # -- opening ------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Site:
        """Open the site holding `path` (a folder, or a file inside one)."""
        if not safe_paths.plausible_path(path):
            raise SiteError(f"{str(path)[:80]}: this is not the name of a folder.")
        try:
            start = Path(path).expanduser().resolve()
        except (OSError, RuntimeError, ValueError) as exc:
            raise SiteError(f"{path}: cannot be opened ({_plain_os_error(exc)}).") from exc
        if not safe_paths.exists(start):
            raise SiteError(f"{path}: no such folder.")
        folder = start if safe_paths.is_dir(start) else start.parent
        if not os.access(folder, os.R_OK | os.X_OK):
            raise SiteError(
                f"{folder}: the folder cannot be read (permission denied). Ask whoever manages "
                "it for read access, or copy the site into a folder of your own."
            )
        root = cls._find_root(folder)
        moved_to = None
        if root == folder and _generator_of(folder) is None:
            # A project folder whose site lives one level down (GitHub Pages' `docs/`).
            moved_to = _single_site_below(folder)
            root = moved_to or root
        config: dict = {}
        config_error = None
        config_path = root / "_config.yml"
        if safe_paths.exists(config_path) and not safe_paths.is_file(config_path):
            config_error = (
                "_config.yml is not an ordinary file (a pipe or a device); using default settings."
            )
        elif safe_paths.is_file(config_path):
            try:
                loaded = yaml.load(config_path.read_bytes(), Loader=_Loader)  # noqa: S506
            except PermissionError as exc:
                raise SiteError(
                    f"{config_path}: cannot be read (permission denied). Ask whoever manages "
                    "the site for read access, or copy the site into a folder of your own."
                ) from exc
            except OSError as exc:
                raise SiteError(f"{config_path}: cannot be read ({_plain_os_error(exc)}).") from exc
            except yaml.YAMLError as exc:
                loaded = None
                mark = getattr(exc, "problem_mark", None)
                where = f" near line {mark.line + 1}" if mark is not None else ""
                config_error = f"_config.yml cannot be read{where}; using default settings."
            except (ValueError, OverflowError, RecursionError):  # e.g. a date that does not exist
                loaded = None
                config_error = (
                    "_config.yml holds a value that cannot be read; using default settings."
                )
            if isinstance(loaded, dict):
                config = loaded
        try:
            site = cls(root, config, config_error)
        except OSError as exc:
            raise SiteError(f"{path}: the folder cannot be read ({_plain_os_error(exc)}).") from exc
        if moved_to is not None:
            site._open_notes.append(
                f"The site's settings are in {moved_to.name}/ inside {folder}, so that folder "
                "is opened as the site."
            )
        return site

    @staticmethod
    def _find_root(folder: Path) -> Path:
        for candidate in (folder, *folder.parents):
            if safe_paths.exists(candidate / "_config.yml"):
                return candidate
        for candidate in (folder, *folder.parents):
            if is_site_root(candidate):
                return candidate
        return folder

    # -- the index --------------------------------------------------------------------------

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
        tops = [folder for folder, _lang in self.layout.content] or [self.source]
        for top in tops:
            asset_tops = {top / a for a in ASSET_ROOTS}

            def keep_plain_folder(
                here: Path, name: str, top: Path = top, asset_tops=asset_tops
            ) -> bool:
                return not (
                    (name.startswith("_") and not self._included(here, name))
                    or here / name in collection_folders
                    or here / name in asset_tops
                    or (here == top and self.generator != "jekyll" and name in GENERATOR_FOLDERS)
                    or self._excluded(here, name)
                )

            def keep_plain_file(here: Path, name: str) -> bool:
                return not self._excluded(here, name)

            for path in walker.walk(top, keep_plain_folder, keep_plain_file):
                yield path, None

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
                _title_from_name(path.stem),
                0.0,
                kind,
            )
        fm, error, line = read_front_matter(data)
        title = fm.get("title")
        if isinstance(title, str | int | float) and not isinstance(title, bool) and title != "":
            title = str(title)
        else:
            title = _title_from_name(path.stem)
        return IndexEntry(path, collection, fm, error, line, title, mtime, kind)

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
        path (whole-site validation then reads no file twice); it stays empty otherwise."""
        with self._lock:
            if self._entries is not None:
                return list(self._entries)
            walker = Walker(self.root)
            files = list(dict.fromkeys(self._document_files(walker)))
            self._walk_notes = walker.notes
            total = len(files)
            result: list[IndexEntry] = []
            step = max(1, total // 100)
            for i, (path, coll) in enumerate(files):
                result.append(self._load_entry(path, coll, raw))
                if progress is not None and (i % step == 0 or i == total - 1):
                    progress(i + 1, total)
            self._entries = result
            self._by_path = {e.path: e for e in result}
            self._urls = None
            return list(result)

    def reindex(self) -> None:
        """Drop the cached index (and re-read the folders) so the next call reads the disk."""
        with self._lock:
            self._entries = None
            self._by_path = {}
            self._urls = None
            self._walk_notes = []
            self._read_layout()

    def update_entry(self, path: str | os.PathLike[str]) -> IndexEntry | None:
        """Re-read one file (after a save, a new file or a deletion); None when it is gone."""
        p = Path(path)
        if not p.is_absolute():
            p = self.root / p
        p = p.resolve()
        with self._lock:
            if self._entries is None:
                # No index yet: read just this file rather than the whole site.
                return self._load_entry(p, self.collection_of(p)) if self._is_page(p) else None
            old = self._by_path.get(p)
            self._urls = None
            if not self._is_page(p):
                if old is not None:
                    self._entries.remove(old)
                    del self._by_path[p]
                return None
            entry = self._load_entry(p, self.collection_of(p))
            if old is not None:
                self._entries[self._entries.index(old)] = entry
            else:
                self._entries.append(entry)
            self._by_path[p] = entry
            return entry

    def entry(self, path: str | os.PathLike[str]) -> IndexEntry | None:
        """The index entry of one file, or None when it is not a document of this site."""
        p = Path(path)
        if not p.is_absolute():
            p = self.root / p
        p = p.resolve()
        with self._lock:
            if self._entries is None:
                # No index yet: read just this file rather than the whole site.
                if p.suffix.lower() not in MARKDOWN_SUFFIXES or not self._is_page(p):
                    return None
                return self._load_entry(p, self.collection_of(p))
            return self._by_path.get(p)

    def collection_of(self, path: str | os.PathLike[str]) -> str | None:
        """The name of the collection holding `path`, or None for a plain page."""
        p = Path(path)
        if not p.is_absolute():
            p = self.root / p
        p = p.resolve()
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
        return self._load_entry(path, self.collection_of(path)).front_matter

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

    # -- paths ------------------------------------------------------------------------------

    def _served_folders(self) -> list[Path]:
        """Folders whose files the published site serves from its root, besides the root:
        Jekyll's `source`, Eleventy's input folder, Hugo's `static/` and content folders."""
        folders = [self.source] if self.source != self.root else []
        if self.generator == "hugo":
            folders += [self.root / "static"] + [f for f, _lang in self.layout.content]
        return folders

    def file_url(self, path: str | os.PathLike[str]) -> str:
        """The address the published site gives a file of the site (`/img/a.png` for
        Eleventy's `src/img/a.png`, Hugo's `static/img/a.png`); from the root otherwise."""
        p = Path(path).resolve()
        for base in self._served_folders():
            base = base.resolve()
            if p.is_relative_to(base):
                return "/" + p.relative_to(base).as_posix()
        root = self.root.resolve()
        return "/" + (p.relative_to(root).as_posix() if p.is_relative_to(root) else p.name)

    def resolve_inside(self, relative: str | os.PathLike[str]) -> Path | None:
        """`root / relative`, or None when that would leave the site folder (or `relative` is
        no plausible path: too long, NUL bytes, control or invisible characters).

        When the generator reads pages from another folder (Jekyll `source: src`), a path
        found there is preferred: that is where the published site's files come from.
        """
        try:
            text = os.fspath(relative)
        except TypeError:
            return None
        if not safe_paths.plausible_path(text):
            return None
        rel = Path(text)
        if rel.is_absolute() or rel.drive or text.startswith(("/", "\\")):
            return None
        try:
            root = self.root.resolve()
            for base in self._served_folders():
                served = (base / rel).resolve()
                if served.is_relative_to(root) and safe_paths.exists(served):
                    return served
            target = (self.root / rel).resolve()
        except (OSError, RuntimeError, ValueError):
            return None  # e.g. a symlink loop, or text the file system cannot hold
        if target != root and not target.is_relative_to(root):
            return None
        return target


def _generator_of(folder: Path) -> str | None:
    return detect_generator(folder, safe_paths.is_file(folder / "_config.yml"))


# Markdown files a project keeps beside its site that are not pages of it.
_PROJECT_FILES = ("README", "CHANGELOG", "LICENSE", "CONTRIBUTING", "CODE_OF_CONDUCT", "SECURITY")


def _single_site_below(folder: Path) -> Path | None:
    """The one folder directly inside `folder` that holds a site's settings, or None (none,
    or several: the user's choice then)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return None
    # Pages of its own (beyond a project's README and the like): the folder is the site.
    if any(
        os.path.splitext(e.name)[1].lower() in MARKDOWN_SUFFIXES
        and not e.name.upper().startswith(_PROJECT_FILES)
        for e in entries
    ):
        return None
    names = sorted(e.name for e in entries if e.is_dir(follow_symlinks=False))
    found = [
        folder / n
        for n in names
        if not n.startswith((".", "_")) and n not in SKIPPED_FOLDERS and _generator_of(folder / n)
    ]
    return found[0] if len(found) == 1 else None


def site_root_for(path: str | os.PathLike[str]) -> Path:
    """The root of the site holding `path`, found from the folders in its name as written:
    no link is followed (neither the page nor a folder on the way), so a link leading out of
    the site cannot make the outside a site. Writes checked `inside=` it are then refused for
    anything that really lies outside (the check follows the links)."""
    p = Path(os.path.normpath(Path(path).expanduser().absolute()))
    folder = p if safe_paths.is_dir(p) and not p.is_symlink() else p.parent
    for candidate in (folder, *folder.parents):
        if safe_paths.exists(candidate / "_config.yml") or is_site_root(candidate):
            return candidate
    return Path(os.path.realpath(folder))


def _read_regular_file(path: Path) -> tuple[bytes, float]:
    """The bytes and modification time of a regular file. Opened without waiting, so a FIFO
    named `*.md` cannot hang the index; anything but a regular file raises OSError."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise OSError(errno.EINVAL, "not an ordinary file", str(path))
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read()
    finally:
        os.close(fd)
    return data, st.st_mtime


def _plain_os_error(exc: BaseException) -> str:
    """An operating-system error in a few plain words (no error numbers)."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[:1].lower() + exc.strerror[1:]
    return "it cannot be used"


def _plain_read_error(exc: OSError, path: Path) -> str:
    if isinstance(exc, PermissionError):
        return (
            f"The file {path.name} cannot be read (permission denied). Ask whoever manages the "
            "site for read access."
        )
    if exc.errno == errno.EINVAL:
        return "This is not an ordinary file (a pipe or a device), so it is not read."
    return f"The file cannot be read: {_plain_os_error(exc)}."


__all__ = [
    "IMAGE_SUFFIXES",
    "MARKDOWN_SUFFIXES",
    "Collection",
    "IndexEntry",
    "Site",
    "SiteError",
    "plain_label",
    "read_front_matter",
    "site_root_for",
]
