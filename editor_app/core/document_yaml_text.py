"""Writing values as YAML text that reads back as exactly that value.

Used by the header edits: scalars in the quoting style the file already uses, flow lists and
mappings, and block scalars (`|`, `>`) in the style (header, indentation, wrapping) they had.
Every snippet is checked by reading it back where being wrong would cost a word.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml

from editor_app.core.quote_marks import quote_mark

SafeLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# YAML's printable characters; anything else must be escaped inside double quotes.
_NON_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
# Characters YAML treats as line breaks (beside \n and \r): never written raw in a scalar.
_YAML_BREAKS = "\n\r\x85\u2028\u2029"


def _same(a: Any, b: Any, _seen: set[tuple[int, int]] | None = None) -> bool:
    """Strict equality of parsed values: `1`, `True` and `"1"` are all different values.

    YAML aliases share one list or mapping in many places; each pair of shared containers is
    compared once, so a header of nested aliases (an "alias bomb") is compared in time linear
    in its text, not in its exponential expanded size.
    """
    if type(a) is not type(b):
        return False
    if isinstance(a, list | dict):
        if a is b:
            return True
        seen = set() if _seen is None else _seen
        pair = (id(a), id(b))
        if pair in seen:  # compared before (or being compared: a cycle is equal so far)
            return True
        seen.add(pair)  # both live in the structures being compared: their ids stay unique
        if isinstance(a, list):
            return len(a) == len(b) and all(_same(x, y, seen) for x, y in zip(a, b, strict=True))
        return a.keys() == b.keys() and all(_same(a[k], b[k], seen) for k in a)
    if isinstance(a, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b


def _normalise(value: Any) -> Any:
    """Tuples become lists, so callers may pass either; other values stay as they are."""
    if isinstance(value, tuple | list):
        return [_normalise(v) for v in value]
    if isinstance(value, dict):
        return {k: _normalise(v) for k, v in value.items()}
    return value


def _yaml_ok(snippet: str, expected: Any) -> bool:
    try:
        return _same(yaml.load(snippet, Loader=SafeLoader), expected)
    except yaml.YAMLError:
        return False
    except Exception:  # the C loader may raise plain errors on odd input
        return False


# YAML's named escapes inside double quotes.
_DOUBLE_QUOTE_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\n": "\\n",
    "\t": "\\t",
    "\r": "\\r",
    "\x85": "\\N",
    "\u2028": "\\L",
    "\u2029": "\\P",
}


def _double_quoted(s: str) -> str:
    out = ['"']
    for ch in s:
        escape = _DOUBLE_QUOTE_ESCAPES.get(ch)
        if escape is not None:
            out.append(escape)
        elif _NON_PRINTABLE.match(ch) or ch == "\ufeff":
            code = ord(ch)
            if code <= 0xFF:
                out.append(f"\\x{code:02X}")
            elif code <= 0xFFFF:
                out.append(f"\\u{code:04X}")
            else:
                out.append(f"\\U{code:08X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _single_quote_ok(s: str) -> bool:
    return (
        not any(c in _YAML_BREAKS for c in s) and not _NON_PRINTABLE.search(s) and "\ufeff" not in s
    )


def single_quoted(text: str) -> str | None:
    """`text` in YAML single quotes, its own `'` doubled (`'It''s here'`: Jekyll's posts
    quote so); None when it holds what only double quotes can write (a line break, a
    character that cannot be printed, a byte-order mark)."""
    return "'" + text.replace("'", "''") + "'" if _single_quote_ok(text) else None


def _plain_ok(s: str, context: str) -> bool:
    """True when `s` can be written without quotes in this context and still read as `s`."""
    if not s or s != s.strip() or any(c in _YAML_BREAKS for c in s) or "\t" in s:
        return False
    if _NON_PRINTABLE.search(s) or "\ufeff" in s:
        return False
    if context == "flow":
        return _yaml_ok(f"[{s}]", [s])
    if context == "item":
        return _yaml_ok(f"- {s}\n", [s])
    if context == "key":
        return _yaml_ok(f"{s}: x\n", {s: "x"})
    return _yaml_ok(f"k: {s}\n", {"k": s})


def _scalar_text(value: Any, context: str = "value", quote: str | None = None) -> str:
    """One-line YAML for a scalar. `quote` is the quoting style the old value used."""
    if value is None:
        return "" if context in ("value", "item") else "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return ".nan"
        if math.isinf(value):
            return ".inf" if value > 0 else "-.inf"
        text = repr(value)
        if "e" in text and "." not in text.split("e")[0]:
            mantissa, exponent = text.split("e")
            text = f"{mantissa}.0e{exponent}"  # YAML 1.1 needs a dot in the mantissa
        return text
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        if quote == "'" and (single := single_quoted(value)) is not None:
            return single
        if quote == '"':
            return _double_quoted(value)
        if _plain_ok(value, context):
            return value
        return _double_quoted(value)
    raise TypeError(f"cannot write a value of type {type(value).__name__} in the front matter")


def _flow_text(value: Any, quote: str | None = None) -> str:
    """YAML flow style ([a, b], {k: v}) for any value."""
    if isinstance(value, list):
        return "[" + ", ".join(_flow_text(v, quote) for v in value) + "]"
    if isinstance(value, dict):
        parts = [f"{_flow_text(k, quote)}: {_flow_text(v, quote)}" for k, v in value.items()]
        return "{" + ", ".join(parts) + "}"
    return _scalar_text(value, "flow", quote)


def _literal_block(
    value: str, indent: str, nl: str, folded: bool = False, base: int = 0
) -> str | None:
    """A `|` (or `>`) block scalar for `value`, or None when the value cannot be one."""
    if _NON_PRINTABLE.search(value) or any(c in value for c in "\r\x85\u2028\u2029\ufeff"):
        return None
    stripped = value.rstrip("\n")
    trailing = len(value) - len(stripped)
    if not stripped.strip(" ") or _ends_in_blank_line(stripped):
        return None
    chomp = "-" if trailing == 0 else ("" if trailing == 1 else "+")
    lines = stripped.split("\n")
    if folded and len(lines) > 1:
        return None
    if trailing > 1:
        lines += [""] * (trailing - 1)
    # The indentation is told when the first line with text starts with a space (YAML would
    # take that space for indentation), as `_block_in_style` does.
    first = next((line for line in lines if line), "")
    header = (
        (">" if folded else "|") + (str(len(indent) - base) if first[:1] == " " else "") + chomp
    )
    return header + "".join(nl + (indent + line if line else "") for line in lines)


def _ends_in_blank_line(text: str) -> bool:
    """Whether the last line of `text` (of several) holds only spaces or tabs: as the last line
    of a block it reads back, but the header's next edit takes it for a blank line after the
    field and leaves it behind (`"one\\n "` typed on the way to `"one\\n two"`)."""
    last = text.rsplit("\n", 1)
    return len(last) == 2 and not last[1].strip(" \t")


_BLOCK_HEADER = re.compile(r"([|>])(?:([1-9])([-+]?)|([-+])([1-9]?))?")


@dataclass
class _BlockHeader:
    """A block scalar's header line as written: `>-`, `|2+`, `>- # a comment` and so on."""

    style: str  # "|" (literal) or ">" (folded)
    digit: str  # the explicit indentation indicator, "" when the indentation is detected
    chomp: str  # "-" (strip), "+" (keep) or "" (clip)
    digit_first: bool  # `|2-` rather than `|-2`: the indicators are rewritten in their order
    rest: str  # what follows the indicators on the line (spaces, a comment), kept as is

    @classmethod
    def parse(cls, line: str) -> _BlockHeader | None:
        m = _BLOCK_HEADER.match(line)
        if m is None:
            return None
        rest = line[m.end() :]
        if rest and (not rest[0].isspace() or (rest.strip() and rest.lstrip()[0] != "#")):
            return None
        digit = m.group(2) or m.group(5) or ""
        chomp = m.group(3) or m.group(4) or ""
        return cls(m.group(1), digit, chomp, bool(m.group(2)), rest)

    def text(self, chomp: str, digit: str) -> str:
        indicators = digit + chomp if self.digit_first else chomp + digit
        return self.style + indicators + self.rest


def _block_in_style(
    value: str,
    header: _BlockHeader,
    indent: str,
    key_indent: str,
    nl: str,
    width: int,
    after: str = "\n",
) -> str | None:
    """`value` as a block scalar in the style of `header` (folded text re-wrapped at `width`,
    the same indentation, the same header but for the chomping indicator when the value's
    final line breaks need another), or None when that style cannot hold it exactly.

    `after`: the text that will follow it up to the next line with content (its own line
    break and any blank lines), which a keep (`+`) indicator makes part of the value.
    """
    if _NON_PRINTABLE.search(value) or any(c in value for c in "\r\x85\u2028\u2029\ufeff"):
        return None
    content = value.rstrip("\n")
    trailing = len(value) - len(content)
    if not content.strip(" ") or len(indent) <= len(key_indent) or _ends_in_blank_line(content):
        return None
    # The old chomping indicator when it gives these final line breaks, else the one that does.
    absorbed = after.count("\n") - 1  # blank lines after the value, kept by `+`
    if trailing == 0:
        chomp = "-"
    elif trailing == 1:
        chomp = "+" if header.chomp == "+" and absorbed == 0 else ""
    else:
        chomp = "+"
        if absorbed > trailing - 1:
            return None
        trailing -= absorbed
    lines: list[str] = []
    if header.style == ">":
        for i, logical in enumerate(content.split("\n")):
            if i:
                lines.append("")  # one empty line reads back as one line break
            if not logical:
                continue
            if logical[0] in " \t":
                return None  # a more-indented line is not folded: the text would change
            # Break only at a single space between two words: the break reads back as it.
            words = re.split(r"(?<=\S) (?=\S)", logical)
            line = words[0]
            for word in words[1:]:
                if len(indent) + len(line) + 1 + len(word) <= width:
                    line += " " + word
                else:
                    lines.append(line)
                    line = word
            lines.append(line)
    else:
        lines = content.split("\n")
    lines += [""] * max(trailing - 1, 0)
    digit = header.digit
    first = next((line for line in lines if line), "")
    if not digit and first.startswith(" "):
        digit = str(len(indent) - len(key_indent))  # the indentation cannot be detected
        if len(digit) > 1:
            return None
    block = header.text(chomp, digit) + "".join(
        nl + (indent + line if line else "") for line in lines
    )
    # Checked on its own before the whole document is checked again by `set`.
    if not _yaml_ok(key_indent + "k: " + block + after, {"k": value}):
        return None
    return block


def _dump_block(value: Any, indent: str, nl: str) -> str:
    """A nested mapping (or list of mappings) in block style, each line indented."""
    text = yaml.safe_dump(
        value, default_flow_style=False, allow_unicode=True, sort_keys=False, width=1 << 30
    )
    return "".join(nl + indent + line for line in text.rstrip("\n").split("\n"))


_STR_TAG = "tag:yaml.org,2002:str"


def _marked_item(text: str) -> tuple[str, Any]:
    """A block list item's quote mark ("" when plain) and its value (None: not read)."""
    mark = text[:1]
    if mark not in ("'", '"'):
        return "", None
    try:
        return mark, yaml.load(text, Loader=SafeLoader)
    except yaml.YAMLError:
        return mark, None


def list_quote(
    fm: str, span: Any, usual: Callable[[str], str | bool | None] | None = None
) -> str | None:
    """The quote list `span` of header `fm` (its `kind`, `items`, `value_start`...) writes its
    items with, so new items match it: the first item's. Quotes an item needed (`- "Justice:
    fair"`) are no habit: the next item tells, so a value renamed and renamed back is the
    same line again: `usual(context)` tells first (the mark the site's other pages write this
    field's items in by choice in lists of this style, "flow" or "item", False for plain, None
    when none tells: `rename` asks it), else the header's other lists, else its other text's
    habit, else a block list's item goes plain and a flow list's keeps its mark."""
    if span.kind == "block_seq" and span.items:
        items = [_marked_item(fm[s:e]) for s, e in span.items]
        context = "item"
    elif span.kind == "flow":
        text = fm[span.value_start : span.value_end]
        try:
            node = yaml.compose(text, Loader=SafeLoader)
        except yaml.YAMLError:  # an alias to a value elsewhere: the first item's quote
            m = re.match(r"\[\s*(['\"])", text)
            return m.group(1) if m else None
        if not isinstance(node, yaml.SequenceNode):
            return None
        items = [
            (n.style or "", n.value) if isinstance(n, yaml.ScalarNode) else ("", None)
            for n in node.value
        ]
        context = "flow"
    else:
        return None
    for mark, value in items:
        if mark not in ("'", '"'):
            return None
        if not isinstance(value, str) or _plain_ok(value, context):
            return mark  # the author's choice
    if not items:
        return None  # `[]`: no item to say
    # Every item needed its quotes: the field's habit on the site's other pages tells (hugo-docs
    # writes `keywords: [highlight]` plain beside `signatures: ['...']`), else the header's
    # other lists, else its other text.
    elsewhere = usual(context) if usual is not None else None
    if elsewhere is not None:
        return elsewhere or None
    habits = quote_habits(fm, (span.key_start, span.value_end))
    habit = habits.list_items
    if habit is not None:
        return habit or None
    if habits.always is not None:
        return habits.always
    # Nothing tells: a flow list keeps its first item's mark (JSON's habit, Eleventy's
    # `tags: ["related-pagination"]`); a block list's item goes plain where it can, as
    # `- Justice` was before it was renamed to `Justice: fair`.
    return items[0][0] if context == "flow" else None


@dataclass(frozen=True)
class QuoteHabits:
    """How a header quotes its one-line text, as counts: `chosen`, the marks (None: plain) of
    the values' text that could go without quotes; `quoted`, the marks of all quoted text;
    `listed`, the lists' one-line text items: mark (None: plain), text, context."""

    chosen: tuple[str | None, ...] = ()
    quoted: tuple[str, ...] = ()
    listed: tuple[tuple[str | None, str, str], ...] = ()

    def __add__(self, other: QuoteHabits) -> QuoteHabits:
        return QuoteHabits(
            self.chosen + other.chosen, self.quoted + other.quoted, self.listed + other.listed
        )

    @property
    def list_items(self) -> str | bool | None:
        """The mark most of the lists' text items are written in by choice, False when most
        are plain, None when no list tells (`list_quote`). Quotes an item needs are no
        choice; they are read back here, not in `quote_habits`, which every `set` calls."""
        marks = [
            mark for mark, text, context in self.listed if not mark or _plain_ok(text, context)
        ]
        if not marks:
            return None
        plain = marks.count(None)
        return quote_mark(len(marks) - plain, plain, marks.count("'")) or False

    @property
    def always(self) -> str | None:
        """The mark put around most of the text that could go without (of two or more:
        Eleventy's one `tiptitle: "..."` is no habit yet), else None: plain where it can be."""
        chosen = self.chosen
        if len(chosen) < 2:
            return None
        quoted = len(chosen) - chosen.count(None)
        return quote_mark(quoted, chosen.count(None), chosen.count("'"))

    @property
    def usual(self) -> str | None:
        """For text that needs quotes: "'" when most quoted text is single-quoted (Hugo's
        pages), else None (YAML's double)."""
        single = self.quoted.count("'")
        return "'" if quote_mark(len(self.quoted), 0, single) == "'" else None


def quote_habits(fm: str, leave_out: tuple[int, int] | None = None) -> QuoteHabits:
    """The quoting habits of header text `fm`, leaving out the values that start in the
    character range `leave_out` (the field being set; a list starting there is left out of
    `listed`). Quotes a value needs (`"It's: new"`) are its own, not the author's habit: they
    are not counted in `chosen` nor `listed`."""
    try:
        root = yaml.compose(fm, Loader=SafeLoader)
    except yaml.YAMLError:
        return QuoteHabits()
    chosen: list[str | None] = []
    quoted: list[str] = []
    listed: list[tuple[str | None, str, str]] = []
    todo: list[tuple[Any, bool]] = [(root, False)] if root is not None else []
    seen: set[int] = set()  # an alias to a group inside itself (`loop: &x [*x]`) is seen once
    while todo:
        node, in_list = todo.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            todo.extend((value, False) for _key, value in node.value)
        elif isinstance(node, yaml.SequenceNode):
            todo.extend((item, True) for item in node.value)
            if leave_out is None or not leave_out[0] <= node.start_mark.index < leave_out[1]:
                listed += _list_items(node)
        elif isinstance(node, yaml.ScalarNode) and node.tag == _STR_TAG:
            at = node.start_mark.index
            if leave_out is not None and leave_out[0] <= at < leave_out[1]:
                continue
            if node.style in ("'", '"'):
                quoted.append(node.style)
            if in_list:
                continue  # a list's items are written as its own first item is (_list_quote)
            if node.style in ("'", '"'):
                if _plain_ok(node.value, "value"):
                    chosen.append(node.style)
            elif not node.style and node.value:  # plain: None, or "" from the C reader
                chosen.append(None)
    return QuoteHabits(tuple(chosen), tuple(quoted), tuple(listed))


def _list_items(node: Any) -> list[tuple[str | None, str, str]]:
    """List `node`'s one-line text items: mark (None: plain), text, "flow" or "item"."""
    context = "flow" if node.flow_style else "item"
    return [
        (item.style or None, item.value, context)
        for item in node.value
        if isinstance(item, yaml.ScalarNode)
        and item.tag == _STR_TAG
        and item.value
        and item.style in (None, "", "'", '"')
    ]
