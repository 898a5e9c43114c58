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
# A top-level key: plain, short, on a single line and followed by `:` and a space or the end.
# (libyaml allows much more; anything else is left to it.)
_KEY_LINE = re.compile(r"([A-Za-z0-9_][A-Za-z0-9_.\-/]{0,99}):(?: (.*))?$")
_SINGLE_QUOTED = re.compile(r"'((?:[^']|'')*)'(?: +(?:#.*)?)?$")
# Double-quoted without escapes: a backslash brings YAML's escape table into play.
_DOUBLE_QUOTED = re.compile(r'"([^"\\]*)"(?: +(?:#.*)?)?$')
_EMPTY_FLOW = re.compile(r"(\[\]|\{\})(?: +(?:#.*)?)?$")
# Characters that cannot start a plain scalar here (YAML indicators); `-` is handled apart.
_INDICATORS = frozenset("?:,[]{}#&*!|>'\"%@`")

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
# First characters for which the resolver may return something other than a string.
_RESOLVED_FIRST = frozenset(k for k in Resolver.yaml_implicit_resolvers if k)
if None in Resolver.yaml_implicit_resolvers:  # a resolver for any first character: ask always
    _RESOLVED_FIRST = None  # type: ignore[assignment]


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


def _plain(text: str) -> Any:
    """The plain scalar `text` (a comment may follow) as PyYAML builds it, or _DECLINE."""
    cut = text.find(" #")
    if cut >= 0:
        text = text[:cut]
    text = text.rstrip(" ")
    # `a: b` inside a value, or a trailing `:`, is a nested mapping or an error in YAML.
    if ": " in text or text.endswith(":"):
        return _DECLINE
    first = text[0]
    if first in _INDICATORS or (first == "-" and (len(text) == 1 or text[1] == " ")):
        return _DECLINE
    if _RESOLVED_FIRST is not None and first not in _RESOLVED_FIRST:
        return text
    return _resolve_plain(text)


def _scalar(text: str) -> Any:
    """A one-line scalar value (`text` has no leading spaces, is not empty), or _DECLINE."""
    first = text[0]
    if first == "'":
        m = _SINGLE_QUOTED.match(text)
        return m.group(1).replace("''", "'") if m else _DECLINE
    if first == '"':
        m = _DOUBLE_QUOTED.match(text)
        return m.group(1) if m else _DECLINE
    if first == "[" or first == "{":
        m = _EMPTY_FLOW.match(text)
        if m is None:
            return _DECLINE
        return [] if m.group(1) == "[]" else {}
    return _plain(text)


def _indent(line: str) -> int:
    """The number of leading spaces of `line`."""
    return len(line) - len(line.lstrip(" "))


def _is_blank(line: str) -> bool:
    """An empty, all-space or comment line: YAML skips it wherever it is."""
    stripped = line.lstrip(" ")
    return not stripped or stripped[0] == "#"


def _sequence(lines: list[str], i: int, indent: int) -> tuple[Any, int]:
    """The block list whose items start at column `indent` on line `i`: (list, next line)."""
    items: list = []
    count = len(lines)
    while i < count:
        line = lines[i]
        if _is_blank(line):
            i += 1
            continue
        ind = _indent(line)
        if ind < indent:
            if ind != 0:  # neither this list nor the next top-level key: bad indentation
                return _DECLINE, i
            break
        if ind > indent:  # a continuation line or a nested block: not simple
            return _DECLINE, i
        rest = line[ind:]
        if rest[0] != "-" or (len(rest) > 1 and rest[1] != " "):
            if indent == 0:
                break  # the next top-level key
            return _DECLINE, i
        value = rest[1:].lstrip(" ")
        if not value or value[0] == "#":
            items.append(None)
        else:
            item = _scalar(value)
            if item is _DECLINE:
                return _DECLINE, i
            items.append(item)
        i += 1
    return items, i


def parse_simple_header(text: str) -> dict | None:
    """The header `text` as `yaml.load(text, Loader=yaml.CSafeLoader)` reads it, or None if unsure.

    Never returns a dict the real loader would not return exactly (keys, order, values and
    types); returns None for anything outside the simple subset, for headers the real loader
    rejects, and for headers without keys.
    """
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
        if _is_blank(line):
            i += 1
            continue
        m = _KEY_LINE.match(line)
        if m is None:  # an indented line, a list item, a directive, a marker, a complex key…
            return None
        key = m.group(1)
        if key in result:  # repeated keys: left to the real loader, which keeps the last
            return None
        if type(_resolve_plain(key)) is not str:  # `yes:`, `1:`, `null:`, `2024-01-01:`…
            return None
        rest = (m.group(2) or "").lstrip(" ")
        i += 1
        if rest and rest[0] != "#":
            value = _scalar(rest)
        else:
            # An empty value: None, unless a block list follows (at this column or deeper).
            value = None
            j = i
            while j < count and _is_blank(lines[j]):
                j += 1
            if j < count:
                nxt = lines[j]
                ind = _indent(nxt)
                after = nxt[ind:]
                is_item = after[0] == "-" and (len(after) == 1 or after[1] == " ")
                if is_item:
                    value, i = _sequence(lines, j, ind)
                elif ind > 0:  # a nested mapping or a value on the next line: not simple
                    return None
        if value is _DECLINE:
            return None
        result[key] = value
    return result or None
