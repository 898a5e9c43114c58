"""One document's text as the rules see it: split the way Jekyll splits it, with line numbers.

`make_page` splits and (when not given the index's data) parses a header; `Page` answers
"on which line is this key?" lazily, as only a reported problem needs a line.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from editor_app.core.checks.other_headers import (
    OtherHeader,
    parse_other,
    scan_other_keys,
    split_other,
)
from editor_app.core.document import body_line, header_problem
from editor_app.core.document_decode import utf16_without_bom


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The safe loader, except that an impossible date (2024-02-30) stays text to report."""


def _timestamp(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


_BOM = "\ufeff"
_LONG_NUMBER = re.compile(r"[-+]?\d{4000,}")
KEY_LINE = re.compile(
    r"""^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"\-?:,\[\]{}&*!|>%@`][^:#]*?|-[^\s:][^:#]*?))[ \t]*:(?:[ \t]|$)"""
)


@dataclass(slots=True)
class Page:
    """What the rules look at: one document's split text, data and line numbers."""

    rel: str
    path: Path | None
    collection: str | None
    text: str  # "\n" line endings, no BOM
    data: dict
    has_front_matter: bool
    fm_text: str
    fm_first_line: int  # file line of the first line inside the header
    body: str
    body_start_line: int
    unclosed: bool = False
    yaml_error: tuple[int, str] | None = None  # (file line, plain message)
    not_mapping: bool = False
    decode_error: str | None = None
    decode_error_line: int | None = None
    mtime: float = 0.0
    _key_lines: dict[str, list[int]] | None = None
    line_of: Callable[[str], int | None] | None = None  # Document.field_line when given one
    own: dict | None = None  # this file's front matter as the site index holds it
    format: str = "yaml"  # or "toml", "json" (checks/other_headers.py)
    cache: dict = field(default_factory=dict)  # what rules work out once per page

    def field_line(self, name: str) -> int | None:
        """The line of the key in force (the last one when a key is repeated)."""
        if self.line_of is not None:
            line = self.line_of(name)
            if line is not None:
                return line
        lines = self.key_lines.get(name)
        return lines[-1] if lines else None

    @property
    def key_lines(self) -> dict[str, list[int]]:
        """Lines of each top-level key, scanned only when a problem needs a line."""
        if self._key_lines is None:
            ok = self.has_front_matter and not self.unclosed
            if not ok:
                self._key_lines = {}
            elif self.format != "yaml":
                self._key_lines = scan_other_keys(self.format, self.fm_text, self.fm_first_line)
            else:
                self._key_lines = _scan_keys(self.fm_text, self.fm_first_line)
        return self._key_lines

    def may_repeat_keys(self) -> bool:
        """Cheap test: more top-level `name:` lines than distinct names read. (A JSON header,
        which the site reads keeping a repeated key's last value, is scanned: few pages have
        one; a TOML header with a repeat cannot be read at all.)"""
        if self._key_lines is not None or self.format == "json":
            return any(len(v) > 1 for v in self.key_lines.values())
        fm = self.fm_text
        # Each key line is a line of its own: no more lines than names, no repeat.
        if fm.count("\n") + (fm[-1:] != "\n") <= len(self.data):
            return False
        return len(_TOP_KEY_AFTER_NEWLINE.findall("\n" + fm)) > len(self.data)

    def body_line(self, offset: int) -> int:
        """The file line of a character offset in the body."""
        return body_line(self.body, self.body_start_line, offset)


# Any line that may hold a top-level key (a superset of what `KEY_LINE` accepts), matched
# from the newline before it (run on "\n" + text): a pattern starting with a fixed character
# lets the regex engine skip ahead instead of trying every position.
_TOP_KEY_AFTER_NEWLINE = re.compile(r"\n(?:[^\s#\-]|-\S)[^\n]*?:(?:[ \t]|$)", re.M)
# The closing `---` (or `...`) line, matched from the newline before it: a pattern starting
# with a fixed character lets the regex engine skip ahead instead of trying every position.
_CLOSING_AFTER_NEWLINE = re.compile(r"\n(?:---|\.\.\.)[ \t]*$", re.M)


def _scan_keys(fm_text: str, first_line: int) -> dict[str, list[int]]:
    """Lines of every top-level key, in order; a repeated key has several lines."""
    found: dict[str, list[int]] = {}
    for i, line in enumerate(fm_text.split("\n")):
        if not line or line[0] in " \t#":
            continue
        m = KEY_LINE.match(line)
        if m is None:
            continue
        if m.group(1) is not None:
            key = m.group(1)
        elif m.group(2) is not None:
            key = m.group(2).replace("''", "'")
        else:
            key = m.group(3).strip()
        found.setdefault(key, []).append(first_line + i)
    return found


def _split(text: str) -> tuple[bool, bool, str, int, str, int]:
    """(has header, unclosed, header text, header first line, body, body first line)."""
    if not text.startswith("---"):
        return False, False, "", 0, text, 1
    nl = text.find("\n")
    first = text[3:nl] if nl >= 0 else text[3:]
    if first.strip():
        return False, False, "", 0, text, 1  # a `----` rule, not a header
    if nl < 0:
        return True, True, "", 2, "", 2
    m = _CLOSING_AFTER_NEWLINE.search(text, nl)
    if m is None:
        return True, True, text[nl + 1 :], 2, "", text.count("\n") + 2
    fm = text[nl + 1 : m.start() + 1]
    closing_line = 2 + fm.count("\n")
    end = text.find("\n", m.end())
    body = "" if end < 0 else text[end + 1 :]
    return True, False, fm, 2, body, closing_line + 1


def _friendly_yaml_error(exc: BaseException, fm_text: str, first_line: int) -> tuple[int, str]:
    """A header that cannot be read, as (file line, advice in plain words): the same line and
    words as the window's banner (`document.header_problem`, which also explains a big
    header from the lines around its error)."""
    line, message = header_problem(fm_text, exc)
    return first_line + line, message


def decode(data: bytes) -> tuple[str, str | None, int | None]:
    """Text from bytes: UTF-8 (BOM dropped), else Windows-1252, with where the bad byte was."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16 (or -32) with its mark: read it, to check the rest, and say the site may not.
        for codec in ("utf-32", "utf-16"):
            try:
                return data.decode(codec), f"saved as {codec.upper()}", 1
            except UnicodeDecodeError:
                continue
    elif b"\x00" in data[:4096] and (codec := utf16_without_bom(data)) is not None:
        # UTF-16 without a mark (a zero byte beside each letter): read as the editor reads it.
        try:
            return data.decode(codec), "saved as UTF-16", 1
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), None, None
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return data.decode("cp1252", errors="replace"), "not UTF-8", line


def _normalise_newlines(text: str) -> str:
    if text.startswith(_BOM):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n")  # a lone CR is no line break for the editor either
    return text


def make_page(
    rel: str,
    path: Path | None,
    collection: str | None,
    text: str,
    data: dict | None = None,
    mtime: float = 0.0,
) -> Page:
    """Split and (when `data` is not given) parse one document's text."""
    text = _normalise_newlines(text)
    has_fm, unclosed, fm_text, fm_first, body, body_start = _split(text)
    page = Page(
        rel=rel,
        path=path,
        collection=collection,
        text=text,
        data={},
        has_front_matter=has_fm,
        fm_text=fm_text,
        fm_first_line=fm_first,
        body=body,
        body_start_line=body_start,
        unclosed=unclosed,
        mtime=mtime,
    )
    if not has_fm and text[:1] in "+-{":
        other = split_other(text)
        if other is not None:
            return _other_page(page, other, data)
    if not has_fm or unclosed:
        return page
    if data is not None:
        page.data = data
        return page
    if not fm_text.strip():
        return page
    try:
        loaded = yaml.load(fm_text, Loader=_Loader)  # noqa: S506 - a safe loader
    except ValueError as exc:
        if "digits" not in str(exc):  # an impossible date, and such: the explainer knows
            page.yaml_error = _friendly_yaml_error(exc, fm_text, fm_first)
            return page
        # Python's limit on converting very long numbers: said in plain words, on its line.
        m = _LONG_NUMBER.search(fm_text)
        line = fm_first + (fm_text.count("\n", 0, m.start()) if m else 0)
        page.yaml_error = (
            line,
            "This line holds a number too long to be read (thousands of digits). If it is "
            "meant as text, put it in quotes.",
        )
        return page
    except Exception as exc:  # YAML errors, or e.g. a list used as a key
        page.yaml_error = _friendly_yaml_error(exc, fm_text, fm_first)
        return page
    if loaded is None:
        return page
    if not isinstance(loaded, dict):
        page.not_mapping = True
        return page
    page.data = loaded
    return page


def field_at_line(page: Page, line: int) -> str | None:
    """The top-level key whose lines include `line`, when it is in the header."""
    if not page.has_front_matter or line < page.fm_first_line or line >= page.body_start_line - 1:
        return None
    best, best_line = None, 0
    for key, lines in page.key_lines.items():
        for k in lines:
            if best_line < k <= line:
                best, best_line = key, k
    return best


def field_of_indented_line(page: Page, line: int) -> str | None:
    """The field an indented line belongs to: the key above when that key opens a list or a
    group (`topics:` then `\t- Work`), else the line's own key (`\ttitle: x`)."""
    parent = field_at_line(page, line)
    lines = page.fm_text.split("\n")
    own = KEY_LINE.match(lines[line - page.fm_first_line].lstrip(" \t"))
    if own is None:
        return parent
    parent_line = page.field_line(parent) if parent is not None else None
    if parent_line is not None and 0 <= parent_line - page.fm_first_line < len(lines):
        above = lines[parent_line - page.fm_first_line]
        rest = above.split(":", 1)[1].split(" #", 1)[0].strip() if ":" in above else ""
        if rest in ("", "|", ">", "|-", ">-", "|+", ">+"):
            return parent  # the key above holds this line
    return own.group(1) or own.group(2) or (own.group(3) or "").strip() or parent


def bad_byte_line(data: bytes) -> int | None:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return data.count(b"\n", 0, exc.start) + 1
    return None


def read_file(path: Path) -> bytes:
    """The file's bytes (os.read: about twice as fast as open() for many small files).

    Opened without blocking, and refused unless it is an ordinary file: a pipe named `x.md`
    must not hang the check."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not an ordinary file: a pipe, a device or a folder")
        chunks = []
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
            if len(chunk) < 1 << 20:
                break
        return b"".join(chunks)
    finally:
        os.close(fd)


def _other_page(page: Page, other: OtherHeader, data: dict | None) -> Page:
    """`page` with its TOML or JSON header (parsed unless the index's `data` is given); a
    JavaScript one only moves the body past it (its values are not known without running it)."""
    if other.format == "js":
        page.body, page.body_start_line = other.body, other.body_start_line
        return page
    page.format = other.format
    page.has_front_matter = True
    page.fm_text = other.text
    page.fm_first_line = other.first_line
    page.body = other.body
    page.body_start_line = other.body_start_line
    page.unclosed = other.unclosed
    if other.unclosed:
        return page
    if data is None:
        data, page.yaml_error = parse_other(other)
    page.data = data or {}
    return page
