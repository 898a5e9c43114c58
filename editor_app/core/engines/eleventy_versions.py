"""Eleventy's newest published release as 11ty.dev's badges decide it, read offline.

The site's `config/addedin.js` takes `versions.filter((v) => v.tag !== "LATEST" &&
!v.prerelease).shift()` of its data file `src/_data/versions.js`: GitHub's releases and tags
of Eleventy (`githubReleases.js`, fetched when the site builds through eleventy-fetch, kept in
its `.cache/eleventy-fetch/` folder) with its own list of old tags (`HARDCODED_VERSIONS`),
newest first. The preview never fetches: it reads that list, and GitHub's answer only when the
site's fetch cache holds it; otherwise the caller guesses (`eleventy_addedin`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from editor_app.core import safe_paths
from editor_app.core.site_eleventy import read_script

Version = tuple[int, int, int, tuple[str, ...]]
_SEMVER = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.~-]+))?(?:\+[0-9A-Za-z.-]+)?$")
_NEWEST_RULE = re.compile(r"\b(\w+)\s*\.filter\(\s*\(?\s*\w+\s*\)?\s*=>[^;]*\"LATEST\"")
_IMPORT = r"""import\s+{0}\s+from\s*["']([^"']+)["']"""
_HARDCODED = re.compile(r"\btag\s*:\s*[\"'](v?\d[^\"']*)[\"']")
_REPOSITORY = re.compile(r"api\.github\.com/repos/([\w.-]+/[\w.-]+)/(?:releases|tags)")
_CACHE = ".cache/eleventy-fetch"
# eleventy-fetch's files for a request: `eleventy-fetch-<hash>` (since version 5 a JSON
# answer is kept in it, under `contents`) and, before, its contents beside it named by type
# (`eleventy-fetch-<hash>.json`; `.buffer` and `.text` hold other answers).
_JSON_ENTRY = re.compile(r"eleventy-fetch-[\w-]+(?:\.json)?")
_MOST_CACHE_FILES = 500
_LARGEST_CACHE_FILE = 20_000_000


@dataclass(frozen=True)
class Published:
    """The newest release the site's list names, and whether GitHub's answer was in it."""

    newest: Version | None
    from_github: bool


def parse_version(text: str) -> Version | None:
    """A semantic version (`v3.0.0-alpha.6`), None when the text is not one."""
    m = _SEMVER.match(text.strip())
    if m is None:
        return None
    pre = tuple(m.group(4).split(".")) if m.group(4) else ()
    return int(m.group(1)), int(m.group(2)), int(m.group(3)), pre


def compare_versions(a: Version, b: Version) -> int:
    """Semantic versioning's order (a release above its pre-releases)."""
    if a[:3] != b[:3]:
        return -1 if a[:3] < b[:3] else 1
    if a[3] == b[3]:
        return 0
    if not a[3] or not b[3]:
        return 1 if not a[3] else -1
    for x, y in zip(a[3], b[3], strict=False):
        if x == y:
            continue
        if x.isdigit() and y.isdigit():
            return -1 if int(x) < int(y) else 1
        if x.isdigit() != y.isdigit():
            return -1 if x.isdigit() else 1
        return -1 if x < y else 1
    return -1 if len(a[3]) < len(b[3]) else 1


def published_versions(config: str, root: Path) -> Published | None:
    """The newest release by the site's rule (None when its configuration has no such rule
    or its versions file cannot be read)."""
    rule = _NEWEST_RULE.search(config)
    source = re.search(_IMPORT.format(re.escape(rule.group(1))), config) if rule else None
    data = _data_file(root, source.group(1)) if source else None
    if data is None:
        return None
    try:
        text = data.read_text("utf-8", errors="replace")
    except OSError:
        return None
    tags: dict[str, bool] = {}  # tag -> pre-release
    for tag in _HARDCODED.findall(text):
        tags[tag] = False  # the site's own entries name no pre-release
    from_github = False
    fetcher = data.with_name("githubReleases.js")
    repository = _REPOSITORY.search(read_script(fetcher)) if "fetchGitHubReleases" in text else None
    if repository is not None:
        found = _cached_github(root, repository.group(1))
        if found:
            from_github = True
            for tag, pre in found.items():
                tags.setdefault(tag, pre)
    newest = None
    for tag, pre in tags.items():
        version = parse_version(tag)
        if tag == "LATEST" or pre or version is None or version[3]:
            continue
        if newest is None or compare_versions(version, newest) > 0:
            newest = version
    return Published(newest, from_github)


def _data_file(root: Path, written: str) -> Path | None:
    """The file an import names (`../src/_data/versions.js`, from a module one folder down),
    inside the site only."""
    rest = written
    while rest.startswith(("../", "./")):
        rest = rest.split("/", 1)[1]
    path = root / rest
    return path if safe_paths.is_inside(path, root) and path.is_file() else None


def _cached_github(root: Path, repository: str) -> dict[str, bool]:
    """Tags of `repository`'s releases (drafts left out) and tags in the site's fetch cache,
    each with whether it is a pre-release, as `githubReleases.js` makes them. Only the
    cache's files that can hold a JSON answer are read (`_JSON_ENTRY`)."""
    folder = root / _CACHE
    if not folder.is_dir():
        return {}
    releases: dict[str, bool] = {}
    tags: dict[str, bool] = {}
    entries = sorted(p for p in folder.iterdir() if _JSON_ENTRY.fullmatch(p.name))
    for path in entries[:_MOST_CACHE_FILES]:
        try:
            if not path.is_file() or path.stat().st_size > _LARGEST_CACHE_FILE:
                continue
            loaded = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(loaded, dict):  # eleventy-fetch 5 keeps the answer under `contents`
            loaded = loaded.get("contents")
        if not isinstance(loaded, list):
            continue
        for entry in loaded:
            if not isinstance(entry, dict):
                continue
            address = str(entry.get("url") or entry.get("zipball_url") or "")
            if f"/repos/{repository}/" not in address:
                continue
            if isinstance(entry.get("tag_name"), str) and not entry.get("draft"):
                releases[entry["tag_name"]] = bool(entry.get("prerelease"))
            elif isinstance(entry.get("name"), str) and "zipball_url" in entry:
                version = parse_version(entry["name"])
                tags[entry["name"]] = version is None or bool(version[3])
    return {**tags, **releases}
