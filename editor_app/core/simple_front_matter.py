"""A fast reader for simple front-matter headers that gives exactly what PyYAML's safe loader gives.

Nearly every real header is a flat list of `key: value` lines, with quoted strings, dates and
block lists of scalars. libyaml parses those in C, but PyYAML then composes and constructs each
node in Python, which costs several times more than reading the files. This module reads that
simple subset directly and returns the same dict `yaml.load(text, Loader=yaml.CSafeLoader)`
would: same keys in the same order, same values, same types. Plain scalars are resolved by
PyYAML's own resolver and constructed by its own `SafeConstructor`, so YAML 1.1 rules (`yes`,
`on`, `017`, `1_000`, `1:30`, `.inf`, dates and timestamps) are PyYAML's, not a copy of them.

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
# Every line of a simple header is one of: a top-level key (plain, short, at the start of the
# line) then `:`; an item of a block list, `-` at some indentation; or a blank or comment line.
# A key or item is followed by at most one scalar on the same line (single-quoted, double-quoted
# without escapes, an empty flow list or mapping, or plain), then optional spaces and a comment.
# A plain scalar starts with no YAML indicator (`-` only when a non-space follows) and holds no
# `: `, no ` #` and no final `:`, so it is never a nested mapping, a comment or an error.
# Spaces are written ` `, not `\s`: YAML's blanks are spaces and tabs only, and a no-break
# space is part of the text. A backslash in double quotes brings YAML's escape table into
# play, and libyaml accepts many more key forms: anything else is left to it.
# A flow list on one line (`tags: [data, "open, shared"]`) of such scalars, where a plain one
# also holds no `:`, `?`, `#`, quote, comma or bracket (libyaml ends or refuses it there).
# Possessive quantifiers (`++`, `*+`) never backtrack, so long or hostile lines stay linear.
_FLOW_ITEM = (
    r"(?:'(?:[^'\n]++|'')*+'|"
    r'"[^"\\\n]*"'
    r"""|[^ \n\-?:,\[\]{}#&*!|>'"%@`](?:[^ \n?:,\[\]{}#'"]++| ++(?=[^ \n?:,\[\]{}#'"]))*+)"""
)
# Groups: key, dash (with its indentation), 'single', "double", []/{}, flow list, plain.
_LINES = re.compile(
    r"^(?:(?:([A-Za-z0-9_][A-Za-z0-9_.\-/]{0,99}):|( *-))"
    r"(?: +(?:('(?:[^'\n]++|'')*+')"
    r'|("[^"\\\n]*")'
    r"|(\[\]|\{\})"
    rf"|(\[ *{_FLOW_ITEM}(?: *, *{_FLOW_ITEM})*+ *\])"
    r"|((?:[^ \n\-?:,\[\]{}#&*!|>'\"%@`]|-(?=[^ \n]))(?:[^ :\n]++|:(?=[^ \n])| ++(?=[^ #\n]))*+)"
    r"))?(?: +(?:#.*)?)?"
    r"| *(?:#.*)?)$",
    re.MULTILINE,
)
# The items of a flow list `_LINES` accepted: 'single', "double" or plain (spaces around cut).
_FLOW_ITEMS = re.compile(r"""'((?:[^']|'')*)'|"([^"]*)"|([^ ,\[\]'"](?:[^,\]]*[^ ,\]])?)""")

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


def _read_flow_list(text: str) -> list | None:
    """The items of a one-line flow list `_LINES` accepted, or None if unsure."""
    items: list = []
    for single, double, plain in _FLOW_ITEMS.findall(text):
        if plain:
            value = plain if plain[0] not in _RESOLVED_FIRST else _resolve_plain(plain)
            if value is _DECLINE:
                return None
            items.append(value)
        elif double or not single:
            items.append(double)  # "" and '' both read as an empty string
        else:
            items.append(single.replace("''", "'"))
    return items


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
    lines = _LINES.findall(text)
    if len(lines) != text.count("\n") + 1:  # some line is not simple
        return None
    result: dict = {}
    items: list | None = None  # the block list being read, if any
    indent = -1  # its items' column
    open_key: str | None = None  # the last key, while it has no value yet
    for key, dash, single, double, flow, flow_list, plain in lines:
        if plain:
            value = plain if plain[0] not in _RESOLVED_FIRST else _resolve_plain(plain)
            if value is _DECLINE:
                return None
        elif single:
            value = single[1:-1].replace("''", "'")
        elif double:
            value = double[1:-1]
        elif flow:
            value = [] if flow == "[]" else {}
        elif flow_list:
            value = _read_flow_list(flow_list)
            if value is None:
                return None
        elif key or dash:
            value = None
        else:
            continue  # a blank or comment line
        if key:
            if key in result:  # repeated keys: left to the real loader, which keeps the last
                return None
            if key[0] in _RESOLVED_FIRST and type(_resolve_plain(key)) is not str:
                return None  # `yes:`, `1:`, `null:`, `2024-01-01:`…
            result[key] = value
            items = None
            # Nothing after the colon: None, unless a block list follows.
            open_key = key if value is None and not plain else None
        else:
            column = len(dash) - 1
            if items is None:
                if open_key is None:  # a list item after a value: an error in YAML
                    return None
                # The list may start at the key's column or deeper; its items all line up.
                items = result[open_key] = []
                indent = column
                open_key = None
            elif column != indent:  # a nested list or bad indentation: not simple
                return None
            items.append(value)
    return result or None
