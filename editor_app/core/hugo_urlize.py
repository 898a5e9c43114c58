"""Hugo's `urlize` (0.111, `PathSpec.URLize`), the one port used by archetypes (`hugo new`)
and by the preview's shortcodes that build a page path from it (`glossary-term`).

Hugo keeps letters, digits, marks, `./\\_#+~-@` and valid `%XX`, drops other punctuation, puts
one hyphen for a run of spaces (none beside a hyphen already there: `"a - b"` is `a-b`), lowers
the case, then lets Go's `net/url` print it: what is not ASCII percent-encoded, a trailing
empty `#` dropped (`"C#"` is `c`), the part after the first `#` escaped as a fragment. Checked
against the hugo binary (tests/core/test_hugo_urlize.py).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any, NamedTuple
from urllib.parse import quote, unquote

_KEPT = frozenset("./\\_#+~-@")
_HEX = frozenset("0123456789abcdefABCDEF")
# What Go's url.URL prints unescaped in a path / a fragment (besides ASCII letters and digits).
_PATH_SAFE = "-_.~$&+,/:;=@"
_FRAGMENT_SAFE = _PATH_SAFE + "!()*?"


def _sanitized(text: str) -> str:
    kept: list[str] = []
    hyphen = False  # a space seen since the last kept character
    for i, c in enumerate(text):
        allowed = (
            c in _KEPT
            or c.isalpha()
            or c.isdigit()
            or unicodedata.category(c).startswith("M")
            or (c == "%" and i + 2 < len(text) and text[i + 1] in _HEX and text[i + 2] in _HEX)
        )
        if allowed:
            if hyphen and c != "-" and kept[-1] != "-":
                kept.append("-")
            hyphen = False
            kept.append(c)
        elif kept and c.isspace():
            hyphen = True
    return "".join(kept)


def _go_lower(text: str) -> str:
    """Go lowers rune by rune (`İ` is `i`, where Python writes `i` and a combining dot)."""
    return "".join(c.lower()[0] for c in text)


def _escaped(raw: str, safe: str) -> str:
    """Go's EscapedPath / EscapedFragment: the text as written when it needs no escaping
    beyond its own `%XX`, else the decoded text escaped."""
    if all(c == "%" or (c.isascii() and (c.isalnum() or c in safe)) for c in raw):
        return raw
    return quote(unquote(raw), safe=safe)


def without_accents(text: str) -> str:
    """Hugo's `removePathAccents` (`text.RemoveAccentsString`): decomposed, its non-spacing
    marks dropped, composed again (`Hügó` -> `Hugo`)."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", kept)


class PathSettings(NamedTuple):
    """The site's two settings Hugo's paths and `urlize` follow, in `path_sanitized`'s order."""

    remove_accents: bool  # `removePathAccents`
    to_lower: bool  # unless `disablePathToLower`


def path_settings(config: Mapping[str, Any]) -> PathSettings:
    """`removePathAccents` and `disablePathToLower` of Hugo's settings `config` (their names
    lowered, as `site_settings` reads them): each set by `true` alone."""
    return PathSettings(
        remove_accents=config.get("removepathaccents") is True,
        to_lower=config.get("disablepathtolower") is not True,
    )


def path_sanitized(text: str, remove_accents: bool = False, to_lower: bool = True) -> str:
    """Hugo's `MakePathSanitized`: what `urlize` keeps of `text` (spaces as hyphens, other
    punctuation dropped), its accents removed with `removePathAccents`, lowered unless
    `disablePathToLower`; not yet escaped for a URL."""
    sanitized = _sanitized(text)
    if remove_accents:
        sanitized = without_accents(sanitized)
    return _go_lower(sanitized) if to_lower else sanitized


def urlize(text: str, remove_accents: bool = False, to_lower: bool = True) -> str:
    """Hugo's `urlize`: `"Output Format"` -> `output-format`, `"Café"` -> `caf%C3%A9`
    (`cafe` with `removePathAccents`; case kept with `disablePathToLower`, `to_lower` off)."""
    sanitized = path_sanitized(text, remove_accents, to_lower)
    path, hash_sign, fragment = sanitized.partition("#")
    out = _escaped(path, _PATH_SAFE)
    if hash_sign and fragment:
        out += "#" + _escaped(fragment, _FRAGMENT_SAFE)
    return out
