"""Images and files of a site: which asset folder to use, copying a file in, and its web address.

Copying never overwrites: a different file with the same name is refused (`FileExistsError`)
so the UI can ask, and the same file copied twice is simply reused.
"""

from __future__ import annotations

import filecmp
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.core import safe_paths
from editor_app.core.site import IMAGE_SUFFIXES

if TYPE_CHECKING:
    from editor_app.core.schema import CollectionSchema
    from editor_app.core.site import Site

_UNSAFE = re.compile(r"[^\w.\-]+")


def safe_file_name(name: str) -> str:
    """A file name that works in web addresses: `My photo (1).PNG` -> `My-photo-1.png`."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    stem = _UNSAFE.sub("-", stem).strip("-.") or "file"
    suffix = _UNSAFE.sub("", suffix).lower()
    return f"{stem}.{suffix}" if suffix else stem


def asset_folder(
    site: Site,
    collection: str | None = None,
    schema: CollectionSchema | None = None,
    text: str = "",
) -> Path:
    """The folder new images for a page go into (it may not exist yet).

    In order: the folder of the collection's image field in the schema; `assets/<collection>`
    when it exists; the folder the page's own text already links images from (`text`);
    `assets/images`; the site's asset folder holding the most files; `assets`. On a Hugo site,
    after the schema's folder, a folder of `static/`, which Hugo publishes.
    """
    root = site.root
    if schema is not None:
        for f in schema.fields:
            if f.type == "image" and f.folder:
                inside = site.resolve_inside(f.folder)
                if inside is not None:
                    return inside
    if getattr(site, "generator", None) == "hugo":
        return _hugo_static_folder(site, text)
    if collection:
        candidate = root / "assets" / collection.lstrip("_")
        if candidate.is_dir():
            return candidate
    used = linked_folders(site, text)
    if used:
        return used[0]
    for candidate in (root / "assets" / "images", root / "images"):
        if candidate.is_dir():
            return candidate
    if site.asset_folders:
        return max(site.asset_folders, key=lambda folder: len(list_files(folder)))
    return root / "assets"


def _hugo_static_folder(site: Site, text: str) -> Path:
    """Hugo publishes its `static/` folder at the site's root; its `assets/` folder only feeds
    templates, so a picture saved there and linked as `/assets/images/x.png` was missing from
    the published page (the preview, reading the file, showed it). The folder the page links
    pictures from when it is in `static/`, else `static/images`, else `static/img`."""
    layout_config = getattr(getattr(site, "layout", None), "config", None) or {}
    setting = layout_config.get("staticdir")
    static = site.resolve_inside(setting) if isinstance(setting, str) else None
    static = static or site.root / "static"
    for used in linked_folders(site, text):
        if used.is_relative_to(static.resolve()):
            return used
    for candidate in (static / "images", static / "img"):
        if candidate.is_dir():
            return candidate
    return static / "images"


# `](/assets/x/y.png` or `src="/assets/x/y.png"`, with an optional Liquid base URL before it.
_LINKED = re.compile(
    r"""(?:\]\(|src=["'])\s*(?:\{\{\s*site\.baseurl\s*\}\})?/([^)\s"'?#]+)/[^/)\s"']+"""
)


def linked_folders(site: Site, text: str) -> list[Path]:
    """Folders of the site that `text` links files from, most used first."""
    counts: dict[Path, int] = {}
    for m in _LINKED.finditer(text):
        folder = site.resolve_inside(m.group(1))
        if folder is not None and safe_paths.is_dir(folder) and folder != site.root.resolve():
            counts[folder] = counts.get(folder, 0) + 1
    return sorted(counts, key=lambda f: -counts[f])


def list_files(folder: Path, images_only: bool = False) -> list[Path]:
    """The files directly in `folder`, by name (hidden files left out); [] when it is missing."""
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name.lower())
    except OSError:
        return []
    return [
        p
        for p in entries
        if p.is_file()
        and not p.name.startswith(".")
        and (not images_only or p.suffix.lower() in IMAGE_SUFFIXES)
    ]


# A picker lists at most this many files of a folder and its subfolders (a folder of tens of
# thousands would take long to list and no one can pick from it by eye).
MAX_LISTED_FILES = 5000


def list_files_below(folder: Path, images_only: bool = False) -> list[Path]:
    """The files in `folder` and its subfolders (hidden ones left out), its own first, then each
    subfolder's by name; at most `MAX_LISTED_FILES`. The Open Source Guide keeps every picture
    in a subfolder of `assets/images` (cards/, illos/...), where `list_files` finds none."""
    found: list[Path] = []
    pending = [folder]
    while pending and len(found) < MAX_LISTED_FILES:
        here = pending.pop(0)
        found.extend(list_files(here, images_only)[: MAX_LISTED_FILES - len(found)])
        try:
            subfolders = sorted(
                (p for p in here.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))),
                key=lambda p: p.name.lower(),
            )
        except OSError:
            continue
        pending.extend(p for p in subfolders if not p.is_symlink())
    return found


def picked_value(site: Site, path: Path, folder: Path, by_path: bool) -> str:
    """What a field holds for a file picked or copied in: its address from the site root for
    a field whose pages give addresses (`/assets/images/cards/x.png`, `by_path`), else its
    name within the field's folder (`x.png`, `sub/x.png`), as the site's pages write it."""
    if by_path:
        return site_url(site, path)
    try:
        return path.resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        return site_url(site, path)


def copy_into_folder(
    source: str | os.PathLike[str],
    folder: Path,
    name: str | None = None,
    overwrite: bool = False,
) -> Path:
    """Copy `source` into `folder` (created when needed) under a web-safe name; return the copy.

    When a file of that name is already there: the same content is reused as it is; different
    content raises `FileExistsError` unless `overwrite` is True (the user said so).
    """
    source = Path(source)
    target = folder / safe_file_name(name or source.name)
    if target.exists():
        if target.resolve() == source.resolve() or filecmp.cmp(source, target, shallow=False):
            return target
        if not overwrite:
            raise FileExistsError(f"There is already a different file called {target.name}.")
    folder.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.part")
    shutil.copyfile(source, tmp)
    os.replace(tmp, target)  # never a half-copied file under the real name
    return target


def free_name(
    folder: Path,
    name: str,
    taken: Callable[[str], bool] | None = None,
    web_safe: bool = True,
) -> str:
    """`name`, or `name-2`, `name-3`... the first that is not in `folder` on disk nor, when
    given, `taken` (Keep both pictures: a name in the copy's history). `name` is first made
    web-safe for a file copied in; `web_safe=False` keeps a name the site already has."""
    if web_safe:
        name = safe_file_name(name)
    stem, dot, suffix = name.rpartition(".")
    if not stem:  # no dot, or only a leading one: the number goes at the end
        stem, dot, suffix = name, "", ""
    n = 1
    candidate = name
    while (folder / candidate).exists() or (taken is not None and taken(candidate)):
        n += 1
        candidate = f"{stem}-{n}{dot}{suffix}"
    return candidate


def site_url(site: Site, path: Path) -> str:
    """The address a page of the site uses for a file: `/assets/resources/map.png` (served
    folders taken into account: Eleventy's `src/img/a.png` is `/img/a.png`)."""
    return site.file_url(path)
