"""Headers not written in YAML: Hugo's TOML (between `+++` lines) and JSON (a `{...}` object at
the top), and Eleventy's `---json`. Split, parsed and their keys' lines found, so the same
rules check them as YAML headers."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from typing import Any

_TOML_CLOSE = re.compile(r"\n\+\+\+[ \t]*$", re.M)
_FENCE_CLOSE = re.compile(r"\n---[ \t]*$", re.M)
_TOML_KEY = re.compile(r"""^[ \t]*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_\-]+))[ \t]*(?:\.|=)""")
_TOML_TABLE = re.compile(r"""^[ \t]*\[\[?[ \t]*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_\-]+))""")
_JSON_KEY = re.compile(r'^([ \t]*)"((?:[^"\\]|\\.)*)"[ \t]*:')
# Where the standard TOML reader says the mistake is: a line, or the end of the header.
_AT_LINE = re.compile(r"\s*\(at line (\d+), column \d+\)|\s*\(at end of document\)")


@dataclass
class OtherHeader:
    """Where a TOML or JSON header is in a page's text."""

    format: str  # "toml", "json" or "js" (Eleventy's `---js`: code, never parsed)
    text: str
    first_line: int  # file line of the header's first line
    body: str
    body_start_line: int
    unclosed: bool = False


def split_other(text: str) -> OtherHeader | None:
    """The TOML or JSON header at the top of `text`, or None."""
    nl = text.find("\n")
    first = (text if nl < 0 else text[:nl]).rstrip()
    if first == "+++" or first in ("---json", "--- json"):
        closing = _TOML_CLOSE if first == "+++" else _FENCE_CLOSE
        fmt = "toml" if first == "+++" else "json"
        m = closing.search(text, nl) if nl >= 0 else None
        if m is None:
            return OtherHeader(fmt, text[nl + 1 :] if nl >= 0 else "", 2, "", 2, unclosed=True)
        header = text[nl + 1 : m.start() + 1]
        end = text.find("\n", m.end())
        body = "" if end < 0 else text[end + 1 :]
        return OtherHeader(fmt, header, 2, body, 3 + header.count("\n"))
    if first in ("---js", "---javascript", "--- js", "--- javascript"):
        # Eleventy's settings written as JavaScript: code Eleventy runs, no values to check;
        # the body starts after its closing `---` (read as prose, its code was sentences).
        m = _FENCE_CLOSE.search(text, nl) if nl >= 0 else None
        if m is None:
            return None
        header = text[nl + 1 : m.start() + 1]
        end = text.find("\n", m.end())
        return OtherHeader("js", header, 2, "" if end < 0 else text[end + 1 :], 3 + header.count("\n"))
    if text.startswith("{") and re.match(r'\{\s*"', text):
        try:
            _value, end = json.JSONDecoder().raw_decode(text)
        except (ValueError, RecursionError):
            return OtherHeader("json", text, 1, "", 1, unclosed=False)
        header = text[:end]
        rest_start = text.find("\n", end)
        body = "" if rest_start < 0 else text[rest_start + 1 :]
        return OtherHeader("json", header, 1, body, header.count("\n") + 2)
    return None


def parse_other(header: OtherHeader) -> tuple[dict | None, tuple[int, str] | None]:
    """(data, None) or (None, (file line, plain message))."""
    try:
        if header.format == "toml":
            loaded: Any = tomllib.loads(header.text)
        else:
            loaded = json.loads(header.text)
    except tomllib.TOMLDecodeError as exc:
        m = _AT_LINE.search(str(exc))
        if m is not None and m.group(1):
            line = header.first_line + int(m.group(1)) - 1
        else:  # at its end: its last line, as the window's banner says (document_toml)
            line = header.first_line + header.text.rstrip("\n").count("\n")
        what = _AT_LINE.sub("", str(exc)).rstrip(".")
        if "date" in what.lower():
            return None, (
                line,
                "The date on this line does not exist or is not written as year-month-day. "
                "Correct it, for example 2025-02-28.",
            )
        return None, (
            line,
            f"The header (written in TOML) cannot be read on this line: {what.lower()}. "
            'Check the quotes and the = sign (title = "My page").',
        )
    except ValueError as exc:
        line = header.first_line + getattr(exc, "lineno", 1) - 1
        return None, (
            line,
            "The header (written in JSON) cannot be read on this line. Check the quotes, "
            'colons and commas ("title": "My page",).',
        )
    except RecursionError:
        return None, (header.first_line, "The header holds values nested too deeply to read.")
    return (loaded if isinstance(loaded, dict) else {}), None


def scan_other_keys(header_format: str, text: str, first_line: int) -> dict[str, list[int]]:
    """Lines of each top-level key (TOML: `key =` before any table, and `[table]` lines)."""
    found: dict[str, list[int]] = {}
    depth_indent: str | None = None
    in_table = False
    for i, line in enumerate(text.split("\n")):
        if header_format == "toml":
            m = _TOML_TABLE.match(line)
            if m is not None:
                in_table = True
                key = m.group(1) or m.group(2) or m.group(3)
                found.setdefault(key, []).append(first_line + i)
                continue
            m = _TOML_KEY.match(line)
            if m is not None and not in_table:
                key = m.group(1) or m.group(2) or m.group(3)
                found.setdefault(key, []).append(first_line + i)
        else:
            m = _JSON_KEY.match(line)
            if m is None:
                continue
            indent = m.group(1)
            if depth_indent is None:
                depth_indent = indent  # the first key sets the top level's indentation
            if indent == depth_indent:
                found.setdefault(m.group(2), []).append(first_line + i)
    return found


def json_repeated_keys(text: str) -> set[str]:
    """The top-level keys a JSON header gives more than once (its readers keep the last)."""
    objects: list[list[tuple[str, Any]]] = []

    def keep(pairs: list[tuple[str, Any]]) -> dict:
        objects.append(pairs)
        return dict(pairs)

    try:
        json.loads(text, object_pairs_hook=keep)
    except (ValueError, RecursionError):
        return set()
    if not objects:
        return set()
    seen: set[str] = set()
    repeated: set[str] = set()
    for key, _ in objects[-1]:  # the outermost object is completed last
        (repeated if key in seen else seen).add(key)
    return repeated
