"""Which markdown-it an Eleventy site runs, read from its plain JSON (nothing is run).

Eleventy 0.x and 1.x ship markdown-it 12, Eleventy 2 ships 13, Eleventy 3 and 4 ship 14, and
a site may declare `markdown-it` itself: `markdown_it_version(root)` reads it from the
installed package, `package-lock.json`, then `package.json`, and names the profile the
preview follows (`markdown_it_compat.apply_profile`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

VERSIONS = ("12", "13", "14")
# A site that declares nothing: what a new Eleventy site installs today (Eleventy 3).
DEFAULT_VERSION = "14"

_MAJOR = re.compile(r"(\d+)(?:\.\d+)*")


def _major(spec: object) -> int | None:
    """The major version a package.json range names: `^13.0.1` 13, `~12.3` 12, `*` None."""
    if not isinstance(spec, str):
        return None
    spec = spec.split("npm:")[-1].rsplit("@", 1)[-1] if "npm:" in spec else spec
    m = _MAJOR.search(spec)
    return int(m.group(1)) if m else None


def _profile_of_markdown_it(major: int) -> str:
    return "12" if major <= 12 else "13" if major == 13 else "14"


def _profile_of_eleventy(major: int) -> str:
    return "12" if major <= 1 else "13" if major == 2 else "14"


def _read_json(path: Path) -> dict:
    try:
        if path.is_file() and path.stat().st_size < 20_000_000:
            data = json.loads(path.read_text("utf-8", errors="replace"))
            return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        pass
    return {}


def _declared_major(root: Path, package: str) -> tuple[int, str] | None:
    """(major version, where read) of `package` for the site: installed, locked, declared."""
    installed = _read_json(root / "node_modules" / package / "package.json")
    major = _major(installed.get("version"))
    if major is not None:
        return major, f"node_modules/{package}"
    lock = _read_json(root / "package-lock.json").get("packages")
    entry = lock.get(f"node_modules/{package}") if isinstance(lock, dict) else None
    major = _major(entry.get("version")) if isinstance(entry, dict) else None
    if major is not None:
        return major, "package-lock.json"
    declared = _read_json(root / "package.json")
    for field in ("dependencies", "devDependencies"):
        deps = declared.get(field)
        major = _major(deps.get(package)) if isinstance(deps, dict) else None
        if major is not None:
            return major, "package.json"
    return None


def eleventy_major(root: Path | None) -> int | None:
    """The major version of Eleventy the site runs, when its package files say."""
    found = _declared_major(root, "@11ty/eleventy") if root is not None else None
    return found[0] if found else None


def markdown_it_version(root: Path | None) -> tuple[str, str]:
    """(profile, where it was read) for the site at `root`: "12", "13" or "14"."""
    if root is None:
        return DEFAULT_VERSION, "default"
    for package in ("markdown-it", "@11ty/eleventy"):
        found = _declared_major(root, package)
        if found is not None:
            return _by(package, found[0]), found[1]
    return DEFAULT_VERSION, "default"


def _by(package: str, major: int) -> str:
    if package == "markdown-it":
        return _profile_of_markdown_it(major)
    return _profile_of_eleventy(major)
