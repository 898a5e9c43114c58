"""The other files of a Hugo bundle archetype, made beside a new bundle's `index.md`.

`hugo new posts/my-post` with `archetypes/posts/index.md` makes the folder
`content/posts/my-post/` (checked with `hugo new`, 0.111): `index.md` from the archetype
(`core/archetypes.py`), every other content file (`.md`, `.markdown`) filled in the same way,
each named after itself (`notes.md`'s `.Name` is `notes`), and the rest (images, data)
copied byte for byte, subfolders kept. Only regular files inside the archetype's folder are
taken (no links); nothing already there is overwritten; a file that cannot be read or
written is left out and named, never half written.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from editor_app.core.archetype_find import BUNDLE_INDEX
from editor_app.core.archetypes import PageContext, render
from editor_app.core.store import atomic_create

_CONTENT_SUFFIXES = (".md", ".markdown")


@dataclasses.dataclass
class BundleFile:
    """One file of the new bundle besides `index.md`: `relative` to the bundle's folder."""

    relative: str
    data: bytes
    left_out: bool = False  # a template part in it was not filled in (left empty)
    unreadable: bool = False  # the archetype's file could not be read: not copied


def bundle_files(archetype: Path, page: PageContext) -> list[BundleFile]:
    """The files `hugo new` copies from the bundle archetype folder `archetype` besides its
    `index.md`, content files filled in for `page` (each under its own name)."""
    out: list[BundleFile] = []
    top = archetype.resolve()
    for folder, dirs, names in os.walk(archetype):
        dirs[:] = sorted(d for d in dirs if not (Path(folder) / d).is_symlink())
        for name in sorted(names):
            path = Path(folder) / name
            relative = path.relative_to(archetype).as_posix()
            if relative == BUNDLE_INDEX or path.is_symlink() or not path.is_file():
                continue
            if not path.resolve().is_relative_to(top):
                continue
            try:
                data = path.read_bytes()
            except OSError:
                out.append(BundleFile(relative, b"", unreadable=True))
                continue
            left_out = False
            if path.suffix.lower() in _CONTENT_SUFFIXES:
                try:
                    text = data.decode("utf-8")
                except UnicodeDecodeError:
                    out.append(BundleFile(relative, data))
                    continue
                beside = f"{page.file.rpartition('/')[0]}/{relative}" if page.file else None
                own = dataclasses.replace(page, name=path.stem, suffix=path.suffix, file=beside)
                done = render(text, own)
                left_out = bool(done.left_out) or done.shaped
                data = done.text.encode("utf-8")
            out.append(BundleFile(relative, data, left_out))
    return out


def write_bundle_files(folder: Path, files: list[BundleFile]) -> tuple[list[str], list[str]]:
    """Write `files` into the bundle's `folder`, never over a file already there; returns
    those written and those not (there already, unreadable, or failing to be written: a
    full disk leaves none half written)."""
    written: list[str] = []
    missed: list[str] = []
    top = folder.resolve()
    for item in files:
        target = folder / item.relative
        if item.unreadable or not target.resolve().is_relative_to(top):
            missed.append(item.relative)  # (a name leading out: a link made meanwhile)
            continue
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_create(target, item.data)
        except OSError:  # FileExistsError too: what is there stays as it is
            missed.append(item.relative)
            continue
        written.append(item.relative)
    return written, missed


__all__ = ["BundleFile", "bundle_files", "write_bundle_files"]
