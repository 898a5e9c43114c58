"""Hugo shortcodes that include another page's Markdown, shown with that Markdown.

A site may define a shortcode that finds a page by the path it is given and prints that
page's Markdown with `.RenderShortcodes` (hugo-docs' `{{% include "/_common/x.md" %}}`, on
214 places of its pages). Called with `{{% %}}`, its output is read as part of the page's
Markdown, so the published page shows the included text where the shortcode stands; left as a
placeholder, the preview showed none of it. Here the included page's body (its front matter
left out) takes the shortcode's place before the page is rendered, its own includes too (a
few levels deep). Which shortcodes do this is read from the site's templates
(`layouts/_shortcodes/`, `layouts/shortcodes/`: one calling both `GetPage` and
`.RenderShortcodes`); a path found in no content folder leaves the placeholder.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from editor_app.core import safe_paths

_CALL = re.compile(
    r"""\{\{%-?\s*(?P<name>[\w-]+)\s+(?P<q>["'`])(?P<path>[^"'`\n]+)(?P=q)\s*-?%\}\}"""
)
_MAX_DEPTH = 4
_MAX_CHARS = 200_000  # of an included page
# Included page -> (its modification time, its body).
_BODIES: dict[Path, tuple[int, str]] = {}
# (content folders, name) -> the page found: resolving a path inside a folder is slow, and a
# page's includes are found again on each keystroke (as `eleventy_code`'s includes).
_FOUND: dict[tuple[tuple[Path, ...], str], Path] = {}


def including_shortcodes(root: Path) -> frozenset[str]:
    """The names of the site's shortcodes that print another page's Markdown."""
    names = set()
    for folder in ("_shortcodes", "shortcodes"):
        templates = root / "layouts" / folder
        if not safe_paths.is_dir(templates):
            continue
        for path in sorted(templates.glob("*.html")):
            try:
                text = path.read_text(encoding="utf-8", errors="replace")[:_MAX_CHARS]
            except OSError:
                continue
            if "GetPage" in text and ".RenderShortcodes" in text:
                names.add(path.stem)
    return frozenset(names)


def _body(folders: list[Path], name: str) -> str | None:
    """The body of the page `name` (a path in a content folder, `.md` optional)."""
    key = (tuple(folders), name)
    path = _FOUND.get(key)
    if path is not None:
        body = _read_body(path)
        if body is not None:
            return body
        del _FOUND[key]  # gone or unreadable: looked for again
    path = _find(folders, name)
    if path is None:
        return None
    body = _read_body(path)
    if body is not None:
        if len(_FOUND) > 1000:
            _FOUND.clear()
        _FOUND[key] = path
    return body


def _find(folders: list[Path], name: str) -> Path | None:
    """The page `name` names in the first of `folders` that has it."""
    rel = name.strip().lstrip("/")
    for folder in folders:
        for candidate in (rel, f"{rel}.md", f"{rel}/index.md", f"{rel}/_index.md"):
            path = safe_paths.site_file(folder, candidate)
            if path is not None and path.suffix == ".md":
                return path
    return None


def _read_body(path: Path) -> str | None:
    from editor_app.core.document import Document

    try:
        modified = os.stat(path).st_mtime_ns
        known = _BODIES.get(path)
        if known is not None and known[0] == modified:
            return known[1]
        with path.open(encoding="utf-8", errors="replace") as f:
            body = Document.from_text(f.read(_MAX_CHARS)).body
    except (OSError, ValueError):
        return None
    _BODIES[path] = (modified, body)
    return body


def with_includes(text: str, names: frozenset[str], folders: list[Path], depth: int = 0) -> str:
    """`text` with each call of an including shortcode (of `names`) replaced by the body of
    the page it names, found in `folders` (the site's content folders)."""
    if not names or "{{%" not in text:
        return text

    def include(m: re.Match[str]) -> str:
        if m.group("name") not in names:
            return m.group(0)
        body = _body(folders, m.group("path"))
        if body is None:
            return m.group(0)
        if depth < _MAX_DEPTH:
            body = with_includes(body, names, folders, depth + 1)
        return body.strip("\n")

    return _CALL.sub(include, text)
