"""Reading a document: the bytes decoded, the header found and parsed, each key located.

`DocumentReading` is the reading half of `Document` (core/document.py): where the front matter
starts and ends, its data, its error with a file line, and, worked out only when needed (an
edit, a line number), where each top-level key and its value sit in the text.
"""

from __future__ import annotations

import bisect
import re
import textwrap
from typing import Any

import yaml

from editor_app.core import document_json, document_toml
from editor_app.core.document_decode import DecodedText as DecodedText
from editor_app.core.document_decode import decode_page as decode_page
from editor_app.core.document_errors import (
    FrontMatterError,
    unmade_value,
    yaml_error_mark,
    yaml_problem,
)
from editor_app.core.document_spans import _events, _Span, top_level_spans
from editor_app.core.document_yaml_text import SafeLoader

_OPENING = re.compile(r"(---|\+\+\+)([A-Za-z]*)[ \t]*(\r?\n|\Z)")


def _split_lines(text: str) -> list[str]:
    """Lines with their endings; only "\\n" ends a line (a lone "\\r" stays inside)."""
    lines = text.split("\n")
    out = [line + "\n" for line in lines[:-1]]
    if lines[-1]:
        out.append(lines[-1])
    return out


def body_line(body: str, first_line: int, offset: int) -> int:
    """The file line of the character at `offset` in a page's body (its text after the
    header, with "\\n" line ends), `first_line` being the body's first file line
    (`body_start_line`). Check, review and the command line all name lines with it."""
    return first_line + body.count("\n", 0, offset)


def _dominant_newline(text: str) -> str:
    crlf = text.count("\r\n")
    return "\r\n" if crlf and crlf >= text.count("\n") - crlf else "\n"


# Above this size a header's error is explained from the lines around it (see _error_from).
_BIG_HEADER = 20_000


# A plain `name: value` line at the top level: the parser is in the same state there whatever
# came before (but for anchors, which is why an excerpt never follows one).
_PLAIN_KEY_LINE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_ .\-/]*:(?: [^\n]*)?")


def _around_error(exc: BaseException, fm: str) -> tuple[str, int]:
    """For a big header: the lines from the last plain `name: value` line before the error to
    the next one after it, and the offset of their first character; else the whole header
    and 0 (the caller reads the whole header again when the lines alone read fine)."""
    if len(fm) <= _BIG_HEADER or not isinstance(exc, yaml.MarkedYAMLError):
        return fm, 0
    mark = yaml_error_mark(exc)
    if mark is None:
        return fm, 0
    lines = fm.split("\n")
    first = min(mark.line, len(lines) - 1) - 1
    while first > 0 and not _PLAIN_KEY_LINE.fullmatch(lines[first]):
        first -= 1
    last = mark.line + 2
    while last < len(lines) and not _PLAIN_KEY_LINE.fullmatch(lines[last]):
        last += 1
    start = sum(len(line) + 1 for line in lines[:first]) if first > 0 else 0
    if start == 0 or "&" in fm[:start]:
        return fm, 0
    return "\n".join(lines[first:last]), start


def header_problem(fm: str, exc: BaseException) -> tuple[int, str]:
    """A YAML header `fm` that failed to load with `exc` (from any loader): the 0-based line
    of `fm` to show the mistake on, and what to tell the author. The window's banner
    (`Document.error`) and the validator both place and word errors with it.

    The pure-Python parser is asked again for exact marks (`yaml_problem`); a big header is
    explained from the lines around the error (the pure-Python parser takes seconds over
    50,000 fields), with the same line and words.
    """
    text, start = _around_error(exc, fm)
    shown, message = yaml_problem(text, exc)
    if start and shown is exc:  # the lines alone read fine: the mistake needs more context
        text, start = fm, 0
        shown, message = yaml_problem(text, exc)
    if shown is not exc and isinstance(shown, yaml.YAMLError):
        mark = yaml_error_mark(shown)
        position = mark.index if mark is not None else getattr(shown, "position", None)
        if isinstance(position, int):  # a ReaderError has a position: a character not allowed
            return fm.count("\n", 0, start + position), message
        return 0, message
    if shown is exc and isinstance(exc, yaml.YAMLError):  # only the C loader objected
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        return (mark.line if mark is not None else 0), message
    # e.g. 2025-02-30, 25:00:00 or `n: !!int 12x`: on its own line, the first of them
    found = unmade_value(fm)
    return (found[0] if found is not None else 0), message


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
            elif language in ("js", "javascript"):  # Eleventy's ---js: code, not values
                self._parse_front_matter()
                self.error = FrontMatterError(
                    1,
                    "The page settings are JavaScript code (---js), which Eleventy runs when "
                    "it builds the site: the form cannot show them.",
                    fixable=False,
                )
                self.front_matter = {}
                return
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
        """The error in plain words, on its file line (see `header_problem`)."""
        line, message = header_problem(self._fm, exc)
        return FrontMatterError(line + 1 + self._head.count("\n"), message)

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
                    spans = top_level_spans(self._fm, events)
                    starts = [e for e in events if isinstance(e, yaml.MappingStartEvent)]
                    editable = not self.front_matter or (bool(starts) and not starts[0].flow_style)
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
            _Span(m.key, m.key_start, m.key_end, m.value_start, m.value_end, "json") for m in found
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

    def value_source(self, field: str) -> str | None:
        """The field's value as written in a YAML or JSON header (a list or group over its
        lines, common indentation removed), or None (no such field, or a TOML header).

        For showing a list or group without expanding it: a YAML alias names its anchor
        (`*a`) instead of repeating its value, so an "alias bomb" shows as the few lines it is.
        """
        span = self._span(field)
        if span is None or span.kind == "toml":
            return None
        fm = self._fm
        start = span.value_start
        line_start = fm.rfind("\n", 0, start) + 1
        if not fm[line_start:start].strip(" \t-"):  # the value starts its own line
            start = line_start
        return textwrap.dedent(fm[start : span.value_end].replace("\r\n", "\n"))

    @property
    def is_modified(self) -> bool:
        """True when the text differs from what was read."""
        original = self._original_text
        parts = (self._head, self._fm, self._close, self._body)
        if sum(map(len, parts)) != len(original):
            return True  # the usual answer while typing, without joining a long page's text
        return self.text != original
