"""11ty.dev's `{% addedin "2.0.0-canary.19" %}`: the version badge drawn as the site prints it.

The site's shortcode (`config/addedin.js`, 343 badges on its pages) prints
`<span data-pagefind-ignore eleventy:id-ignore class="minilink minilink-addedin"
data-uncoerced-version="1.0.0">Added in v1.0.0</span>` (its second argument names another
element, its third adds a class). For Eleventy's own versions (text starting with a digit):

- nothing below `MINIMUM_VERSION_SHOWN` (0.99999.0: the 0.x badges print nothing);
- "Upcoming in: " for a release above the newest published one or of the next major,
  "Pre-release only: " for a pre-release above it, "Added in " otherwise;
- the version shown with a `v`, `COERCE`'s prefixes replaced (`v2.0.0-canary.` -> `v2.0.0`),
  and a pre-release's suffix dropped once its release is out (`3.0.0-alpha.6` -> `v3.0.0`).

Any other text (`Image v6.0.0`, `@11ty/webc@0.9.0`) prints as given after "Added in ".

The newest published version comes from GitHub's list of releases when the site builds
(`_data/versions.js`); the preview never fetches it and takes the site's own dependency on
Eleventy (`package.json`) instead: that version itself when it is a release, just below it
when it is a pre-release (`4.0.0-alpha.10`: every 3.x published, 4.0.0 not yet). Told by the
configuration: a shortcode whose function prints `minilink-addedin`. The site's filter of the
same rules, `{{ "2.0.0-canary.19" | coerceVersion }}`, prints the version alone (`v2.0.0`).
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from editor_app.core.engines.eleventy_definitions import (
    function_definition,
    read_definitions,
    replaced_trimming,
    shortcode_tag,
)
from editor_app.core.engines.eleventy_shortcodes import arguments_of
from editor_app.core.engines.templates import RAW_BLOCK

_FILTER = re.compile(r"addFilter\(\s*[\"']([\w-]+)[\"']\s*,\s*(\w+)\s*\)")
_MINIMUM = re.compile(r"MINIMUM_VERSION_SHOWN\s*=\s*[\"']([^\"']+)[\"']")
_COERCE = re.compile(r"\bCOERCE\s*=\s*\{([^}]*)\}")
_PAIR = re.compile(r"""["']([^"']+)["']\s*:\s*["']([^"']+)["']""")
_SEMVER = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$")

Version = tuple[int, int, int, tuple[str, ...]]


@dataclass
class AddedIn:
    """How the site's badge shortcode prints a version."""

    names: list[str]
    filters: list[str] = field(default_factory=list)  # `{{ "2.0.0" | coerceVersion }}`
    minimum: str = "0.99999.0"
    coerce: dict[str, str] = field(default_factory=dict)
    newest: Version | None = None  # the newest published version, None when not known
    newest_is_below: bool = False  # the newest published is just below `newest`


def read_addedin(config: str, root: Path | None) -> AddedIn | None:
    """The site's `addedin` shortcodes from its configuration text (None when it has none)."""
    names = [
        d.name
        for d in read_definitions(config)
        if not d.paired and "minilink-addedin" in d.body
    ]
    if not names:
        return None
    found = AddedIn(names)
    for m in _FILTER.finditer(config):
        definition = function_definition(config, m.group(2))
        if definition and "COERCE" in definition[1]:
            found.filters.append(m.group(1))
    minimum = _MINIMUM.search(config)
    if minimum:
        found.minimum = minimum.group(1)
    coerce = _COERCE.search(config)
    if coerce:
        found.coerce = dict(_PAIR.findall(coerce.group(1)))
    dependency = eleventy_dependency(root) if root is not None else None
    parsed = _parse(dependency) if dependency else None
    if parsed is not None:
        found.newest = (*parsed[:3], ()) if parsed[3] else parsed
        found.newest_is_below = bool(parsed[3])
    return found


def eleventy_dependency(root: Path) -> str | None:
    """The version of Eleventy the site's `package.json` asks for (`^3.1.2` -> `3.1.2`)."""
    try:
        package = json.loads((root / "package.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    for key in ("dependencies", "devDependencies"):
        wanted = package.get(key, {}) if isinstance(package, dict) else {}
        value = wanted.get("@11ty/eleventy") if isinstance(wanted, dict) else None
        if isinstance(value, str):
            return value.lstrip("^~=v ")
    return None


def with_addedin(text: str, shortcode: AddedIn | None) -> str:
    """`text` with each badge shortcode of quoted arguments replaced by what it prints."""
    if shortcode is None or "{" not in text:
        return text
    filters = "|".join(re.escape(n) for n in shortcode.filters) or "(?!)"
    # One pattern each, both trimming as Nunjucks does (`{%-`, `-}}`): the shortcode's tag...
    tag = shortcode_tag(shortcode.names)
    # ...and the filter's output tag, printing the version as the badge shows it.
    output = re.compile(
        rf"(?P<raw>{RAW_BLOCK.pattern})"
        rf"""|\{{\{{(?P<d1>-?)\s*(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)')"""
        rf"\s*\|\s*(?:{filters})\s*(?P<d2>-?)\}}\}}",
        re.S,
    )

    def drawn(m: re.Match[str]) -> str | None:
        values = arguments_of(m.group("args"), numbers=False)
        if values is None or not values:
            return None  # a variable: its value is not known here
        return badge_html(shortcode, *values[:3])

    def version(m: re.Match[str]) -> str:
        quoted = m.group("dq") if m.group("dq") is not None else m.group("sq")
        return html.escape(coerced(shortcode, quoted))

    return replaced_trimming(replaced_trimming(text, tag, drawn), output, version)


def badge_html(shortcode: AddedIn, version: str, tag: str = "", extra_class: str = "") -> str:
    """What the site's `addedIn(version, tag, extraClass)` prints."""
    before = "Added in "
    core = re.match(r"^v?[0-9]", version) is not None
    parsed = _parse(version) if core else None
    if core and parsed is None:
        return ""  # semver would fail the build; print nothing rather than guess
    if parsed is not None:
        minimum = _parse(shortcode.minimum)
        if minimum is not None and _compare(parsed, minimum) < 0:
            return ""
        if shortcode.newest is not None:
            if parsed[3]:
                if _above_newest(shortcode, parsed):
                    before = "Pre-release only: "
            elif _above_newest(shortcode, parsed) or parsed[0] >= _newest_major(shortcode) + 1:
                before = "Upcoming in: "
    element = tag if re.fullmatch(r"[A-Za-z][\w-]*", tag or "") else "span"
    css = "minilink minilink-addedin" + (f" {html.escape(extra_class)}" if extra_class else "")
    return (
        f'<{element} data-pagefind-ignore eleventy:id-ignore class="{css}" '
        f'data-uncoerced-version="{html.escape(version)}">{before}'
        f"{html.escape(coerced(shortcode, version))}</{element}>"
    )


def coerced(shortcode: AddedIn, version: str) -> str:
    """The site's `coerceVersion`: the version as the badge shows it."""
    if re.match(r"^v?[0-9]", version) is None:
        return version
    text = version if version.startswith("v") else "v" + version
    for prefix, replaced in shortcode.coerce.items():
        if text.startswith(prefix):
            text = replaced
    parsed = _parse(text)
    if parsed is not None and parsed[3] and shortcode.newest is not None:
        stable = (*parsed[:3], ())
        same_as_newest = not shortcode.newest_is_below and stable == shortcode.newest
        if same_as_newest or not _above_newest(shortcode, parsed):
            text = text.split("-")[0]
    return text


def _newest_major(shortcode: AddedIn) -> int:
    assert shortcode.newest is not None
    major = shortcode.newest[0]
    below_a_major = shortcode.newest_is_below and shortcode.newest[1:3] == (0, 0)
    return major - 1 if below_a_major else major


def _above_newest(shortcode: AddedIn, version: Version) -> bool:
    """`semver.gt(version, newest)`; when the newest is only known to be just below a
    pre-release's release, a version is above it when its own release is that one or later."""
    assert shortcode.newest is not None
    if shortcode.newest_is_below:
        return _compare((*version[:3], ()), shortcode.newest) >= 0
    return _compare(version, shortcode.newest) > 0


def _parse(text: str) -> Version | None:
    m = _SEMVER.match(text.strip())
    if m is None:
        return None
    pre = tuple(m.group(4).split(".")) if m.group(4) else ()
    return int(m.group(1)), int(m.group(2)), int(m.group(3)), pre


def _compare(a: Version, b: Version) -> int:
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
