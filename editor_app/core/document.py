"""The lossless document model: a Markdown file with YAML front matter, edited surgically.

A document keeps the exact text it was read from. Reading never fails on content (any bytes
open); what cannot be understood is reported as a `FrontMatterError` with a file line. Edits
change only the characters that must change: a field set to a new value rewrites that field's
lines and nothing else, and every edit is checked by parsing the result again, so a change
that would alter anything other than the field asked for is refused instead of written.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from editor_app.core.store import atomic_write

_SafeLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# YAML's printable characters; anything else must be escaped inside double quotes.
_NON_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
# Characters YAML treats as line breaks (beside \n and \r): never written raw in a scalar.
_YAML_BREAKS = "\n\r\x85\u2028\u2029"
_OPENING = re.compile(r"(---|\+\+\+)([A-Za-z]*)[ \t]*(\r?\n|\Z)")


class FrontMatterError(Exception):
    """The front matter cannot be read (or edited): where, and why, in plain words."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class _Span:
    """Where one top-level key and its value sit in the front matter text (char offsets)."""

    key: str
    key_start: int
    colon: int  # offset just after the ':' that follows the key
    value_start: int
    value_end: int  # end of the value's content (trailing comments and blank lines excluded)
    kind: str  # empty | scalar | block_scalar | flow | block_seq | block_map | alias
    style: str | None = None  # the scalar's quoting style: None (plain), "'", '"', "|", ">"
    items: list[tuple[int, int]] = field(default_factory=list)  # block_seq item content spans


def _split_lines(text: str) -> list[str]:
    """Lines with their endings; only "\\n" ends a line (a lone "\\r" stays inside)."""
    lines = text.split("\n")
    out = [line + "\n" for line in lines[:-1]]
    if lines[-1]:
        out.append(lines[-1])
    return out


def _dominant_newline(text: str) -> str:
    crlf = text.count("\r\n")
    return "\r\n" if crlf and crlf >= text.count("\n") - crlf else "\n"


def _same(a: Any, b: Any) -> bool:
    """Strict equality of parsed values: `1`, `True` and `"1"` are all different values."""
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
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
        return _same(yaml.load(snippet, Loader=_SafeLoader), expected)
    except yaml.YAMLError:
        return False
    except Exception:  # the C loader may raise plain errors on odd input
        return False


# ---------------------------------------------------------------------------------------------
# Writing values as YAML text


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
        if quote == "'" and _single_quote_ok(value):
            return "'" + value.replace("'", "''") + "'"
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
    if not stripped.strip(" "):
        return None
    chomp = "-" if trailing == 0 else ("" if trailing == 1 else "+")
    lines = stripped.split("\n")
    if folded and len(lines) > 1:
        return None
    if trailing > 1:
        lines += [""] * (trailing - 1)
    header = (
        (">" if folded else "|")
        + (str(len(indent) - base) if lines[0].startswith(" ") else "")
        + chomp
    )
    return header + "".join(nl + (indent + line if line else "") for line in lines)


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
    if not content.strip(" ") or len(indent) <= len(key_indent):
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


# ---------------------------------------------------------------------------------------------
# Reading


def _decode(data: bytes) -> tuple[str, str, bool, str | None]:
    """Text, encoding, BOM and a decoding note for raw bytes; never fails."""
    has_bom = data.startswith(b"\xef\xbb\xbf")
    raw = data[3:] if has_bom else data
    try:
        return raw.decode("utf-8"), "utf-8", has_bom, None
    except UnicodeDecodeError as exc:
        where = f"byte 0x{raw[exc.start]:02X} at position {exc.start + (3 if has_bom else 0)}"
    for encoding, label in (("cp1252", "Windows-1252"), ("latin-1", "Latin-1")):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        note = f"This file is not valid UTF-8 ({where}); it was read as {label}."
        return text, encoding, has_bom, note
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def yaml_error_mark(exc: yaml.YAMLError) -> yaml.Mark | None:
    """Where a YAML error is best shown to an author.

    For an unclosed quote or bracket (or the text running out) that is where it was opened,
    not where the parser gave up; the window and the validator both place errors with this.
    """
    problem_mark = getattr(exc, "problem_mark", None)
    context_mark = getattr(exc, "context_mark", None)
    context = str(getattr(exc, "context", "") or "")
    problem = str(getattr(exc, "problem", "") or "")
    if context_mark is not None and (
        "quoted scalar" in context
        or "simple key" in context
        or "flow" in context
        or "end of stream" in problem
        or "<stream end>" in problem
    ):
        return context_mark
    return problem_mark or context_mark


def yaml_problem(text: str, exc: BaseException) -> tuple[BaseException, str]:
    """The error to show for front matter `text` that failed to load with `exc` (from any
    loader), and what to tell the author: the window's banner and the validator both use it.

    The pure-Python parser is asked again, as its marks are exact and its messages fuller; its
    error is the one explained, unless it reads the text or fails without saying where (it
    runs out of stack on deep nesting, which the C parser places).
    """
    try:
        yaml.load(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as precise:
        return precise, explain_yaml_error(precise, text)
    except Exception as other:  # e.g. an impossible date, or nesting too deep for Python
        if not isinstance(exc, yaml.YAMLError):
            return other, explain_yaml_error(other, text)
    return exc, explain_yaml_error(exc, text)


def explain_yaml_error(exc: BaseException, text: str = "") -> str:
    """A front-matter error in plain words with the fix, as one message (`text`: the front
    matter, to see the character the parser stopped at). Used by `yaml_problem`."""
    if not isinstance(exc, yaml.YAMLError):
        if isinstance(exc, RecursionError):
            return _TOO_DEEP
        if isinstance(exc, ValueError) and ("out of range" in str(exc) or "must be in" in str(exc)):
            return (  # a date that does not exist (what YAML's date reading raises)
                f"A date in the header does not exist ({exc}). Correct it, written as "
                "year-month-day, for example 2025-02-28."
            )
        return f"The header cannot be read ({exc})."
    whole = str(exc)
    if "characters are not allowed" in whole:  # a ReaderError (the C and Python wordings)
        return (
            "This line holds an invisible control character, which the header cannot hold. "
            "Delete it (retyping the line removes it)."
        )
    if not isinstance(exc, yaml.MarkedYAMLError):
        return "The header cannot be read. Check the lines between the --- markers."
    context = exc.context or ""
    problem = exc.problem or ""
    mark = exc.problem_mark
    lines = text.split("\n")
    here = lines[mark.line] if mark is not None and 0 <= mark.line < len(lines) else ""
    col = mark.column if mark is not None else 0
    char = here[col : col + 1]
    # Inside a quoted value, so before the unclosed-quote case.
    if "unknown escape character" in problem:
        return (
            "A backslash (\\) inside double quotes starts a code the header does not know. "
            "Use single quotes around the value instead."
        )
    if "quoted scalar" in context:
        return (
            "A quotation mark opened on this line is never closed. "
            "Add the closing quote at the end of the value."
        )
    if "mapping values are not allowed" in problem:
        return (
            "This value contains a colon followed by a space, which the header cannot read. "
            'Put the whole value in double quotes, for example: title: "Part one: the start".'
        )
    if "simple key" in context or "could not find expected ':'" in problem:
        return (
            "This line is not a 'name: value' pair. Add the missing colon, or indent the line "
            "if it continues the value above."
        )
    if "flow sequence" in context or "flow mapping" in context:
        return (
            "A list opened with a bracket '[' (or a brace '{') on this line is never closed. "
            "Add the missing ']' (or '}'), or put the value in quotes."
        )
    if "cannot start any token" in problem:
        if char == "\t":
            return (
                "This line is indented with a tab. Headers must be indented with spaces only: "
                "replace the tab with two spaces."
            )
        if char and not char.isspace():
            return (
                f"A value starting with '{char}' needs quotes around it. "
                "Put the whole value in double quotes."
            )
    if "undefined alias" in problem:
        return "A value starting with '*' needs quotes around it. Put the whole value in double quotes."
    if "unhashable key" in problem:  # a list or group used as a name: `{{ x }}`, `[a, b]:`
        if char == "[":
            return (
                "A value starting with '[' needs quotes around it. "
                "Put the whole value in double quotes."
            )
        return (
            "A value starting with '{' needs quotes around it (site code such as {{ ... }} "
            "does not work in the header). Put the whole value in double quotes."
        )
    if "could not determine a constructor" in problem:
        return (
            "This value has a type marker (a word starting with !) that the header does not "
            "allow. Remove the marker, or put the whole value in quotes."
        )
    if "did not find expected key" in problem or "expected <block end>" in problem:
        if here[:col].rstrip().endswith(('"', "'")):
            return (
                "There is more text after a quoted value on this line. Put the whole value in "
                "double quotes, or remove the extra text."
            )
        return (
            "This line does not line up with the lines above it. Check the spaces at the start "
            "of the line, and that any quoted value ends with its quote."
        )
    if "expected '<document start>'" in problem:
        return (
            "This line does not line up with the lines above it. Check the spaces at the start "
            "of the line."
        )
    if "did not find expected '-'" in problem:
        return "This list item does not line up with the items above it. Check its indentation."
    if "block sequence entries are not allowed" in problem:
        return (
            "A list item (- ...) is in the wrong place. Put it on its own line, indented under "
            "the name it belongs to."
        )
    if "found duplicate anchor" in problem:
        return "The same &name is used twice. Rename one of them."
    if "nesting depth" in problem:
        return _TOO_DEEP
    return f"The header cannot be read on this line ({problem.strip() or 'unreadable'})."


_TOO_DEEP = (
    "The header is nested too deeply (lists or groups inside each other, many levels down). "
    "Simplify it."
)


class Document:
    """One Markdown file: its exact original bytes, its front matter as data, and its body."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.original: bytes = b""
        self.encoding: str = "utf-8"
        self.has_bom: bool = False
        self.newline: str = "\n"
        self.decode_error: str | None = None
        self._original_text = ""
        self._head = ""  # the opening '---' line with its line ending ("" without front matter)
        self._fm = ""  # the front matter text between the delimiters, as found
        self._close = ""  # the closing '---' line, possibly without a line ending at the end
        self._body = ""  # the body, as found (original line endings)
        self.has_front_matter = False
        self.front_matter: dict = {}
        self.error: FrontMatterError | None = None
        # Where each key sits is worked out only when needed (an edit, a line number): reading
        # a document stays as fast as the C YAML loader.
        self._span_cache: tuple[list[_Span], bool, list[tuple[str, int]]] | None = None
        self._line_starts: list[int] = [0]

    # -- construction ------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | os.PathLike) -> Document:
        """Read a file; raises OSError only (any bytes open)."""
        path = Path(path)
        return cls.from_bytes(path.read_bytes(), path)

    @classmethod
    def from_bytes(cls, data: bytes, path: Path | None = None) -> Document:
        """A document from raw bytes (UTF-8, with or without BOM, or a legacy encoding)."""
        doc = cls()
        doc.path = Path(path) if path is not None else None
        doc.original = bytes(data)
        text, doc.encoding, doc.has_bom, doc.decode_error = _decode(doc.original)
        doc._original_text = text
        doc._load_text(text)
        return doc

    @classmethod
    def from_text(cls, text: str, path: Path | None = None) -> Document:
        """A document from text, saved as UTF-8 (a leading BOM character is kept as a BOM)."""
        doc = cls()
        doc.path = Path(path) if path is not None else None
        doc.has_bom = text.startswith("\ufeff")
        if doc.has_bom:
            text = text[1:]
        doc.original = (b"\xef\xbb\xbf" if doc.has_bom else b"") + text.encode("utf-8")
        doc._original_text = text
        doc._load_text(text)
        return doc

    def _load_text(self, text: str) -> None:
        self.newline = _dominant_newline(text)
        self._head = self._fm = self._close = ""
        self._body = text
        self.has_front_matter = False
        opening = _OPENING.match(text)
        if opening:
            self.has_front_matter = True
            self._head = opening.group(0)
            marker, language = opening.group(1), opening.group(2).lower()
            rest = text[opening.end() :]
            closers = ("+++",) if marker == "+++" else ("---", "...")
            offset = 0
            for line in _split_lines(rest) if opening.group(3) else []:
                if line.rstrip("\r\n").rstrip(" \t") in closers:
                    self._fm = rest[:offset]
                    self._close = line
                    self._body = rest[offset + len(line) :]
                    break
                offset += len(line)
            else:
                self._fm, self._body = rest, ""
                self._parse_front_matter()
                self.error = FrontMatterError(
                    1,
                    f"The page settings start with {marker} on line 1 but have no closing {marker} line.",
                )
                self.front_matter = {}
                return
            if marker == "+++" or language not in ("", "yaml", "yml"):
                self._parse_front_matter()
                kind = "TOML" if marker == "+++" else language
                self.error = FrontMatterError(
                    1, f"Page settings written in {kind} cannot be edited here."
                )
                self.front_matter = {}
                return
        self._parse_front_matter()

    # -- parsing the front matter ------------------------------------------------------------

    def _file_line(self, index: int) -> int:
        """1-based file line of a character offset in the front matter text."""
        return bisect.bisect_right(self._line_starts, index) + self._head.count("\n")

    def _parse_front_matter(self) -> None:
        fm = self._fm
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", fm)]
        self.front_matter, self.error, self._span_cache = {}, None, None
        if not self.has_front_matter:
            return
        try:
            data = yaml.load(fm, Loader=_SafeLoader)
        except Exception as exc:  # YAML errors, or e.g. a list used as a key
            self.error = self._error_from(exc)
            return
        if data is None:
            data = {}
        if not isinstance(data, dict):
            kind = "a list" if isinstance(data, list) else "a single value"
            offset = re.search(r"^[ \t]*[^\s#]", fm, re.M)
            line = self._file_line(offset.start()) if offset else 2
            self.error = FrontMatterError(
                line, f"The page settings must be names with values, but they are {kind}."
            )
            return
        self.front_matter = data

    def _error_from(self, exc: Exception) -> FrontMatterError:
        """The error in plain words, placed by the pure-Python parser (exact character marks)."""
        shown, message = yaml_problem(self._fm, exc)
        if shown is not exc and isinstance(shown, yaml.YAMLError):
            return FrontMatterError(self._error_line(shown), message)
        if shown is exc and isinstance(exc, yaml.YAMLError):  # only the C loader objected
            mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
            line = mark.line + 1 + self._head.count("\n") if mark is not None else 2
            return FrontMatterError(line, message)
        return FrontMatterError(2, message)

    def _structure(self) -> tuple[list[_Span], bool, list[tuple[str, int]]]:
        """(key spans, editable as a block mapping, repeated keys), parsed once per text."""
        if self._span_cache is None:
            spans: list[_Span] = []
            editable = False
            if self.has_front_matter and self.error is None:
                events = None
                # The C loader (like Jekyll's) allows a tab after 'key:', the pure-Python
                # parser does not; a space in its place keeps every character offset, and
                # only offsets are taken from this parse.
                for text in dict.fromkeys((self._fm, self._fm.replace("\t", " "))):
                    try:
                        events = list(yaml.parse(text, Loader=yaml.SafeLoader))
                        break
                    except yaml.YAMLError:
                        continue  # if neither reads it, the document is not edited
                if events is not None:
                    spans = self._top_level_spans(events)
                    starts = [e for e in events if isinstance(e, yaml.MappingStartEvent)]
                    editable = not self.front_matter or (
                        bool(starts) and starts[0].flow_style is False
                    )
            repeats: list[tuple[str, int]] = []
            seen: set[str] = set()
            for span in spans:
                if span.key in seen:
                    repeats.append((span.key, self._file_line(span.key_start)))
                seen.add(span.key)
            self._span_cache = (spans, editable, repeats)
        return self._span_cache

    @property
    def _spans(self) -> list[_Span]:
        return self._structure()[0]

    @property
    def _editable(self) -> bool:
        return self._structure()[1]

    @property
    def duplicate_keys(self) -> list[tuple[str, int]]:
        """Each repeat of a key: the key and the 1-based line where it appears again."""
        return list(self._structure()[2])

    def _error_line(self, exc: yaml.YAMLError) -> int:
        mark = yaml_error_mark(exc)
        if mark is not None:
            return self._file_line(mark.index)
        position = getattr(exc, "position", None)  # a ReaderError: a character not allowed
        return self._file_line(position) if isinstance(position, int) else 2

    def _top_level_spans(self, events: list[yaml.Event]) -> list[_Span]:
        """Key and value positions of the top-level mapping, from the parser's events."""
        fm = self._fm
        spans: list[_Span] = []
        i = 0
        while i < len(events) and not isinstance(
            events[i], yaml.CollectionStartEvent | yaml.ScalarEvent
        ):
            i += 1
        if i >= len(events) or not isinstance(events[i], yaml.MappingStartEvent):
            return spans
        i += 1

        def content_end(evs: list[yaml.Event]) -> int:
            end, stack = evs[0].start_mark.index, []
            for ev in evs:
                if isinstance(ev, yaml.CollectionStartEvent):
                    stack.append(ev.flow_style)
                    if ev.flow_style:
                        end = max(end, ev.end_mark.index)
                elif isinstance(ev, yaml.CollectionEndEvent):
                    if stack.pop():
                        end = max(end, ev.end_mark.index)
                elif isinstance(ev, yaml.ScalarEvent | yaml.AliasEvent):
                    e = ev.end_mark.index
                    if isinstance(ev, yaml.ScalarEvent) and ev.style in ("|", ">"):
                        e = self._block_scalar_end(ev)
                    end = max(end, e)
            return end

        while i < len(events) and not isinstance(events[i], yaml.MappingEndEvent):
            i, key_events = _node(events, i)
            i, value_events = _node(events, i)
            key_ev, val_ev = key_events[0], value_events[0]
            key_start = key_ev.start_mark.index
            key_end = content_end(key_events)
            if isinstance(key_ev, yaml.ScalarEvent) and len(key_events) == 1:
                key = key_ev.value
            else:
                key = fm[key_start:key_end]
            colon = fm.find(":", key_end)
            colon = key_end if colon < 0 else colon + 1
            start, end = val_ev.start_mark.index, content_end(value_events)
            style, items = None, []
            if isinstance(val_ev, yaml.AliasEvent):
                kind = "alias"
            elif isinstance(val_ev, yaml.ScalarEvent):
                style = val_ev.style
                if style in ("|", ">"):
                    kind = "block_scalar"
                elif start == end and val_ev.value == "" and style is None:
                    kind, start, end = "empty", colon, colon
                else:
                    kind = "scalar"
            elif val_ev.flow_style:
                kind = "flow"
            elif isinstance(val_ev, yaml.SequenceStartEvent):
                kind = "block_seq"
                j = 1
                while j < len(value_events) - 1:
                    k, item_events = _node(value_events, j)
                    item_start, item_end = item_events[0].start_mark.index, content_end(item_events)
                    first = item_events[0]
                    if isinstance(first, yaml.ScalarEvent) and item_start == item_end:
                        # an empty item ('- ' with nothing after): it runs to the line end
                        line_end = fm.find("\n", item_end)
                        line_end = len(fm) if line_end < 0 else line_end
                        item_end = len(fm[:line_end].rstrip("\r"))
                    items.append((item_start, item_end))
                    j = k
                end = max([end] + [e for _, e in items])
            else:
                kind = "block_map"
            spans.append(_Span(key, key_start, colon, start, end, kind, style, items))
        return spans

    def _block_scalar_end(self, ev: yaml.ScalarEvent) -> int:
        """End of a block scalar's text, without the blank lines the parser runs on into."""
        fm, end = self._fm, ev.end_mark.index
        header = fm[ev.start_mark.index : fm.find("\n", ev.start_mark.index) + 1 or len(fm)]
        if "+" in header.split("#")[0]:
            # keep chomping: trailing blank lines belong to the value; leave the last break
            if fm.endswith("\r\n", 0, end):
                return end - 2
            return end - 1 if fm.endswith("\n", 0, end) else end
        # clip or strip: the value ends with its last non-blank line (that line's trailing
        # spaces included, as they are content), before that line's break
        text = fm[:end]
        stripped = text.rstrip(" \t\r\n")
        line_end = text.find("\n", len(stripped))
        if line_end < 0:
            return end
        if line_end > 0 and text[line_end - 1] == "\r":
            line_end -= 1
        return max(line_end, ev.start_mark.index)

    # -- reading -----------------------------------------------------------------------------

    @property
    def raw_front_matter(self) -> str:
        """The front matter text between the delimiters, exactly as in the file."""
        return self._fm

    @property
    def text(self) -> str:
        """The whole current text (without the BOM), with its own line endings."""
        return self._head + self._fm + self._close + self._body

    @property
    def body(self) -> str:
        """The Markdown body with "\\n" line endings."""
        return self._body.replace("\r\n", "\n")

    @body.setter
    def body(self, value: str) -> None:
        value = value.replace("\r\n", "\n")
        if value == self.body:
            return
        if self.has_front_matter and not self._close:
            raise FrontMatterError(1, "The page settings have no closing --- line; fix them first.")
        old = _split_lines(self._body)
        new = _split_lines(value)
        # Keep the untouched lines exactly (their own line endings); only the changed run of
        # lines takes the document's usual line ending.
        head = 0
        while head < min(len(old), len(new)) and old[head].replace("\r\n", "\n") == new[head]:
            head += 1
        tail = 0
        while (
            tail < min(len(old), len(new)) - head
            and old[-1 - tail].replace("\r\n", "\n") == new[-1 - tail]
        ):
            tail += 1
        middle = new[head : len(new) - tail]
        middle = [line[:-1] + self.newline if line.endswith("\n") else line for line in middle]
        lines = old[:head] + middle + old[len(old) - tail :]
        body = "".join(lines)
        if self._close and not self._close.endswith("\n") and body:
            self._close += self.newline  # the file ended right after the closing ---
        self._body = body

    @property
    def body_start_line(self) -> int:
        """1-based file line of the first body line."""
        return (
            (self._head + self._fm + self._close).count("\n")
            + 1
            + (1 if self._close and not self._close.endswith("\n") else 0)
        )

    def get(self, field: str, default: Any = None) -> Any:
        """The field's value (the last one when the key is repeated)."""
        return self.front_matter.get(field, default)

    def _span(self, field: str) -> _Span | None:
        for span in reversed(self._spans):
            if span.key == field:
                return span
        return None

    def field_line(self, field: str) -> int | None:
        """1-based file line of the field's key (the effective, last one), or None."""
        span = self._span(field)
        return self._file_line(span.key_start) if span else None

    @property
    def is_modified(self) -> bool:
        """True when the text differs from what was read."""
        return self.text != self._original_text

    def to_bytes(self) -> bytes:
        """The file's bytes: same encoding, BOM and line endings as found."""
        text = self.text
        if text == self._original_text:
            return self.original
        try:
            data = text.encode(self.encoding)
        except UnicodeEncodeError as exc:
            raise ValueError(
                f"The character {text[exc.start]!r} cannot be saved in this file's "
                f"older text encoding ({self.encoding})."
            ) from exc
        return (b"\xef\xbb\xbf" if self.has_bom else b"") + data

    def save(self, path: str | os.PathLike | None = None) -> Path:
        """Write the document atomically; the original on disk stays intact on failure."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("This document has no file to save to.")
        data = self.to_bytes()
        atomic_write(target, data)
        self.path = target
        self.original = data
        self._original_text = self.text
        return target

    # -- editing -----------------------------------------------------------------------------

    def set_text(self, text: str) -> None:
        """Replace the whole text, e.g. after the user repaired a broken header by hand."""
        if text.startswith("\ufeff"):
            text = text[1:]
        self._load_text(text)

    def set_raw_front_matter(self, text: str) -> None:
        """Replace the front matter text between the delimiters (hand repair); body kept."""
        nl = self.newline
        head, close = self._head, self._close
        if not self.has_front_matter or not head.startswith("---"):
            head = "---" + nl  # no header yet, or one in a form we cannot edit (TOML)
        if not close.strip() or close.startswith("+++"):
            close = "---" + nl
        elif not close.endswith("\n") and self._body:
            close += nl
        if text and not text.endswith("\n"):
            text += nl
        # Read the result as a file would be read again (a '---' typed in the text ends it).
        self._load_text(head + text + close + self._body)

    def _check_editable(self) -> None:
        if self.error is not None:
            raise self.error
        if self.has_front_matter and not self._editable:
            compact = self._fm.lstrip().startswith("{")
            raise FrontMatterError(
                2,
                "The page settings are written in a compact form ({...}) that cannot be "
                "edited field by field; edit them as text."
                if compact
                else "The page settings are written in a form that cannot be edited field by "
                "field; edit them as text.",
            )

    def set(self, field: str, value: Any) -> None:
        """Set a field, rewriting only its lines; a value equal to the current one changes nothing.

        Values compare by type and value: `date(2025, 5, 19)` equals `date: 2025-05-19`, but the
        string `"2025-05-19"` does not (it would be written quoted, and read back as text).
        Raises FrontMatterError when the front matter cannot be read, ValueError when the value
        cannot be written without changing anything else, TypeError for unsupported values.
        """
        self._check_editable()
        value = _normalise(value)
        if field in self.front_matter and _same(self.front_matter[field], value):
            return
        saved = (self._head, self._fm, self._close, self.has_front_matter)
        old_data, old_count = dict(self.front_matter), len(self._spans)
        if not self.has_front_matter:
            nl = self.newline
            self._head, self._close, self.has_front_matter = "---" + nl, "---" + nl, True
            self._parse_front_matter()
        span = self._span(field)
        expected = dict(old_data)
        expected[field] = value
        # The file's own style first (a block scalar keeps its header and wrapping), then a
        # block scalar written plainly, then a plain double-quoted fallback.
        tries = [(False, True), (False, False), (True, False)]
        if span is None or span.kind != "block_scalar" or not isinstance(value, str):
            del tries[1]  # the second try would write the same text as the first
        for fallback, restyle in tries:
            if span is None:
                new_fm = self._appended(field, value, fallback)
            else:
                new_fm = self._replaced(span, value, fallback, restyle)
            if new_fm is None:
                continue
            self._fm = new_fm
            self._parse_front_matter()
            # Checked, not hoped for: the field reads back as set, every other field as it
            # was, and no key appeared or vanished.
            if (
                self.error is None
                and _same(self.front_matter, expected)
                and len(self._spans) == old_count + (span is None)
            ):
                return
            self._head, self._fm, self._close, self.has_front_matter = saved
            self._parse_front_matter()
            span = self._span(field)
        self._head, self._fm, self._close, self.has_front_matter = saved
        self._parse_front_matter()
        raise ValueError(
            f"The field {field!r} could not be changed without affecting other settings."
        )

    def remove(self, field: str) -> None:
        """Remove a field (every repeat of it), dropping only its lines."""
        self._check_editable()
        spans = [s for s in self._spans if s.key == field]
        if not spans:
            return
        old_data, old_fm = dict(self.front_matter), self._fm
        expected = {k: v for k, v in old_data.items() if k != field}
        # Second try: also drop blank lines right after the field, which could otherwise
        # become part of a block of text (`|` or `>`) just above it.
        for with_blank_lines in (False, True):
            fm = old_fm
            for span in reversed(spans):
                start = fm.rfind("\n", 0, span.key_start) + 1
                end = fm.find("\n", span.value_end)
                end = len(fm) if end < 0 else end + 1
                while with_blank_lines and end < len(fm):
                    nxt = fm.find("\n", end)
                    nxt = len(fm) if nxt < 0 else nxt + 1
                    if fm[end:nxt].strip():
                        break
                    end = nxt
                fm = fm[:start] + fm[end:]
            self._fm = fm
            self._parse_front_matter()
            if self.error is None and _same(self.front_matter, expected):
                return
        self._fm = old_fm
        self._parse_front_matter()
        raise ValueError(
            f"The field {field!r} could not be removed without affecting other settings."
        )

    # -- rendering edits ---------------------------------------------------------------------

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
            if multiline or kind == "block_scalar":
                indent = self._block_indent(span, key_indent)
                folded = kind == "block_scalar" and style == ">" and not multiline
                block = _literal_block(value, indent, nl, folded, len(key_indent))
                if block is not None:
                    return " " + block
        if fallback and isinstance(value, str):
            return " " + _double_quoted(value)
        text = _scalar_text(value, "value", style if style in ("'", '"') else None)
        return " " + text if text else ""

    def _list_quote(self, span: _Span | None) -> str | None:
        """The quote the list's first item is written with, so new items match it."""
        if span is None:
            return None
        if span.kind == "block_seq" and span.items:
            first = self._fm[span.items[0][0] : span.items[0][0] + 1]
            return first if first in ("'", '"') else None
        if span.kind == "flow":
            m = re.match(r"\[\s*(['\"])", self._fm[span.value_start : span.value_end])
            return m.group(1) if m else None
        return None

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
        return key_indent + "  "

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
            if value is None:  # 'key:' with nothing after it, as sites write an empty value
                start = span.value_start
                while start > span.colon and fm[start - 1] in " \t":
                    start -= 1
                return fm[:start] + fm[span.value_end :]
            text = self._value_text(value, span, key_indent, fallback, restyle)
            if text.startswith(" "):
                # keep the file's own spacing between the colon and the value
                return fm[: span.value_start] + text[1:] + fm[span.value_end :]
            start = span.value_start
            while start > span.colon and fm[start - 1] in " \t":
                start -= 1
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
            old = [yaml.load(fm[s:e], Loader=_SafeLoader) for s, e in span.items]
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
        if not indent or any(line.strip() and not line.startswith(indent) for line in lines):
            return None
        # only blank lines may be less indented; they become empty (line ending kept)
        inner = [
            line[len(indent) :] if line.startswith(indent) else line.lstrip(" \t") for line in lines
        ]
        sub = Document.from_text("---" + self.newline + "".join(inner) + "---" + self.newline)
        try:
            for key in old:
                if key not in value:
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


def _node(events: list[yaml.Event], start: int) -> tuple[int, list[yaml.Event]]:
    """The events of the node starting at `start`: (index after it, its events)."""
    depth, j = 0, start
    while True:
        ev = events[j]
        if isinstance(ev, yaml.CollectionStartEvent):
            depth += 1
        elif isinstance(ev, yaml.CollectionEndEvent):
            depth -= 1
        j += 1
        if depth == 0:
            return j, events[start:j]


def parse_cli_value(text: str) -> Any:
    """A YAML scalar or flow list, as `editor-app set` reads VALUE (empty: None).

    Raises ValueError with plain words when the text is not a value (e.g. an unquoted colon).
    """
    if not text.strip():
        return None
    try:
        value = yaml.load(text, Loader=_SafeLoader)
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or "not a valid value"
        raise ValueError(
            f"{text!r} is not a value that can be set ({problem}); put it in quotes"
        ) from None
    if isinstance(value, dict) and not text.lstrip().startswith("{"):
        raise ValueError(f"{text!r} contains ': '; put the whole value in quotes")
    return value
