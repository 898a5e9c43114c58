"""Where a site's pages live, as its generator (Jekyll, Hugo, Eleventy) sees them.

`read_layout(root, config)` works out the generator, the folder pages are read from, the
content folders (Hugo: one per language), the collections and what to leave out, and says in
plain sentences (`Layout.notes`) what could not be worked out. Walking the folders (regular
files inside the site only) is `core/site_walk.py`; which generator and its settings files:
`core/site_settings.py`; Eleventy's layout and directory data: `core/site_eleventy.py`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from editor_app.core import safe_paths
from editor_app.core.site_eleventy import (  # noqa: F401 - also offered here
    eleventy_data,
    eleventy_data_files,
    eleventy_layout,
    includes_folder,
)
from editor_app.core.site_settings import (  # noqa: F401 - also offered here
    ELEVENTY_CONFIGS,
    HUGO_CONFIGS,
    HUGO_OLD_CONFIGS,
    detect_generator,
    eleventy_config_file,
    hugo_config_file,
    inside_folder,
    is_site_root,
    read_hugo_settings,
    read_settings_file,
)
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

# Top-level folders of Hugo and Eleventy sites that hold output, templates or themes.
GENERATOR_FOLDERS = frozenset(
    {"public", "resources", "dist", "layouts", "themes", "archetypes", "data", "i18n"}
)
# Top-level folders where sites keep images and downloads.
ASSET_ROOTS = ("assets", "images", "img", "static", "uploads", "media")


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
    # The folder templates include from (Eleventy's `dir.includes` in its input folder,
    # Jekyll's `includes_dir` in its source, `_includes` unless set); None for Hugo.
    includes: Path | None = None
    # Jekyll's data folder (`data_dir` in its source, `_data` unless set; None when the
    # setting leaves the site); None for Hugo and Eleventy.
    data: Path | None = None


def plain_label(name: str) -> str:
    """`pdg-cases` -> `Pdg cases`: a field or folder name in plain words."""
    words = re.sub(r"[_\-\s]+", " ", name).strip()
    return words[:1].upper() + words[1:] if words else name


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
        eleventy_layout(root, layout)
    else:
        if safe_paths.is_dir(root / "content"):
            layout.source = root / "content"
        layout.content = [(layout.source or root, None)]
    return layout


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
    setting = config.get("includes_dir")
    layout.includes = includes_folder(
        root, source, setting.strip().strip("/") if isinstance(setting, str) else None
    )
    setting = config.get("data_dir")
    name = setting.strip().strip("/") if isinstance(setting, str) and setting.strip() else "_data"
    layout.data = safe_paths.inside_site(source, name)


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


def _hugo_layout(root: Path, layout: Layout) -> None:
    notes = layout.notes
    config_path = hugo_config_file(root)
    config: dict = {}
    if config_path is not None:
        try:
            config = read_hugo_settings(root, config_path)
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
    # The default language's folder first also when a mount gives it (hugo-docs' `content/en`)
    # and `contentDir` another's: the first is where a collection's own pages are.
    seen = dict(sorted(seen.items(), key=lambda kv: kv[1] is not None and kv[1] != default_lang))
    layout.content = [(f, lang) for f, lang in seen.items() if safe_paths.is_dir(f)]
    missing = [f for f in seen if not safe_paths.is_dir(f)]
    for folder in missing:
        lang = seen[folder]
        if lang:  # a language with no page yet: New makes its folder with its first page
            notes.append(
                f"The content folder {rel_text(folder, root)} (language {lang}) does not exist "
                "yet: File > New, with that language picked, makes it with its first page."
            )
        else:
            notes.append(f"The content folder {rel_text(folder, root)} does not exist.")
    layout.source = root
