"""The site model: its root, collections, asset folders, and a fast index of front matter."""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

from editor_app.core.simple_front_matter import parse_simple_header

# The C loader is several times faster; the pure-Python one gives the same results.
_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
IMAGE_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".bmp", ".ico", ".tif", ".tiff"}
)
# Folders that never hold the site's own pages.
SKIPPED_FOLDERS = frozenset(
    {"node_modules", "_site", "vendor", ".git", ".hg", ".svn", ".jekyll-cache", ".sass-cache"}
)
# Top-level folders of Hugo and Eleventy sites that hold output, templates or themes.
_GENERATOR_FOLDERS = frozenset(
    {"public", "resources", "dist", "layouts", "themes", "archetypes", "data", "i18n"}
)
# Top-level folders where sites keep images and downloads.
ASSET_ROOTS = ("assets", "images", "img", "static", "uploads", "media")
# Files whose presence marks the root of a non-Jekyll site.
_OTHER_ROOT_MARKERS = (
    "hugo.toml",
    "hugo.yaml",
    "hugo.json",
    ".eleventy.js",
    "eleventy.config.js",
    "eleventy.config.mjs",
    "eleventy.config.cjs",
)
_DATED_NAME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-(.*)$")
# The closing line of a front-matter block: `---` or `...`, like Jekyll.
_CLOSING = re.compile(rb"\n(?:---|\.\.\.)[ \t]*(?=\r?\n|\r?$)")
_BOM = b"\xef\xbb\xbf"
_DATE_IN_LINE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")

# Jekyll's built-in permalink styles.
_PERMALINK_STYLES = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
    "none": "/:categories/:title:output_ext",
}
_PLACEHOLDER = re.compile(r":([a-z_]+)")

Progress = Callable[[int, int], None]


class SiteError(Exception):
    """The folder cannot be used as a site (missing, not a folder, unreadable)."""


@dataclass
class Collection:
    """A group of documents sharing one folder and one set of fields."""

    name: str
    folder: Path
    label: str
    dated: bool = False
    output: bool = True
    permalink: str | None = None


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


def plain_label(name: str) -> str:
    """`pdg-cases` -> `Pdg cases`: a field or folder name in plain words."""
    words = re.sub(r"[_\-\s]+", " ", name).strip()
    return words[:1].upper() + words[1:] if words else name


def _slugify(text: str, cased: bool = False) -> str:
    """Jekyll's default slugify: anything but letters and digits becomes one hyphen."""
    slug = re.sub(r"[^\w]+|_+", "-", text).strip("-")
    return slug if cased else slug.lower()


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
    if not data.startswith(b"---"):
        return {}, None, None
    first_end = data.find(b"\n")
    first_line = data[3:first_end] if first_end >= 0 else data[3:]
    if first_line.strip():
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
    except yaml.YAMLError as exc:
        return {}, f"The header cannot be read: {exc}.", 1
    except (ValueError, OverflowError) as exc:
        # The YAML reader raises these for dates that do not exist, such as 2023-02-30.
        line = _impossible_date_line(text)
        return {}, f"The header holds a date that does not exist ({exc}).", line
    except Exception as exc:  # noqa: BLE001 - an index entry records errors, never fails
        return {}, f"The header cannot be read ({type(exc).__name__}: {exc}).", 1
    if loaded is None:
        return {}, None, None
    if not isinstance(loaded, dict):
        return {}, "The header is not a list of fields (name: value).", 2
    return loaded, None, None


def _impossible_date_line(header: str) -> int | None:
    """The file line of the first date in the header that is not a real date."""
    for i, line in enumerate(header.split("\n")):
        for m in _DATE_IN_LINE.finditer(line):
            try:
                date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return i + 2  # the header starts on line 2, after the opening ---
    return None


class Site:
    """A site folder: configuration, collections, asset folders and the document index."""

    def __init__(self, root: Path, config: dict, config_error: str | None = None) -> None:
        self.root = root
        self.config = config
        # Set when `_config.yml` could not be read; the site still opens with defaults.
        self.config_error = config_error
        self.is_jekyll = (root / "_config.yml").is_file()
        sep = config.get("excerpt_separator")
        self.excerpt_separator: str = sep if isinstance(sep, str) and sep else "\n\n"
        self._content_base = root
        self.collections: dict[str, Collection] = self._find_collections()
        self.asset_folders: list[Path] = self._find_asset_folders()
        self._lock = threading.RLock()
        self._entries: list[IndexEntry] | None = None
        self._by_path: dict[Path, IndexEntry] = {}
        self._urls: dict[str, Path] | None = None

    # -- opening ------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Site:
        """Open the site holding `path` (a folder, or a file inside one)."""
        try:
            start = Path(path).expanduser().resolve()
        except (OSError, RuntimeError) as exc:
            raise SiteError(f"{path}: cannot be opened ({exc}).") from exc
        if not start.exists():
            raise SiteError(f"{path}: no such folder.")
        folder = start if start.is_dir() else start.parent
        if not os.access(folder, os.R_OK | os.X_OK):
            raise SiteError(f"{path}: the folder cannot be read.")
        root = cls._find_root(folder)
        config: dict = {}
        config_error = None
        config_path = root / "_config.yml"
        if config_path.is_file():
            try:
                loaded = yaml.load(config_path.read_bytes(), Loader=_Loader)  # noqa: S506
            except OSError as exc:
                raise SiteError(f"{config_path}: cannot be read ({exc}).") from exc
            except yaml.YAMLError as exc:
                loaded = None
                mark = getattr(exc, "problem_mark", None)
                where = f" near line {mark.line + 1}" if mark is not None else ""
                config_error = f"_config.yml cannot be read{where}; using default settings."
            if isinstance(loaded, dict):
                config = loaded
        try:
            return cls(root, config, config_error)
        except OSError as exc:
            raise SiteError(f"{path}: the folder cannot be read ({exc}).") from exc

    @staticmethod
    def _find_root(folder: Path) -> Path:
        for candidate in (folder, *folder.parents):
            if (candidate / "_config.yml").is_file():
                return candidate
        for candidate in (folder, *folder.parents):
            if any((candidate / marker).is_file() for marker in _OTHER_ROOT_MARKERS):
                return candidate
        return folder

    # -- collections and assets -------------------------------------------------------------

    def _excluded_names(self) -> set[str]:
        names = set(SKIPPED_FOLDERS)
        exclude = self.config.get("exclude")
        if isinstance(exclude, list):
            names.update(str(x).strip("/") for x in exclude if isinstance(x, str))
        return names

    def _find_collections(self) -> dict[str, Collection]:
        found: dict[str, Collection] = {}
        if self.is_jekyll:
            cdir = self.config.get("collections_dir")
            base = self.root / cdir if isinstance(cdir, str) and cdir.strip("/") else self.root
            self._content_base = base
            declared = self.config.get("collections") or {}
            if isinstance(declared, list):  # the old form: a list of names
                declared = {str(n): {} for n in declared}
            if not isinstance(declared, dict):
                declared = {}
            style = self.config.get("permalink")
            for name, meta in declared.items():
                meta = meta if isinstance(meta, dict) else {}
                name = str(name)
                folder = base / f"_{name}"
                if name == "posts" or not folder.is_dir():
                    continue  # a declared collection with no folder holds nothing to edit
                permalink = meta.get("permalink")
                if not isinstance(permalink, str):
                    permalink = _add_permalink_suffix("/:collection/:path", style)
                found[name] = Collection(
                    name=name,
                    folder=folder,
                    label=str(meta.get("label") or plain_label(name)),
                    dated=_mostly_dated(folder),
                    output=bool(meta.get("output", False)),
                    permalink=permalink,
                )
            posts = base / "_posts"
            if posts.is_dir():
                meta = declared.get("posts") if isinstance(declared.get("posts"), dict) else {}
                permalink = meta.get("permalink") if meta else None
                if not isinstance(permalink, str):
                    permalink = self._site_permalink()
                found["posts"] = Collection(
                    "posts", posts, "Posts", dated=True, output=True, permalink=permalink
                )
            drafts = base / "_drafts"
            if drafts.is_dir():
                found["drafts"] = Collection(
                    "drafts", drafts, "Drafts", dated=False, output=False, permalink=None
                )
            return found
        # Not Jekyll: each folder of Markdown under the content folder is a collection.
        base = self.root
        if (self.root / "content").is_dir():
            base = self.root / "content"  # Hugo, and many Eleventy sites
        elif (self.root / "src").is_dir() and any(
            (self.root / m).is_file() for m in _OTHER_ROOT_MARKERS if "eleventy" in m
        ):
            base = self.root / "src"  # Eleventy's other usual input folder
        self._content_base = base
        skipped = self._excluded_names() | set(ASSET_ROOTS) | _GENERATOR_FOLDERS
        for entry in sorted(os.scandir(base), key=lambda e: e.name):
            if (
                not entry.is_dir()
                or entry.name.startswith(("_", "."))
                or entry.name in skipped
                or not _has_markdown(Path(entry.path), skipped)
            ):
                continue
            folder = Path(entry.path)
            found[entry.name] = Collection(
                name=entry.name,
                folder=folder,
                label=plain_label(entry.name),
                dated=_mostly_dated(folder),
                output=True,
                permalink=None,
            )
        return found

    def _site_permalink(self) -> str:
        style = self.config.get("permalink")
        if not isinstance(style, str) or not style:
            style = "date"
        return _PERMALINK_STYLES.get(style, style)

    def _find_asset_folders(self) -> list[Path]:
        found: list[Path] = []
        for top in ASSET_ROOTS:
            base = self.root / top
            if not base.is_dir():
                continue
            for dirpath, dirnames, filenames in os.walk(base):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                if any(os.path.splitext(f)[1].lower() in IMAGE_SUFFIXES for f in filenames):
                    found.append(Path(dirpath))
        return found

    # -- the index --------------------------------------------------------------------------

    def _document_files(self) -> Iterator[tuple[Path, str | None]]:
        """Every Markdown file of the site with its collection (None for plain pages)."""
        skipped = self._excluded_names()
        collection_folders = {c.folder: c.name for c in self.collections.values()}
        for coll in self.collections.values():
            for path in _walk_markdown(coll.folder, skipped):
                yield path, coll.name
        # Plain pages: outside collections, underscore folders and asset folders.
        asset_tops = {self.root / a for a in ASSET_ROOTS}
        for dirpath, dirnames, filenames in os.walk(self.root):
            here = Path(dirpath)
            dirnames[:] = sorted(
                d
                for d in dirnames
                if not d.startswith(("_", "."))
                and d not in skipped
                and here / d not in collection_folders
                and here / d not in asset_tops
                and not (here == self.root and not self.is_jekyll and d in _GENERATOR_FOLDERS)
            )
            for name in sorted(filenames):
                if os.path.splitext(name)[1].lower() in MARKDOWN_SUFFIXES and not (
                    here == self.root and name in skipped  # `exclude: [README.md]`
                ):
                    yield here / name, None

    def _load_entry(self, path: Path, collection: str | None) -> IndexEntry:
        try:
            with open(path, "rb") as fh:
                data = fh.read()
                mtime = os.fstat(fh.fileno()).st_mtime
        except OSError as exc:
            return IndexEntry(
                path,
                collection,
                {},
                f"The file cannot be read: {exc.strerror or exc}.",
                None,
                _title_from_name(path.stem),
                0.0,
            )
        fm, error, line = read_front_matter(data)
        title = fm.get("title")
        if isinstance(title, str | int | float) and not isinstance(title, bool) and title != "":
            title = str(title)
        else:
            title = _title_from_name(path.stem)
        return IndexEntry(path, collection, fm, error, line, title, mtime)

    def entries(self, progress: Progress | None = None) -> list[IndexEntry]:
        """Every document's front matter (built once, then cached until `reindex()`)."""
        with self._lock:
            if self._entries is not None:
                return list(self._entries)
            files = list(self._document_files())
            total = len(files)
            result: list[IndexEntry] = []
            step = max(1, total // 100)
            for i, (path, coll) in enumerate(files):
                result.append(self._load_entry(path, coll))
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
            self.collections = self._find_collections()
            self.asset_folders = self._find_asset_folders()

    def update_entry(self, path: str | os.PathLike[str]) -> IndexEntry | None:
        """Re-read one file (after a save, a new file or a deletion); None when it is gone."""
        p = Path(path)
        if not p.is_absolute():
            p = self.root / p
        p = p.resolve()
        with self._lock:
            if self._entries is None:
                # No index yet: read just this file rather than the whole site.
                return self._load_entry(p, self.collection_of(p)) if p.is_file() else None
            old = self._by_path.get(p)
            self._urls = None
            if not p.is_file():
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
                if p.suffix.lower() not in MARKDOWN_SUFFIXES or not p.is_file():
                    return None
                return self._load_entry(p, self.collection_of(p))
            return self._by_path.get(p)

    def collection_of(self, path: str | os.PathLike[str]) -> str | None:
        """The name of the collection holding `path`, or None for a plain page."""
        p = Path(path)
        if not p.is_absolute():
            p = self.root / p
        p = p.resolve()
        for coll in self.collections.values():
            if p.is_relative_to(coll.folder):
                return coll.name
        return None

    def documents(self, collection: str | None) -> list[IndexEntry]:
        """The documents of one collection (None: the plain pages), in file-name order."""
        return [e for e in self.entries() if e.collection == collection]

    def titles(self, collection: str) -> list[str]:
        """The titles of a collection's documents, e.g. the choices for a relation field."""
        return [e.title for e in self.documents(collection)]

    # -- URLs and paths ---------------------------------------------------------------------

    def url_for(self, path: str | os.PathLike[str]) -> str | None:
        """The page's URL on the published site, or None when it is not published."""
        p = Path(path)
        if not p.is_absolute():
            p = self.root / p
        p = p.resolve()
        entry = self._by_path.get(p) if self._entries is not None else None
        if entry is not None:
            return self._url_of(p, entry.front_matter, entry.collection)
        try:
            fm = read_front_matter(p.read_bytes())[0]
        except OSError:
            fm = {}
        return self._url_of(p, fm, self.collection_of(p))

    def _url_of(self, p: Path, fm: dict, name: str | None) -> str | None:
        coll = self.collections.get(name) if name else None
        own = fm.get("permalink")
        if not self.is_jekyll:
            if isinstance(own, str) and own:
                return "/" + own.lstrip("/")
            rel = (
                p.relative_to(self._content_base) if p.is_relative_to(self._content_base) else None
            )
            if rel is None:
                return None
            parts = list(rel.with_suffix("").parts)
            if parts and parts[-1] in ("index", "_index"):
                parts.pop()
            return "/" + "/".join(parts) + ("/" if parts else "")
        if coll is not None and not coll.output:
            return None
        if coll is not None:
            template = own if isinstance(own, str) and own else coll.permalink
            if not template:
                return None
            values = self._placeholders(p, fm, coll)
        else:
            if not p.is_relative_to(self.root):
                return None
            rel = p.relative_to(self.root)
            if isinstance(own, str) and own:
                template = own
            else:
                style = self.config.get("permalink")
                pretty = style == "pretty" or (isinstance(style, str) and style.endswith("/"))
                parts = list(rel.with_suffix("").parts)
                if parts and parts[-1] == "index":
                    return "/" + "/".join(parts[:-1]) + ("/" if len(parts) > 1 else "")
                return "/" + "/".join(parts) + ("/" if pretty else ".html")
            values = self._placeholders(p, fm, None)
        return _expand(template, values)

    def _placeholders(self, path: Path, fm: dict, coll: Collection | None) -> dict[str, str]:
        stem = path.stem
        m = _DATED_NAME.match(stem)
        slug_part = m.group(4) if (m and (coll is None or coll.dated)) else stem
        when = fm.get("date")
        d: date | None = None
        if isinstance(when, datetime | date):
            d = when
        elif m:
            try:
                d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                d = None
        cats = fm.get("categories", fm.get("category"))
        if isinstance(cats, str):
            cats = cats.split()
        cats = [str(c).lower() for c in cats] if isinstance(cats, list) else []
        own_slug = fm.get("slug")
        values = {
            "collection": coll.name if coll else "",
            "path": (
                path.relative_to(coll.folder).with_suffix("").as_posix()
                if coll
                else path.relative_to(self.root).with_suffix("").as_posix()
            ),
            "name": _slugify(stem),
            "basename": stem,
            "title": _slugify(str(own_slug), cased=True)
            if own_slug
            else _slugify(slug_part, cased=True),
            "slug": _slugify(str(own_slug)) if own_slug else _slugify(slug_part),
            "categories": "/".join(dict.fromkeys(cats)),
            "output_ext": ".html",
        }
        if d is not None:
            values.update(
                year=f"{d.year:04d}",
                month=f"{d.month:02d}",
                i_month=str(d.month),
                day=f"{d.day:02d}",
                i_day=str(d.day),
                short_year=f"{d.year % 100:02d}",
                y_day=f"{d.timetuple().tm_yday:03d}",
                short_month=d.strftime("%b"),
                long_month=d.strftime("%B"),
                week=d.strftime("%V"),
                short_day=d.strftime("%a"),
                long_day=d.strftime("%A"),
            )
        return values

    def _url_map(self) -> dict[str, Path]:
        with self._lock:
            if self._urls is None:
                urls: dict[str, Path] = {}
                for e in self.entries():
                    url = self._url_of(e.path, e.front_matter, e.collection)
                    if url is not None:
                        urls.setdefault(_normal_url(url), e.path)
                self._urls = urls
            return self._urls

    def find_by_url(self, url: str) -> Path | None:
        """The document published at `url` (site-relative, with or without `.html` or `/`)."""
        if not isinstance(url, str) or not url.strip():
            return None
        path = unquote(urlsplit(url.strip()).path)
        base = self.config.get("baseurl")
        if isinstance(base, str) and base.strip("/"):
            prefix = "/" + base.strip("/")
            if path == prefix or path.startswith(prefix + "/"):
                path = path[len(prefix) :]
        return self._url_map().get(_normal_url(path))

    def resolve_inside(self, relative: str | os.PathLike[str]) -> Path | None:
        """`root / relative`, or None when that would leave the site folder."""
        text = os.fspath(relative)
        if not text or "\x00" in text:
            return None
        rel = Path(text)
        if rel.is_absolute() or rel.drive or text.startswith(("/", "\\")):
            return None
        try:
            target = (self.root / rel).resolve()
            root = self.root.resolve()
        except (OSError, RuntimeError):
            return None  # e.g. a symlink loop
        if target != root and not target.is_relative_to(root):
            return None
        return target


def _add_permalink_suffix(template: str, style: Any) -> str:
    """Jekyll's `add_permalink_suffix`: a collection's default URL follows the site's style."""
    if style in ("pretty",):
        return template + "/"
    if style in ("date", "ordinal", "none", "weekdate", None, ""):
        return template + ":output_ext"
    if isinstance(style, str):
        if style.endswith("/"):
            return template + "/"
        if style.endswith(":output_ext"):
            return template + ":output_ext"
    return template


def _expand(template: str, values: dict[str, str]) -> str:
    url = _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)
    url = re.sub(r"/{2,}", "/", "/" + url)
    return url


def _normal_url(url: str) -> str:
    url = "/" + url.strip().lstrip("/")
    if url.endswith("/index.html"):
        url = url[: -len("index.html")]
    elif url.endswith(".html"):
        url = url[: -len(".html")]
    return url.rstrip("/") or "/"


def _walk_markdown(folder: Path, skipped: set[str]) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in skipped)
        here = Path(dirpath)
        for name in sorted(filenames):
            if os.path.splitext(name)[1].lower() in MARKDOWN_SUFFIXES:
                yield here / name


def _has_markdown(folder: Path, skipped: set[str]) -> bool:
    return next(_walk_markdown(folder, skipped), None) is not None


def _mostly_dated(folder: Path) -> bool:
    """True when most Markdown file names start with `YYYY-MM-DD-`."""
    names = [p.stem for p in _walk_markdown(folder, set(SKIPPED_FOLDERS))]
    if not names:
        return False
    dated = sum(1 for n in names if _DATED_NAME.match(n))
    return dated * 2 > len(names)


__all__ = [
    "Collection",
    "IndexEntry",
    "Site",
    "SiteError",
    "plain_label",
    "read_front_matter",
]
