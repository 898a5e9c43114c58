"""TOML front matter (Hugo's `+++` header): read, located and edited as losslessly as YAML.

The data comes from the standard TOML reader (plain Python values); edits go through
`tomlkit`, which keeps every character it is not asked to change, and the result is read
again by the caller to check that only the field asked for changed.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterable, Iterator
from difflib import SequenceMatcher
from typing import Any

import tomlkit
import tomlkit.exceptions
from tomlkit.items import Null, Table, Whitespace

from editor_app.core.quote_marks import quote_mark

# `(at line 3, column 7)` at the end of the standard reader's messages.
_WHERE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$|\s*\(at end of document\)\s*$")
# A top-level `key =` line (bare, "quoted" or 'literal' key, maybe dotted) or a table header.
_KEY_LINE = re.compile(r"[ \t]*(?:([A-Za-z0-9_-]+)|\"((?:[^\"\\\n]|\\.)*)\"|'([^'\n]*)')[ \t]*[.=]")
_TABLE_LINE = re.compile(
    r"[ \t]*\[\[?[ \t]*(?:([A-Za-z0-9_-]+)|\"((?:[^\"\\\n]|\\.)*)\"|'([^'\n]*)')"
)

NOT_LOSSLESS = (
    "These page settings (TOML) are written in a way that cannot be edited field by field "
    "without changing other lines, so they open read-only; edit them as text."
)


def parse(text: str) -> tuple[dict, tuple[int, str] | None]:
    """The data of a TOML header, or ({}, (0-based line, message in plain words))."""
    try:
        return tomllib.loads(text), None
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        m = _WHERE.search(message)
        line = int(m.group(1)) - 1 if m and m.group(1) else max(text.count("\n") - 1, 0)
        problem = _WHERE.sub("", message).rstrip(".")
        if problem in ("Illegal character '\\n'", "Unterminated string"):
            return {}, (
                line,
                "A quotation mark opened on this line is never closed. "
                "Add the closing quote at the end of the value.",
            )
        return {}, (
            line,
            f"This line of the page settings (written in TOML) cannot be read: {problem}. "
            "Check the quotes, the '=' between name and value, and the brackets.",
        )


def lossless_reason(text: str) -> str | None:
    """None when `text` can be edited with tomlkit without touching other lines."""
    try:
        doc = tomlkit.parse(text)
    except (tomlkit.exceptions.TOMLKitError, ValueError):
        return NOT_LOSSLESS
    return None if tomlkit.dumps(doc) == text else NOT_LOSSLESS


def key_offsets(text: str) -> list[tuple[str, int]]:
    """(top-level key, character offset of its line) in order, repeats included.

    A key written as a table (`[params]`, `[[cascade]]`, `[params.x]`) is found at its first
    header. Lines inside multi-line strings are skipped, and so are the lines of a value that
    runs over several (an array, also one holding multi-line strings).
    """
    found: list[tuple[str, int]] = []
    seen_tables: set[str] = set()
    in_table = False
    open_quote: str | None = None  # the multi-line string open at the line's start
    depth = 0  # open brackets and braces of a value that runs over several lines
    offset = 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        inside_string = open_quote is not None
        code, open_quote = _code_of(line, open_quote)
        if depth > 0:  # inside a multi-line array or table: `1.5,` is no key
            depth = max(depth + _brackets(code), 0)
            continue
        if inside_string:
            continue
        indent = len(line) - len(line.lstrip(" \t"))
        table = _TABLE_LINE.match(line)
        if table:
            in_table = True
            key = next(g for g in table.groups() if g is not None)
            if key not in seen_tables:
                seen_tables.add(key)
                found.append((key, start + indent))
            continue
        m = None if in_table else _KEY_LINE.match(line)
        if m:
            found.append((next(g for g in m.groups() if g is not None), start + indent))
        depth = max(_brackets(code), 0)
    return found


# Besides code, a line holds multi-line string delimiters, one-line strings and a comment.
_TOKENS = re.compile(r"\"\"\"|'''|\"(?:[^\"\\\n]|\\.)*\"|'[^'\n]*'|#")


def _code_of(line: str, open_quote: str | None) -> tuple[str, str | None]:
    """The line's code, outside strings and its comment, and the delimiter of the multi-line
    string still open at its end (`open_quote`: the one open at its start)."""
    code: list[str] = []
    pos = 0
    while True:
        if open_quote is not None:
            end = line.find(open_quote, pos)
            if end < 0:
                return "".join(code), open_quote
            pos, open_quote = end + 3, None
            continue
        m = _TOKENS.search(line, pos)
        if m is None:
            code.append(line[pos:])
            return "".join(code), None
        code.append(line[pos : m.start()])
        if m.group() == "#":
            return "".join(code), None
        if m.group() in ('"""', "'''"):
            open_quote = m.group()
        pos = m.end()


def _brackets(code: str) -> int:
    """Brackets and braces opened minus closed in a line's code."""
    return code.count("[") + code.count("{") - code.count("]") - code.count("}")


def _toml_value(value: Any) -> Any:
    """A value TOML can hold: None has no TOML form."""
    if value is None:
        raise ValueError(
            'TOML page settings have no empty value; remove the field, or set it to "".'
        )
    if isinstance(value, list):
        return [_toml_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _toml_value(v) for k, v in value.items()}
    if isinstance(value, str) and "\n" in value:
        return _multiline_string(value)
    if isinstance(value, str | bool | int | float | dt.date | dt.time):
        return value
    raise TypeError(f"cannot write a value of type {type(value).__name__} in the front matter")


def _multiline_string(value: str) -> tomlkit.items.String:
    """Text of several lines as TOML writes it, between triple quotes (`\"\"\"one` then
    `two\"\"\"`), each line on a line of its own; reads back as exactly `value`."""
    out = []
    for at, char in enumerate(value):
        if char == "\\":
            out.append("\\\\")
        elif char == '"' and (at + 1 == len(value) or value[at + 1] == '"'):
            out.append('\\"')  # never three quotes in a row, nor one against the closing ones
        elif char == "\r":
            out.append("\\r")
        elif char != "\n" and char != "\t" and (ord(char) < 0x20 or ord(char) == 0x7F):
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    # A line break right after the opening quotes is not part of the text: one of the
    # value's own there is written after one more.
    written = ("\n" if value.startswith("\n") else "") + "".join(out)
    return tomlkit.items.String(
        tomlkit.items.StringType.MLB, value, written, tomlkit.items.Trivia()
    )


# A TOML date and time as written: its separator (T, t or a space) and its zone (Z or z).
_WRITTEN_TIME = re.compile(
    r"\d{4}-\d\d-\d\d(?P<sep>[Tt ])\d\d:\d\d:\d\d(?:\.\d+)?(?P<zone>[Zz]|[+-]\d\d:\d\d)?"
)


def _datetime_as_written(value: dt.datetime, old: str) -> Any:
    """`value` as a TOML item in the form of the date and time `old` the page wrote (its T or
    space, its Z), so `date = 2024-01-02 10:00:00` stays spaced; None for another form."""
    match = _WRITTEN_TIME.fullmatch(old.strip())
    if match is None:
        return None
    text = value.isoformat(sep=match["sep"])
    if match["zone"] in ("Z", "z") and value.utcoffset() == dt.timedelta(0):
        text = text[:-6] + match["zone"]
    try:
        item = tomlkit.parse(f"v = {text}")["v"]
    except tomlkit.exceptions.TOMLKitError:
        return None
    return item if item == value else None


def with_value(text: str, key: str, value: Any, newline: str) -> str:
    """`text` with top-level `key` set to `value` (added when missing), other lines kept."""
    doc = tomlkit.parse(text)
    added = key not in doc
    value = _toml_value(value)
    if added and isinstance(value, dt.datetime):
        # A new date and time is written as the header's others are (`date = 2024-01-02
        # 10:00:00`: `lastmod` too, not with ISO's T).
        others = [item for item in doc.values() if isinstance(item, tomlkit.items.DateTime)]
        if others:
            value = _datetime_as_written(value, others[0].as_string()) or value
    literal = _writes_literal(doc, key)
    tables_with_keys = {id(table) for table in _tables(doc) if _has_own_keys(table)}
    _assign(doc, key, value, literal)
    _emptied_headers_dropped(tables_with_keys, doc)
    new = _without_new_blank_line(text, tomlkit.dumps(doc))
    return _keep_line_endings(text, new, newline)


def _tables(container: Any) -> Iterator[Any]:
    """Every table in `container`, at any depth (those in `[[...]]` arrays too)."""
    for _key, item in container.value.body if isinstance(container, Table) else container.body:
        if isinstance(item, Table):
            yield item
            yield from _tables(item)
        elif isinstance(item, tomlkit.items.AoT):
            for element in item.body:
                yield element
                yield from _tables(element)


def _has_own_keys(table: Any) -> bool:
    """Whether a key is written under the table's header (`a = 1`, `x.y = 1`), not only
    tables of its own (`[params.x]`), comments, blank lines or keys taken away."""
    return any(
        key is not None and key.is_dotted()
        if isinstance(item, Table)
        else not isinstance(item, (tomlkit.items.AoT, tomlkit.items.Comment, Whitespace, Null))
        for key, item in table.value.body
    )


def _emptied_headers_dropped(tables_with_keys: set[int], doc: Any) -> None:
    """Drop the header of a table the edit left with no key of its own (`[params]`, its last
    key taken away) where a sub-table right after it (`[params.x]`) makes the table all the
    same; its blank lines go too. A header the author wrote with no key stays:
    `tables_with_keys` holds (by `id`) the tables that had keys before the edit."""
    for table in list(_tables(doc)):
        if id(table) not in tables_with_keys or table.is_super_table():
            continue
        if _has_own_keys(table):
            continue
        body = table.value.body
        first = next(
            (i for i, (_k, v) in enumerate(body) if not isinstance(v, (Whitespace, Null))), None
        )
        if first is None or not isinstance(body[first][1], Table) or body[first][0].is_dotted():
            continue
        for at in range(first):
            body[at] = (None, Null())  # the blank lines; the list's places stay
        # tomlkit writes no header for a super table; the flag has no public setter.
        table._is_super_table = True


def _without_new_blank_line(old: str, new: str) -> str:
    """`new` without the blank line tomlkit puts between a key it adds and a table after it
    (`draft = true`, blank, `[params]`) when the file had none there: only the key's lines
    are added."""
    a, b = old.split("\n"), new.split("\n")
    out: list[str] = []
    for tag, i1, _i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        block = b[j1:j2]
        if tag == "insert" and len(block) > 1 and not block[-1].strip():
            if i1 < len(a) and a[i1].lstrip().startswith("["):
                block = block[:-1]
        out.extend(block)
    return "\n".join(out)


def _literal_ok(text: str) -> bool:
    """Whether `text` can be a 'literal' string (no ', no line break or control character)."""
    return not any(c == "'" or c == "\x7f" or (c < " " and c != "\t") for c in text)


def _strings(item: Any) -> list[Any]:
    """The one-line strings inside a TOML item: itself, an array's, a table's."""
    if isinstance(item, tomlkit.items.String):
        return [item]
    if isinstance(item, dict):
        return [s for sub in item.values() for s in _strings(sub)]
    if isinstance(item, list):
        return [s for sub in item for s in _strings(sub)]
    return []


def _literal_habit(strings: Iterable[Any]) -> bool | None:
    """Whether most of these strings that could be 'literal' are (`quote_mark`, the rule
    YAML headers follow too); None when none could be. A "basic" string that could not
    (`"It's"`) says nothing of the author's habit."""
    chosen = [s.type == tomlkit.items.StringType.SLL for s in strings if _literal_ok(str(s))]
    if not chosen:
        return None
    return quote_mark(len(chosen), 0, sum(chosen)) == "'"


def _writes_literal(doc: Any, key: str) -> bool:
    """Whether the header writes its text in 'literal' quotes (Hugo's own pages do): most
    one-line strings but `key`'s that could be literal are."""
    one_line = (tomlkit.items.StringType.SLL, tomlkit.items.StringType.SLB)
    strings = (s for name, item in doc.items() if name != key for s in _strings(item))
    return _literal_habit(s for s in strings if s.type in one_line) is True


def _styled(value: Any, old: Any, literal: bool) -> Any:
    """One-line text (alone or in a list) in the header's quotes: 'literal' where the header
    writes it so and the text can be, "basic" otherwise. Old "basic" quotes the old text did
    not need are the author's choice and stay."""
    if isinstance(value, list) and old is not None:
        if isinstance(old, list) and (habit := _literal_habit(_strings(old))) is not None:
            literal = habit  # the list's own quotes, when they were a choice
        return [
            tomlkit.string(v, literal=True)
            if literal and isinstance(v, str) and _literal_ok(v)
            else v
            for v in value
        ]
    if old is None:
        return _in_header_quotes(value, literal)
    if not isinstance(value, str) or isinstance(value, tomlkit.items.Item):
        return value
    if isinstance(old, tomlkit.items.String):
        # tomlkit writes the new text in the old quotes where it can: kept when they were
        # the author's choice
        if old.type == tomlkit.items.StringType.SLB and _literal_ok(str(old)):
            return value
        if old.type == tomlkit.items.StringType.SLL and _literal_ok(value):
            return value
    if literal and _literal_ok(value):
        return tomlkit.string(value, literal=True)
    return value


def _in_header_quotes(value: Any, literal: bool) -> Any:
    """A new key's one-line text (alone, in a list or in a new table, as `params.x` makes
    one) in the header's quotes: 'literal' where the header writes its text so, "basic"
    (as tomlkit writes it) otherwise."""
    if not literal or isinstance(value, tomlkit.items.Item):
        return value
    if isinstance(value, str):
        return tomlkit.string(value, literal=True) if _literal_ok(value) else value
    if isinstance(value, list):
        return [_in_header_quotes(v, literal) for v in value]
    if isinstance(value, dict):
        return {k: _in_header_quotes(v, literal) for k, v in value.items()}
    return value


def _assign(container: Any, key: str, value: Any, literal: bool = False) -> None:
    """Set `key`; a table given again as a table is changed key by key, so that its other
    lines keep their indentation, comments and order (written anew, `[params]`'s indented
    keys lost their indentation). `literal`: the header writes its text in 'literal' quotes."""
    old = container.get(key) if key in container else None
    if isinstance(value, dict) and isinstance(old, dict) and value and old:
        for sub in [k for k in old if k not in value]:
            del old[sub]
        body = getattr(getattr(old, "value", None), "body", [])
        indents = [
            item.trivia.indent
            for name, item in body
            if name is not None and not isinstance(item, dict) and hasattr(item, "trivia")
        ]
        for sub, sub_value in value.items():
            same = (
                sub in old
                and old[sub] == sub_value
                and isinstance(old[sub], bool) == isinstance(sub_value, bool)  # True == 1
            )
            if not same:
                new = sub not in old
                _assign(old, sub, sub_value, literal)
                if new and indents and not isinstance(sub_value, dict):
                    # A new key lines up with the table's others.
                    old.item(sub).trivia.indent = indents[0]
        return
    if isinstance(value, dt.datetime) and isinstance(old, tomlkit.items.DateTime):
        value = _datetime_as_written(value, old.as_string()) or value
    container[key] = _styled(value, old, literal)


def without_key(text: str, key: str, newline: str) -> str:
    """`text` without top-level `key` (its lines dropped), other lines kept."""
    doc = tomlkit.parse(text)
    if key in doc:
        del doc[key]
    return _keep_line_endings(text, tomlkit.dumps(doc), newline)


def _keep_line_endings(old: str, new: str, newline: str) -> str:
    """Lines the edit left alone keep their own endings; new lines take the file's."""
    if newline == "\n" or "\r" not in old:
        return new
    a = old.split("\n")
    b = new.split("\n")
    # Only whole lines are matched from the top: the text after the last line break is the
    # end of the header, even when the same as a new blank line there.
    head = 0
    while head < min(len(a), len(b)) - 1 and a[head].rstrip("\r") == b[head].rstrip("\r"):
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail].rstrip("\r") == b[-1 - tail].rstrip(
        "\r"
    ):
        tail += 1
    middle = [line.rstrip("\r") + "\r" for line in b[head : len(b) - tail]]
    if not tail and middle:  # the new last line has no line break after it
        middle[-1] = middle[-1][:-1]
    return "\n".join(a[:head] + middle + a[len(a) - tail :])
