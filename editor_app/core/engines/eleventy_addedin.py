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

The newest published version is the site's rule (`eleventy_versions.py`): the newest release
in its versions data, GitHub's list of Eleventy's releases (fetched when the site builds) with
its own old tags. The preview never fetches: it reads GitHub's answer from the site's fetch
cache (`.cache/eleventy-fetch/`) when it is there; otherwise it guesses from the site's own
dependency on Eleventy (`package.json`): that version when it is a release (a later one may
be out), the last release before it when it is a pre-release (`4.0.0-alpha.10`: a 3.x). A
badge whose words would differ across what the guess allows (`3.1.0-alpha.1`: "Added in
v3.1.0" or "Pre-release only: ...") says so on hover. Told by the configuration: a shortcode
whose function prints `minilink-addedin`. The site's filter of the same rules,
`{{ "2.0.0-canary.19" | coerceVersion }}`, prints the version alone (`v2.0.0`).
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
from editor_app.core.engines.eleventy_versions import (
    Version,
    published_versions,
)
from editor_app.core.engines.eleventy_versions import compare_versions as _compare
from editor_app.core.engines.eleventy_versions import parse_version as _parse
from editor_app.core.engines.templates import RAW_BLOCK

_FILTER = re.compile(r"addFilter\(\s*[\"']([\w-]+)[\"']\s*,\s*(\w+)\s*\)")
_MINIMUM = re.compile(r"MINIMUM_VERSION_SHOWN\s*=\s*[\"']([^\"']+)[\"']")
_COERCE = re.compile(r"\bCOERCE\s*=\s*\{([^}]*)\}")
_PAIR = re.compile(r"""["']([^"']+)["']\s*:\s*["']([^"']+)["']""")
_HUGE = 1 << 40  # a number above any release's


@dataclass
class AddedIn:
    """How the site's badge shortcode prints a version."""

    names: list[str]
    filters: list[str] = field(default_factory=list)  # `{{ "2.0.0" | coerceVersion }}`
    minimum: str = "0.99999.0"
    coerce: dict[str, str] = field(default_factory=dict)
    newest: Version | None = None  # the newest published release, None when not known
    # When `newest` is a guess: the lowest and highest it may be, and why it is guessed (the
    # hover of a badge whose words differ between the two).
    guessed: tuple[Version, Version] | None = None
    guess_reason: str = ""


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
    if root is not None:
        _read_newest(found, config, root)
    return found


def _read_newest(found: AddedIn, config: str, root: Path) -> None:
    """The newest published release, by the site's rule (`eleventy_versions.py`): from its
    versions data when GitHub's answer is in its fetch cache, else guessed from the
    Eleventy its `package.json` asks for."""
    known = published_versions(config, root)
    if known is not None and known.from_github:
        found.newest = known.newest
        return
    dependency = eleventy_dependency(root)
    parsed = _parse(dependency) if dependency else None
    if parsed is None:
        found.newest = known.newest if known is not None else None
        return
    major, minor, patch, pre = parsed
    if pre:  # a pre-release: its release not out, an earlier one of its line or major is
        high: Version = _just_below(parsed)
        low: Version = (major, 0, 0, ()) if (minor, patch) != (0, 0) else (major - 1, 0, 0, ())
        found.newest = high
        said = f"takes it to be the last release before {major}.{minor}.{patch}"
    else:  # a release: out, a later one may be too
        low, high = (major, minor, patch, ()), _just_below((major + 1, 0, 0, ()))
        found.newest = low
        said = f"takes it to be {major}.{minor}.{patch}"
    if known is not None and known.newest is not None and _compare(known.newest, low) > 0:
        low = known.newest
    found.guessed = (low, high)
    found.guess_reason = (
        "Whether this version is out is a guess: the site asks GitHub for Eleventy's newest "
        f"release when it builds; the preview does not, and {said}, the version of Eleventy "
        f"the site's package.json asks for ({dependency})."
    )


def _just_below(version: Version) -> Version:
    """A release just below `version`'s release (its own pre-releases above it)."""
    major, minor, patch, _ = version
    if patch:
        return (major, minor, patch - 1, ())
    if minor:
        return (major, minor - 1, _HUGE, ())
    return (major - 1, _HUGE, _HUGE, ())


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
    """What the site's `addedIn(version, tag, extraClass)` prints; where its words depend on
    a guessed newest release, a hover saying so."""
    words = _words(shortcode.newest, shortcode, version)
    if words is None:
        return ""  # below the minimum shown, or semver would fail the build
    hover = ""
    if shortcode.guessed is not None:
        ends = {_words(end, shortcode, version) for end in shortcode.guessed}
        if ends != {words}:
            hover = f' title="{html.escape(shortcode.guess_reason)}"'
    element = tag if re.fullmatch(r"[A-Za-z][\w-]*", tag or "") else "span"
    css = "minilink minilink-addedin" + (f" {html.escape(extra_class)}" if extra_class else "")
    return (
        f'<{element} data-pagefind-ignore eleventy:id-ignore class="{css}" '
        f'data-uncoerced-version="{html.escape(version)}"{hover}>{html.escape(words)}</{element}>'
    )


def _words(newest: Version | None, shortcode: AddedIn, version: str) -> str | None:
    """The badge's text with `newest` the newest published release; None when it prints
    nothing."""
    before = "Added in "
    core = re.match(r"^v?[0-9]", version) is not None
    parsed = _parse(version) if core else None
    if core and parsed is None:
        return None
    if parsed is not None:
        minimum = _parse(shortcode.minimum)
        if minimum is not None and _compare(parsed, minimum) < 0:
            return None
        if newest is not None:
            if parsed[3]:
                if _compare(parsed, newest) > 0:
                    before = "Pre-release only: "
            elif _compare(parsed, newest) > 0 or parsed[0] >= newest[0] + 1:
                before = "Upcoming in: "
    return before + _coerced(newest, shortcode, version)


def coerced(shortcode: AddedIn, version: str) -> str:
    """The site's `coerceVersion`: the version as the badge shows it."""
    return _coerced(shortcode.newest, shortcode, version)


def _coerced(newest: Version | None, shortcode: AddedIn, version: str) -> str:
    if re.match(r"^v?[0-9]", version) is None:
        return version
    text = version if version.startswith("v") else "v" + version
    for prefix, replaced in shortcode.coerce.items():
        if text.startswith(prefix):
            text = replaced
    parsed = _parse(text)
    if parsed is not None and parsed[3] and newest is not None:
        # Its release is the newest published (`isPreReleaseOf`), or it is below the newest.
        if (*parsed[:3], ()) == newest or _compare(parsed, newest) < 0:
            text = text.split("-")[0]
    return text
