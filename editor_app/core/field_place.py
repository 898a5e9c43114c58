"""A field a page did not have goes where its collection's pages put it, written as they write it.

`Document.set` appends a new field at the end of the header. When the form fills a field the
page lacked (a subtitle on a new case study), authors expect it where every other page of the
collection has it (after the title, not after the image), and in the same quoting. The place
is decided by the pages themselves: the field goes after the keys the collection's pages
usually put before it, and before those they put after it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from editor_app.core.document import Document
from editor_app.core.document_yaml_text import single_quoted
from editor_app.core.quote_marks import quote_mark

_KEY_LINE = r"^{key}[ \t]*:"
# A value starting so is no one-line text (a block, a list, a group, a mark, a comment).
NOT_TEXT_STARTS = "|>[{-&*!#"


def usual_place(pages: list[dict[str, Any]], field: str, keys: list[str]) -> int:
    """Where `field` goes among `keys` (a page's keys, in order): the index agreeing with the
    most pages holding `field` about what comes before and after it; `len(keys)` (the end)
    when none tells.

    A collection may hold pages of several kinds, each with its own order (case studies and
    minutes): the pages asked are those most like this one (sharing the most keys).
    """
    own = set(keys)
    holding = [list(p) for p in pages if field in p]
    likeness = [len(own & set(k)) / len(own | set(k) - {field}) if own else 0 for k in holding]
    if holding:
        enough = sorted(likeness, reverse=True)[min(2, len(holding) - 1)]  # at least 3 pages
        holding = [k for k, like in zip(holding, likeness, strict=True) if like >= enough]
    before: Counter[str] = Counter()  # pages that put the key before `field`
    after: Counter[str] = Counter()
    for order in holding:
        at = order.index(field)
        for i, key in enumerate(order):
            if i < at:
                before[key] += 1
            elif i > at:
                after[key] += 1
    best, best_score = len(keys), -1
    for gap in range(len(keys) + 1):
        score = sum(before[k] for k in keys[:gap]) + sum(after[k] for k in keys[gap:])
        if score >= best_score:  # on a tie, the later place: nearest to where it was written
            best, best_score = gap, score
    return best


def usual_quote_mark(texts: Sequence[str], field: str) -> str | bool | None:
    """The quote most of these headers write `field`'s text in (`'` or `"`: Jekyll's posts
    `title: 'Jekyll 3.8.6 Released'`), False when most write it plain, None when none writes
    it on one line."""
    quoted, plain, single = _quote_counts(texts, field)
    if not quoted and not plain:
        return None
    return quote_mark(quoted, plain, single) or False


def _quote_counts(texts: Sequence[str], field: str) -> tuple[int, int, int]:
    """How many of these headers write `field`'s one-line text quoted, how many plain, and
    how many of the quoted in `'`."""
    line = re.compile(_KEY_LINE.format(key=re.escape(field)) + r"[ \t]*(\S)", re.M)
    quoted = plain = single = 0
    for text in texts:
        match = line.search(text)
        if match is None or match.group(1) in NOT_TEXT_STARTS:
            continue
        if match.group(1) in "\"'":
            quoted += 1
            single += match.group(1) == "'"
        else:
            plain += 1
    return quoted, plain, single


def usual_list_style(texts: Sequence[str], field: str) -> str | None:
    """How most of these headers write `field`'s list: "flow" (`keywords: [highlight]`) or
    "block" (`keywords:` then `  - highlight` lines); None when none writes a list there.
    Lists with items decide; only when none has any, empty `key: []` lists count as flow."""
    line = re.compile(_KEY_LINE.format(key=re.escape(field)) + r"[ \t]*(.*)\n?(.*)", re.M)
    flow = block = empty_flow = 0
    for text in texts:
        match = line.search(text)
        if match is None:
            continue
        value, following = match.group(1).rstrip(), match.group(2)
        if value.startswith("[") and value.replace(" ", "") == "[]":
            empty_flow += 1
        elif value.startswith("["):
            flow += 1
        elif (not value or value.startswith("#")) and following.lstrip().startswith("- "):
            block += 1
    if flow or block:
        return "flow" if flow > block else "block"
    return "flow" if empty_flow else None


def list_like_the_others(doc: Document, field: str, style: str | None) -> bool:
    """Write `field`'s list in `style` ("flow" or "block", see `usual_list_style`) when it is
    written the other way. True when changed; the header must read back the same, else
    nothing changes."""
    value = doc.front_matter.get(field)
    if style is None or not isinstance(value, list) or not value:
        return False
    if doc.front_matter_format != "yaml":
        return False
    raw, values = doc.raw_front_matter, dict(doc.front_matter)
    line = re.compile(_KEY_LINE.format(key=re.escape(field)) + r"[ \t]*\[", re.M)
    if (line.search(raw) is not None) == (style == "flow"):
        return False
    try:
        # The document's own writer: a `[]` list filled stays flow; an empty `key:` filled
        # is written as block items (each edit checked as every edit is).
        doc.set(field, [] if style == "flow" else None)
        doc.set(field, value)
    except (ValueError, TypeError):
        doc.set_raw_front_matter(raw)
        return False
    if doc.error is None and doc.front_matter == values and list(doc.front_matter) == list(values):
        return True
    doc.set_raw_front_matter(raw)
    return False


def _lines_of(raw: str, field: str, keys: list[str]) -> tuple[int, int] | None:
    """The line range of `field` in the header text `raw` (top-level keys only)."""
    lines = raw.splitlines(keepends=True)
    starts = {}
    for i, text in enumerate(lines):
        match = re.match(r"([A-Za-z_][\w-]*)[ \t]*:", text)
        if match and match.group(1) in keys:
            starts[match.group(1)] = i
    if field not in starts:
        return None
    start = starts[field]
    later = [i for i in starts.values() if i > start]
    return start, (min(later) if later else len(lines))


def move_before(doc: Document, field: str, following: str | None) -> bool:
    """Move `field`'s lines to just before `following`'s (None: leave it). True when moved;
    the header must read back the same, else nothing changes."""
    if following is None or doc.front_matter_format != "yaml":
        return False
    raw, values = doc.raw_front_matter, dict(doc.front_matter)
    keys = list(values)
    own, target = _lines_of(raw, field, keys), _lines_of(raw, following, keys)
    if own is None or target is None or target[0] >= own[0]:
        return False
    lines = raw.splitlines(keepends=True)
    block = lines[own[0] : own[1]]
    if block and not block[-1].endswith("\n"):
        block[-1] += doc.newline
    rest = lines[: own[0]] + lines[own[1] :]
    moved = rest[: target[0]] + block + rest[target[0] :]
    text = "".join(moved)
    if not raw.endswith("\n"):
        text = text.rstrip("\r\n")
    wanted = [k for k in keys if k != field]
    wanted.insert(wanted.index(following), field)
    doc.set_raw_front_matter(text)
    if doc.error is None and doc.front_matter == values and list(doc.front_matter) == wanted:
        return True
    doc.set_raw_front_matter(raw)
    return False


def quote_like_the_others(doc: Document, field: str, quoted: bool | str | None) -> bool:
    """Write `field`'s one-line text in quotes when the other pages quote it (it was written
    plain): in their mark when `quoted` names it (`'`), else double. True when changed; the
    value must read back the same."""
    value = doc.front_matter.get(field)
    if not quoted or not isinstance(value, str) or not value or doc.front_matter_format != "yaml":
        return False
    raw, values = doc.raw_front_matter, dict(doc.front_matter)
    key = _KEY_LINE.format(key=re.escape(field))
    line = re.compile(key + r"([ \t]*)([^\"'\s].*?)([ \t]*)$", re.M)
    matches = list(line.finditer(raw))
    if len(matches) != 1 or matches[0].group(2) != value:
        return False
    match = matches[0]
    single = single_quoted(value) if quoted == "'" else None
    written = single if single is not None else json.dumps(value, ensure_ascii=False)
    text = raw[: match.start(2)] + written + raw[match.end(2) :]
    doc.set_raw_front_matter(text)
    if doc.error is None and doc.front_matter == values:
        return True
    doc.set_raw_front_matter(raw)
    return False


def set_as_the_others(
    doc: Document, field: str, value: Any, pages: list[dict[str, Any]], texts: Sequence[str] = ()
) -> None:
    """`doc.set(field, value)`; a field the page did not have is put where the collection's
    pages (`pages`: their headers, in order) put it, and a field that was missing or empty
    gets its text quoted when their headers (`texts`) quote it, and its list written as
    flow (`[a, b]`) or block items as they write that list. Raises what `doc.set` raises."""
    new = field not in doc.front_matter
    was_empty = doc.front_matter.get(field) in (None, "", [])
    doc.set(field, value)
    if not was_empty or field not in doc.front_matter:
        return
    if new:
        others = [k for k in doc.front_matter if k != field]
        gap = usual_place(pages, field, others)
        move_before(doc, field, others[gap] if gap < len(others) else None)
    quote_like_the_others(doc, field, usual_quote_mark(texts, field))
    list_like_the_others(doc, field, usual_list_style(texts, field))


def collection_headers(
    site: Any,
    collection: str,
    limit: int = 200,
    leave_out: Any = None,
    beside: list[str] | None = None,
) -> tuple[list, list[str]]:
    """The headers of a collection's pages (`front_matter` dicts) and, for the first `limit`,
    their files' text up to the end of the header (for how they quote). `leave_out`: a page
    whose text is not read; `beside`, when given, gets the texts of the pages in its folder."""
    left_out = _resolved(leave_out)
    pages, texts = [], []
    for entry in site.documents(collection):
        if entry.error is not None or not entry.front_matter:
            continue
        pages.append(entry.front_matter)
        if len(texts) >= limit:
            continue
        path = _resolved(entry.path) if left_out is not None else None
        head = header_text(entry.path) if path is None or path != left_out else None
        if head is not None:
            texts.append(head)
            if beside is not None and path is not None and path.parent == left_out.parent:
                beside.append(head)
    return pages, texts


def _resolved(path: Any) -> Path | None:
    if path is None:
        return None
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):
        return Path(path)


def clear_quote_mark(
    site: Any, collection: str | None, field: str, leave_out: Any = None
) -> str | bool | None:
    """The quote mark `collection`'s pages clearly write `field`'s one-line text in, two pages
    in three (jekyll-docs' posts: 98 of 101 `title: 'Jekyll 3.5.2 Released'`; hugo-docs'
    commands `title: "hugo build"`), for `Document.set(usual_quote_mark=)`: a value whose
    quotes only it needed, set anew, takes them. None where about as many write it plain
    (connectedbydata's resources), or no page tells. The one rule the form and `editor-app
    set` write a field by, so both write the same bytes for the same edit. `leave_out`: the
    page being set, whose quotes may be only its last value's need (hugo-docs' plain
    `linkTitle: Security`, set to "X: new", was its collection's one quoted linkTitle, and
    came back quoted). Its folder's other pages tell first, when two or more of them clearly
    quote `field` or leave it plain: jekyll-docs' docs on continuous integration quote their
    titles, five in six (`title: "Buddy"`), where the docs as a whole mostly do not."""
    if site is None or not collection:
        return None
    beside: list[str] = []
    _, texts = collection_headers(site, collection, leave_out=leave_out, beside=beside)
    folder = _clear_mark(beside, field, least=2)
    if folder is not None:
        return folder or None
    return _clear_mark(texts, field) or None


def _clear_mark(texts: Sequence[str], field: str, least: int = 1) -> str | bool | None:
    """The mark two in three of these headers (`least` at least) write `field`'s one-line
    text in, False when two in three write it plain, None when they do not clearly agree."""
    quoted, plain, single = _quote_counts(texts, field)
    if quoted + plain < least:
        return None
    if quoted * 3 >= (quoted + plain) * 2:
        return quote_mark(quoted, plain, single)
    return False if plain * 3 >= (quoted + plain) * 2 else None


def header_text(path: Any) -> str | None:
    """A page file's text up to the end of its header (read from its first 8 KB), or None
    when it cannot be read."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            head = handle.read(8192)
    except OSError:
        return None
    end = head.find("\n---", 3)
    return head[: end if end > 0 else len(head)]


def field_list_items(fm: str, field: str) -> list[tuple[str | None, str, str]]:
    """The one-line text items of header `fm`'s top-level list `field`, as
    `QuoteHabits.listed` holds them (mark, text, context); [] when it has no such list."""
    import yaml

    from editor_app.core.document_yaml_text import SafeLoader, _list_items

    try:
        root = yaml.compose(fm, Loader=SafeLoader)
    except yaml.YAMLError:
        return []
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if isinstance(key, yaml.ScalarNode) and key.value == field:
                return _list_items(value) if isinstance(value, yaml.SequenceNode) else []
    return []


class ListMarkAsker:
    """`usual_list_mark` for `Document.set`: called with a list style ("flow" or "item"), the
    mark the pages of a collection (else of the site, as rename asks them) but one write list
    `field`'s items in by choice: '"', "'", False for plain, None when none tells; read once,
    when first asked (only a list whose items all need quotes asks). hugo-docs'
    `keywords: [highlight]`, set to ["a: b"] and back, came back `["highlight"]` by `set` and
    the form where rename wrote it plain. `tight()`: whether their flow lists of two items
    or more are written without a space after the comma (hugo-docs' `aliases: [/a/,/b/]`),
    asked for a list whose old value shows no comma of its own."""

    def __init__(self, site: Any, collection: str | None, field: str, leave_out: Any) -> None:
        self._site, self._collection, self._field = site, collection, field
        self._left_out = _resolved(leave_out)
        self._read: dict[bool, list[tuple[str | None, str, str]]] = {}
        self._spacing: dict[bool, int] = {}  # tight minus spaced, by whole_site

    def __call__(self, context: str) -> str | bool | None:
        from editor_app.core.document_yaml_text import QuoteHabits

        if self._site is None:
            return None
        for whole_site in (False, True):
            items = tuple(item for item in self._items(whole_site) if item[2] == context)
            mark = QuoteHabits(listed=items).list_items
            if mark is not None:
                return mark
        return None

    def _items(self, whole_site: bool) -> list[tuple[str | None, str, str]]:
        if whole_site not in self._read:
            left_out = self._left_out
            self._read[whole_site] = list_items_of(
                self._entries(whole_site),
                self._field,
                lambda entry: _resolved(entry.path) == left_out,
            )
        return self._read[whole_site]

    def _entries(self, whole_site: bool) -> Any:
        """The pages asked: the collection's, else the whole site's."""
        return self._site.entries() if whole_site else self._site.documents(self._collection)

    def tight(self) -> bool | None:
        if self._site is None:
            return None
        for whole_site in (False, True):
            if whole_site not in self._spacing:
                entries = self._entries(whole_site)
                self._spacing[whole_site] = _tight_lists(entries, self._field, self._left_out)
            if self._spacing[whole_site]:
                return self._spacing[whole_site] > 0
        return None


def _tight_lists(entries: Any, field: str, left_out: Path | None) -> int:
    """How many more of these pages (up to 200 with the list) write their flow list `field`
    with no space after its commas than with one: > 0 tight, < 0 spaced, 0 neither."""
    line = re.compile(_KEY_LINE.format(key=re.escape(field)) + r"[ \t]*\[(.*)\]", re.M)
    count = read = 0
    for entry in entries:
        if entry.error is not None or not isinstance(entry.front_matter.get(field), list):
            continue
        if _resolved(entry.path) == left_out or read >= 200:
            continue
        read += 1
        match = line.search(header_text(entry.path) or "")
        if match and "," in match.group(1):
            count += -1 if re.search(r",\s", match.group(1)) else 1
    return count


def list_items_of(
    entries: Any, field: str, skip: Callable[[Any], bool], limit: int = 200
) -> list[tuple[str | None, str, str]]:
    """The one-line text items of list `field` in up to `limit` YAML headers of these pages
    (as `QuoteHabits.listed` holds them), a page holding the list that `skip` tells of left
    out: the list habits `set`, the form and rename go back to."""
    found: list[tuple[str | None, str, str]] = []
    read = 0
    for entry in entries:
        value = entry.front_matter.get(field) if entry.error is None else None
        if not isinstance(value, list) or not value or skip(entry):
            continue
        if read >= limit:
            break
        read += 1
        # Its header's text alone (its first 8 KB), where the marks are: not the page.
        head = (header_text(entry.path) or "").removeprefix("\ufeff")
        if head.startswith("---"):  # a YAML header (not TOML or JSON)
            found += field_list_items(head, field)
    return found


__all__ = [
    "NOT_TEXT_STARTS",
    "clear_quote_mark",
    "collection_headers",
    "field_list_items",
    "header_text",
    "list_items_of",
    "list_like_the_others",
    "move_before",
    "quote_like_the_others",
    "set_as_the_others",
    "usual_list_style",
    "usual_place",
    "usual_quote_mark",
]
