"""Where a site's published files come from: the folders behind each address of the site.

The body-image check (`checks/body_images.py`) asks, for `/img/a.png`, which files on disk the
generator would publish there:

- **Jekyll** publishes the source folder as it is (names starting with `_` or `.` excepted,
  unless `include:` names them; nor what `exclude:` names, or Jekyll's own list when the site
  names none), and an output collection's files below its URL name; a theme (`theme:`,
  `remote_theme:`) adds its own `assets/`, not in the folder;
- **Hugo** publishes `static/` (its `staticDir`, the module mounts into `static`) and the files
  of the content folders; an image render hook, the figure shortcode and the site's own image
  shortcodes also find files in `assets/`;
- **Eleventy** publishes only what its passthrough copies name (read from the configuration
  file and the local files it imports), and its image plugin reads `/img/a.png` from the input
  folder; a `pathPrefix` is the address's start the output folder leaves out.

What cannot be known (a theme or module not in the folder, a passthrough copy from a package
or built by code) is marked unknown: nothing below it is judged.
"""

from __future__ import annotations

import fnmatch
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor_app.core import safe_paths
from editor_app.core.checks.image_addresses import image_shortcodes
from editor_app.core.site_layout import eleventy_config_file

# Names Jekyll leaves out of the published site (unless `include:` lists them).
HIDDEN_START = ("_", ".", "#", "~")
# What Jekyll leaves out when the site's settings name no `exclude:` (Jekyll 3 and 4 alike;
# Jekyll 3 drops them when the site has its own list; the ones starting with `.` are hidden).
JEKYLL_EXCLUDES = (
    "Gemfile",
    "Gemfile.lock",
    "node_modules",
    "vendor/bundle",
    "vendor/cache",
    "vendor/gems",
    "vendor/ruby",
)
# Hugo's own shortcode that takes an image by `src` (a page or global resource, else the
# address as written).
HUGO_FIGURE = "figure"


@dataclass
class Places:
    """The site's published files by address (paths without the leading `/`)."""

    generator: str | None
    # (address prefix ending in "/" or "", folder): `prefix + x` is published from `folder / x`.
    folders: list[tuple[str, Path]] = field(default_factory=list)
    # Single files copied to an address of their own.
    files: dict[str, Path] = field(default_factory=dict)
    # (address pattern, source folder): a file whose address matches comes from the folder,
    # under its own name (`blog/*.png` from `src/blog`).
    patterns: list[tuple[re.Pattern[str], Path]] = field(default_factory=list)
    # (address pattern, folder): a file whose address matches is that address below the folder
    # (`src/**/*.png` keeps each file's folder).
    tree_patterns: list[tuple[re.Pattern[str], Path]] = field(default_factory=list)
    # Address prefixes ("" for all) whose files cannot be known: nothing below is judged.
    unknown: list[str] = field(default_factory=list)
    # Jekyll: names starting with `_` or `.` that `include:` publishes all the same.
    included: frozenset[str] = frozenset()
    # Jekyll: the source folder, and the `exclude:` patterns (paths below it) not published.
    source: Path | None = None
    excluded: tuple[str, ...] = ()
    # Eleventy: the `pathPrefix` (no slashes around), the start of an address that the
    # output folder leaves out.
    base_path: str = ""
    # Hugo: the shortcodes whose `src` is an image (`figure`, the site's own), and those of
    # them that take only a page or global resource (never the address as written).
    image_shortcodes: frozenset[str] = frozenset()
    resource_shortcodes: frozenset[str] = frozenset()
    # Hugo: the resource paths (below `assets/`; "" for all) that mounts bring from where
    # they are not known here (a source missing, a mount into a folder of `assets/`).
    resource_gaps: list[str] = field(default_factory=list)
    # Eleventy: its image plugin reads root-absolute images from the input folder and
    # relative ones from beside the page.
    image_plugin: bool = False
    # Hugo: `assets/` folders (the render hook's global resources, never published as such).
    resources: list[Path] = field(default_factory=list)
    # Folders where a file at the address is another rule's to tell about, not a missing one
    # (Hugo: `/assets/a.png` found in the site's own `assets/`: `not-published`).
    elsewhere: list[Path] = field(default_factory=list)

    def is_unknown(self, path: str) -> bool:
        return any(
            not p or path == p.rstrip("/") or path.startswith(p.rstrip("/") + "/")
            for p in self.unknown
        )

    def exclusion(self, folder: Path, rest: str) -> str | None:
        """Jekyll: the `exclude:` pattern that leaves the file `rest` below `folder` out of the
        site (a pattern matching it or a folder above it, by name or as a glob), unless
        `include:` names that file or folder; None when it is published."""
        if not self.excluded or self.source is None:
            return None
        try:
            below = (folder.joinpath(*rest.split("/"))).relative_to(self.source).as_posix()
        except ValueError:
            return None
        parts = below.split("/")
        for i, name in enumerate(parts):
            path = "/".join(parts[: i + 1])
            if any(
                fnmatch.fnmatchcase(name, p) or fnmatch.fnmatchcase(path, p) for p in self.included
            ):
                continue  # `include:` names it (as Jekyll reads it, by its name or path)
            for pattern in self.excluded:
                if path == pattern or fnmatch.fnmatchcase(path, pattern):
                    return pattern
        return None

    def sources(self, path: str) -> list[tuple[Path, str]]:
        """Where the file published at `path` would come from, best first, as (folder, its
        path below the folder); none when no place of the site covers the address."""
        found: list[tuple[Path, str]] = []
        exact = self.files.get(path)
        if exact is not None:
            found.append((exact.parent, exact.name))
        for prefix, folder in self.folders:
            if path.startswith(prefix) and len(path) > len(prefix):
                found.append((folder, path[len(prefix) :]))
        name = path.rsplit("/", 1)[-1]
        for pattern, folder in self.patterns:
            if pattern.fullmatch(path):
                found.append((folder, name))
        for pattern, folder in self.tree_patterns:
            if pattern.fullmatch(path):
                found.append((folder, path))
        return found


def places_for(site: Any) -> Places:
    """The published files of `site` (a `core.site.Site`), as far as its folder tells."""
    generator = getattr(site, "generator", None)
    if generator == "hugo":
        return _hugo(site)
    if generator == "eleventy":
        return _eleventy(site)
    if generator == "jekyll":
        return _jekyll(site)
    return Places(generator, unknown=[""])


def _jekyll(site: Any) -> Places:
    source = site.source or site.root
    config = site.config if isinstance(site.config, dict) else {}
    include = config.get("include")
    included = (
        frozenset(str(x).strip().strip("/") for x in include if isinstance(x, str))
        if isinstance(include, list)
        else frozenset()
    )
    places = Places("jekyll", folders=[("", source)], included=included, source=source)
    exclude = config.get("exclude", JEKYLL_EXCLUDES)
    if isinstance(exclude, list | tuple):
        # (Jekyll leaves out `exclude - include`: a name both list is `included`, published.)
        places.excluded = tuple(p for p in (_clean(x) for x in exclude if isinstance(x, str)) if p)
    if config.get("theme") or config.get("remote_theme"):
        places.unknown.append("assets/")  # a theme's own assets/ joins the site's
    # An output collection's own files are published below its URL name (`_projects/a.png`
    # at `/projects/a.png` with the usual permalink).
    for name, coll in getattr(site, "collections", {}).items():
        if getattr(coll, "output", False) and name not in ("posts", "drafts"):
            places.folders.append((f"{name}/", coll.folder))
    return places


def _hugo(site: Any) -> Places:
    root: Path = site.root
    settings = getattr(site.layout, "config", None) or {}
    places = Places("hugo", image_shortcodes=frozenset([HUGO_FIGURE]))
    static_dirs = settings.get("staticdir") or "static"
    names = list(static_dirs) if isinstance(static_dirs, list) else [static_dirs]
    languages = settings.get("languages")
    for lang in languages.values() if isinstance(languages, dict) else ():
        own = lang.get("staticdir") if isinstance(lang, dict) else None
        names += own if isinstance(own, list) else [own] if own else []  # a language's own
    for name in names:
        folder = safe_paths.inside_site(root, str(name))
        if folder is not None:
            places.folders.append(("", folder))
    asset_dir = safe_paths.inside_site(root, str(settings.get("assetdir") or "assets"))
    if asset_dir is not None:
        places.resources.append(asset_dir)
    for folder, _lang in site.layout.content:
        places.folders.append(("", folder))
    module = settings.get("module")
    module = module if isinstance(module, dict) else {}
    if module.get("imports"):
        places.unknown.append("")  # files from modules not in the folder
    mounts = module.get("mounts")
    for mount in mounts if isinstance(mounts, list) else []:
        if not isinstance(mount, dict):
            continue
        target = str(mount.get("target") or "").strip("/")
        top, _, below = target.partition("/")
        if top not in ("static", "assets"):
            continue
        source = safe_paths.inside_site(root, str(mount.get("source") or ""))
        prefix = below + "/" if below else ""
        if top == "assets" and (below or source is None or not safe_paths.is_dir(source)):
            places.resource_gaps.append(below)
        if source is None or not safe_paths.exists(source):
            if top == "static":
                places.unknown.append(prefix)
            continue
        if safe_paths.is_file(source):
            if top == "static":
                places.files[below] = source
            continue
        if top == "static":
            places.folders.append((prefix, source))
        elif not below:
            places.resources.append(source)
    themes = settings.get("theme")
    for theme in themes if isinstance(themes, list) else [themes] if themes else []:
        folder = safe_paths.inside_site(root / "themes", str(theme))
        if folder is None or not _holds_files(folder):
            # a theme from a module, or a git submodule not fetched: its files are not here
            places.unknown.append("")
            continue
        places.folders.append(("", folder / "static"))
        places.resources.append(folder / "assets")
        _add_shortcodes(places, image_shortcodes(folder))
    _add_shortcodes(places, image_shortcodes(root))  # the site's own win over a theme's
    places.folders += [("", r) for r in places.resources]
    places.elsewhere.append(root)
    return places


def _add_shortcodes(places: Places, found: dict[str, bool]) -> None:
    places.image_shortcodes |= found.keys()
    places.resource_shortcodes = (places.resource_shortcodes - found.keys()) | {
        name for name, only in found.items() if only
    }


def _holds_files(folder: Path) -> bool:
    try:
        with os.scandir(folder) as entries:
            return any(True for _ in entries)
    except (OSError, ValueError):
        return False


# -- Eleventy -------------------------------------------------------------------------------

_CALL = re.compile(r"\baddPassthroughCopy\s*\(")
_IMPORT = re.compile(r"""(?:\bfrom\s+|\brequire\s*\(\s*)["'](\.{1,2}/[^"']+)["']""")
_LINE_COMMENT = re.compile(r"^[ \t]*//[^\n]*", re.M)
_STRING = re.compile(r"""\s*(["'`])((?:(?!\1)[^\\\n]|\\.)*)\1\s*""")
_IMAGE_PLUGIN = re.compile(r"\beleventyImageTransformPlugin\b")
_PATH_PREFIX = re.compile(r"""\bpathPrefix["']?\s*:\s*(["'`])([^"'`\n]*)\1""")
_FORMATS = re.compile(r"\btemplateFormats\b[^\]\n]*\]|\b(?:set|add)TemplateFormats\s*\([^)]*\)")
_IMAGE_FORMAT = re.compile(r"""["'`,\s](?:png|jpe?g|gif|svg|webp|avif)\b""")


def _eleventy_texts(root: Path) -> list[str]:
    """The configuration file's text and that of the local files it imports (one level)."""
    config = eleventy_config_file(root)
    if config is None:
        return []
    texts = []
    for path in [config] + _local_imports(config):
        try:
            texts.append(_LINE_COMMENT.sub("", path.read_text(encoding="utf-8", errors="replace")))
        except OSError:
            continue
    return texts


def _local_imports(config: Path) -> list[Path]:
    try:
        text = config.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    found = []
    for m in _IMPORT.finditer(text):
        for candidate in (m.group(1), m.group(1) + ".js"):
            path = safe_paths.inside_site(config.parent, candidate)
            if path is not None and safe_paths.is_file(path):
                found.append(path)
                break
    return found


def _call_argument(text: str, start: int) -> str | None:
    """The first argument of the call whose `(` is just before `start`, or None."""
    depth, i, quote = 0, start, ""
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = ""
        elif c in "\"'`":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                return text[start:i]
            depth -= 1
        elif c == "," and depth == 0:
            return text[start:i]
        i += 1
    return None


def _entries(body: str) -> list[str] | None:
    """The top-level `key: value` entries of an object literal's inside."""
    parts, depth, quote, begun = [], 0, "", 0
    for i, c in enumerate(body):
        if quote:
            if c == quote and body[i - 1] != "\\":
                quote = ""
        elif c in "\"'`":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            parts.append(body[begun:i])
            begun = i + 1
    parts.append(body[begun:])
    return [p for p in (p.strip() for p in parts) if p]


def _literal(text: str) -> str | None:
    m = _STRING.fullmatch(text)
    if m is None or (m.group(1) == "`" and "${" in m.group(2)):
        return None
    return m.group(2)


def _glob_pattern(glob: str) -> re.Pattern[str] | None:
    """A path glob (`**`, `*`, `?`, `{a,b}`) as a pattern for whole addresses."""
    out, i = [], 0
    while i < len(glob):
        c = glob[i]
        if glob.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if glob.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "{":
            end = glob.find("}", i)
            if end < 0:
                return None
            out.append("(?:" + "|".join(re.escape(x) for x in glob[i + 1 : end].split(",")) + ")")
            i = end + 1
            continue
        elif c == "[":
            return None
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out))


def _is_glob(text: str) -> bool:
    return any(c in text for c in "*?{[")


def _clean(path: str) -> str:
    path = path.strip().replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    return path.strip("/")


def _eleventy(site: Any) -> Places:
    root: Path = site.root
    source: Path = site.source or root
    places = Places("eleventy")
    try:
        input_rel = source.relative_to(root).as_posix() if source != root else ""
    except ValueError:
        places.unknown.append("")
        return places
    texts = _eleventy_texts(root)
    for text in texts:
        if _IMAGE_PLUGIN.search(text):
            places.image_plugin = True
        prefix = _PATH_PREFIX.search(text)
        if prefix is not None and not places.base_path:
            places.base_path = prefix.group(2).strip().strip("/")
        for m in _FORMATS.finditer(text):
            if _IMAGE_FORMAT.search(m.group(0)):
                places.folders.append(("", source))  # images are templates: copied as they are
        for m in _CALL.finditer(text):
            argument = _call_argument(text, m.end())
            if argument is None or not _add_copy(places, root, input_rel, argument.strip()):
                places.unknown.append("")  # built by code: what it copies cannot be known
    if places.image_plugin:
        places.folders.append(("", source))
    return places


def _output_of(path: str, input_rel: str) -> str:
    """Where Eleventy copies a path given from the project root: below the output folder as
    below the input folder when inside it, else as it is."""
    if input_rel and (path == input_rel or path.startswith(input_rel + "/")):
        return path[len(input_rel) + 1 :]
    return path


def _add_copy(places: Places, root: Path, input_rel: str, argument: str) -> bool:
    """Read one `addPassthroughCopy(argument)` into `places`; False when it cannot be read."""
    text = _literal(argument)
    if text is not None:
        path = _clean(text)
        out = _output_of(path, input_rel)
        if _is_glob(path):
            pattern = _glob_pattern(out)
            if pattern is None:
                return False
            base = path.rsplit("/", 1)[0] if "/" in path else ""
            folder = root.joinpath(*base.split("/")) if base else root
            if not _is_glob(base) and not safe_paths.is_dir(folder):
                places.unknown.append(out.rsplit("/", 1)[0] + "/" if "/" in out else "")
            elif not _is_glob(base) and path.rsplit("/", 1)[-1] != "**":
                places.patterns.append((pattern, folder))  # files of one folder (`src/b/*.png`)
            else:  # a glob over folders (`src/**/*.png`, `src/**`): each file keeps its folder
                inside = bool(input_rel) and path.startswith(input_rel + "/")
                places.tree_patterns.append((pattern, root / input_rel if inside else root))
            return True
        _add_path(places, root / path, out)
        return True
    if not (argument.startswith("{") and argument.endswith("}")):
        return False
    entries = _entries(argument[1:-1])
    if entries is None:
        return False
    for entry in entries:
        key, colon, value = entry.partition(":")
        if entry.startswith("["):  # a computed name (a package's file): its target is known
            close = entry.rfind("]:")
            key, colon, value = entry[: close + 1], ":", entry[close + 2 :]
        dest = _literal(value) if colon else None
        if dest is None:
            return False
        dest = _clean(dest)
        src = _literal(key)
        if src is None:
            places.unknown.append(dest + "/" if dest else "")
            continue
        src = _clean(src)
        if _is_glob(src):
            base, _, name_glob = src.rpartition("/")
            # `assets/**` copies a tree to new names: where each file lands is not read here.
            tree = name_glob == "**"
            pattern = _glob_pattern(name_glob) if not _is_glob(base) and not tree else None
            if pattern is None:
                places.unknown.append(dest + "/" if dest else "")
                continue
            prefix = dest + "/" if dest else ""
            if not safe_paths.is_dir(root / base):  # made by a build step, or from a package
                places.unknown.append(prefix)
                continue
            places.patterns.append((re.compile(re.escape(prefix) + pattern.pattern), root / base))
            continue
        _add_path(places, root / src, dest)
    return True


def _add_path(places: Places, path: Path, out: str) -> None:
    if safe_paths.is_file(path):
        places.files[out] = path
    elif safe_paths.is_dir(path):
        places.folders.append((out + "/" if out else "", path))
    else:
        places.unknown.append(out)  # missing now: perhaps made by a build step first
