"""Values a new page's file name gives it, where the pages beside it write theirs from their
own file names: hugo-docs' `commands/hugo_build.md` says `slug: hugo_build` and
`url: /commands/hugo_build/`, Jekyll's `_docs/assets.md` says `permalink: /docs/assets/`.
A new `hugo_shout.md` there starts with `slug: hugo_shout` and `url: /commands/hugo_shout/`,
not empty fields Check then calls missing and the author has to work out.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from editor_app.core.archetype_find import BUNDLE_INDEX, SECTION_INDEX
from editor_app.core.schema_model import DATED_NAME

_OWN_FOLDER = (SECTION_INDEX, Path(BUNDLE_INDEX).stem)  # named by their folder: left alone
MIN_PAGES = 3  # fewer pages beside it than this tell no habit


def _name(path: Path) -> str | None:
    """The name a page's values are written from: its file name without the date and
    extension; None for a page named by its folder or with a language in its name."""
    stem = DATED_NAME.sub("", path.stem)
    if path.stem in _OWN_FOLDER or "." in stem or not stem:
        return None
    return stem


def _wrapping(value: Any, name: str) -> tuple[str, str] | None:
    """(before, after) when `value` is text holding `name` once: `/commands/`, `/`."""
    if not isinstance(value, str) or value.count(name) != 1:
        return None
    before, _, after = value.partition(name)
    return before, after


def file_values(
    pages: list[Any], folder: Path, path: Path | None, given: dict[str, Any]
) -> dict[str, Any]:
    """For the new page `path` in `folder`: each field that most pages of `pages` in that
    folder (three or more) write as the same words around their own file name, written
    around the new page's name. Fields `given` a value already (the title) are left alone,
    and so is a file named after the page (`image: x.png`: no such file yet)."""
    name = _name(path) if path is not None else None
    if name is None:
        return {}
    here = folder.resolve()
    beside = [
        (e, own)
        for e in pages
        if Path(e.path).parent.resolve() == here and (own := _name(Path(e.path))) is not None
    ]
    if len(beside) < MIN_PAGES:
        return {}
    ways: dict[str, Counter[tuple[str, str]]] = {}
    for entry, own in beside:
        for key, value in entry.front_matter.items():
            if not isinstance(key, str) or given.get(key) not in (None, "", [], {}):
                continue
            way = _wrapping(value, own)
            if way is not None:
                ways.setdefault(key, Counter())[way] += 1
    found: dict[str, Any] = {}
    for key, counted in ways.items():
        (before, after), count = counted.most_common(1)[0]
        if count < MIN_PAGES or count * 2 <= len(beside) or after.startswith("."):
            continue  # not the habit; or a file named after the page (`x4.png`), not there yet
        value = f"{before}{name}{after}"
        # The page's own (a `reference` no two pages share): never one another page has.
        if not any(e.front_matter.get(key) == value for e in pages):
            found[key] = value
    return found
