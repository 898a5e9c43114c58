"""A site's own settings for the checks, read from `_schema.yml` (docs/SCHEMA.md):

```yaml
checks:
  off: [link-insecure, sentence-long]   # codes never reported for this site
  sentence_words: 35                    # content checks' limits (docs/VALIDATION.md)
```

Read on their own (not through `core/schema.py`): a `_schema.yml` that cannot be read as a
schema still says which checks are off. Never raises: an unreadable file means no settings.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

SCHEMA_FILE = "_schema.yml"


@dataclass(frozen=True)
class CheckSettings:
    """Codes switched off, and the raw `checks:`, `style:` and per-collection `sections:`."""

    off: frozenset[str] = frozenset()
    options: dict[str, Any] = field(default_factory=dict)
    style: Any = None
    sections: dict[str, Any] = field(default_factory=dict)


_CACHE: dict[str, tuple[tuple[int, int], CheckSettings]] = {}
_LOCK = threading.Lock()


def settings_for(root: Path | None) -> CheckSettings:
    """The settings of the site at `root` (remembered until `_schema.yml` changes)."""
    if root is None:
        return CheckSettings()
    path = os.path.join(str(root), SCHEMA_FILE)
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return CheckSettings()
    stamp = (st.st_mtime_ns, st.st_size)
    with _LOCK:
        cached = _CACHE.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    found = _read(path)
    with _LOCK:
        _CACHE[path] = (stamp, found)
    return found


def _read(path: str) -> CheckSettings:
    try:
        with open(path, "rb") as fh:
            data = yaml.safe_load(fh.read().decode("utf-8-sig"))
    except (OSError, ValueError, yaml.YAMLError):
        return CheckSettings()
    if not isinstance(data, dict):
        return CheckSettings()
    checks = data.get("checks")
    options = checks if isinstance(checks, dict) else {}
    # YAML 1.1 reads an unquoted `off:` key as false.
    off = options.get("off", options.get(False)) or []
    if isinstance(off, str):
        off = [off]
    off_codes = (
        frozenset(str(c).strip() for c in off if isinstance(c, str | int))
        if isinstance(off, list)
        else frozenset()
    )
    sections: dict[str, Any] = {}
    collections = data.get("collections")
    if isinstance(collections, dict):
        for name, spec in collections.items():
            if isinstance(spec, dict) and spec.get("sections") is not None:
                sections[str(name)] = spec["sections"]
    return CheckSettings(off_codes, dict(options), data.get("style"), sections)
