"""One file of the site index: its entry (`IndexEntry`), its header read cheaply and safely
(`read_front_matter`, TOML and JSON too), and plain words for what could not be read."""

from __future__ import annotations

import errno
import html
import json
import os
import re
import stat
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from editor_app.core.document_errors import unmade_value
from editor_app.core.simple_front_matter import parse_simple_header
from editor_app.core.site_layout import (
    plain_label,
)

# The C loader is several times faster; the pure-Python one gives the same results.
_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_DATED_NAME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-(.*)$")


# The closing line of a front-matter block: `---` or `...`, like Jekyll.
_CLOSING = re.compile(rb"\n(?:---|\.\.\.)[ \t]*(?=\r?\n|\r?$)")


_BOM = b"\xef\xbb\xbf"


Progress = Callable[[int, int], None]


class SiteError(Exception):
    """The folder cannot be used as a site (missing, not a folder, unreadable)."""


@dataclass(slots=True)
class IndexEntry:
    """One document's front matter as found on disk (errors recorded, never raised)."""

    path: Path
    collection: str | None
    front_matter: dict
    error: str | None
    error_line: int | None
    title: str
    mtime: float
    # "page", or "section" for a Hugo `_index.md` (the page of a section, not one of its
    # documents: listed with the plain pages).
    kind: str = "page"


def title_value(front_matter: dict, heading_fields: Sequence[str] | None = None) -> str | None:
    """The page's title as its header gives it; None when none. With `heading_fields` (an
    Eleventy site's: `title` and the values its layouts print as the page's heading, in the
    order to try, `eleventy_layout_tags.page_name_fields`: the page's own layouts), the first
    of those the page has, else its menu name (`navigation_key`): 11ty.dev's `relatedTitle`
    (the words of its "Related Docs" lists) is not taken before it. Then (or without):
    `title`, else a field named for one (a page may have only `linkTitle`, 11ty.dev's quick
    tips `tiptitle`)."""
    for name in heading_fields or ():
        value = field_text(front_matter, name)
        if value is not None:
            return value
    if heading_fields and (key := navigation_key(front_matter)):
        return key  # the page's heading is its own: its menu name names it, as in the preview
    title = front_matter.get("title")
    if title.__class__ is str and title:  # nearly every page: decided without a loop
        return title
    for key, value in (("title", title), *front_matter.items()):
        if isinstance(key, str) and key.lower().endswith("title"):
            text = _as_text(value)
            if text is not None:
                return text
    return None


def field_text(front_matter: dict, name: str) -> str | None:
    """The value of field `name` (`eleventyNavigation.key`: a field inside another) as a
    title's words, None when it is not plain words or a number."""
    value: Any = front_matter
    for part in name.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return _as_text(value)


def _as_text(value: object) -> str | None:
    if isinstance(value, str | int | float) and not isinstance(value, bool) and value != "":
        return str(value)
    return None


def navigation_key(front_matter: object) -> str | None:
    """The name an Eleventy site shows an untitled page by in its menus
    (`eleventyNavigation: {key: Data Cascade}`), for lists and the window's title: not the
    file's name (`Data cascade`, `Cjs esm`)."""
    nav = front_matter.get("eleventyNavigation") if isinstance(front_matter, dict) else None
    key = nav.get("key") if isinstance(nav, dict) else None
    return key.strip() if isinstance(key, str) and key.strip() else None


def readable_title(text: str) -> str:
    """A title as a reader sees it: HTML character references (`M&eacute;tricas`,
    `&#8217;`) as their characters. Jekyll and Eleventy put the title into the page as HTML,
    and translated sites write them so; for lists and names, not for the file."""
    return html.unescape(text) if "&" in text else text


def list_title(entry: Any) -> str:
    """A page's title as the list shows it: its title, else its file name without extension."""
    return readable_title(entry.title) if entry.title else Path(entry.path).stem


def page_title(
    front_matter: object, readable: bool = True, heading_fields: Sequence[str] | None = None
) -> str | None:
    """The name a page is shown by in the list, the window's title and a draft's name: its
    title (or a field named for one, Eleventy's `newstitle`), else the name an Eleventy
    site's menus give it; made readable (`readable_title`) unless `readable` is False (the
    index keeps it as written, the list makes it readable; `heading_fields`: `title_value`'s).
    None when it has neither: each place has its own stand-in (the file's name)."""
    title = (
        title_value(front_matter, heading_fields) if isinstance(front_matter, dict) else None
    )
    title = title or navigation_key(front_matter)
    if title and readable:
        return readable_title(title)
    return title


def title_from_name(stem: str) -> str:
    """The name a page without a title or menu name is shown by, made from its file's
    name: a post's date left out, in plain words (2024-01-01-first-steps -> First steps)."""
    m = _DATED_NAME.match(stem)
    if m:
        stem = m.group(4)
    return plain_label(stem) if stem else stem


def read_front_matter(data: bytes) -> tuple[dict, str | None, int | None]:
    """Split and parse the front matter of a file's bytes: (data, error, error line).

    Cheap on purpose: only the header is decoded; the body is never looked at.
    """
    if data.startswith(_BOM):
        data = data[3:]
    if data.startswith(b"+++"):
        return read_other_front_matter(data, "toml")
    if data.startswith(b"{") and _JSON_START.match(data):  # not `{% include %}` or `{{<`
        return read_other_front_matter(data, "json")
    if not data.startswith(b"---"):
        return {}, None, None
    first_end = data.find(b"\n")
    first_line = data[3:first_end] if first_end >= 0 else data[3:]
    if first_line.strip():
        # Eleventy's `---json` and `---yaml`; `---js` is a script (nothing to read here).
        language = first_line.strip().lower()
        if language == b"json":
            return read_other_front_matter(data, "json-fenced")
        if language in (b"js", b"javascript"):
            return {}, None, None
        if language not in (b"yaml", b"yml"):
            return {}, None, None  # e.g. a `----` rule: not a header
    if first_end < 0:
        return {}, "The header starting on line 1 is never closed with a --- line.", 1
    m = _CLOSING.search(data, first_end)
    if m is None:
        return {}, "The header starting on line 1 is never closed with a --- line.", 1
    raw = data[first_end + 1 : m.start() + 1]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    if not text.strip():
        return {}, None, None
    # Most headers are flat `key: value` lines: read those directly (exactly what the loader
    # would build, several times faster); anything else goes to the YAML loader.
    simple = parse_simple_header(text)
    if simple is not None:
        return simple, None, None
    try:
        loaded = yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark is not None else 1
        problem = (exc.problem or "unreadable").strip()
        return {}, f"The header cannot be read near line {line}: {problem}.", line
    except yaml.YAMLError:
        return {}, "The header cannot be read: it is not a list of settings.", 1
    except (ValueError, OverflowError) as exc:
        if "digits" in str(exc):  # Python's limit on converting very long numbers
            return {}, "The header holds a number too long to be read.", 1
        # The YAML reader raises these for dates that do not exist, such as 2023-02-30.
        found = unmade_value(text)
        if found is None:
            return {}, "The header holds a date that does not exist.", None
        return {}, found[1], found[0] + 2  # the header starts on line 2
    except RecursionError:
        return {}, "The header holds values nested too deeply to be read.", 1
    except Exception:  # noqa: BLE001 - an index entry records errors, never fails
        return {}, "The header cannot be read.", 1
    if loaded is None:
        return {}, None, None
    if not isinstance(loaded, dict):
        return {}, "The header is not a list of fields (name: value).", 2
    return loaded, None, None


_JSON_START = re.compile(rb'\{\s*"')


_TOML_CLOSING = re.compile(rb"\n\+\+\+[ \t]*(?=\r?\n|\r?$)")


_FENCED_CLOSING = re.compile(rb"\n---[ \t]*(?=\r?\n|\r?$)")


_TOML_LINE = re.compile(r"at line (\d+)")


def read_other_front_matter(data: bytes, kind: str) -> tuple[dict, str | None, int | None]:
    """Hugo's TOML (`+++`) and JSON (`{...}`) headers, and Eleventy's `---json`: like
    `read_front_matter` (data, error, error line), never raising."""
    if kind == "json":
        text = data.decode("utf-8", errors="replace")
        try:
            loaded, _end = json.JSONDecoder().raw_decode(text)
        except ValueError as exc:
            line = getattr(exc, "lineno", 1)
            return {}, f"The settings (in JSON) cannot be read near line {line}.", line
        except RecursionError:
            return {}, "The settings hold values nested too deeply to be read.", 1
        return (loaded, None, None) if isinstance(loaded, dict) else ({}, None, None)
    first_end = data.find(b"\n")
    closing = _TOML_CLOSING if kind == "toml" else _FENCED_CLOSING
    m = closing.search(data, first_end) if first_end >= 0 else None
    if m is None:
        marker = "+++" if kind == "toml" else "---"
        return {}, f"The header starting on line 1 is never closed with a {marker} line.", 1
    text = data[first_end + 1 : m.start() + 1].decode("utf-8", errors="replace")
    try:
        loaded = tomllib.loads(text) if kind == "toml" else json.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        line = int(found.group(1)) + 1 if found else _unclosed_line(text) + 1
        return {}, f"The settings (in TOML) cannot be read near line {line}.", line
    except ValueError as exc:
        line = getattr(exc, "lineno", 1) + 1
        return {}, f"The settings (in JSON) cannot be read near line {line}.", line
    except RecursionError:
        return {}, "The settings hold values nested too deeply to be read.", 1
    return (loaded, None, None) if isinstance(loaded, dict) else ({}, None, None)


def _unclosed_line(header: str) -> int:
    """The header line where a quote opens and is never closed (else its last line), for a
    reader that only noticed at the end."""
    lines = header.split("\n")
    for i, line in enumerate(lines, 1):
        if line.count('"') % 2 or line.count("'") % 2:
            return i
    return max(1, len(lines) - 1)


def _read_regular_file(path: Path) -> tuple[bytes, float]:
    """The bytes and modification time of a regular file. Opened without waiting, so a FIFO
    named `*.md` cannot hang the index; anything but a regular file raises OSError."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise OSError(errno.EINVAL, "not an ordinary file", str(path))
        # One read of the size given (plus one byte, to see the end): os.read is about twice
        # as fast as a file object for many small files. A file that grew, or a short read
        # (over 2 GB), goes on to the end.
        data = os.read(fd, st.st_size + 1)
        if len(data) != st.st_size:
            chunks = [data]
            while chunk := os.read(fd, 1 << 20):
                chunks.append(chunk)
            data = b"".join(chunks)
    finally:
        os.close(fd)
    return data, st.st_mtime


def _plain_os_error(exc: BaseException) -> str:
    """An operating-system error in a few plain words (no error numbers)."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[:1].lower() + exc.strerror[1:]
    return "it cannot be used"


def _plain_read_error(exc: OSError, path: Path) -> str:
    if isinstance(exc, PermissionError):
        return (
            f"The file {path.name} cannot be read (permission denied). Ask whoever manages the "
            "site for read access."
        )
    if exc.errno == errno.EINVAL:
        return "This is not an ordinary file (a pipe or a device), so it is not read."
    return f"The file cannot be read: {_plain_os_error(exc)}."
