"""Reading a document: the bytes decoded, the header found and parsed, each key located.

`DocumentReading` is the reading half of `Document` (core/document.py): where the front matter
starts and ends, its data, its error with a file line, and, worked out only when needed (an
edit, a line number), where each top-level key and its value sit in the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from editor_app.core import document_json, document_toml
from editor_app.core.document_errors import FrontMatterError, yaml_error_mark, yaml_problem
from editor_app.core.document_yaml_text import SafeLoader

_OPENING = re.compile(r"(---|\+\+\+)([A-Za-z]*)[ \t]*(\r?\n|\Z)")


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


_BOMS = (  # longest first: the UTF-32 little-endian mark starts like UTF-16's
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
BINARY_REASON = (
    "This file does not look like text (it may be a picture, a file from another program, or "
    "text in an encoding that cannot be recognised), so it opens read-only: nothing in it "
    "can be changed here."
)


@dataclass
class DecodedText:
    """A page's bytes as text: how they were decoded, so saving writes them back the same."""

    text: str
    encoding: str  # the codec that writes the text back ("utf-8", "utf-16-le", "cp1252"...)
    bom: bytes  # the byte-order mark found (and written back), b"" without one
    note: str | None  # set when the bytes were not valid UTF-8/16 and a fallback was used
    read_only_reason: str | None  # set for binary data, which is shown but never rewritten


def _utf16_without_bom(data: bytes) -> str | None:
    """The UTF-16 codec for text written without a byte-order mark, or None.

    Such text has a zero byte beside nearly every Latin character, on one side only.
    """
    sample = data[:4096]
    if len(data) % 2 or len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd >= half * 0.3 and even == 0:
        return "utf-16-le"
    if even >= half * 0.3 and odd == 0:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(bytes([c])) for c in range(32) if c not in (9, 10, 12, 13, 27))
    if controls > len(sample) // 20:
        return True
    # Text in a legacy Western encoding is mostly ASCII; bytes that are mostly not are data,
    # or text in an encoding we cannot know: either way, not to be rewritten.
    ascii_text = len(sample) - len(sample.translate(None, bytes(range(32, 127)) + b"\t\n\r"))
    return ascii_text < len(sample) * 0.7


def decode_page(data: bytes) -> DecodedText:
    """Text for raw page bytes; never fails (any bytes open).

    UTF-8 (with or without a byte-order mark), UTF-16 and UTF-32 (with a mark, or UTF-16
    without one) are read as they are and written back the same. Other bytes are read as
    Windows-1252 (else Latin-1) with a note; binary data also gets a read-only reason, so a
    picture named `.md` is never rewritten as text.
    """
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            try:
                return DecodedText(data[len(mark) :].decode(encoding), encoding, mark, None, None)
            except UnicodeDecodeError:
                if encoding == "utf-8":
                    break  # a UTF-8 mark on a file with other bytes: the fallback below
    encoding16 = _utf16_without_bom(data)
    if encoding16 is not None:
        try:
            text = data.decode(encoding16)
        except UnicodeDecodeError:
            text = None
        if text is not None and "\x00" not in text:
            return DecodedText(text, encoding16, b"", None, None)
    bom = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
    raw = data[len(bom) :]
    try:
        return DecodedText(raw.decode("utf-8"), "utf-8", bom, None, None)
    except UnicodeDecodeError as exc:
        where = f"byte 0x{raw[exc.start]:02X} at position {exc.start + len(bom)}"
    reason = BINARY_REASON if _looks_binary(raw) else None
    for encoding, label in (("cp1252", "Windows-1252"), ("latin-1", "Latin-1")):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        note = f"This file is not valid UTF-8 ({where}); it was read as {label}."
        return DecodedText(text, encoding, bom, note, reason)
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


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


def _events(text: str) -> list[yaml.Event] | None:
    """The parser's events for `text` (None if it cannot be parsed).

    The C parser gives the same events and character marks as the pure-Python one, several
    times faster (a header of 50,000 fields is located in about a second); the pure-Python
    one is asked when it refuses (it allows deeper nesting).
    """
    loaders = [yaml.SafeLoader]
    if hasattr(yaml, "CSafeLoader"):
        loaders.insert(0, yaml.CSafeLoader)
    for loader in loaders:
        try:
            return list(yaml.parse(text, Loader=loader))
        except yaml.YAMLError:
            continue
        except Exception:  # the C parser may raise plain errors on odd input
            continue
    return None

# (key spans, editable as a block mapping, repeated keys, the last span of each key)
_Structure = tuple[list[_Span], bool, list[tuple[str, int]], dict[str, _Span]]


class DocumentReading:
    """The reading half of `Document`: parsing the header and finding where its keys sit."""

    newline: str
    has_front_matter: bool
    front_matter: dict
    error: FrontMatterError | None
    front_matter_format: str  # "yaml", "toml" (+++) or "json" ({ ... } or ---json)
    read_only_reason: str | None  # binary data: shown, never rewritten
    _header_read_only: str | None  # why a TOML/JSON header cannot be edited field by field
    _original_text: str
    _head: str
    _fm: str
    _close: str
    _body: str
    _span_cache: _Structure | None
    _line_starts: list[int]

    def _load_text(self, text: str) -> None:
        self.newline = _dominant_newline(text)
        self._head = self._fm = self._close = ""
        self._body = text
        self.has_front_matter = False
        self.front_matter_format = "yaml"
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
            if marker == "+++":
                self.front_matter_format = "toml"
            elif language == "json":  # Eleventy's ---json
                self.front_matter_format = "json"
            elif language not in ("", "yaml", "yml"):
                self._parse_front_matter()
                self.error = FrontMatterError(
                    1, f"Page settings written in {language} cannot be edited here."
                )
                self.front_matter = {}
                return
        elif document_json.OPENING.match(text):
            self._split_json_header(text)
        self._parse_front_matter()

    def _split_json_header(self, text: str) -> None:
        """Hugo's JSON header: the object that opens the page, up to its closing brace."""
        self.has_front_matter, self.front_matter_format = True, "json"
        end = document_json.object_end(text)
        if end is None:  # broken: up to a line holding only "}", else the whole page
            close = re.search(r"^\}[ \t]*$", text, re.M)
            end = close.end() if close else len(text)
        after = re.match(r"[ \t]*(?:\r?\n|\Z)", text[end:])
        self._fm = text[:end]
        self._close = after.group() if after else ""
        self._body = text[end + len(self._close) :]

    # -- parsing the front matter ------------------------------------------------------------

    def _file_line(self, index: int) -> int:
        """1-based file line of a character offset in the front matter text."""
        return bisect.bisect_right(self._line_starts, index) + self._head.count("\n")

    def _parse_front_matter(self) -> None:
        fm = self._fm
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", fm)]
        self.front_matter, self.error, self._span_cache = {}, None, None
        self._header_read_only = None
        if not self.has_front_matter:
            return
        if self.front_matter_format != "yaml":
            self._parse_other_format()
            return
        try:
            data = yaml.load(fm, Loader=SafeLoader)
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

    def _parse_other_format(self) -> None:
        """A TOML or JSON header: its data, its error placed on its line, and whether it can
        be edited field by field without touching other lines (else read-only, with why)."""
        reader = document_toml if self.front_matter_format == "toml" else document_json
        data, problem = reader.parse(self._fm)
        if problem is not None:
            line, message = problem
            self.error = FrontMatterError(line + 1 + self._head.count("\n"), message)
            return
        self.front_matter = data
        if self.front_matter_format == "toml":
            self._header_read_only = document_toml.lossless_reason(self._fm)
        elif document_json.members(self._fm) is None:
            self._header_read_only = document_json.CANNOT_LOCATE

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

    def _structure(self) -> _Structure:
        """(key spans, editable as a block mapping, repeated keys, the last span of each key),
        parsed once per text."""
        if self._span_cache is None:
            spans: list[_Span] = []
            editable = False
            if self.has_front_matter and self.error is None and self.front_matter_format != "yaml":
                spans, editable = self._other_format_spans()
            elif self.has_front_matter and self.error is None:
                events = None
                # The C loader (like Jekyll's) allows a tab after 'key:', the pure-Python
                # parser does not; a space in its place keeps every character offset, and
                # only offsets are taken from this parse.
                for text in dict.fromkeys((self._fm, self._fm.replace("\t", " "))):
                    events = _events(text)
                    if events is not None:
                        break  # if neither reads it, the document is not edited
                if events is not None:
                    spans = self._top_level_spans(events)
                    starts = [e for e in events if isinstance(e, yaml.MappingStartEvent)]
                    editable = not self.front_matter or (
                        bool(starts) and not starts[0].flow_style
                    )
            repeats: list[tuple[str, int]] = []
            last: dict[str, _Span] = {}  # one lookup per field, not a scan of every key
            for span in spans:
                if span.key in last:
                    repeats.append((span.key, self._file_line(span.key_start)))
                last[span.key] = span
            self._span_cache = (spans, editable, repeats, last)
        return self._span_cache

    def _other_format_spans(self) -> tuple[list[_Span], bool]:
        """Where each key of a TOML or JSON header sits (the key's line for TOML tables)."""
        if self.front_matter_format == "toml":
            offsets = document_toml.key_offsets(self._fm)
            return [_Span(k, at, at, at, at, "toml") for k, at in offsets], True
        found = document_json.members(self._fm)
        if found is None:
            return [], False
        return [
            _Span(m.key, m.key_start, m.key_end, m.value_start, m.value_end, "json")
            for m in found
        ], True

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
                style = val_ev.style or None  # the C parser writes "" for plain
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
        return self._structure()[3].get(field)

    def field_line(self, field: str) -> int | None:
        """1-based file line of the field's key (the effective, last one), or None."""
        span = self._span(field)
        return self._file_line(span.key_start) if span else None

    @property
    def is_modified(self) -> bool:
        """True when the text differs from what was read."""
        original = self._original_text
        parts = (self._head, self._fm, self._close, self._body)
        if sum(map(len, parts)) != len(original):
            return True  # the usual answer while typing, without joining a long page's text
        return self.text != original
