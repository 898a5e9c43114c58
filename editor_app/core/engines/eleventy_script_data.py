"""The values an Eleventy data file in JavaScript writes out as literals, read without running it.

11ty.dev's `_data/config.js` is `export default { githubEdit: "https://...", outdated: false,
now: new Date(), ... }`: most of its values are written as they are used, a few are computed
when the site builds. The file's one exported object literal is read here: a string, number,
boolean, `null` or `undefined` written out (and objects and lists of them) is that value; any
other expression (`new Date()`, `process.env.X`, a call, a name) is `UNKNOWN`. A file of any
other shape (a function, code after the export, a spread `...x` that may override any key) is
not read at all (None): what it gives is known only when the site builds.
"""

from __future__ import annotations

import re
from typing import Any


class _Unknown:
    """A value computed when the site builds."""

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN: Any = _Unknown()

_EXPORT = re.compile(r"^[ \t]*(?:export\s+default|module\.exports\s*=)\s*(?=\{)", re.M)
_SPACE = re.compile(r"(?:\s+|//[^\n]*|/\*.*?\*/)*", re.S)
_KEY = re.compile(r"[A-Za-z_$][\w$]*|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|\d+")
_NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?(?![\w$.])")
_WORDS = {"true": True, "false": False, "null": None, "undefined": None}
_WORD = re.compile(r"(true|false|null|undefined)(?![\w$])")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
_CLOSERS = {"(": ")", "[": "]", "{": "}"}


class _NotLiteral(Exception):
    """The file is not one exported object literal the preview can read."""


def exported_literals(script: str) -> dict[str, Any] | None:
    """The exported object of a data file's text `script`, its computed values `UNKNOWN`;
    None when the file is not `export default { ... }` (or `module.exports = { ... }`) with
    nothing after it."""
    found = list(_EXPORT.finditer(script))
    if len(found) != 1:
        return None
    try:
        value, at = _value(script, found[0].end())
    except (_NotLiteral, IndexError, RecursionError):
        return None
    at = _SPACE.match(script, at).end()
    if script.startswith(";", at):
        at = _SPACE.match(script, at + 1).end()
    if at != len(script) or not isinstance(value, dict):
        return None
    return value


def _skip(text: str, at: int) -> int:
    return _SPACE.match(text, at).end()


def _value(text: str, at: int, depth: int = 0) -> tuple[Any, int]:
    """The literal at `at` and where it ends; `UNKNOWN` for an expression that is none."""
    if depth > 20:
        raise _NotLiteral
    at = _skip(text, at)
    char = text[at]
    if char == "{":
        return _object(text, at + 1, depth)
    if char == "[":
        return _list(text, at + 1, depth)
    if char in "\"'`":
        string, end = _string(text, at)
        if string is not None and _at_value_end(text, end):
            return string, end
    else:
        number = _NUMBER.match(text, at)
        if number and _at_value_end(text, number.end()):
            written = number.group(0)
            shown = float(written)
            return (int(shown) if shown.is_integer() and "e" not in written.lower() else shown), (
                number.end()
            )
        word = _WORD.match(text, at)
        if word and _at_value_end(text, word.end()):
            return _WORDS[word.group(1)], word.end()
    return UNKNOWN, _expression_end(text, at)


def _at_value_end(text: str, at: int) -> bool:
    """Whether the value ends at `at` (a comma or closing bracket follows, not `+ x`)."""
    at = _skip(text, at)
    return at < len(text) and text[at] in ",}]"


def _expression_end(text: str, at: int) -> int:
    """Where an expression that is no literal ends: before the `,` or closing bracket at
    its own level (strings, comments and brackets inside it passed over)."""
    stack: list[str] = []
    while at < len(text):
        at = _skip(text, at)
        char = text[at]
        if char in "\"'`":
            at = _string(text, at)[1]
            continue
        if char in _CLOSERS:
            stack.append(_CLOSERS[char])
        elif char in ")]}":
            if not stack:
                return at
            if stack.pop() != char:
                raise _NotLiteral
        elif char == "," and not stack:
            return at
        at += 1
    raise _NotLiteral


def _string(text: str, at: int) -> tuple[str | None, int]:
    """A quoted string's value and end; None for a template with `${}` in it."""
    quote = text[at]
    out: list[str] = []
    at += 1
    computed = False
    while True:
        char = text[at]
        if char == quote:
            return (None if computed else "".join(out)), at + 1
        if char == "\n" and quote != "`":
            raise _NotLiteral
        if char == "\\":
            following = text[at + 1]
            if following == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", text[at + 2 : at + 6]):
                out.append(chr(int(text[at + 2 : at + 6], 16)))
                at += 6
                continue
            if following in "xu":
                computed = True  # other escapes: not worked out here
            out.append(_ESCAPES.get(following, following) if following != "\n" else "")
            at += 2
            continue
        if quote == "`" and text.startswith("${", at):
            computed = True
        out.append(char)
        at += 1


def _object(text: str, at: int, depth: int) -> tuple[dict[str, Any], int]:
    values: dict[str, Any] = {}
    while True:
        at = _skip(text, at)
        if text[at] == "}":
            return values, at + 1
        key = _KEY.match(text, at)
        if key is None:
            raise _NotLiteral  # a spread, a computed key: any key may change
        name = key.group(0)
        if name[0] in "\"'":
            name = _string(text, at)[0] or ""
        at = _skip(text, key.end())
        if text[at] == ":":
            values[name], at = _value(text, at + 1, depth + 1)
        elif text[at] in ",}" and key.group(0)[0] not in "\"'0123456789":
            values[name] = UNKNOWN  # `{ name }`: a variable's value
        elif text[at] == "(" and key.group(0)[0] not in "\"'0123456789":
            values[name] = UNKNOWN  # a method
            at = _expression_end(text, at)
        else:  # a getter, `async x()`: which key it sets is not read here
            raise _NotLiteral
        at = _skip(text, at)
        if text[at] == ",":
            at += 1
        elif text[at] != "}":
            raise _NotLiteral


def _list(text: str, at: int, depth: int) -> tuple[list[Any], int]:
    items: list[Any] = []
    while True:
        at = _skip(text, at)
        if text[at] == "]":
            return items, at + 1
        if text.startswith("...", at):
            raise _NotLiteral
        item, at = _value(text, at, depth + 1)
        items.append(item)
        at = _skip(text, at)
        if text[at] == ",":
            at += 1
        elif text[at] != "]":
            raise _NotLiteral
