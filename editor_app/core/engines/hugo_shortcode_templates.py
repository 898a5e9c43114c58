"""A Hugo site's shortcode templates, read once: name -> text, `layouts/_shortcodes` looked in
before `layouts/shortcodes` as Hugo does (a name found there hides the other folder's file,
whatever either holds). Read again only when a template is added, removed or changed."""

from __future__ import annotations

from pathlib import Path

from editor_app.core import safe_paths

_MAX_CHARS = 200_000  # of a template
_FOLDERS = ("_shortcodes", "shortcodes")
# Site root -> (the templates' names, times and sizes; their texts by name).
_READ: dict[Path, tuple[tuple[tuple[str, int, int], ...], dict[str, str]]] = {}


def _listed(root: Path) -> list[Path]:
    paths: list[Path] = []
    seen: set[str] = set()
    for folder in _FOLDERS:
        templates = root / "layouts" / folder
        if not safe_paths.is_dir(templates):
            continue
        for path in sorted(templates.glob("*.html")):
            if path.stem not in seen:
                seen.add(path.stem)
                paths.append(path)
    return paths


def shortcode_templates(root: Path) -> dict[str, str]:
    """The site's shortcode templates by name (at most `_MAX_CHARS` of each); one that
    cannot be read is left out."""
    paths = _listed(root)
    signature = []
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            continue
        signature.append((str(path), stat.st_mtime_ns, stat.st_size))
    known = _READ.get(root)
    if known is not None and known[0] == tuple(signature):
        return known[1]
    texts: dict[str, str] = {}
    for path in paths:
        try:
            with path.open(encoding="utf-8", errors="replace") as f:
                texts[path.stem] = f.read(_MAX_CHARS)
        except OSError:
            continue
    if len(_READ) > 16:
        _READ.clear()
    _READ[root] = (tuple(signature), texts)
    return texts
