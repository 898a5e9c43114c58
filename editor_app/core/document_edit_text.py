"""The new header text for one edit, in the file's own style: a value written as the field's
neighbours are (indentation, quotes, flow or block lists, block scalars), a list or a map
replaced changing only the lines that differ. `HeaderEdits` (core/document_edit.py) checks
each edit by parsing the result again."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import yaml

from editor_app.core.document_errors import FrontMatterError
from editor_app.core.document_flow_lists import flow_list_as_written
from editor_app.core.document_read import DocumentReading, _split_lines
from editor_app.core.document_spans import _Span
from editor_app.core.document_yaml_text import (
    QuoteHabits,
    SafeLoader,
    _block_in_style,
    _BlockHeader,
    _double_quoted,
    _dump_block,
    _flow_text,
    _literal_block,
    _plain_ok,
    _same,
    _scalar_text,
    list_quote,
    quote_habits,
)


class EditText(DocumentReading):
    """The new header text for one edit, in the file's own style (indentation, quotes, lists)."""

    # A date and time as the user typed it for the field being set (`HeaderEdits.set`).
    _typing: str | None = None

    def _list_prefix(self, key_indent: str) -> str:
        """The file's own block-list item prefix (e.g. '  - '), for lists written anew."""
        for span in self._spans:
            if span.kind == "block_seq" and span.items:
                prefix = self._item_prefix(span.items[0][0])
                if prefix is not None:
                    return prefix
        return key_indent + "  - "

    def _item_prefix(self, item_start: int) -> str | None:
        line_start = self._fm.rfind("\n", 0, item_start) + 1
        prefix = self._fm[line_start:item_start]
        if not re.fullmatch(r"[ \t]*-[ \t]*", prefix):
            return None
        return prefix if prefix.endswith((" ", "\t")) else prefix + " "

    def _value_text(
        self,
        value: Any,
        span: _Span | None,
        key_indent: str,
        fallback: bool,
        restyle: bool = True,
    ) -> str:
        """The text after 'key:' for a value (leading space or line break included).

        `restyle`: a block scalar (`>-`, `|` ...) is rewritten in its own style when it can be.
        """
        nl = self.newline
        style = span.style if span else None
        kind = span.kind if span else "empty"
        if isinstance(value, list):
            quote = '"' if fallback else self._list_quote(span)
            if value and not fallback and kind == "flow" and span is not None:
                old = self._fm[span.value_start : span.value_end]
                # A list showing no comma of its own: the other pages' spacing, when asked.
                tight = getattr(self._usual_list_mark, "tight", None)
                return " " + flow_list_as_written(value, quote, old, tight)
            if not value or fallback or kind == "flow":
                return " " + _flow_text(value, quote)
            prefix = None
            if kind == "block_seq" and span.items:
                prefix = self._item_prefix(span.items[0][0])
            prefix = prefix or self._list_prefix(key_indent)
            return "".join(nl + self._item_text(v, prefix, quote) for v in value)
        if isinstance(value, dict):
            if not value or fallback or kind == "flow":
                return " " + _flow_text(value, '"' if fallback else None)
            return _dump_block(value, key_indent + "  ", nl)
        if isinstance(value, str) and not fallback:
            if restyle and kind == "block_scalar" and span is not None:
                block = self._restyled_block(value, span, key_indent)
                if block is not None:
                    return " " + block
            multiline = "\n" in value.rstrip("\n")
            if multiline and kind != "block_scalar" and _writes_text_quoted(self._fm, span):
                return " " + _double_quoted(value)  # the file's habit: "one\ntwo"
            if multiline or kind == "block_scalar":
                indent = self._block_indent(span, key_indent)
                folded = kind == "block_scalar" and style == ">" and not multiline
                block = _literal_block(value, indent, nl, folded, len(key_indent))
                if block is not None:
                    return " " + block
        if fallback and isinstance(value, str):
            return " " + _double_quoted(value)
        if isinstance(value, dt.datetime) and span is not None and span.kind == "scalar":
            written = _datetime_as_written(
                value, self._fm[span.value_start : span.value_end], self._typing
            )
            if written is not None:
                return " " + written
        if isinstance(value, dt.datetime) and span is None:
            # A new date and time is written as the header's others are (`lastmod` beside
            # `date: 2024-05-26T09:10:33-07:00` takes its T), as a TOML header's are.
            for other in self._spans:
                if other.kind == "scalar":
                    text = self._fm[other.value_start : other.value_end]
                    written = _datetime_as_written(value, text, self._typing)
                    if written is not None:
                        return " " + written
        typed = self._typing
        if isinstance(value, dt.datetime) and typed and _reads_as(typed, value):
            # No form in the header to follow: the user's own (`2025-03-01T10:00:00`, its T
            # and Z), not YAML's `2025-03-01 10:00:00+00:00`.
            return " " + typed.strip()
        quote = style if style in ("'", '"') else None
        if isinstance(value, str) and not fallback:
            quote = self._quote_for(value, span, quote)
        text = _scalar_text(value, "value", quote)
        return " " + text if text else ""

    # The quoting habits of the rest of a header this one is part of (a group edited as a
    # header of its own, `_replaced_map`).
    _habits: QuoteHabits = QuoteHabits()

    def _quote_for(self, value: str, span: _Span | None, quote: str | None) -> str | None:
        """The mark to write one-line text `value` in. Quotes the author chose (`"Hello"`)
        stay; quotes the old value needed (`"It's: new"`) are no habit: the new value
        goes plain where it can, as the rest of the header is written, so a title set and
        set back is the same line again. Text that needs quotes takes the header's usual
        mark (Hugo's 'single'). Where the header has no habit, the collection's pages tell
        (`_usual_quote_mark`, when the caller knows them)."""
        old = self.front_matter.get(span.key) if span is not None else None
        if quote is not None and isinstance(old, str) and _plain_ok(old, "value"):
            return quote  # the author's choice
        leave_out = (span.key_start, span.value_end) if span is not None else None
        habits = quote_habits(self._fm, leave_out) + self._habits
        if habits.always is not None:
            return habits.always
        # The header has no habit: the collection's pages may (jekyll-docs' posts write
        # `title: 'Jekyll 3.5.2 Released'`, their only quoted value). A value written plain
        # is the author's choice: it stays so.
        asked = self._usual_quote_mark if quote is not None or old is None else None
        elsewhere = asked() if asked is not None else None
        if elsewhere:
            # `'Jekyll''s ...'` is no one's habit: text holding ' takes ".
            return '"' if elsewhere == "'" and "'" in value else elsewhere
        if _plain_ok(value, "value"):
            return None
        return quote or habits.usual

    # What the site's other pages say of the list being set (`HeaderEdits.set`'s
    # `usual_list_mark`): asked only when the header itself tells nothing.
    _usual_list_mark: Callable[[str], str | bool | None] | None = None
    _usual_quote_mark: Callable[[], str | bool | None] | None = None  # likewise, one-line text

    def _list_quote(self, span: _Span | None) -> str | None:
        """The quote the list's items are written with, so new items match it."""
        return list_quote(self._fm, span, self._usual_list_mark) if span is not None else None

    def _item_text(self, value: Any, prefix: str, quote: str | None = None) -> str:
        if isinstance(value, dict) and value and "\t" not in prefix:
            # an object in a list, written in block style like its neighbours usually are:
            # "- name: A" with the next keys lined up under the first
            lines = yaml.safe_dump(
                value, default_flow_style=False, allow_unicode=True, sort_keys=False, width=1 << 30
            ).rstrip("\n")
            pad = " " * len(prefix)
            rows = lines.split("\n")
            return prefix + rows[0] + "".join(self.newline + pad + row for row in rows[1:])
        if isinstance(value, list | dict):
            return prefix + _flow_text(value, quote)
        text = _scalar_text(value, "item", quote)
        return prefix + text if text else prefix.rstrip(" \t")

    def _restyled_block(self, value: str, span: _Span, key_indent: str) -> str | None:
        """A block scalar's new value in its own style: same header, indentation and (folded)
        line width; None when that style cannot hold the value exactly."""
        fm = self._fm
        line_end = fm.find("\n", span.value_start)
        if line_end < 0:
            return None
        header = _BlockHeader.parse(fm[span.value_start : line_end].rstrip("\r"))
        if header is None:
            return None
        if header.digit:
            indent = key_indent + " " * int(header.digit)
        else:
            indent = self._block_indent(span, key_indent)
        old = [line.rstrip("\r\n") for line in _split_lines(fm[line_end + 1 : span.value_end])]
        # The width the author wrapped the text at: the longest line, when some line was
        # wrapped (runs on into the next line); 80 for text that was never wrapped.
        width = 80
        if any(
            a.strip()
            and b.strip()
            and a[len(indent) :][:1] not in (" ", "\t")
            and b[len(indent) :][:1] not in (" ", "\t")
            for a, b in zip(old, old[1:], strict=False)
        ):
            width = max(len(line) for line in old)
        # blank lines after the value, up to the next line with content
        after = re.match(r"(?:[ \t\r]*\n)*", fm[span.value_end :]).group()
        return _block_in_style(value, header, indent, key_indent, self.newline, width, after)

    def _block_indent(self, span: _Span | None, key_indent: str) -> str:
        if span is not None and span.kind == "block_scalar":
            body_start = self._fm.find("\n", span.value_start) + 1
            for line in _split_lines(self._fm[body_start : span.value_end]):
                if line.strip():
                    return line[: len(line) - len(line.lstrip(" "))]
        return key_indent + _block_step(self._fm)

    def _appended(self, field: str, value: Any, fallback: bool) -> str | None:
        key = field if _plain_ok(field, "key") else _double_quoted(field)
        fm = self._fm
        indent = ""
        if self._spans:
            first = self._spans[0].key_start
            indent = fm[fm.rfind("\n", 0, first) + 1 : first]
        if fm and not fm.endswith("\n"):
            fm += self.newline
        text = self._value_text(value, None, indent, fallback)
        return fm + indent + key + ":" + text + self.newline

    def _replaced(
        self, span: _Span, value: Any, fallback: bool, restyle: bool = True
    ) -> str | None:
        fm = self._fm
        line_start = fm.rfind("\n", 0, span.key_start) + 1
        key_indent = fm[line_start : span.key_start]
        if key_indent.strip():
            return None
        if (
            isinstance(value, list)
            and value
            and not fallback
            and span.kind == "block_seq"
            and span.items
            and all(self._item_prefix(s) is not None for s, _ in span.items)
        ):
            return self._replaced_items(span, value)
        if isinstance(value, dict) and value and not fallback and span.kind == "block_map":
            surgical = self._replaced_map(span, value)
            if surgical is not None:
                return surgical
        if span.kind in ("scalar", "flow", "alias") or (
            span.kind == "block_scalar" and not isinstance(value, list | dict)
        ):
            # A value written on the line after its key ('tags:' then '  -a', the text
            # "-a") is replaced from the end of the key's line (or of a comment on it), so
            # that the line break before the value is not kept as an extra blank line.
            start = span.value_start
            while start > span.colon and fm[start - 1] in " \t\r\n":
                start -= 1
            if value is None:  # 'key:' with nothing after it, as sites write an empty value
                return fm[:start] + fm[span.value_end :]
            text = self._value_text(value, span, key_indent, fallback, restyle)
            if text.startswith(" "):
                # keep the file's own spacing between the colon and the value
                return fm[: span.value_start] + text[1:] + fm[span.value_end :]
            return fm[:start] + text + fm[span.value_end :]
        text = self._value_text(value, span, key_indent, fallback)
        start, end = span.colon, span.value_end
        if span.kind == "empty":
            while end < len(fm) and fm[end] in " \t":
                end += 1
            if end < len(fm) and fm[end] == "#":
                end -= 1  # keep one space before a comment after the empty value
                if end <= start:
                    text += " "
                    end = start
        return fm[:start] + text + fm[end:]

    def _replaced_items(self, span: _Span, value: list) -> str:
        """Change a block list item by item: unchanged items keep their lines exactly."""
        fm = self._fm
        old = self.front_matter.get(span.key) if self._span(span.key) is span else None
        if not isinstance(old, list) or len(old) != len(span.items):
            old = [yaml.load(fm[s:e], Loader=SafeLoader) for s, e in span.items]
        n_old, n_new = len(old), len(value)
        head = 0
        while head < min(n_old, n_new) and _same(old[head], value[head]):
            head += 1
        tail = 0
        while tail < min(n_old, n_new) - head and _same(old[-1 - tail], value[-1 - tail]):
            tail += 1
        prefix = self._item_prefix(span.items[0][0]) or "  - "
        quote = self._list_quote(span)

        nl = self.newline

        def line_start(i: int) -> int:
            return fm.rfind("\n", 0, span.items[i][0]) + 1

        def after_break(pos: int) -> int:
            brk = fm.find("\n", pos)
            return len(fm) if brk < 0 else brk + 1

        # Whole lines are added or dropped; the lines kept keep their own line endings.
        texts = [self._item_text(v, prefix, quote) for v in value[head : n_new - tail]]
        if head < n_old - tail:  # old items replaced (or dropped)
            start, end = line_start(head), span.items[n_old - tail - 1][1]
            if not texts:
                return fm[:start] + fm[after_break(end) :]
            return fm[:start] + nl.join(texts) + fm[end:]
        at = line_start(head) if head < n_old else after_break(span.items[-1][1])
        lead = nl if at == len(fm) and not fm.endswith("\n") else ""
        return fm[:at] + lead + "".join(t + nl for t in texts) + fm[at:]

    def _replaced_map(self, span: _Span, value: dict) -> str | None:
        """Change a nested block mapping key by key, as a document of its own (None: cannot)."""
        fm = self._fm
        old = self.front_matter.get(span.key) if self._span(span.key) is span else None
        if not isinstance(old, dict) or not all(isinstance(k, str) for k in value):
            return None
        start = fm.find("\n", span.colon) + 1
        if start == 0 or span.value_start < start:
            return None
        brk = fm.find("\n", span.value_end)
        end = len(fm) if brk < 0 else brk + 1
        lines = _split_lines(fm[start:end])
        content = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
        if not content:
            return None
        indent = content[0][: len(content[0]) - len(content[0].lstrip(" "))]
        if not indent or any(
            line.strip() and not line.startswith(indent) and not line.lstrip().startswith("#")
            for line in lines
        ):
            return None
        # only blank lines and comments may be less indented; they are read without their
        # indentation (a blank line's ending and a comment's words stay as they were)
        inner = [
            line[len(indent) :] if line.startswith(indent) else line.lstrip(" \t") for line in lines
        ]
        sub = type(self).from_text("---" + self.newline + "".join(inner) + "---" + self.newline)
        # the rest of the header counts in the group's habits, the group's own lines in it
        sub._habits = quote_habits(fm, (span.key_start, span.value_end)) + self._habits
        try:
            renamed = renamed_keys(old, value)
            for old_key, new_key in renamed.items():
                if not sub._renamed_in_place(old_key, new_key):
                    return None
            for key in old:
                if key not in value and key not in renamed:
                    sub.remove(key)
            for key, item in value.items():
                sub.set(key, item)
        except (FrontMatterError, ValueError, TypeError):
            return None
        new = _split_lines(sub.raw_front_matter)
        # Lines the nested edit left alone are put back exactly as they were.
        head = 0
        while head < min(len(new), len(inner)) and new[head] == inner[head]:
            head += 1
        tail = 0
        while tail < min(len(new), len(inner)) - head and new[-1 - tail] == inner[-1 - tail]:
            tail += 1
        middle = [indent + line if line.strip() else line for line in new[head : len(new) - tail]]
        block = lines[:head] + middle + lines[len(lines) - tail :]
        return fm[:start] + "".join(block) + fm[end:]

    def _renamed_in_place(self, old_key: str, new_key: str) -> bool:
        """Give top-level key `old_key` the name `new_key` on its own line, its value and
        place kept (False: it could not be)."""
        span = self._span(old_key)
        if span is None:
            return False
        fm = self._fm
        written = fm[span.key_start : span.colon - 1].rstrip()
        key = new_key if _plain_ok(new_key, "key") else _double_quoted(new_key)
        self._fm = fm[: span.key_start] + key + fm[span.key_start + len(written) :]
        self._parse_front_matter()
        return self.error is None and new_key in self.front_matter


def renamed_keys(old: dict, new: dict) -> dict:
    """{old key: new key} for the keys of `old` that `new` names anew in the same place (a
    row of the form's free-form group renamed): a key gone and a key come between the same
    kept neighbours, paired in order, holding the same value (else one took the other's
    place: the old line goes, with its comment)."""

    def gaps(keys: dict, other: dict) -> dict[Any, list]:
        found: dict[Any, list] = {}
        anchor = None  # the key before, present in both
        for key in keys:
            if key in other:
                anchor = key
            else:
                found.setdefault(anchor, []).append(key)
        return found

    came = gaps(new, old)
    return {
        gone: named
        for anchor, keys in gaps(old, new).items()
        for gone, named in zip(keys, came.get(anchor, []), strict=False)
        if type(old[gone]) is type(new[named]) and old[gone] == new[named]
    }


# `key: |` (or `>-`, `|2+`, maybe after `- ` or before a comment) and `key:` alone: the
# indentation of the key's line, up to the end of that line.
_BLOCK_SCALAR_LINE = re.compile(
    r"^(?P<indent>[ ]*(?:-[ ]+)*)[^\s#][^\n]*?:[ \t]+[|>][-+1-9]{0,2}[ \t]*(?:#[^\n]*)?\r?$", re.M
)
_GROUP_LINE = re.compile(r"^(?P<indent>[ ]*)[^\s#-][^\n]*?:[ \t]*(?:#[^\n]*)?\r?$", re.M)
_NEXT_CONTENT_LINE = re.compile(r"(?:\n[ \t]*\r?(?=\n))*\n(?P<indent>[ ]*)[^\s#]")
# A double-quoted value holding an escaped line break.
_QUOTED_LINES = re.compile(r':[ \t]+"(?:[^"\\\n]|\\.)*\\n(?:[^"\\\n]|\\.)*"')


def _block_step(fm: str) -> str:
    """How much deeper than its key the header `fm` indents a block of lines (`key: |` then
    its lines), else a group's fields: new blocks are indented as the file's others are."""
    for pattern in (_BLOCK_SCALAR_LINE, _GROUP_LINE):
        for match in pattern.finditer(fm):
            following = _NEXT_CONTENT_LINE.match(fm, match.end())
            if following is None:
                continue
            step = len(following["indent"]) - len(match["indent"])
            if 0 < step <= 8:
                return " " * step
    return "  "


def _writes_text_quoted(fm: str, span: _Span | None) -> bool:
    """Whether the header `fm` writes its text of several lines in double quotes
    ("one\\ntwo") and never as a block of lines (`|`, `>`). The field being set (`span`) is
    left out: its own passing value (text typed up to a line break, "one\\n") is no habit."""
    if span is not None:
        fm = fm[: span.key_start] + fm[span.value_end :]
    return _BLOCK_SCALAR_LINE.search(fm) is None and _QUOTED_LINES.search(fm) is not None


_WRITTEN_TIME = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}(?P<sep>[Tt]|[ \t]+)[\d:.]+(?P<gap>[ \t]*)(?P<zone>[Zz]?)"
)


def _reads_as(text: str, value: Any) -> bool:
    """Whether YAML reads `text`, as a field's value, back as `value` (nothing else)."""
    try:
        back = yaml.safe_load(f"k: {text.strip()}\n")
    except yaml.YAMLError:
        return False
    return isinstance(back, dict) and list(back) == ["k"] and back["k"] == value


_ZONE_AT_END = re.compile(r"(?:[Zz]|[+-]\d{2}(?::?\d{2})?)\s*$")


def _datetime_as_written(value: dt.datetime, old: str, typed: str | None = None) -> str | None:
    """`value` in the form of the date and time `old` the page wrote (its T or space, its Z,
    a space before its zone), when YAML reads it back as `value`; else None. Where `old`
    writes no zone, a zone is written as `typed` writes it (`Z`), when given."""
    match = _WRITTEN_TIME.match(old.strip())
    if match is None:
        return None
    text = value.isoformat(sep=match["sep"])
    offset = value.utcoffset()
    if offset is not None:
        zone = text[-6:]
        form = match
        if typed and not _ZONE_AT_END.search(old.strip()):
            form = _WRITTEN_TIME.match(typed.strip()) or match
        if form["zone"] and offset == dt.timedelta(0):
            zone = form["zone"]
        text = text[:-6] + form["gap"] + zone
    try:
        back = yaml.safe_load(f"k: {text}\n")
    except yaml.YAMLError:
        return None
    return text if isinstance(back, dict) and back.get("k") == value else None
