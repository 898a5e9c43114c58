"""11ty.dev's newest Eleventy release is read from GitHub's answer as the site's build kept
it (`.cache/eleventy-fetch/`): only the files eleventy-fetch keeps a JSON answer in are read
(`eleventy-fetch-<hash>`, its answer under `contents` since eleventy-fetch 5, and
`eleventy-fetch-<hash>.json` before), not every file of the folder whatever its name."""

from __future__ import annotations

import json
from pathlib import Path

from editor_app.core.engines.eleventy_versions import _cached_github

REPOSITORY = "11ty/eleventy"


def _release(tag: str) -> dict:
    url = f"https://api.github.com/repos/{REPOSITORY}/releases/1"
    return {"url": url, "tag_name": tag, "prerelease": False, "draft": False}


def test_only_eleventy_fetchs_json_entries_are_read(tmp_path: Path) -> None:
    cache = tmp_path / ".cache" / "eleventy-fetch"
    cache.mkdir(parents=True)
    (cache / "eleventy-fetch-3f2a").write_text(
        json.dumps({"cachedAt": 1, "type": "json", "contents": [_release("v3.0.0")]}), "utf-8"
    )
    (cache / "eleventy-fetch-9b1c.json").write_text(json.dumps([_release("v3.1.0")]), "utf-8")
    # A fetched image, another tool's file and a text answer hold no JSON answer of GitHub's.
    for name in ("eleventy-fetch-77aa.buffer", "notes.json", "eleventy-fetch-5e.text"):
        (cache / name).write_text(json.dumps([_release("v9.0.0")]), "utf-8")
    assert _cached_github(tmp_path, REPOSITORY) == {"v3.0.0": False, "v3.1.0": False}
