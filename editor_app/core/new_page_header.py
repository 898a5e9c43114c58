"""The header text of a new page in its collection's ways: the collection's usual fields
(those most of its pages have), in their usual order, each in its usual shape (one value or
a list) and quoting; the fields the author fills later already in place, empty, so filling
one never moves it to the end. A collection writing TOML headers gets one too; what would not
read back as written is written field by field.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from editor_app.core.document import Document
from editor_app.core.document_yaml_text import _flow_text, single_quoted
from editor_app.core.new_page_habits import (
    _named_like,
    _pages_with_list,
    _readable,
    page_bytes,
    usual_empty_lists,
    usual_flow_lists,
    usual_keys,
    usual_quote_marks,
    usual_shapes,
)
from editor_app.core.new_page_navigation import is_group

# How many of the collection's pages are read for the habits read from the files themselves.
_READ_LIMIT = 200


def in_usual_shape(shapes: dict[str, str], key: str, value: Any) -> Any:
    """A one-item list as one value where the collection's pages use one value."""
    if isinstance(value, list) and len(value) == 1 and shapes.get(key) == "single":
        return value[0]
    return value


def _reads_back(text: str, value: Any) -> bool:
    try:
        doc = Document.from_text(f"---\nk: {text}\n---\n")
    except Exception:  # noqa: BLE001 - any failure to read it back means "quote it"
        return False
    return doc.error is None and doc.front_matter.get("k") == value


def _scalar(value: Any, quote: str | None) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime) and isinstance(getattr(value, "written", None), str):
        return value.written  # the siblings' form (`new_page_values.WrittenDatetime`)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, (int, float)):
        return str(value)
    text = str(value)
    if not quote and "\n" not in text and _reads_back(text, value):
        return text
    if quote == "'" and isinstance(value, str) and (single := single_quoted(text)) is not None:
        return single  # as the pages quote theirs
    return json.dumps(text, ensure_ascii=False)  # a YAML double-quoted string


def _lines(key: str, value: Any, shape: str, quote: str | None) -> list[str]:
    if value is None or value == [] or value == "":
        return [f"{key}:"]
    if isinstance(value, dict):  # a group: its fields on the lines below, indented
        inner = [line for k, v in value.items() for line in _lines(k, v, "single", None)]
        return [f"{key}:"] + ["  " + line for line in inner]
    if isinstance(value, list):
        if shape == "single" and len(value) == 1:
            return [f"{key}: {_scalar(value[0], quote)}"]
        return [f"{key}:"] + [f"  - {_scalar(v, quote)}" for v in value]
    if shape == "list":
        return [f"{key}:", f"  - {_scalar(value, quote)}"]
    return [f"{key}: {_scalar(value, quote)}"]


def new_page_text(
    site: Any,
    collection: str,
    values: dict[str, Any],
    order: list[str] | None = None,
    like: str | None = None,
) -> str:
    """The text of a new page of `collection` holding `values` (title, date, defaults...).

    Its header lists the collection's usual keys and those of `values` in the usual order
    (`order`, e.g. the schema's, when given), the ones without a value left empty for the author; each value in the
    collection's usual shape and quoting. With `like` (the new page's title), the pages named
    like it set the keys, order and shapes when there are enough of them (`case-study-*`).
    Raises ValueError when the text would not read back as `values` (the caller then writes
    the page field by field).
    """
    everyone = _readable(site, collection)  # listed once: the helpers below share it
    named = _named_like(everyone, like)
    kin = like is not None and len(named) < len(everyone)
    if not kin:
        named = everyone
    keys = usual_keys(site, collection, pages=named)
    extra = [k for k in values if k not in keys]
    rank = {name: i for i, name in enumerate(order or [])}
    if kin:  # the kin pages' own order; what they lack follows, in the schema's order
        keys += sorted(extra, key=lambda k: rank.get(k, len(rank)))
    else:
        keys += extra
        if order:  # the schema's order (the order the site's pages use), the others after
            keys.sort(key=lambda k: rank.get(k, len(rank)))
    shapes = usual_shapes(site, collection, pages=named)
    # A key these pages never fill (hugo-docs' quick reference has no `aliases`) keeps the
    # shape of its value: a one-item list default stays a list, as written and read back.
    for key, value in values.items():
        if key not in shapes and isinstance(value, list):
            shapes[key] = "list"
    # The files are read once, for their quote marks and the blank line after their header.
    files = page_bytes(everyone[:_READ_LIMIT] + named[:_READ_LIMIT])
    quoting = usual_quote_marks(site, collection, _READ_LIMIT, everyone, files)
    # A list field left empty is written as the pages write theirs: `key: []`, `key:`, or not
    # at all (Hugo's docs write `categories: []`; a site may leave out `aliases` when none).
    lists = [k for k in keys if shapes.get(k) == "list" and values.get(k) in (None, [], "")]
    empty = usual_empty_lists(named, lists)
    # A list most pages fill (two thirds: connectedbydata's projects, 26 of 32, name their
    # `topics`) stays in place for the author, empty, though the few without leave it out.
    for key in [k for k, how in empty.items() if how == "absent"]:
        if _most_fill(sum(e.front_matter.get(key) not in (None, "", []) for e in named), named):
            empty[key] = "null"
    keys = [k for k in keys if empty.get(k) != "absent"]
    # A single value left empty is written as the pages without one write it: connectedbydata's
    # resources without a project leave `project:` out (19 of 21), so a new one does too;
    # their `link:` and `image:` lines stay, empty, as theirs do. One two thirds of the pages
    # fill stays in place for the author, as a list does.
    keys = [
        k for k in keys if k in lists or values.get(k) not in (None, "") or _written_empty(named, k)
    ]
    # A group left without a member is left out (an empty `eleventyNavigation:` line).
    keys = [k for k in keys if values.get(k) not in (None, "", {}) or not is_group(named, k)]
    # A list given items (a default) is written flow or as block items as the pages write it.
    filled = [k for k in keys if isinstance(values.get(k), list) and values.get(k)]
    flow = usual_flow_lists(everyone, filled)
    # One these pages never write as a list is written as the site's other pages write it.
    unseen = [k for k in filled if not any(isinstance(e.front_matter.get(k), list) for e in named)]
    flow |= usual_flow_lists(_pages_with_list(site, unseen), unseen)
    lines = ["---"]
    for key in keys:
        if empty.get(key) == "[]":
            lines.append(f"{key}: []")
            continue
        if key in flow:
            lines.append(f"{key}: {_flow_text(values[key], quoting.get(key))}")
            continue
        lines += _lines(key, values.get(key), shapes.get(key, "single"), quoting.get(key))
    # The body starts where the pages' own starts: on the line after the header (40 of
    # connectedbydata's 51 resources), else after a blank line.
    lines += ["---", "", ""] if _blank_after_header(named, files) else ["---", ""]
    text = "\n".join(lines)
    doc = Document.from_text(text)
    got = doc.front_matter if doc.error is None else {}
    for key in keys:
        want = in_usual_shape(shapes, key, values.get(key))
        if isinstance(want, (str, int, float)) and shapes.get(key) == "list":
            want = [want]
        if empty.get(key) == "[]":
            want = []
        elif want in ("", []):
            want = None
        if got.get(key) != want:
            raise ValueError(f"the new page's {key!r} would not read back as written")
    return text


def _written_empty(pages: list[Any], key: str) -> bool:
    """Whether a new page writes `key` with no value: most of the pages without a value for
    it write it empty rather than leave it out, or two thirds of the pages fill it."""
    filled = empty = 0
    for entry in pages:
        if key in entry.front_matter:
            if entry.front_matter[key] in (None, "", [], {}):
                empty += 1
            else:
                filled += 1
    left_out = len(pages) - filled - empty
    return empty >= left_out or _most_fill(filled, pages)


def _most_fill(filled: int, pages: list[Any]) -> bool:
    """Whether `filled` is two thirds of `pages` or more: a field that many pages fill stays
    in a new page's header, empty, for the author (connectedbydata's projects, 26 of 32,
    name their `topics`)."""
    return filled * 3 >= len(pages) * 2


def _blank_after_header(pages: list[Any], files: dict[Any, bytes]) -> bool:
    """Whether most of these pages (with a body; the first `_READ_LIMIT`, their bytes read in
    `files`) leave a blank line between the header's closing line and their text; yes when
    none tells."""
    blank = direct = 0
    for entry in pages[:_READ_LIMIT]:
        data = files.get(entry.path)
        if data is None:
            continue
        text = data[: 64 * 1024].replace(b"\r\n", b"\n")
        opener = text[:3]
        if opener not in (b"---", b"+++"):
            continue
        end = text.find(b"\n" + opener + b"\n", 3)
        if end < 0:
            continue
        after = text[end + 5 :]
        if not after.strip():
            continue
        if after.startswith(b"\n"):
            blank += 1
        else:
            direct += 1
    return blank >= direct


def _added_lines(site: Any, collection: str, values: dict[str, Any]) -> list[str]:
    """Header lines for `values`, each list in flow style or as block items as the site's
    pages write theirs, text quoted as they quote it (`new_page_text`)."""
    everyone = _readable(site, collection)
    filled = [k for k, v in values.items() if isinstance(v, list) and v]
    flow = usual_flow_lists(everyone, filled)
    unseen = [
        k for k in filled if not any(isinstance(e.front_matter.get(k), list) for e in everyone)
    ]
    flow |= usual_flow_lists(_pages_with_list(site, unseen), unseen)
    quoting = usual_quote_marks(site, collection, pages=everyone)
    lines: list[str] = []
    for key, value in values.items():
        if key in flow:
            lines.append(f"{key}: {_flow_text(value, quoting.get(key))}")
        else:
            shape = "list" if isinstance(value, list) else "single"
            lines += _lines(key, value, shape, quoting.get(key))
    return lines


def _usual_opener(pages: list[Any], limit: int = 200) -> str:
    """`+++` when most of these pages open a TOML header, else `---`."""
    toml = yaml = 0
    for entry in pages[:limit]:
        try:
            with open(entry.path, "rb") as f:
                first = f.read(5)
        except OSError:
            continue
        if first.startswith(b"+++"):
            toml += 1
        else:
            yaml += 1
    return "+++" if toml > yaml else "---"


def _usual_page_bytes(
    site: Any, collection: str, title: str, values: dict[str, Any], cs: Any
) -> bytes:
    """A new page like its collection's other pages, else written field by field."""
    order = [f.name for f in cs.fields] if cs is not None else None
    everyone = _readable(site, collection)
    if _usual_opener(everyone) == "+++":  # the collection writes TOML (Hugo)
        named = _named_like(everyone, title)
        shapes = usual_shapes(site, collection, pages=named)
        # TOML has no empty value: a list the pages write as `key = []` is written so too.
        lists = [k for k in usual_keys(site, collection, pages=named) if shapes.get(k) == "list"]
        empty = usual_empty_lists(named, [k for k in lists if k not in values])
        values = {**values, **{k: [] for k, how in empty.items() if how == "[]"}}
        doc = Document.from_text("+++\n+++\n\n")
        for name in sorted(values, key=lambda k: order.index(k) if k in (order or []) else 1e9):
            doc.set(name, in_usual_shape(shapes, name, values[name]))
        return doc.to_bytes()
    try:
        return new_page_text(site, collection, values, order, like=title).encode("utf-8")
    except ValueError:
        doc = Document.from_text("")
        for name, value in values.items():
            doc.set(name, value)
        return doc.to_bytes()
