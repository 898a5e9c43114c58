"""Image addresses of a page body beyond `![..](..)` and `<img src>`, for `image-not-found`.

- Each candidate of a `srcset` (`<img>` and `<picture>`'s `<source>`), its descriptors (`2x`,
  `480w`) dropped, read as the HTML standard splits the list.
- Hugo's `{{< figure src="..." >}}` (also `{{% %}}`, over several lines) and a site's own
  shortcode that takes its image as a page or global resource by `src` (hugo-docs' `img`):
  the `src` argument, quoted or not. Hugo's figure reads `src` by name only (`.Get "src"`),
  so a positional argument is no image there. A shortcode whose template stops the build
  (`errorf`) takes only resources: its image is never the address as written.

Templates that print the site's base before an address (`{{ site.baseurl }}/x.png`,
`{{ '/x.png' | relative_url }}`) are read as the address they print (`printed`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

# `{{ site.baseurl }}/x.png` (Jekyll; `{{ site.url }}` before it too) and `{{ '/x.png' | relative_url }}` (Jekyll; Eleventy's
# `url` filter): the address the template prints, with the site's base before it.
BASEURL = re.compile(r"^(?:\{\{-?\s*site\.(?:url|baseurl)\s*-?\}\})+(?=/)")
BASEURL_ANYWHERE = re.compile(r"(?:\{\{-?\s*site\.(?:url|baseurl)\s*-?\}\})+(?=/)")
URL_FILTER = re.compile(
    r"""\{\{-?\s*(["'])([^"'{}|]+)\1\s*\|\s*(?:relative_url|absolute_url|url)\s*-?\}\}"""
)

_SRCSET_TAG = re.compile(r"<(?:img|source)\b([^>]*)>", re.I)
_SRCSET = re.compile(r"""\bsrcset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""", re.I)
# A shortcode call's arguments (up to its `>}}` or `%}}`; bounded, so that an unclosed one
# does not read on through the whole page).
_SHORTCODE = re.compile(r"\{\{[<%]\s*([\w./-]+)\s((?:(?![>%]\}\}).){0,3000})[>%]\}\}", re.S)
# One argument: `name=value` or a value alone; quoted (`"..."` with `\"` inside, or `` `...` ``)
# or not.
_ARGUMENT = re.compile(
    r"""\s*(?:([\w-]+)\s*=\s*)?(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|'([^']*)'|([^\s"'`=]+))"""
)


def _printed_part(m: re.Match[str]) -> str:
    return m.group(2)


def printed(text: str) -> str:
    """`text` with each base-printing template replaced by the address it prints."""
    return URL_FILTER.sub(_printed_part, BASEURL_ANYWHERE.sub("", text))


def printed_address(address: str) -> str:
    """An address as its templates print it (only a base template at its very start)."""
    return URL_FILTER.sub(_printed_part, BASEURL.sub("", address))


def srcset_urls(value: str) -> list[str]:
    """The candidate addresses of a `srcset`, descriptors dropped: each address runs to the
    next space; one ending in a comma has none; descriptors run to the next comma outside
    brackets."""
    urls, i, end = [], 0, len(value)
    while i < end:
        while i < end and (value[i] == "," or value[i].isspace()):
            i += 1
        start = i
        while i < end and not value[i].isspace():
            i += 1
        url = value[start:i]
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            depth = 0
            while i < end and (value[i] != "," or depth > 0):
                if value[i] == "(":
                    depth += 1
                elif value[i] == ")" and depth > 0:
                    depth -= 1
                i += 1
        if url:
            urls.append(url)
    return urls


def srcset_images(prose: str, first_line: int) -> Iterator[tuple[str, int]]:
    """(address, line) of each `srcset` candidate in `prose` (a body, examples blanked)."""
    if not ("rcset" in prose or "rcSet" in prose or "RCSET" in prose):
        return
    for tag in _SRCSET_TAG.finditer(prose):
        m = _SRCSET.search(tag.group(1))
        if m is None:
            continue
        value = printed(m.group(1) or m.group(2) or m.group(3) or "")
        if "{{" in value or "{%" in value:
            continue  # built by a template: its spaces are no separators
        line = first_line + prose.count("\n", 0, tag.start(1) + m.start())
        for url in srcset_urls(value):
            yield url, line


def shortcode_images(
    source: str, prose: str, first_line: int, names: Iterable[str]
) -> Iterator[tuple[str, int, str]]:
    """(address, line of its `src`, shortcode) of each call of the shortcodes `names` that
    take an image by `src`, in `source` (a body as written) where `prose` (the same, its
    examples blanked) keeps the call: its arguments as written (`` src=`a.png` `` is no code
    span: Hugo reads shortcodes before Markdown)."""
    wanted = frozenset(names)
    if "{{" not in prose:
        return
    if len(source) != len(prose):
        source = prose  # (blanking keeps lengths: not expected)
    for call in _SHORTCODE.finditer(source):
        if call.group(1) not in wanted or not prose.startswith("{{", call.start()):
            continue
        m = _named_argument(call.group(2), "src")
        if m is None:
            continue
        address = next(g for g in m.groups()[1:] if g is not None)
        if m.group(2) is not None:
            address = address.replace('\\"', '"')
        line = first_line + prose.count("\n", 0, call.start(2) + m.start(1))
        yield address, line, call.group(1)


SHORTCODE_CALL = _SHORTCODE


def _arguments(arguments: str) -> Iterator[re.Match[str]]:
    """Each argument of a shortcode call's arguments, in order (a `src=` inside another's
    quoted value is part of that value, no argument)."""
    at = 0
    while True:
        m = _ARGUMENT.match(arguments, at)
        if m is None or m.end() == at:
            return
        yield m
        at = m.end()


def shortcode_arguments(arguments: str) -> dict[str, str]:
    """The named arguments of a shortcode call's arguments, `name="value"` (quoted or not)."""
    found: dict[str, str] = {}
    for m in _arguments(arguments):
        if m.group(1) is not None:
            value = next((g for g in m.groups()[1:] if g is not None), "")
            found.setdefault(m.group(1), value.replace('\\"', '"') if m.group(2) else value)
    return found


def shortcode_argument_start(arguments: str, name: str) -> int | None:
    """Where the first argument called `name` starts in a shortcode call's arguments (read one
    by one, as `shortcode_arguments` reads them), or None."""
    m = _named_argument(arguments, name)
    return m.start(1) if m else None


def _named_argument(arguments: str, name: str) -> re.Match[str] | None:
    """The first argument called `name` (`src`) of a shortcode's arguments, read one by one."""
    return next((m for m in _arguments(arguments) if m.group(1) == name), None)


# A shortcode template that reads its `src` argument and looks it up as a page or global
# resource (hugo-docs' `img`): its `src` is an image file of the site.
_GETS_SRC = re.compile(r"""\.Get\s+["`]src["`]""")
_GETS_RESOURCE = re.compile(r"\b[Rr]esources\.Get\b")
_STOPS_BUILD = re.compile(r"\berrorf\b")


def image_shortcodes(folder: Path) -> dict[str, bool]:
    """The image shortcodes in `folder`'s layouts (a site's or a theme's), each with whether
    it takes only resources (its template stops the build, else prints the address)."""
    found: dict[str, bool] = {}
    for shortcodes in ("layouts/_shortcodes", "layouts/shortcodes"):
        try:
            with os.scandir(folder / shortcodes) as entries:
                names = [e.name for e in entries if e.name.endswith(".html")]
        except (OSError, ValueError):
            continue
        for name in names:
            text = _text(folder / shortcodes / name)
            if _GETS_SRC.search(text) and _GETS_RESOURCE.search(text):
                found[name.split(".", 1)[0]] = _STOPS_BUILD.search(text) is not None
    return found


def _text(path: Path) -> str:
    """A template's text ("" when it cannot be read: a folder of that name, no right)."""
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except (OSError, ValueError):
        return ""
