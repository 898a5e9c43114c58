"""The site model: its root, collections, asset folders, and a fast index of front matter."""

from __future__ import annotations

import errno
import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path

import yaml

from editor_app.core import safe_paths
from editor_app.core.site_entries import (
    IndexEntry,
    SiteError,
    _plain_os_error,
    read_front_matter,
)
from editor_app.core.site_folders import IMAGE_SUFFIXES, SiteFolders
from editor_app.core.site_index import SiteIndex
from editor_app.core.site_layout import (
    MARKDOWN_SUFFIXES,
    SKIPPED_FOLDERS,
    Collection,
    detect_generator,
    is_site_root,
    plain_label,
    read_layout,
)
from editor_app.core.site_urls import SiteUrls

# The C loader is several times faster; the pure-Python one gives the same results.
_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# The files that make a folder a site, as the messages for a folder in no site name them.
SITE_SETTINGS_FILES = (
    "_config.yml (Jekyll), hugo.toml or config.toml (Hugo), or eleventy.config.js or "
    ".eleventy.js (Eleventy)"
)


class Site(SiteIndex, SiteFolders, SiteUrls):
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
        self._index_folders: dict[Path, frozenset[str]] | None = None
        self._walk_notes: list[str] = []
        self._open_notes: list[str] = []  # how the folder given led to this root
        self._sites_below: list[Path] = []  # the sites a folder holding several holds
        # The files' bytes read to build the index, held for the next whole-site check
        # (`take_read_bytes`), so each file is read once; off in the window, which checks
        # one page at a time.
        self.keep_read_bytes = True
        self._held: dict[Path, bytes] = {}
        # Told the full path of each file `update_entry` reads again (what keeps a copy of the
        # pages' contents, as the spelling vocabulary does, follows a page gone or renamed).
        self.entry_listeners: list[Callable[[Path], None]] = []

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

    @property
    def title(self) -> str | None:
        """The site's own title from its settings (Jekyll's `_config.yml`, Hugo's `title`), or
        None when they give none."""
        for settings in (self.config, self.layout.config):
            value = settings.get("title") if isinstance(settings, dict) else None
            if value is not None and not isinstance(value, (dict, list)) and str(value).strip():
                return str(value).strip()
        return None

    def no_pages_message(self) -> str:
        """What to tell a user when the folder holds no pages at all."""
        held = _pages_in_underscore_folders(self.root) if self.generator is None else []
        if held:
            # A Jekyll site whose _config.yml is gone: its collections are folders like any.
            shown = ", ".join(held[:4]) + (", ..." if len(held) > 4 else "")
            which = f"the folders {shown} hold" if len(held) > 1 else f"the folder {shown} holds"
            return (
                f"No pages found in {self.root}: {which} pages, but there is no _config.yml, "
                "which makes a folder a Jekyll site and names its collections. Put the site's "
                "_config.yml back (from a copy, or from the site's history), then try again."
            )
        if self.generator is not None and self.collections:
            # A fresh site: its kinds of page known (a Hugo archetype) but none written yet.
            first = next(iter(self.collections))
            labels = ", ".join(c.label for c in self.collections.values())
            return (
                f"No pages yet in {self.root}; its kinds of page ({labels}) have none. Make "
                f"the first with File > New, or: editor-app new {first} --title TITLE"
            )
        return (
            f"No pages found in {self.root}: is this the site's folder? Pages are Markdown "
            "files (.md) with settings between --- lines at the top; open the folder that "
            "holds _config.yml (Jekyll), hugo.toml (Hugo) or eleventy.config.js (Eleventy)."
        )

    @property
    def sites_inside(self) -> list[Path]:
        """The sites a folder holding several (and none of its own) holds; [] for a site."""
        return list(self._sites_below)

    def no_site_message(self) -> str | None:
        """One line when the folder opened is no site at all (`editor-app schema /tmp`): no
        generator's settings in it, above it or in a folder right inside it, so a walk of
        everything below would only list stray Markdown; None for a site. A folder holding
        several sites, and a Jekyll site whose `_config.yml` is gone (its `_posts` and the
        like say so), are sites here: their own messages say what to do."""
        if self.generator is not None or self.is_jekyll or self._sites_below:
            return None
        if _pages_in_underscore_folders(self.root):
            return None
        return (
            f"No site found in {self.root}: a site's folder holds {SITE_SETTINGS_FILES}; "
            "give that folder, or a folder or page inside it."
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
        sites_below: list[Path] = []
        if root == folder and _generator_of(folder) is None:
            # A project folder whose site lives one level down (GitHub Pages' `docs/`).
            sites_below = _sites_below(folder)
            moved_to = sites_below[0] if len(sites_below) == 1 else None
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
        elif len(sites_below) > 1:
            site._open_notes.append(_several_sites_note(sites_below))
            site._sites_below = sites_below
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
        if text.startswith(("/", "\\")):
            return None
        if (os.sep != "/" or os.altsep) and (Path(text).is_absolute() or Path(text).drive):
            return None  # (a POSIX path is absolute only when it starts with "/")
        try:
            root, inside = self._resolved_root()
            for base in self._served_folders():
                served = (base / text).resolve()
                if served.is_relative_to(root) and safe_paths.exists(served):
                    return served
            # As `(self.root / rel).resolve()`, on text (the images and links of the pages ask
            # this hundreds of times a check): links followed, then a symlink loop refused.
            found = _plain_path_below(inside, text)
            if found is not None:
                return Path(found)  # inside, no link on the way: nothing to resolve
            while "//" in text:  # as Path reads it: realpath takes a loop's "//.." from "/"
                text = text.replace("//", "/")
            found = os.path.realpath(os.path.join(self.root, text))
        except (OSError, RuntimeError, ValueError):
            return None  # e.g. a symlink loop, or text the file system cannot hold
        try:
            os.stat(found)
        except OSError as exc:
            if exc.errno == errno.ELOOP or getattr(exc, "winerror", 0) == 1921:
                return None  # a loop of links (a missing file is still a path inside)
        except ValueError:
            return None
        if found.startswith(inside):
            return Path(found)
        target = Path(found)
        if target != root and not target.is_relative_to(root):
            return None
        return target

    def _resolved_root(self) -> tuple[Path, str]:
        """The root with its links followed, and that as text ending in a separator: worked
        out once (while `root` stays the same object)."""
        known = getattr(self, "_root_resolved", None)
        if known is None or known[0] is not self.root:
            root = self.root.resolve()
            text = str(root)
            known = (self.root, root, text if text.endswith(os.sep) else text + os.sep)
            self._root_resolved = known
        return known[1], known[2]


def _plain_path_below(inside: str, rel: str) -> str | None:
    """`inside` (a resolved folder, ending in a separator) joined with `rel` when no part of
    `rel` is a link, `.` or `..`: then that is its real path (as `os.path.realpath` would
    give, each part checked with one `lstat` instead of every part from the file system's
    root); None when one is, to resolve it in full."""
    if os.sep != "/" or os.altsep:
        return None  # the plain case is worked out for POSIX paths only
    path = inside[:-1]
    for name in rel.split("/"):
        if not name:
            continue
        if name in (".", ".."):
            return None
        path = f"{path}/{name}"
        try:
            mode = os.lstat(path).st_mode
        except OSError:
            continue  # not there: taken as written, as realpath does
        if stat.S_ISLNK(mode):
            return None
    return path


def _pages_in_underscore_folders(root: Path) -> list[str]:
    """The `_name` folders right inside `root` holding Markdown files (a few looked at)."""
    found: list[str] = []
    try:
        folders = sorted(
            (e for e in os.scandir(root) if e.name.startswith("_") and e.is_dir()),
            key=lambda e: e.name,
        )
    except OSError:
        return found
    for entry in folders[:50]:
        try:
            names = [e.name for _, e in zip(range(500), os.scandir(entry.path), strict=False)]
        except OSError:
            continue
        if any(n.lower().endswith((".md", ".markdown")) for n in names):
            found.append(entry.name)
    return found


def _generator_of(folder: Path) -> str | None:
    return detect_generator(folder, safe_paths.is_file(folder / "_config.yml"))


# Markdown files a project keeps beside its site that are not pages of it.
_PROJECT_FILES = ("README", "CHANGELOG", "LICENSE", "CONTRIBUTING", "CODE_OF_CONDUCT", "SECURITY")


def _sites_below(folder: Path) -> list[Path]:
    """The folders directly inside `folder` that hold a site's settings (none when the folder
    has pages of its own: it is the site)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    # Pages of its own (beyond a project's README and the like): the folder is the site.
    if any(
        os.path.splitext(e.name)[1].lower() in MARKDOWN_SUFFIXES
        and not e.name.upper().startswith(_PROJECT_FILES)
        for e in entries
    ):
        return []
    names = sorted(e.name for e in entries if e.is_dir(follow_symlinks=False))
    return [
        folder / n
        for n in names
        if not n.startswith((".", "_")) and n not in SKIPPED_FOLDERS and _generator_of(folder / n)
    ]


def _several_sites_note(found: list[Path]) -> str:
    """What to say when a folder holds several sites (`found`) and none of its own: each would
    be listed as one kind of page of a site mixing them all."""
    names = ", ".join(p.name for p in found[:5]) + (", …" if len(found) > 5 else "")
    return (
        f"This folder holds {len(found)} sites ({names}), each listed here as one kind of page. "
        "Open one of them (File > Open Folder…) to edit it with its own settings."
    )


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
