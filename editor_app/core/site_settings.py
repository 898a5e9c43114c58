"""Which generator a site folder is for (Jekyll, Hugo, Eleventy), its settings files read
(Hugo's split by part in `config/_default/` merged), and a folder setting kept inside the site."""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path
from typing import Any

import yaml

from editor_app.core import safe_paths

_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

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


def read_hugo_settings(root: Path, main: Path) -> dict:
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


def package_uses_eleventy(root: Path) -> str | None:
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
    if eleventy_config_file(root) is not None or package_uses_eleventy(root) is not None:
        return "eleventy"
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
