"""JSON front matter (Hugo's `{ ... }` at the top of a page, Eleventy's `---json`).

Read with the standard JSON reader; each top-level key is located by reading the object one
member at a time, so an edit replaces only that member's value text (new members take the
layout of the last one). JSON has no dates: a date is written as its ISO text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\r\n]*")
# Hugo's rule: JSON front matter is an object opening the file. `{{` and `{%` are template
# code, never a header.
OPENING = re.compile(r"\{[ \t\r\n]*(?:\"|\})")

CANNOT_LOCATE = (
    "These page settings (JSON) are written in a way that cannot be edited field by field, "
    "so they open read-only; edit them as text."
)


@dataclass
class Member:
    """One `"key": value` of the top-level object (character offsets in the header text)."""

    key: str
    key_start: int
    key_end: int
    value_start: int
    value_end: int


def object_end(text: str) -> int | None:
    """The offset just after the object that opens `text`, or None if it is not valid JSON."""
    try:
        _, end = _DECODER.raw_decode(text)
    except ValueError:
        return None
    return end


def parse(text: str) -> tuple[dict, tuple[int, str] | None]:
    """The data of a JSON header, or ({}, (0-based line, message in plain words))."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return {}, (
            exc.lineno - 1,
            f"This line of the page settings (written in JSON) cannot be read: {exc.msg}. "
            "Check the quotes, the commas between values and the brackets.",
        )
    except RecursionError:
        return {}, (0, "The page settings (JSON) are nested too deeply. Simplify them.")
    if not isinstance(data, dict):
        return {}, (0, "The page settings must be names with values, written between { and }.")
    return data, None


def members(text: str) -> list[Member] | None:
    """The top-level members in order (repeats included), or None when they cannot be found."""
    pos = _SPACE.match(text).end()
    if not text.startswith("{", pos):
        return None
    pos = _SPACE.match(text, pos + 1).end()
    found: list[Member] = []
    if text.startswith("}", pos):
        return found
    try:
        while True:
            key_start = pos
            key, key_end = _DECODER.raw_decode(text, pos)
            if not isinstance(key, str):
                return None
            pos = _SPACE.match(text, key_end).end()
            if not text.startswith(":", pos):
                return None
            colon = pos + 1
            value_start = _SPACE.match(text, colon).end()
            _, value_end = _DECODER.raw_decode(text, value_start)
            found.append(Member(key, key_start, key_end, value_start, value_end))
            pos = _SPACE.match(text, value_end).end()
            if text.startswith(",", pos):
                pos = _SPACE.match(text, pos + 1).end()
                continue
            return found if text.startswith("}", pos) else None
    except (ValueError, RecursionError):
        return None


def json_value(value: Any) -> Any:
    """The value as JSON holds it: dates and times become ISO text, tuples lists."""
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    if value is None or isinstance(value, str | bool | int | float):
        return value
    raise TypeError(f"cannot write a value of type {type(value).__name__} in the front matter")


def _value_text(value: Any, old: str, indent: str, newline: str) -> str:
    """JSON text for `value`: on one line, or laid out over lines like the old value was."""
    if isinstance(value, list | dict) and value and "\n" in old:
        inner = re.search(r"\n([ \t]+)", old)
        step = inner.group(1)[len(indent) :] if inner else "  "
        text = json.dumps(value, ensure_ascii=False, indent=step or "  ")
        return text.replace("\n", newline + indent)
    return json.dumps(value, ensure_ascii=False)


def _line_indent(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    return text[start:pos] if not text[start:pos].strip() else ""


def with_value(text: str, key: str, value: Any, newline: str) -> str | None:
    """`text` with top-level `key` set to `value` (added after the last member when missing);
    None when the members cannot be located."""
    found = members(text)
    if found is None:
        return None
    same = [m for m in found if m.key == key]
    if same:
        m = same[-1]  # the reader keeps the last of repeated keys
        indent = _line_indent(text, m.key_start)
        new = _value_text(value, text[m.value_start : m.value_end], indent, newline)
        return text[: m.value_start] + new + text[m.value_end :]
    key_text = json.dumps(key, ensure_ascii=False)
    if not found:
        opening = text.index("{")
        close = text.rindex("}")
        member = f"{key_text}: {_value_text(value, '', '  ', newline)}"
        return text[: opening + 1] + newline + "  " + member + newline + text[close:]
    last = found[-1]
    indent = _line_indent(text, last.key_start)
    if len(found) > 1:  # the separator the file uses between members (", " or ",\n  ")
        separator = text[found[-2].value_end : found[-1].key_start]
    else:
        separator = "," + (newline + indent if indent else " ")
    colon = text[last.key_end : last.value_start]  # ": " as the file writes it
    member = key_text + colon + _value_text(value, "", indent, newline)
    return text[: last.value_end] + separator + member + text[last.value_end :]


def without_key(text: str, key: str) -> str | None:
    """`text` without top-level `key` (every repeat); None when members cannot be located."""
    while True:
        found = members(text)
        if found is None:
            return None
        index = next((i for i in range(len(found) - 1, -1, -1) if found[i].key == key), None)
        if index is None:
            return text
        m = found[index]
        if index + 1 < len(found):  # the next member takes its place (and its indentation)
            text = text[: m.key_start] + text[found[index + 1].key_start :]
        elif index > 0:  # the last one: drop from the end of the member before it
            text = text[: found[index - 1].value_end] + text[m.value_end :]
        else:  # the only one
            opening, close = text.index("{"), text.rindex("}")
            inside = text[opening + 1 : close]
            text = text[: opening + 1] + ("\n" if "\n" in inside else "") + text[close:]
