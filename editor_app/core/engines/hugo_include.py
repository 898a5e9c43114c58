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

Three more kinds of simple shortcode print Markdown the same way, read from their templates:
one that builds the page's path from its argument (`printf "/quick-reference/glossary/%s"
(urlize .)`, hugo-docs' `{{% glossary-term "output format" %}}`), one that prints another
page's `.Description` (`{{% get-page-desc "/functions/x" %}}`; paths are found whatever their
case, as Hugo's logical paths are), and a template holding no template code at all, which
prints itself (`{{% module-mounts-note %}}`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from editor_app.core import safe_paths
from editor_app.core.engines.hugo_shortcode_templates import shortcode_templates
from editor_app.core.hugo_urlize import urlize

_CALL = re.compile(
    r"""\{\{%-?\s*(?P<name>[\w-]+)"""
    r"""(?:\s+(?:(?P<q>["'`])(?P<path>[^"'`\n]+)(?P=q)|(?P<bare>[^\s"'`%]+)))?\s*-?%\}\}"""
)
# `printf "/quick-reference/glossary/%s" (urlize .)`: the page's path made from the argument.
_PATH_PREFIX = re.compile(r'printf\s+"(?P<prefix>[^"%\\]*)%s"\s+\(urlize\s+\.\)')
_MAX_DEPTH = 4
_MAX_CHARS = 200_000  # of an included page
# Included page -> (its modification time, its body, its description).
_BODIES: dict[Path, tuple[int, str, str]] = {}
# (content folders, name) -> the page found: resolving a path inside a folder is slow, and a
# page's includes are found again on each keystroke (as `eleventy_code`'s includes).
_FOUND: dict[tuple[tuple[Path, ...], str], Path] = {}


@dataclass(frozen=True)
class Including:
    """What a shortcode prints: `page`, another page's Markdown (its path the argument, or
    `prefix` and the argument urlized); `description`, another page's description; `text`,
    its template's own text."""

    kind: str
    prefix: str | None = None
    text: str = ""


def including_shortcodes(root: Path) -> dict[str, Including]:
    """The site's shortcodes that print Markdown of their own or of another page, by name."""
    found: dict[str, Including] = {}
    for name, text in shortcode_templates(root).items():
        if "GetPage" in text and ".RenderShortcodes" in text:
            prefix = _PATH_PREFIX.search(text)
            found[name] = Including("page", prefix["prefix"] if prefix else None)
        elif "GetPage" in text and ".Description" in text and ".Get 0" in text:
            found[name] = Including("description")
        elif "{{" not in text and text.strip():
            found[name] = Including("text", text=text)
    return found


def _page(folders: list[Path], name: str) -> tuple[str, str] | None:
    """The body and description of the page `name` (a path in a content folder, `.md`
    optional, its case as Hugo's logical paths: any)."""
    key = (tuple(folders), name)
    path = _FOUND.get(key)
    if path is not None:
        read = _read(path)
        if read is not None:
            return read
        del _FOUND[key]  # gone or unreadable: looked for again
    path = _find(folders, name)
    if path is None:
        return None
    read = _read(path)
    if read is not None:
        if len(_FOUND) > 1000:
            _FOUND.clear()
        _FOUND[key] = path
    return read


def _find(folders: list[Path], name: str) -> Path | None:
    """The page `name` names in the first of `folders` that has it."""
    rel = name.strip().lstrip("/")
    for folder in folders:
        for candidate in (rel, f"{rel}.md", f"{rel}/index.md", f"{rel}/_index.md"):
            path = safe_paths.site_file(folder, candidate)
            if path is not None and path.suffix == ".md":
                return path
    for folder in folders:  # Hugo's logical paths are lower case: `/functions/x/isfoo`
        path = _find_any_case(folder, rel)
        if path is not None:
            return path
    return None


def _find_any_case(folder: Path, rel: str) -> Path | None:
    """The page at `rel` in `folder`, each name compared without case."""
    place = folder
    parts = [p for p in rel.split("/") if p]
    if not parts or any(p in (".", "..") for p in parts):
        return None
    for k, part in enumerate(parts):
        try:
            names = {n.lower(): n for n in os.listdir(place)}
        except OSError:
            return None
        last = k == len(parts) - 1
        wanted = [part.lower()] + ([part.lower() + ".md"] if last else [])
        match = next((names[w] for w in wanted if w in names), None)
        if match is None:
            return None
        place = place / match
    for candidate in (place, place / "index.md", place / "_index.md"):
        path = safe_paths.site_file(folder, candidate.relative_to(folder).as_posix())
        if path is not None and path.suffix == ".md":
            return path
    return None


def _read(path: Path) -> tuple[str, str] | None:
    from editor_app.core.document import Document

    try:
        modified = os.stat(path).st_mtime_ns
        known = _BODIES.get(path)
        if known is not None and known[0] == modified:
            return known[1], known[2]
        with path.open(encoding="utf-8", errors="replace") as f:
            doc = Document.from_text(f.read(_MAX_CHARS))
    except (OSError, ValueError):
        return None
    fm = doc.front_matter if isinstance(doc.front_matter, dict) else {}
    description = fm.get("description")
    description = description if isinstance(description, str) else ""
    _BODIES[path] = (modified, doc.body, description)
    return doc.body, description


def with_includes(
    text: str,
    names: Mapping[str, Including],
    folders: list[Path],
    depth: int = 0,
    remove_accents: bool = False,
) -> str:
    """`text` with each call of a shortcode of `names` (`including_shortcodes`) replaced by
    the Markdown it prints: the body of the page it names, found in `folders` (the site's
    content folders), that page's description, or its template's text. `remove_accents`:
    the site's `removePathAccents`, which Hugo's `urlize` follows."""
    if not names or "{{%" not in text:
        return text

    def include(m: re.Match[str]) -> str:
        including = names.get(m.group("name"))
        argument = m.group("path") or m.group("bare")
        if including is None or (including.kind != "text") != bool(argument):
            return m.group(0)
        if including.kind == "text":
            return including.text
        name = (
            argument
            if including.prefix is None
            else including.prefix + urlize(argument, remove_accents)
        )
        found = _page(folders, name)
        if found is None:
            return m.group(0)
        if including.kind == "description":
            return found[1]
        body = found[0]
        if depth < _MAX_DEPTH:
            body = with_includes(body, names, folders, depth + 1, remove_accents)
        return body.strip("\n")

    return _CALL.sub(include, text)
