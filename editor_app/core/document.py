"""The lossless document model: a Markdown file with front matter, edited surgically.

A document keeps the exact text it was read from. Reading never fails on content (any bytes
open); what cannot be understood is reported as a `FrontMatterError` with a file line. Edits
change only the characters that must change: a field set to a new value rewrites that field's
lines and nothing else, and every edit is checked by parsing the result again, so a change
that would alter anything other than the field asked for is refused instead of written.

`Document` is a facade over small rooms, and every public name stays importable from here:
- `document_read.py`: decoding the bytes, finding and parsing the header, locating each key;
- `document_edit.py`: `set` / `remove`, and (`document_edit_text.py`) the replacement text in the
  file's own style;
- `document_yaml_text.py`: values written as YAML that reads back as exactly that value;
- `document_errors.py`: `FrontMatterError` and the plain-words explainer of YAML errors;
- this module: building a document, the body, and saving it (through `store.atomic_write`).
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path
from typing import Any

import yaml

from editor_app.core.document_decode import DecodedText, decode_page
from editor_app.core.document_edit import HeaderEdits
from editor_app.core.document_errors import (
    FrontMatterError,
    ReadOnlyError,
    date_time_problem,
    explain_yaml_error,
    yaml_error_mark,
    yaml_problem,
)
from editor_app.core.document_read import _split_lines, _Structure, body_line, header_problem
from editor_app.core.document_yaml_text import SafeLoader
from editor_app.core.store import atomic_write, read_regular_file

__all__ = [
    "Document",
    "FrontMatterError",
    "ReadOnlyError",
    "TextSnapshot",
    "atomic_write",
    "body_line",
    "explain_yaml_error",
    "header_problem",
    "parse_cli_value",
    "yaml_error_mark",
    "yaml_problem",
]


class Document(HeaderEdits):
    """One Markdown file: its exact original bytes, its front matter as data, and its body."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.original: bytes = b""
        self.encoding: str = "utf-8"
        self.has_bom: bool = False
        self._bom = b""  # the byte-order mark written back (UTF-8, UTF-16 or UTF-32)
        self.newline: str = "\n"
        self.decode_error: str | None = None
        # Why this file may not be changed here (binary data): shown to the user; edits and
        # saving a change raise ReadOnlyError.
        self.read_only_reason: str | None = None
        # Why the bytes are not text (binary data), without the read-only end: for a command
        # that cannot use the file at all to say why, and what it cannot do.
        self.not_text_reason: str | None = None
        # Why a TOML/JSON header cannot be edited field by field (as text it still can).
        self._header_read_only: str | None = None
        self.front_matter_format = "yaml"
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
        self._span_cache: _Structure | None = None
        self._line_starts: list[int] = [0]
        # Field -> a date and time as the user typed it (`set date=2025-03-01T10:00:00`),
        # written so when the header sets no form of its own (`HeaderEdits.set(typed=)`).
        self._typed: dict[str, str] = {}
        self._typing: str | None = None  # the one of the field being set

    # -- construction ------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | os.PathLike, inside: str | os.PathLike | None = None) -> Document:
        """Read a file; raises OSError only (any bytes open; a pipe or device is refused with
        `store.UnsafeTarget` instead of being read, which could block forever; so is a file
        outside `inside`, the site's folder, when it is given: e.g. a page linked from outside)."""
        path = Path(path)
        return cls.from_bytes(read_regular_file(path, inside=inside), path)

    @classmethod
    def from_bytes(cls, data: bytes, path: Path | None = None) -> Document:
        """A document from raw bytes (UTF-8, with or without BOM, or a legacy encoding)."""
        doc = cls()
        doc.path = Path(path) if path is not None else None
        doc.original = bytes(data)
        decoded: DecodedText = decode_page(doc.original)
        text, doc.encoding, doc._bom = decoded.text, decoded.encoding, decoded.bom
        doc.has_bom, doc.decode_error = bool(doc._bom), decoded.note
        doc.read_only_reason = decoded.read_only_reason
        doc.not_text_reason = decoded.not_text
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
        doc._bom = b"\xef\xbb\xbf" if doc.has_bom else b""
        doc.original = doc._bom + text.encode("utf-8")
        doc._original_text = text
        doc._load_text(text)
        return doc

    def unreadable_field_cleared(self, names: set[str]) -> Document | None:
        """This page with the value of the line that stops its YAML header being read made
        empty, when that line is a top-level field of `names` written on one line (`title: A:
        B`, `date: 2024-02-30`), so that the field can be set again or removed (`set 'title=A:
        B'`): the way such a page is put right. Every other line is kept (and the comment after
        a date that does not exist), and the page still counts as the text on disk (nothing is
        saved unless the field then changes). None when the header cannot be read for another
        reason, or is still unreadable without that value."""
        from editor_app.core.document_errors import impossible_date

        if self.error is None or self.front_matter_format != "yaml" or self.encoding != "utf-8":
            return None
        lines = self._fm.splitlines(keepends=True)
        found = impossible_date(self._fm)
        place = found[0] if found is not None else self.error.line - 1 - self._head.count("\n")
        if not 0 <= place < len(lines):
            return None
        line = lines[place]
        key, colon, rest = line.partition(":")
        if not colon or key != key.strip() or key not in names:
            return None  # indented (inside a group or list), or another field
        ending = line[len(line.rstrip("\r\n")) :]
        kept = ""
        _value, hash_mark, comment = rest.rstrip("\r\n").partition(" #")
        if found is not None and hash_mark:
            # After a date the comment is sure to be one: a word (`null`) holds the value's
            # place, which the new value takes, the comment where it was.
            kept = f" null #{comment}"
        lines[place] = f"{key}:{kept}{ending}"
        cleared = Document.from_text(
            ("\ufeff" if self.has_bom else "")
            + self._head
            + "".join(lines)
            + self._close
            + self._body,
            self.path,
        )
        if cleared.error is not None or cleared.front_matter.get(key, "") is not None:
            return None
        cleared._original_text = self._original_text  # unchanged until the field is
        cleared.original = self.original
        return cleared

    # -- the body ----------------------------------------------------------------------------

    @property
    def body(self) -> str:
        """The Markdown body with "\\n" line endings."""
        body = self._body
        return body.replace("\r\n", "\n") if "\r" in body else body  # a 5 MB copy saved

    @body.setter
    def body(self, value: str) -> None:
        if "\r" in value:
            value = value.replace("\r\n", "\n")
        if value == self.body:
            return
        if self.read_only_reason is not None:
            raise ReadOnlyError(self.read_only_reason)
        if self.has_front_matter and not self._close:
            raise FrontMatterError(1, "The page settings have no closing --- line; fix them first.")
        if self.newline == "\n" and "\r" not in value and "\r" not in self._body:
            # Every line, old and new, ends in the usual "\n": the line-by-line merge below
            # would give `value` back exactly, at a cost a 5 MB page feels on every keystroke.
            body = value
        else:
            body = self._merged_body(value)
        if self._close and not self._close.endswith("\n") and body:
            self._close += self.newline  # the file ended right after the closing ---
        self._body = body

    def _merged_body(self, value: str) -> str:
        """`value` with the untouched lines' own endings kept, the changed ones made usual."""
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
        return "".join(old[:head] + middle + old[len(old) - tail :])

    # -- saving ------------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        """The file's bytes: same encoding, BOM and line endings as found."""
        return self.snapshot().to_bytes()

    def snapshot(self) -> TextSnapshot:
        """The text as it is now, to be made bytes later, on any thread (a recovery copy)."""
        return TextSnapshot(
            (self._head, self._fm, self._close, self._body),
            self._original_text,
            self.original,
            self.encoding,
            self._bom,
            self.read_only_reason,
        )

    def save(
        self, path: str | os.PathLike | None = None, inside: str | os.PathLike | None = None
    ) -> Path:
        """Write the document atomically; the original on disk stays intact on failure.

        `inside`: the site's folder, when known: a page that is a link leading out of it is
        refused (`store.UnsafeTarget`), as is a device or pipe in any case.
        """
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("This document has no file to save to.")
        data = self.to_bytes()
        if inside is None:
            atomic_write(target, data)  # called as before, for callers that replace it
        else:
            atomic_write(target, data, inside=inside)
        self.path = target
        self.original = data
        self._original_text = self.text
        return target


_ENCODE_PART = 1 << 18  # characters encoded at a time (about a millisecond's work)


class TextSnapshot:
    """A document's text at one moment, made file bytes later and on any thread.

    Taking one costs nothing on a long page: it holds the text's parts (strings, which never
    change) as they are; joining and encoding them is `to_bytes`'s work, wherever it runs.
    """

    __slots__ = ("_bom", "_original_text", "_parts", "encoding", "original", "read_only_reason")

    def __init__(
        self,
        parts: tuple[str, ...],
        original_text: str,
        original: bytes,
        encoding: str,
        bom: bytes,
        read_only_reason: str | None,
    ) -> None:
        self._parts = parts
        self._original_text = original_text
        self.original = original
        self.encoding = encoding
        self._bom = bom
        self.read_only_reason = read_only_reason

    @property
    def text(self) -> str:
        """The whole text (without the BOM), with its own line endings."""
        return "".join(self._parts)

    def same_text_as(self, other: TextSnapshot) -> bool:
        """True when both hold the very same text objects (no characters compared): a cheap
        "nothing changed in between" for snapshots of one document."""
        return len(self._parts) == len(other._parts) and all(
            a is b for a, b in zip(self._parts, other._parts, strict=True)
        )

    def to_bytes(self) -> bytes:
        """What `Document.to_bytes()` gave when the snapshot was taken (same errors)."""
        text = self.text
        if text == self._original_text:
            return self.original
        if self.read_only_reason is not None:
            raise ReadOnlyError(self.read_only_reason)
        # Encoded a part at a time: a worker making a 5 MB page's bytes lets the UI thread
        # in between the parts instead of holding the interpreter for the whole text.
        encoder = codecs.getincrementalencoder(self.encoding)()
        try:
            parts = [
                encoder.encode(text[i : i + _ENCODE_PART])
                for i in range(0, len(text), _ENCODE_PART)
            ]
            parts.append(encoder.encode("", final=True))
        except UnicodeEncodeError as exc:
            raise ValueError(
                f"The character {exc.object[exc.start]!r} cannot be saved in this file's "
                f"older text encoding ({self.encoding})."
            ) from exc
        return self._bom + b"".join(parts)


def parse_cli_value(text: str, as_text: bool = False) -> Any:
    """A YAML scalar or flow list, as `editor-app set` reads VALUE (empty: None).

    Raises ValueError with plain words when the text is not a value (e.g. an unquoted colon).
    With `as_text` (the field holds text), text YAML cannot read as written, or reads as a
    group without braces (`AI in education: new`), a comment (`#1`), a list (`- x`), empty
    text (`|`) or true/false (`yes`, `No`), is that text itself, spaces at the ends dropped
    as YAML drops them.
    """
    if not text.strip():
        return None
    try:
        value = yaml.load(text, Loader=SafeLoader)
    except ValueError:  # a date or time that does not exist (2025-02-30, 25:00:00)
        if as_text:
            return text.strip()
        raise ValueError(
            date_time_problem(text.strip(), "")
            or f"{text!r} is not a value that can be set; put it in quotes"
        ) from None
    except yaml.YAMLError as exc:
        if as_text:
            return text.strip()
        problem = getattr(exc, "problem", None) or "not a valid value"
        stripped = text.strip()
        # The reader's own words ("did not find expected ',' or ']'") for the usual slips.
        for opening, closing, kind in (("[", "]", "list"), ("{", "}", "group")):
            if stripped.startswith(opening) and not stripped.endswith(closing):
                problem = f"a {kind} that starts with {opening} needs a closing {closing}"
        raise ValueError(
            f"{text!r} is not a value that can be set ({problem}); put it in quotes"
        ) from None
    if isinstance(value, dict) and not text.lstrip().startswith("{"):
        if as_text:
            return text.strip()
        raise ValueError(f"{text!r} contains ': '; put the whole value in quotes")
    stripped = text.strip()
    if as_text and isinstance(value, bool):
        return stripped  # `yes`, `No`, `off`: YAML's true/false; a text field keeps the word
    if value == "" and stripped[:1] in ("|", ">"):
        # `|` or `>` alone: YAML starts a block of lines, empty here, which would empty it.
        if as_text:
            return stripped
        raise ValueError(f"{text!r} is read as empty text; put it in quotes")
    if value is None and stripped not in _NULL_WORDS:
        # `#1 in town`: YAML reads all of it as a comment, which would empty the field.
        if as_text:
            return stripped
        if stripped.startswith("#"):
            raise ValueError(f"{text!r} is read as a comment (it starts with #); put it in quotes")
        # `&home`, `!!null`: YAML's marks, read as no value at all (the field would empty).
        raise ValueError(f"{text!r} is read by YAML as no value; put it in quotes")
    if stripped.startswith("&"):
        # `&Co news`: YAML reads `&Co` as a mark (an anchor) and drops it, leaving `news`.
        if as_text:
            return stripped
        raise ValueError(
            f"{text!r} starts with {stripped.split()[0]!r}, which YAML reads as a mark and "
            "drops; put the value in quotes"
        )
    if isinstance(value, list) and not stripped.startswith("["):
        # `- dash`: YAML reads a dash at the start as a list of one.
        if as_text:
            return stripped
        raise ValueError(
            f"{text!r} starts with '- ', which makes a list; write a list as [a, b], or put "
            "the value in quotes"
        )
    if _comment_dropped(text):
        # `Fix issue #3 now`: YAML reads ` #3 now` as a comment, which would drop those words.
        if as_text:
            return stripped
        raise ValueError(
            f"{text!r}: the words from ' #' on are read as a comment; put the value in quotes"
        )
    return value


def _comment_dropped(text: str) -> bool:
    """Whether YAML leaves words of `text` out as a comment (after the last thing it reads)."""
    if "#" not in text:
        return False
    try:
        tokens = list(yaml.scan(text, Loader=SafeLoader))
    except yaml.YAMLError:
        return False
    end = max((t.end_mark.index for t in tokens[1:-1]), default=0)  # not the stream marks
    return bool(text[end:].strip())


_NULL_WORDS = frozenset({"~", "null", "Null", "NULL"})
