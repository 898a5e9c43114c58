"""A fast reader for simple front-matter headers that gives exactly what PyYAML's safe loader gives.

Nearly every real header is a flat list of `key: value` lines, with quoted strings, dates and
block lists of scalars. libyaml parses those in C, but PyYAML then composes and constructs each
node in Python, which costs several times more than reading the files. This module reads that
simple subset directly and returns the same dict `yaml.load(text, Loader=yaml.CSafeLoader)`
would: same keys in the same order, same values, same types. Plain scalars are resolved by
PyYAML's own resolver and constructed by its own `SafeConstructor`, so YAML 1.1 rules (`yes`,
`on`, `0o17`, `1_000`, `1:30`, `.inf`, dates and timestamps) are PyYAML's, not a copy of them.

Anything outside the subset returns None and the caller falls back to the real loader: being
unsure is always allowed, being different never is.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

__all__ = ["parse_simple_header"]

# Decline = "not sure": the caller then asks the real YAML loader.
_DECLINE: Any = object()

# Characters the subset allows: libyaml's printable set minus tab, CR, NEL, the line and
# paragraph separators and the byte-order mark (each has a meaning of its own in YAML).
_UNSUPPORTED = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
# One scalar on one line, then optional spaces and a comment: (single-quoted, double-quoted
# without escapes, an empty flow list or mapping, or plain). A plain scalar starts with no YAML
# indicator (`-` only when a non-space follows), and holds no `: `, no ` #` and no final `:`,
# so it is never a nested mapping, a comment or an error. (Spaces are written ` `, not `\s`:
# YAML counts only spaces and tabs as blanks, and a no-break space is part of the text.) A backslash in double quotes brings
# YAML's escape table into play: left to libyaml.
_VALUE = (
    r"(?: +(?:'((?:[^']++|'')*+)'"
    r'|"([^"\\]*)"'
    r"|(\[\]|\{\})"
    r"|((?:[^ \-?:,\[\]{}#&*!|>'\"%@`]|-(?=[^ ]))(?:[^ :]++|:(?=[^ ])| ++(?=[^ #]))*+)"
    r"))?(?: +(?:#.*)?)?$"
)
# A top-level key: plain, short, at the start of the line, then `:` and a value or nothing.
# (libyaml allows much more; anything else is left to it.)
_KEY_LINE = re.compile(r"([A-Za-z0-9_][A-Za-z0-9_.\-/]{0,99}):" + _VALUE)
# An item of a block list: `- value` (or a lone `-`, an empty item) at some indentation.
_ITEM_LINE = re.compile(r"( *)-" + _VALUE)

_RESOLVER = Resolver()
_CONSTRUCTOR = SafeConstructor()
_STR_TAG = "tag:yaml.org,2002:str"
# The tags whose values are plain, immutable Python scalars (safe to share between documents).
_CONSTRUCTORS = {
    tag: SafeConstructor.yaml_constructors[tag]
    for tag in (
        "tag:yaml.org,2002:null",
        "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:int",
        "tag:yaml.org,2002:float",
        "tag:yaml.org,2002:timestamp",
    )
}
# First characters for which the resolver may return something other than a string (the
# stock YAML 1.1 resolvers, as PyYAML's safe loaders use them).
_RESOLVED_FIRST = frozenset(k for k in Resolver.yaml_implicit_resolvers if k)
# A resolver for any first character (none in PyYAML) would make every scalar suspect.
_USABLE = None not in Resolver.yaml_implicit_resolvers


@functools.lru_cache(maxsize=4096)
def _resolve_plain(text: str) -> Any:
    """A plain scalar's value as PyYAML builds it, or _DECLINE (cached: dates and flags repeat)."""
    tag = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))
    if tag == _STR_TAG:
        return text
    construct = _CONSTRUCTORS.get(tag)
    if construct is None:  # `<<` (merge), `=` (value) and anything added later
        return _DECLINE
    try:
        return construct(_CONSTRUCTOR, yaml.ScalarNode(tag, text))
    except Exception:  # noqa: BLE001 - e.g. 2024-02-30: the real loader reports it
        return _DECLINE


def _value(m: re.Match[str]) -> Any:
    """The value matched by `_VALUE` in `m` (groups 2 to 5), or _DECLINE; None when empty."""
    single, double, flow, plain = m.group(2, 3, 4, 5)
    if plain is not None:
        if plain[0] not in _RESOLVED_FIRST:
            return plain
        return _resolve_plain(plain)
    if single is not None:
        return single.replace("''", "'")
    if double is not None:
        return double
    if flow is not None:
        return [] if flow == "[]" else {}
    return None


def _sequence(lines: list[str], i: int, indent: int) -> tuple[Any, int]:
    """The block list whose items start at column `indent` on line `i`: (list, next line)."""
    items: list = []
    count = len(lines)
    while i < count:
        line = lines[i]
        m = _ITEM_LINE.match(line)
        if m is not None:
            if len(m.group(1)) != indent:  # a nested list or bad indentation: not simple
                return _DECLINE, i
            item = _value(m)
            if item is _DECLINE:
                return _DECLINE, i
            items.append(item)
        else:
            stripped = line.lstrip(" ")
            if stripped and stripped[0] != "#":  # not a blank or comment line
                if line[0] == " ":  # a continuation, a nested block, bad indentation…
                    return _DECLINE, i
                break  # the next top-level key
        i += 1
    return items, i


def parse_simple_header(text: str) -> dict | None:
    """The header `text` as `yaml.load(text, Loader=yaml.CSafeLoader)` reads it, or None if unsure.

    Never returns a dict the real loader would not return exactly (keys, order, values and
    types); returns None for anything outside the simple subset, for headers the real loader
    rejects, and for headers without keys.
    """
    if not _USABLE:
        return None
    if "\r" in text:
        # CRLF ends lines just like LF; a lone CR is a line break too, but left to libyaml.
        text = text.replace("\r\n", "\n")
        if "\r" in text:
            return None
    if _UNSUPPORTED.search(text):
        return None
    lines = text.split("\n")
    result: dict = {}
    count = len(lines)
    i = 0
    while i < count:
        line = lines[i]
        i += 1
        m = _KEY_LINE.match(line)
        if m is None:
            stripped = line.lstrip(" ")
            if not stripped or stripped[0] == "#":
                continue  # blank and comment lines
            return None  # an indented line, a list item, a directive, a complex key…
        key = m.group(1)
        if key in result:  # repeated keys: left to the real loader, which keeps the last
            return None
        if key[0] in _RESOLVED_FIRST and type(_resolve_plain(key)) is not str:
            return None  # `yes:`, `1:`, `null:`, `2024-01-01:`…
        if m.lastindex != 1:
            value = _value(m)
        else:
            value = None
            # Nothing after the colon: None, unless a block list follows (at this column or
            # deeper); any other indented line is a nested mapping or a value on the next line.
            j = i
            while j < count:
                nxt = lines[j]
                stripped = nxt.lstrip(" ")
                if stripped and stripped[0] != "#":
                    if stripped[0] == "-" and (len(stripped) == 1 or stripped[1] == " "):
                        value, i = _sequence(lines, j, len(nxt) - len(stripped))
                    elif nxt[0] == " ":
                        return None
                    break
                j += 1
        if value is _DECLINE:
            return None
        result[key] = value
    return result or None
