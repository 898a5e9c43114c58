"""An Eleventy site's layout: its input folder (from its configuration or `package.json`), the
folders it ignores, and the directory data it merges into each page."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.core import safe_paths
from editor_app.core.site_settings import (
    eleventy_config_file,
    inside_folder,
    package_uses_eleventy,
)
from editor_app.core.site_walk import rel_text

if TYPE_CHECKING:
    from editor_app.core.site_layout import Layout

_ELEVENTY_INPUT = (
    re.compile(r"""\bdir\s*:\s*\{[^{}]*?\binput\s*:\s*(["'`])([^"'`\n]+)\1""", re.S),
    re.compile(r"""setInputDirectory\(\s*(["'`])([^"'`\n]+)\1"""),
)
_ELEVENTY_DIR_BLOCK = re.compile(r"\bdir\s*:\s*\{([^{}]*)\}", re.S)
_ELEVENTY_INCLUDES_CALL = re.compile(r"""setIncludesDirectory\(\s*(["'`])([^"'`\n]+)\1""")
_ELEVENTY_CLI_INPUT = re.compile(r"""eleventy[^"\n]*?--input[= ]+["']?([^\s"']+)""")
# A date in a file's name Eleventy leaves out of its slug (`2018-01-01-x`; not anchored, as
# Eleventy's own expression).
_DATE_PREFIX = re.compile(r"\d{4}-\d{2}-\d{2}-(.*)")
# An output in a permalink template: `{{ page.fileSlug }}`, `{{ key }}`.
_PERMALINK_OUTPUT = re.compile(r"\{\{\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\}\}")
_DATA_SUFFIXES = (".json", ".11tydata.json", ".11tydata.js", ".11tydata.cjs", ".11tydata.mjs")


def eleventy_layout(root: Path, layout: Layout) -> None:
    notes = layout.notes
    config_path = eleventy_config_file(root)
    setting: str | None = None
    text = ""
    said_where = ""
    if config_path is not None:
        try:
            text = config_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            text = ""
        for pattern in _ELEVENTY_INPUT:
            m = pattern.search(text)
            if m:
                setting, said_where = m.group(2), config_path.name
                break
    # Template folders (relative to the input folder) and the output folder hold no pages.
    special = {}
    block = _ELEVENTY_DIR_BLOCK.search(text)
    for key in ("includes", "layouts", "data", "output"):
        m = re.search(rf"""\b{key}\s*:\s*(["'`])([^"'`\n]+)\1""", block.group(1) if block else "")
        if m:
            special[key] = m.group(2).removeprefix("./").strip("/")
    m = _ELEVENTY_INCLUDES_CALL.search(text)
    if m:  # Eleventy 3's configuration API
        special["includes"] = m.group(2).removeprefix("./").strip("/")
    layout.ignore += _eleventy_ignores(root)
    if setting is None:
        package = package_uses_eleventy(root)
        m = _ELEVENTY_CLI_INPUT.search(package or "")
        if m:
            setting, said_where = m.group(1), "package.json"
    source: Path | None = None
    if setting is not None:
        source = inside_folder(root, setting, "dir.input", notes)
        if source is not None and not safe_paths.is_dir(source):
            notes.append(
                f"The input folder {setting} named in {said_where} does not exist; "
                "the site folder is used instead."
            )
            source = None
    if source is None:
        source = root
        for usual in ("src", "content"):
            if setting is None and _has_top_markdown(root / usual):
                source = root / usual
                notes.append(
                    "The Eleventy input folder is not set in a way that can be read; "
                    f"{usual}/ holds the pages, so it is used."
                )
                break
    layout.source = source
    layout.content = [(source, None)]
    for key, value in special.items():
        folder = root / value if key == "output" else source / value
        if value and safe_paths.is_inside(folder, root):
            layout.ignore.append(rel_text(folder, root))
    layout.includes = includes_folder(root, source, special.get("includes"))


def includes_folder(root: Path, source: Path, setting: str | None) -> Path:
    """The folder templates include from: the setting (Eleventy's `dir.includes`, Jekyll's
    `includes_dir`) relative to the input or source folder (`../shared` reaches beside it),
    `_includes` when unset or outside the site."""
    if setting:
        folder = Path(os.path.normpath(source / setting))
        if safe_paths.is_inside(folder, root):
            return folder
    return source / "_includes"


def _eleventy_ignores(root: Path) -> list[str]:
    """The paths `.eleventyignore` lists (one a line, from the root; `#` comments)."""
    path = root / ".eleventyignore"
    if not safe_paths.is_file(path):
        return []
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    found = []
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            found.append(line.removeprefix("./").strip("/"))
    return found


def _has_top_markdown(folder: Path) -> bool:
    try:
        for entry in os.scandir(folder):
            if entry.name.lower().endswith((".md", ".markdown")):
                return True
            if entry.is_dir(follow_symlinks=False) and not entry.name.startswith((".", "_")):
                if any(n.lower().endswith(".md") for n in os.listdir(entry.path)):
                    return True
    except OSError:
        return False
    return False


# -- Eleventy directory data ----------------------------------------------------------------


def eleventy_data_files(
    source: Path, page: Path, known_folders: dict[Path, list[Path]] | None = None
) -> list[Path]:
    """Eleventy's directory and template data files for `page`, outermost first.

    For `src/blog/post.md`: `src/src.json`... `src/blog/blog.json`, `blog.11tydata.json`, then
    `post.json`, `post.11tydata.json` (and the `.js` forms, which cannot be read here).
    `known_folders`: each folder's own data files, kept by the caller for the pages after
    (a whole index read looks in each folder once).
    """
    try:
        rel = page.parent.relative_to(source)
    except ValueError:
        return []
    found: list[Path] = []
    folders = [(source, source.name)]
    folder = source
    for part in rel.parts:
        folder = folder / part
        folders.append((folder, part))
    for folder, name in folders:
        own = known_folders.get(folder) if known_folders is not None else None
        if own is None:
            own = [
                folder / f"{name}{suffix}"
                for suffix in _DATA_SUFFIXES
                if safe_paths.is_file(folder / f"{name}{suffix}")
            ]
            if known_folders is not None:
                known_folders[folder] = own
        found.extend(own)
    stem = page.stem
    for suffix in _DATA_SUFFIXES:
        candidate = page.parent / f"{stem}{suffix}"
        if safe_paths.is_file(candidate):
            found.append(candidate)
    return found


def eleventy_data(
    source: Path, page: Path, files: list[Path] | None = None
) -> tuple[dict, list[Path]]:
    """The directory and template data Eleventy merges into `page` (JSON files, outermost
    first, inner values winning), and the data files written in JavaScript, which cannot be
    read without running them; `files` its data files when already found."""
    data: dict = {}
    unread: list[Path] = []
    for path in eleventy_data_files(source, page) if files is None else files:
        if not path.name.endswith(".json"):
            unread.append(path)
            continue
        try:
            loaded = json.loads(path.read_bytes().decode("utf-8-sig"))
        except (OSError, ValueError, RecursionError):
            unread.append(path)
            continue
        if isinstance(loaded, dict):
            data.update(loaded)
    return data, unread


def eleventy_page_url(
    source: Path, path: Path, data: dict, unread: list[Path] | tuple[Path, ...] = ()
) -> str | bool | None:
    """Eleventy's `page.url` of the page at `path` under the input folder `source`, `data` its
    front matter over its directory data (`permalink` may be set in either; `unread`: its
    data files in JavaScript): False when `permalink: false` writes no page, None when not
    known (a template making it reads more than the page's fields and data, or the page is
    outside `source`). A permalink template printing `page.fileSlug`, `page.filePathStem` or
    a value of `data` is made as Eleventy makes it (11ty.dev's blog posts: `/blog/{{
    page.fileSlug }}/`). A permalink ending `/index.html` is served, and linked, as its
    folder."""
    computed = data.get("eleventyComputed")
    if isinstance(computed, dict) and "permalink" in computed:
        return None
    permalink = data.get("permalink")
    if permalink is False:
        return False
    if isinstance(permalink, str):
        if "{" in permalink:
            permalink = _permalink_made(permalink, source, path, data, unread)
            if permalink is None:
                return None
        url = "/" + permalink.lstrip("/")
        return url[: -len("index.html")] if url.endswith("/index.html") else url
    if permalink is not None:
        return None
    try:
        stem = path.relative_to(source).as_posix().rsplit(".", 1)[0]
    except ValueError:
        return None
    if stem == "index":
        return "/"
    if stem.endswith("/index"):
        return "/" + stem[: -len("index")]
    return "/" + stem + "/"


def _permalink_made(
    template: str, source: Path, path: Path, data: dict, unread: list[Path] | tuple[Path, ...]
) -> str | None:
    """The permalink `template` makes for the page, when it only prints the page's file
    fields and its own data (text or whole numbers Nunjucks prints unescaped); None when it
    holds anything else (a filter, a tag, a dash, a value computed or a JavaScript data
    file may set)."""
    computed = data.get("eleventyComputed")
    fields = {"fileSlug": file_slug(source, path), "filePathStem": file_path_stem(source, path)}

    def printed(m: re.Match[str]) -> str:
        first, *rest = m.group(1).split(".")
        value: object
        if first == "page" and len(rest) == 1:
            value = fields.get(rest[0])
        elif first == "page" or first == "permalink" or first not in data:
            value = None
        elif (isinstance(computed, dict) and first in computed) or any(
            re.search(r"(?<![\w$.])" + re.escape(first) + r"\s*:", read_script(js)) for js in unread
        ):
            value = None
        else:
            value = data
            for part in [first, *rest]:
                value = value.get(part) if isinstance(value, dict) else None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise ValueError(m.group(0))
        if re.search(r"[&<>\"'{}]", str(value)):
            raise ValueError(m.group(0))  # escaped by Nunjucks, or more template
        return str(value)

    try:
        made = _PERMALINK_OUTPUT.sub(printed, template)
    except ValueError:
        return None
    return None if "{" in made or "}" in made else made


def file_slug(source: Path, path: Path) -> str | None:
    """Eleventy's `page.fileSlug` of the page at `path` under the input folder `source`: its
    file name without extension or date prefix; an `index` file's folder name (nothing at
    the top). None outside `source`."""
    try:
        parts = path.relative_to(source).as_posix().split("/")
    except ValueError:
        return None
    slug = _without_date(_without_extension(parts[-1]))
    if slug == "index":
        return _without_date(parts[-2]) if len(parts) > 1 else ""
    return slug


def file_path_stem(source: Path, path: Path) -> str | None:
    """Eleventy's `page.filePathStem`: the path under `source` without extension, its file
    name's date prefix left out (`/blog/x` for `blog/2018-01-01-x.md`)."""
    try:
        parts = path.relative_to(source).as_posix().split("/")
    except ValueError:
        return None
    return "/" + "/".join([*parts[:-1], _without_date(_without_extension(parts[-1]))])


def _without_extension(name: str) -> str:
    """A template's file name without its template extension (`x.11ty.js`, `my.notes.md`)."""
    for suffix in (".11ty.js", ".11ty.cjs", ".11ty.mjs"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name.rsplit(".", 1)[0] if "." in name else name


def _without_date(name: str) -> str:
    m = _DATE_PREFIX.search(name)
    return m.group(1) if m else name


def read_script(path: Path) -> str:
    """The text of a site's file in JavaScript (a data file, `githubReleases.js`) as far as
    the preview reads such files, its first 200,000 characters; "" when it cannot be read
    (what it would say is then not known)."""
    try:
        return path.read_text("utf-8", errors="replace")[:200_000]
    except OSError:
        return ""
