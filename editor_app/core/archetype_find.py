"""Which Hugo archetype `hugo new` uses for a new page, and the kinds a site offers.

Checked against `hugo new` (0.111): the name looked for is the `--kind` given, else the
page's section; `archetypes/<name>/` (a page bundle: a folder holding `index.md`) or
`archetypes/<name>.md`, in the site's `archetypes/` then in its themes' (a theme's
`posts.md` wins over the site's `default.md`), and only then `default.md`, the site's before
the themes'. A kind with no archetype of its name gets `default.md` (not the section's).
Nothing here writes to disk.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

BUNDLE_INDEX = "index.md"


def section_of(site: Any, collection: str) -> str:
    """The Hugo section of a collection: its folder's first part in a content folder
    (`content/en/functions` -> `functions`), else the collection's name."""
    folder = Path(site.collections[collection].folder).resolve()
    layout = getattr(site, "layout", None)
    for base, _lang in getattr(layout, "content", None) or []:
        try:
            parts = folder.relative_to(Path(base).resolve()).parts
        except ValueError:
            continue
        if parts:
            return parts[0]
    return collection


def hugo_settings(site: Any) -> dict[str, Any]:
    """The site's Hugo settings, keys in lower case (`core/site_layout.py`)."""
    config = getattr(getattr(site, "layout", None), "config", None)
    return config if isinstance(config, dict) else {}


def _themes(site: Any) -> list[str]:
    theme = hugo_settings(site).get("theme")
    if isinstance(theme, str):
        return [theme]
    return [t for t in theme if isinstance(t, str)] if isinstance(theme, list) else []


def archetype_folders(site: Any) -> list[Path]:
    """The site's archetype folder (`archetypeDir` honoured), then its themes'."""
    root = Path(site.root)
    own = hugo_settings(site).get("archetypedir")
    own = own if isinstance(own, str) and own.strip() else "archetypes"
    folders = [root / own] + [root / "themes" / t / "archetypes" for t in _themes(site)]
    # Never a folder outside the site (a setting or theme name leading out).
    return [f for f in folders if f.resolve().is_relative_to(root.resolve())]


def is_bundle_archetype(path: Path) -> bool:
    """A folder archetype `hugo new` makes a page bundle from (it holds `index.md`)."""
    return path.is_dir() and (path / BUNDLE_INDEX).is_file()


def find_archetype(
    site: Any, collection: str, kind: str | None = None, bundles: bool = True
) -> Path | None:
    """The archetype `hugo new` would use for a page of `collection` (a file, or a bundle's
    folder), of `kind` when given; None (not a Hugo site, or no archetype). `bundles=False`:
    for a named file, such as a section's `_index.md`, for which `hugo new` passes over
    bundle archetypes to the file ones (`posts.md`, else `default.md`; checked, 0.111)."""
    if getattr(site, "generator", None) != "hugo" or collection not in site.collections:
        return None
    name = kind or section_of(site, collection)
    folders = archetype_folders(site)
    if name and "/" not in name and not name.startswith("."):
        for folder in folders:
            if bundles and is_bundle_archetype(folder / name):
                return folder / name
            if (folder / f"{name}.md").is_file():
                return folder / f"{name}.md"
    for folder in folders:
        if (folder / "default.md").is_file():
            return folder / "default.md"
    return None


SECTION_INDEX = "_index"


def is_section_page(path: Path) -> bool:
    """A section's own page, `_index.md` (`_index.fr.md` in French): never a bundle."""
    return Path(path).name.split(".")[0] == SECTION_INDEX


def kind_missing(site: Any, collection: str, kind: str) -> str | None:
    """One plain line when `kind` has no archetype of its own (as `hugo new --kind`, the
    page then starts from `default.md`, or as the section's other pages), else None."""
    found = find_archetype(site, collection, kind)
    if found is not None and found.name in (kind, f"{kind}.md"):
        return None
    known = sorted(archetype_names(site), key=str.lower)
    listed = f" (it has: {', '.join(known)})" if known else ""
    if found is None:
        return f"this site has no archetype {kind!r}{listed}; the page starts like the others"
    where = found.relative_to(site.root).as_posix() if found.is_relative_to(site.root) else found
    return f"this site has no archetype {kind!r}{listed}; the page starts from {where}"


def _named_archetypes(site: Any) -> list[Path]:
    found: list[Path] = []
    for folder in archetype_folders(site):
        if folder.is_dir():
            found += [
                e
                for e in folder.iterdir()
                if not e.name.startswith(".")
                and ((e.suffix == ".md" and e.is_file()) or is_bundle_archetype(e))
            ]
    return found


def archetype_names(site: Any) -> list[str]:
    """The names of the site's and its themes' archetypes (`posts` for `posts.md` or a
    `posts/` bundle), `default` left out, sorted."""
    names = {p.stem if p.suffix == ".md" else p.name for p in _named_archetypes(site)}
    return sorted(names - {"default"})


def archetype_kinds(site: Any) -> list[str]:
    """The kinds `hugo new --kind` can pick beyond the sections' own archetypes and
    `default.md` (hugo-docs: `glossary`), by name; [] off Hugo sites."""
    if getattr(site, "generator", None) != "hugo":
        return []
    # A section known from its archetype alone (no folder yet) stays a kind as well: Hugo
    # takes `note.md` for `hugo new note/x.md` and `hugo new -k note posts/x.md` alike. On a
    # site with no section folder at all (a fresh one) the archetypes are the sections'.
    made = {
        section_of(site, name)
        for name, coll in site.collections.items()
        if any(Path(f).is_dir() for f in coll.folders)
    }
    sections = made or {section_of(site, c) for c in site.collections}
    # A section editor-app lists no pages of (hugo-docs' `news` holds only its index) is a
    # section all the same: its archetype is no other kind.
    for base, _lang in getattr(getattr(site, "layout", None), "content", None) or []:
        if Path(base).is_dir():
            sections |= {e.name for e in Path(base).iterdir() if e.is_dir()}
    return sorted(set(archetype_names(site)) - sections, key=str.lower)


def folder_kind(site: Any, folder: str | None) -> str | None:
    """The kind (`archetype_kinds`) named like the folder a new page goes in, whose pages
    that archetype is for: hugo-docs' `glossary` for `content/en/quick-reference/glossary`
    (Hugo itself picks by section, `quick-reference`, and its maintainers name the kind:
    `hugo new --kind glossary`). The New dialog offers it first; None for none."""
    if not folder:
        return None
    name = Path(folder).name
    return name if name in archetype_kinds(site) else None


__all__ = [
    "BUNDLE_INDEX",
    "archetype_folders",
    "archetype_kinds",
    "archetype_names",
    "find_archetype",
    "folder_kind",
    "hugo_settings",
    "is_bundle_archetype",
    "is_section_page",
    "kind_missing",
    "section_of",
]
