"""Where a site's pages live, as its generator (Jekyll, Hugo, Eleventy) sees them.

`read_layout(root, config)` works out the generator, the folder pages are read from, the
content folders (Hugo: one per language), the collections and what to leave out, and says in
plain sentences (`Layout.notes`) what could not be worked out. Walking the folders (regular
files inside the site only) is `core/site_walk.py`.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from editor_app.core import safe_paths
from editor_app.core.site_walk import (  # noqa: F401 - the walk's names, also offered here
    MARKDOWN_SUFFIXES,
    SKIPPED_FOLDERS,
    Walker,
    excluded,
    is_markdown_name,
    mostly_dated,
    rel_text,
    safe_collection_name,
)

_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Top-level folders of Hugo and Eleventy sites that hold output, templates or themes.
GENERATOR_FOLDERS = frozenset(
    {"public", "resources", "dist", "layouts", "themes", "archetypes", "data", "i18n"}
)
# Top-level folders where sites keep images and downloads.
ASSET_ROOTS = ("assets", "images", "img", "static", "uploads", "media")

HUGO_CONFIGS = ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json")
# The older names: only Hugo's when a `content` folder sits beside them.
HUGO_OLD_CONFIGS = ("config.toml", "config.yaml", "config.yml", "config.json")
ELEVENTY_CONFIGS = (
    "eleventy.config.js",
    "eleventy.config.mjs",
    "eleventy.config.cjs",
    "eleventy.config.ts",
    ".eleventy.js",
    ".eleventy.cjs",
    ".eleventy.mjs",
)
_ELEVENTY_INPUT = (
    re.compile(r"""\bdir\s*:\s*\{[^{}]*?\binput\s*:\s*(["'`])([^"'`\n]+)\1""", re.S),
    re.compile(r"""setInputDirectory\(\s*(["'`])([^"'`\n]+)\1"""),
)
_ELEVENTY_DIR_BLOCK = re.compile(r"\bdir\s*:\s*\{([^{}]*)\}", re.S)
_ELEVENTY_CLI_INPUT = re.compile(r"""eleventy[^"\n]*?--input[= ]+["']?([^\s"']+)""")
_DATA_SUFFIXES = (".json", ".11tydata.json", ".11tydata.js", ".11tydata.cjs", ".11tydata.mjs")


@dataclass
class Collection:
    """A group of documents sharing one set of fields: one folder, or one per language."""

    name: str
    folder: Path
    label: str
    dated: bool = False
    output: bool = True
    permalink: str | None = None
    # Every folder holding its documents (`folder` first): Jekyll `_posts` in subfolders, a
    # Hugo section in each language's content folder.
    folders: tuple[Path, ...] = ()

    def __post_init__(self) -> None:
        if not self.folders:
            self.folders = (self.folder,)


@dataclass
class Layout:
    """The generator's view of a site folder."""

    generator: str | None = None
    source: Path | None = None  # the folder pages are read from (Jekyll `source`, Eleventy input)
    content: list[tuple[Path, str | None]] = field(default_factory=list)  # Hugo: (folder, lang)
    default_language: str | None = None
    config: dict = field(default_factory=dict)  # Hugo's settings (Jekyll's come from Site)
    config_error: str | None = None
    exclude: list[str] = field(default_factory=list)  # Jekyll `exclude` patterns
    include: list[str] = field(default_factory=list)  # Jekyll `include`: `_pages` read after all
    # Paths from the root the generator ignores (Eleventy: `.eleventyignore`, its `_includes`,
    # `_data` and output folders when renamed).
    ignore: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def plain_label(name: str) -> str:
    """`pdg-cases` -> `Pdg cases`: a field or folder name in plain words."""
    words = re.sub(r"[_\-\s]+", " ", name).strip()
    return words[:1].upper() + words[1:] if words else name


# -- which generator ------------------------------------------------------------------------


def hugo_config_file(folder: Path) -> Path | None:
    """The Hugo settings file of `folder`, or None when it is no Hugo site."""
    for name in HUGO_CONFIGS:
        if safe_paths.is_file(folder / name):
            return folder / name
    for base in (folder, folder / "config" / "_default"):
        for name in ("hugo.toml", "hugo.yaml", "hugo.json", *HUGO_OLD_CONFIGS):
            candidate = base / name
            if safe_paths.is_file(candidate) and (
                base != folder or safe_paths.is_dir(folder / "content")
            ):
                return candidate
    # Settings split into one file per part (`config/_default/languages.toml`...).
    split = _split_settings_files(folder / "config" / "_default")
    return split[0] if split else None


def _split_settings_files(folder: Path) -> list[Path]:
    try:
        names = sorted(os.listdir(folder))
    except (OSError, ValueError):
        return []
    return [
        folder / n
        for n in names
        if os.path.splitext(n)[1].lower() in (".toml", ".yaml", ".yml", ".json")
        and safe_paths.is_file(folder / n)
    ]


def _read_hugo_settings(root: Path, main: Path) -> dict:
    """Hugo's settings: the main file, merged with `config/_default/` split by part
    (`languages.toml` holds the `languages` table, `hugo.toml` the top level)."""
    config: dict = {}
    default = root / "config" / "_default"
    files = [main] if main.parent != default else []
    files += _split_settings_files(default)
    for path in files:
        data = _lower_keys(read_settings_file(path))
        part = path.stem.lower()
        if path == main or part in ("hugo", "config"):
            _merge(config, data)
        else:
            if not isinstance(config.get(part), dict):
                config[part] = {}
            _merge(config[part], data)
    return config


def _merge(into: dict, data: dict) -> None:
    for key, value in data.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value


def eleventy_config_file(folder: Path) -> Path | None:
    """The Eleventy configuration file of `folder`, or None."""
    for name in ELEVENTY_CONFIGS:
        if safe_paths.is_file(folder / name):
            return folder / name
    return None


def is_site_root(folder: Path) -> bool:
    """Whether `folder` holds a Hugo or Eleventy site's settings."""
    return hugo_config_file(folder) is not None or eleventy_config_file(folder) is not None


def _package_uses_eleventy(root: Path) -> str | None:
    """The text of `package.json` when it names Eleventy, else None."""
    path = root / "package.json"
    if not safe_paths.is_file(path):
        return None
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return text if "@11ty/eleventy" in text else None


def detect_generator(root: Path, has_jekyll_config: bool) -> str | None:
    """`"jekyll"`, `"hugo"`, `"eleventy"`, or None when the folder says nothing."""
    if has_jekyll_config:
        return "jekyll"
    if hugo_config_file(root) is not None:
        return "hugo"
    if eleventy_config_file(root) is not None or _package_uses_eleventy(root) is not None:
        return "eleventy"
    return None


# -- reading the layout ---------------------------------------------------------------------


def read_layout(root: Path, config: dict, has_jekyll_config: bool) -> Layout:
    """The generator's view of the site at `root` (Jekyll settings in `config`)."""
    generator = detect_generator(root, has_jekyll_config)
    layout = Layout(generator=generator, source=root)
    if generator == "jekyll":
        _jekyll_layout(root, config, layout)
    elif generator == "hugo":
        _hugo_layout(root, layout)
    elif generator == "eleventy":
        _eleventy_layout(root, layout)
    else:
        if safe_paths.is_dir(root / "content"):
            layout.source = root / "content"
        layout.content = [(layout.source or root, None)]
    return layout


def inside_folder(root: Path, text: object, what: str, notes: list[str]) -> Path | None:
    """A folder setting (`source`, `collections_dir`...) as a folder inside `root`, or None
    (said in `notes`) when it would leave the site."""
    if not isinstance(text, str) or not text.strip().strip("/") or text.strip() in (".", "./"):
        return root
    target = safe_paths.inside_site(root, text.strip())
    if target is None:
        notes.append(
            f"The setting `{what}: {text}` points outside the site folder; "
            "the site folder itself is used instead."
        )
        return None
    return target


def _jekyll_layout(root: Path, config: dict, layout: Layout) -> None:
    notes = layout.notes
    exclude = config.get("exclude")
    if isinstance(exclude, list):
        layout.exclude = [x.strip().strip("/") for x in exclude if isinstance(x, str) and x.strip()]
    include = config.get("include")
    if isinstance(include, list):
        layout.include = [x.strip().strip("/") for x in include if isinstance(x, str) and x.strip()]
    source_setting = config.get("source")
    source = inside_folder(root, source_setting, "source", notes) or root
    if source != root and not _holds_pages(source, config):
        # Often a build step fills it (`source: .tmp/src` copied from `src/`): use the folder
        # that holds the collections instead.
        found = _folder_holding_collections(root, config, source)
        where = rel_text(found, root) if found is not None else None
        missing = "is missing" if not safe_paths.is_dir(source) else "holds no pages"
        if found is not None:
            notes.append(
                f"The site's source folder ({source_setting}) {missing}, probably because a "
                f"build step makes it; the pages were read from {where} instead."
            )
            source = found
        else:
            notes.append(
                f"The site's source folder ({source_setting}) {missing}; the pages were "
                "looked for in the site folder instead."
            )
            source = root
    layout.source = source
    layout.content = [(source, None)]


def _declared_names(config: dict) -> list[str]:
    declared = config.get("collections") or {}
    if isinstance(declared, list):
        return [str(n) for n in declared]
    return [str(n) for n in declared] if isinstance(declared, dict) else []


def _holds_pages(folder: Path, config: dict) -> bool:
    """Whether `folder` holds any collection folder, `_posts`, or Markdown at its top."""
    if not safe_paths.is_dir(folder):
        return False
    cdir = config.get("collections_dir")
    base = folder / cdir.strip("/") if isinstance(cdir, str) and cdir.strip("/") else folder
    for name in ("posts", "drafts", *_declared_names(config)):
        if safe_paths.is_dir(base / f"_{name}"):
            return True
    try:
        return any(os.path.splitext(n)[1].lower() in MARKDOWN_SUFFIXES for n in os.listdir(folder))
    except OSError:
        return False


def _folder_holding_collections(root: Path, config: dict, source: Path) -> Path | None:
    """The folder of the site that holds the pages, when `source` does not."""
    candidates: list[Path] = []
    # `.tmp/src` is usually built from `src/`: that name first.
    candidates.append(root / source.name)
    candidates += [root / "src", root]
    try:
        subfolders = sorted(
            e.path for e in os.scandir(root) if e.is_dir() and not e.name.startswith(".")
        )
    except OSError:
        subfolders = []
    candidates += [Path(p) for p in subfolders if Path(p).name not in SKIPPED_FOLDERS]
    for candidate in dict.fromkeys(candidates):
        if safe_paths.is_inside(candidate, root) and _holds_pages(candidate, config):
            if candidate == root and not any(
                safe_paths.is_dir(root / f"_{n}") for n in ("posts", *_declared_names(config))
            ):
                continue  # the root holds only stray Markdown (README): keep looking
            return candidate
    return None


def _lower_keys(data: Any) -> Any:
    """Hugo's settings are case-insensitive: `contentDir` and `contentdir` are one."""
    if isinstance(data, dict):
        return {str(k).lower(): _lower_keys(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_lower_keys(v) for v in data]
    return data


def read_settings_file(path: Path) -> dict:
    """A TOML, YAML or JSON settings file as a dict (raises ValueError/OSError when broken)."""
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".toml":
        loaded: Any = tomllib.loads(data.decode("utf-8-sig"))
    elif suffix == ".json":
        loaded = json.loads(data.decode("utf-8-sig"))
    else:
        try:
            loaded = yaml.load(data, Loader=_Loader)  # noqa: S506 - a safe loader
        except yaml.YAMLError as exc:
            raise ValueError(str(exc)) from exc
    return loaded if isinstance(loaded, dict) else {}


def _hugo_layout(root: Path, layout: Layout) -> None:
    notes = layout.notes
    config_path = hugo_config_file(root)
    config: dict = {}
    if config_path is not None:
        try:
            config = _read_hugo_settings(root, config_path)
        except (OSError, ValueError, RecursionError):
            layout.config_error = (
                f"{rel_text(config_path, root)} cannot be read; the usual folders are used."
            )
            notes.append(layout.config_error)
    layout.config = config
    default_lang = str(config.get("defaultcontentlanguage") or "en")
    layout.default_language = default_lang
    content_setting = config.get("contentdir")
    base = inside_folder(root, content_setting or "content", "contentDir", notes) or (
        root / "content"
    )
    folders: list[tuple[Path, str | None]] = []
    languages = config.get("languages")
    if isinstance(languages, dict):
        for lang, meta in sorted(
            languages.items(), key=lambda kv: (kv[0] != default_lang, str(kv[0]))
        ):
            meta = meta if isinstance(meta, dict) else {}
            own = meta.get("contentdir")
            if own:
                folder = inside_folder(root, own, f"languages.{lang}.contentDir", notes)
                if folder is not None:
                    folders.append((folder, str(lang)))
    # Module mounts: `source = 'content/en'`, `target = 'content'` (Hugo's own docs).
    module = config.get("module")
    mounts = module.get("mounts") if isinstance(module, dict) else None
    for mount in mounts if isinstance(mounts, list) else []:
        if not isinstance(mount, dict) or str(mount.get("target", "")).strip("/") != "content":
            continue
        folder = inside_folder(root, mount.get("source"), "module.mounts.source", notes)
        lang = mount.get("lang")
        matrix = (
            mount.get("sites", {}).get("matrix", {}) if isinstance(mount.get("sites"), dict) else {}
        )
        if not lang and isinstance(matrix, dict) and isinstance(matrix.get("languages"), list):
            langs = matrix["languages"]
            lang = langs[0] if len(langs) == 1 else None
        if folder is not None and safe_paths.is_dir(folder):
            folders.append((folder, str(lang) if lang else None))
    if not folders:
        folders.append((base, None))
    # One folder per place, default language first.
    seen: dict[Path, str | None] = {}
    for folder, lang in folders:
        seen.setdefault(folder, lang)
    layout.content = [(f, lang) for f, lang in seen.items() if safe_paths.is_dir(f)]
    missing = [f for f in seen if not safe_paths.is_dir(f)]
    for folder in missing:
        notes.append(f"The content folder {rel_text(folder, root)} does not exist.")
    layout.source = root


def _eleventy_layout(root: Path, layout: Layout) -> None:
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
    layout.ignore += _eleventy_ignores(root)
    if setting is None:
        package = _package_uses_eleventy(root)
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


def eleventy_data_files(source: Path, page: Path) -> list[Path]:
    """Eleventy's directory and template data files for `page`, outermost first.

    For `src/blog/post.md`: `src/src.json`... `src/blog/blog.json`, `blog.11tydata.json`, then
    `post.json`, `post.11tydata.json` (and the `.js` forms, which cannot be read here).
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
        for suffix in _DATA_SUFFIXES:
            candidate = folder / f"{name}{suffix}"
            if safe_paths.is_file(candidate):
                found.append(candidate)
    stem = page.stem
    for suffix in _DATA_SUFFIXES:
        candidate = page.parent / f"{stem}{suffix}"
        if safe_paths.is_file(candidate):
            found.append(candidate)
    return found


def eleventy_data(source: Path, page: Path) -> tuple[dict, list[Path]]:
    """The directory and template data Eleventy merges into `page` (JSON files, outermost
    first, inner values winning), and the data files written in JavaScript, which cannot be
    read without running them."""
    data: dict = {}
    unread: list[Path] = []
    for path in eleventy_data_files(source, page):
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
