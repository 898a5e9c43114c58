"""Site-wide content tools: search, rename (or merge) a value everywhere, and new documents.

Every write goes through `Document.set` (only the field's lines change) and an atomic save.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor_app.core import safe_paths
from editor_app.core.document import Document, FrontMatterError, parse_cli_value
from editor_app.core.new_page import new_page_bytes
from editor_app.core.site import IndexEntry, Site
from editor_app.core.store import atomic_create

SNIPPET_CHARS = 120  # about one line of a results list
_OPENING = re.compile(r"\A\ufeff?---[ \t]*\r?\n")
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.M)


# -- search ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchHit:
    """One document matching a search: where the words were found, and a snippet to show."""

    path: Path
    title: str
    field: str  # the field name, or "body"
    snippet: str
    collection: str | None = None


def _as_text(value: Any) -> str:
    """A front-matter value as searchable text (lists and objects flattened)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return " ".join(_as_text(v) for v in value.values())
    if isinstance(value, list | tuple):
        return ", ".join(_as_text(v) for v in value)
    return str(value)


def _body_text(data: bytes) -> str:
    """The body of a file's bytes, without the front matter (cheap: no YAML parsing)."""
    text = data.decode("utf-8", "replace")
    opening = _OPENING.match(text)
    if not opening:
        return text.lstrip("\ufeff")
    closing = _CLOSING.search(text, opening.end())
    return text[closing.end() :] if closing else ""


class _BodyCache:
    """Bodies read once and kept (lower-cased too) until the file's modification time changes."""

    def __init__(self) -> None:
        self._items: dict[Path, tuple[float, str, str]] = {}

    def get(self, path: Path) -> tuple[str, str]:
        try:
            mtime = os.stat(path).st_mtime
        except OSError:
            return "", ""
        cached = self._items.get(path)
        if cached is not None and cached[0] == mtime:
            return cached[1], cached[2]
        try:
            body = _body_text(path.read_bytes())
        except OSError:
            return "", ""
        self._items[path] = (mtime, body, body.casefold())
        return body, body.casefold()


_BODIES = _BodyCache()


def _snippet(text: str, folded: str, words: list[_Word]) -> str:
    """About SNIPPET_CHARS of `text` around the first of `words`, on one line."""
    start, end = 0, len(text)
    if len(text) > SNIPPET_CHARS:
        found = [w.search(folded) for w in words]
        positions = [m.start() for m in found if m is not None]
        at = min(positions) if positions else 0
        start = max(0, at - SNIPPET_CHARS // 3)
        # start at a word boundary, so the snippet does not open on half a word
        if start > 0:
            space = text.rfind(" ", 0, start)
            start = space + 1 if space >= 0 and at - space < SNIPPET_CHARS // 2 else start
        end = min(len(text), start + SNIPPET_CHARS)
    piece = text[start:end]
    if "<" in text:  # a page's own HTML (`<code>`, `</p>`) is markup, not words to show
        last_open = text.rfind("<", 0, start)
        if (
            last_open > text.rfind(">", 0, start)
            and _TAG_START.match(text, last_open) is not None
        ):
            piece = piece[piece.find(">") + 1 :] if ">" in piece else ""  # began inside a tag
        piece = _HTML_TAG.sub(" ", piece)
        cut = _TAG_END_CUT.search(piece)
        if cut is not None:
            piece = piece[: cut.start()]  # ends inside a tag
    piece = " ".join(piece.split())
    return ("…" if start > 0 else "") + piece + ("…" if end < len(text) else "")


_HTML_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>]*>", re.S)
_TAG_START = re.compile(r"</?[A-Za-z]")
# A tag the snippet's end cuts: `<`, `</` or `<code class="x` with no `>` after it.
_TAG_END_CUT = re.compile(r"<(?:/|/?[A-Za-z][^<>]*)?$")


class _FieldCache:
    """Each index entry's fields as searchable text, kept while the entry is the same object."""

    def __init__(self) -> None:
        self._items: dict[Path, tuple[IndexEntry, list[tuple[str, str, str]], str]] = {}

    def get(self, entry: IndexEntry) -> tuple[list[tuple[str, str, str]], str]:
        cached = self._items.get(entry.path)
        if cached is not None and cached[0] is entry:
            return cached[1], cached[2]
        fields = [("title", entry.title)] + [
            (str(k), _as_text(v)) for k, v in entry.front_matter.items() if k != "title"
        ]
        folded = [(name, text, text.casefold()) for name, text in fields]
        everything = "\n".join(low for _, _, low in folded)
        self._items[entry.path] = (entry, folded, everything)
        return folded, everything


_FIELDS = _FieldCache()


class _Word:
    """One word of a query: a cheap substring test first, then "does a word start here"."""

    def __init__(self, word: str) -> None:
        self.text = word.casefold()
        self.pattern = re.compile(r"(?<!\w)" + re.escape(self.text))

    def search(self, folded: str) -> re.Match[str] | None:
        return self.pattern.search(folded) if self.text in folded else None


def search(site: Site, query: str, limit: int | None = None) -> list[SearchHit]:
    """Documents holding every word of `query` (any case) in their title, fields or body.

    One hit per document, titles first, then other fields, then bodies. The index answers
    most of it; a body is read (once, then cached) only when the fields do not hold every word.
    Snippets are made only for the hits returned (`limit` keeps a results list cheap).
    """
    # A word matches where a word starts ("data" finds "database", "ai" does not find "said"),
    # which is what people expect from a search box that lists results as they type.
    words = [_Word(w) for w in query.split()]
    if not words:
        return []
    ranked: list[tuple[int, int, IndexEntry]] = []
    for order, entry in enumerate(site.entries()):
        folded, everything = _FIELDS.get(entry)
        missing = [w for w in words if not w.search(everything)]
        if missing:
            body_folded = _BODIES.get(entry.path)[1]
            if any(not w.search(body_folded) for w in missing):
                continue
        if len(missing) == len(words):
            rank = 2  # only the body holds the words
        else:
            rank = 0 if any(w.search(folded[0][2]) for w in words) else 1
        ranked.append((rank, order, entry))
    ranked.sort(key=lambda r: (r[0], r[1]))
    if limit is not None:
        ranked = ranked[:limit]
    return [_hit(entry, words, rank) for rank, _, entry in ranked]


def _hit(entry: IndexEntry, words: list[_Word], rank: int) -> SearchHit:
    """The hit for a matching document: the title, else the field with most words, else body."""
    folded, _ = _FIELDS.get(entry)
    if rank == 2:
        body, body_folded = _BODIES.get(entry.path)
        return SearchHit(
            entry.path, entry.title, "body", _snippet(body, body_folded, words), entry.collection
        )
    best: tuple[int, str, str, str] | None = None
    for name, text, low in folded:
        count = sum(1 for w in words if w.search(low))
        if name == "title" and count:
            best = (count, name, text, low)
            break
        if count and (best is None or count > best[0]):
            best = (count, name, text, low)
    assert best is not None  # rank 0 or 1: some field holds a word
    _, name, text, low = best
    return SearchHit(entry.path, entry.title, name, _snippet(text, low, words), entry.collection)


# -- rename or merge a value --------------------------------------------------------------------


@dataclass
class RenameReport:
    """What a rename changed (or, in a dry run, would change)."""

    field: str
    old: Any
    new: Any
    dry_run: bool = False
    changed: list[Path] = field(default_factory=list)  # documents using the value
    targets: list[Path] = field(default_factory=list)  # related documents whose title changed
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # (file, why, in plain words)
    notes: list[str] = field(default_factory=list)

    @property
    def files(self) -> list[Path]:
        """Every file changed (or that would change), in order."""
        return self.changed + [p for p in self.targets if p not in self.changed]


def _matches(value: Any, old: Any) -> bool:
    """True when a scalar value is OLD: the same value, or (for text) the same written text."""
    if isinstance(value, list | dict) or value is None:
        return False
    if type(value) is type(old) and value == old:
        return True
    return isinstance(old, str) and not isinstance(value, str) and _as_text(value) == old


def _close_to(value: Any, old: Any) -> bool:
    """Same text ignoring capitals and spaces at the ends, but not the same value."""
    if not isinstance(old, str) or isinstance(value, list | dict) or value is None:
        return False
    return _as_text(value).strip().casefold() == old.strip().casefold()


def _new_like(matched: Any, new: Any) -> Any:
    """NEW in the type of the value it replaces: `order: 3` renamed to "4" stays a number."""
    if isinstance(new, str) and not isinstance(matched, str):
        try:
            parsed = parse_cli_value(new)
        except ValueError:
            return new
        if type(parsed) is type(matched):
            return parsed
    return new


def _renamed(value: Any, old: Any, new: Any) -> Any:
    """The field's value with OLD replaced by NEW (list items merged when NEW is already there)."""
    if isinstance(value, list):
        replaced = [_new_like(item, new) if _matches(item, old) else item for item in value]
        merged = {i for i, item in enumerate(value) if _matches(item, old)}
        merged |= {i for i, item in enumerate(value) if _same_value(item, _new_like(item, new))}
        out: list[Any] = []
        for i, item in enumerate(replaced):
            # NEW listed already: merge into its first place rather than list it twice
            if i in merged and any(_same_value(x, item) for x in out):
                continue
            out.append(item)
        return out
    if _matches(value, old):
        return _new_like(value, new)
    return value


def _uses(value: Any, old: Any, test: Any = _matches) -> bool:
    if isinstance(value, list):
        return any(test(item, old) for item in value)
    return test(value, old)


def rename_value(
    site: Site,
    field: str,
    old: Any,
    new: Any,
    dry_run: bool = False,
    rename_target: bool = False,
) -> RenameReport:
    """Change every document whose FIELD is OLD (or lists OLD) to NEW, each with a minimal edit.

    With `rename_target`, the related document whose title is OLD (the field's relation in the
    schema, e.g. a page in `_topics`) gets NEW as its title too. Files that cannot be edited
    safely are listed in `skipped` and left untouched.
    """
    report = RenameReport(field, old, new, dry_run)
    if _same_value(old, new):
        report.notes.append("The old and new values are the same: nothing to do.")
        return report
    # What the field points at is read before any value changes: an inferred relation could
    # no longer be recognised once many documents hold the new value.
    relations = _relations(site, field, report) if rename_target else None
    for entry in site.entries():
        if entry.error is None:
            if field not in entry.front_matter:
                continue
            value = entry.front_matter[field]
            if not _uses(value, old):
                # A near-miss that already is NEW (merging "Public Sector" into "Public
                # sector") is what the user asked for: no note.
                if _uses(value, old, lambda v, o: _close_to(v, o) and not _matches(v, new)):
                    report.notes.append(
                        f"{_rel(site, entry.path)}: {field} is {_as_text(value)!r}, which "
                        f"differs from {old!r} only in capitals or spaces; it was left as it is."
                    )
                continue
        # Read the file itself: the index may be older than the disk, or unable to parse it.
        changed = _edit(site, entry.path, report, lambda doc: _rename_in(doc, field, old, new))
        if changed:
            report.changed.append(entry.path)
    if relations:
        _rename_targets(site, old, new, report, relations)
    return report


def _same_value(a: Any, b: Any) -> bool:
    return type(a) is type(b) and a == b


def _rename_in(doc: Document, field: str, old: Any, new: Any) -> bool:
    if field not in doc.front_matter or not _uses(doc.get(field), old):
        return False
    doc.set(field, _renamed(doc.get(field), old, new))
    return True


def _edit(site: Site, path: Path, report: RenameReport, change: Callable[[Document], bool]) -> bool:
    """Apply `change(doc)` to one file and save it (unless a dry run); False if unchanged."""
    try:
        doc = Document.load(path, inside=site.root)
    except OSError as exc:
        report.skipped.append((path, f"cannot be read ({exc.strerror or exc})"))
        return False
    if doc.error is not None:
        if _mentions(doc, report):
            report.skipped.append((path, f"its settings cannot be read ({doc.error})"))
        return False
    try:
        if not change(doc) or not doc.is_modified:
            return False
        if not report.dry_run:
            doc.save(inside=site.root)  # a page that is a link leading out is left alone
            site.update_entry(path)
    except (FrontMatterError, ValueError, TypeError) as exc:
        report.skipped.append((path, str(exc)))
        return False
    except OSError as exc:
        report.skipped.append((path, f"cannot be saved ({exc.strerror or exc})"))
        return False
    return True


def _mentions(doc: Document, report: RenameReport) -> bool:
    """A broken document that seems to use the value (so skipping it is worth reporting)."""
    return f"{report.field}:" in doc.raw_front_matter and str(report.old) in doc.raw_front_matter


def _relations(site: Site, field: str, report: RenameReport) -> set[tuple[str, str]]:
    """The (collection, naming field) pairs FIELD points at in the schema; notes when none."""
    from editor_app.core.schema import FILE_KEY, load_schema

    schema = load_schema(site)
    targets: set[tuple[str, str]] = set()
    by_file: set[str] = set()
    for cs in schema.collections.values():
        f = cs.field(field)
        if f is None or f.type != "relation" or not f.collection:
            continue
        if f.key == FILE_KEY:
            by_file.add(f.collection)
        else:
            targets.add((f.collection, f.key or "title"))
    for name in sorted(by_file - {c for c, _ in targets}):
        report.notes.append(
            f"{field} points to {name} by file name; rename that file by hand if needed."
        )
    if not targets and not by_file:
        report.notes.append(
            f"{field} does not refer to pages of another collection: no title to rename."
        )
    return targets


def _rename_targets(
    site: Site, old: Any, new: Any, report: RenameReport, targets: set[tuple[str, str]]
) -> None:
    for name, key in sorted(targets):

        def retitle(doc: Document, key: str = key) -> bool:
            if not _matches(doc.get(key), old):
                return False
            doc.set(key, _new_like(doc.get(key), new))
            return True

        for entry in site.documents(name):
            if entry.error is None and not _matches(entry.front_matter.get(key), old):
                continue
            if _edit(site, entry.path, report, retitle):
                report.targets.append(entry.path)


def _rel(site: Site, path: Path) -> str:
    try:
        return path.relative_to(site.root).as_posix()
    except ValueError:
        return str(path)


# -- new documents -----------------------------------------------------------------------------


class UnknownCollection(KeyError):
    """The site has no collection of that name."""

    def __init__(self, name: str, known: Iterable[str]) -> None:
        super().__init__(name)
        self.name = name
        self.known = sorted(known)

    def __str__(self) -> str:
        if not self.known:
            return f"this site has no collection called {self.name!r}, nor any other yet"
        return f"this site has no collection called {self.name!r} (it has: {', '.join(self.known)})"


def slugify(title: str) -> str:
    """A file-name slug: lower case, accents dropped, anything else becomes one hyphen."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:80].rstrip("-") or "untitled"


def _suffix(folder: Path) -> str:
    """`.markdown` when most of the collection's files use it, else `.md`."""
    names = [p.suffix.lower() for p in folder.glob("*") if p.suffix.lower() in (".md", ".markdown")]
    return ".markdown" if names and names.count(".markdown") * 2 > len(names) else ".md"


class UnknownFolder(ValueError):
    """A folder that holds none of the collection's pages (a new page may go in one that does)."""

    def __init__(self, folder: str, known: Iterable[str]) -> None:
        super().__init__(folder)
        self.folder = folder
        self.known = list(known)

    def __str__(self) -> str:
        return (
            f"no page of this collection is in the folder {self.folder!r} "
            f"(its pages are in: {', '.join(self.known)})"
        )


def page_folders(site: Site, collection: str) -> list[str]:
    """The folders holding the collection's pages, from the site root: its own folder first,
    then the others by name (the Open Source Guide's `_articles/fr`, one per language; Jekyll
    docs' `_docs/deployment`). A new page may go in any of them.

    Raises `UnknownCollection` when the site has no such collection.
    """
    coll = site.collections.get(collection)
    if coll is None:
        raise UnknownCollection(collection, site.collections)
    root = site.root.resolve()
    own = _relative(coll.folder, root)
    found = {_relative(e.path.parent, root) for e in site.documents(collection)}
    found.discard(own)
    return [own, *sorted(found, key=str.lower)]


def _relative(folder: Path, root: Path) -> str:
    try:
        return folder.resolve().relative_to(root).as_posix()
    except ValueError:
        return folder.as_posix()


def _new_page_folder(site: Site, collection: str, folder: str | None) -> Path:
    """The folder a new page goes in: the collection's own, or `folder` when it holds pages of
    the collection (`UnknownFolder` otherwise: never a folder the site does not use for it)."""
    coll = site.collections[collection]
    if not folder:
        return coll.folder
    known = page_folders(site, collection)
    wanted = folder.strip("/")
    if wanted not in known:
        raise UnknownFolder(folder, known)
    return site.root / wanted


def proposed_path(
    site: Site,
    collection: str,
    title: str,
    today: dt.date | None = None,
    folder: str | None = None,
) -> Path:
    """The file `new_document` would create now: dated or not, `-2`, `-3`... when taken; in
    the collection's folder, or in `folder` (one of `page_folders`).

    Raises `UnknownCollection` when the site has no such collection, `UnknownFolder` when
    `folder` holds none of its pages.
    """
    coll = site.collections.get(collection)
    if coll is None:
        raise UnknownCollection(collection, site.collections)
    base = _new_page_folder(site, collection, folder)
    today = today or dt.date.today()
    slug = slugify(title)
    stem = f"{today.isoformat()}-{slug}" if coll.dated else slug
    suffix = _suffix(base)
    n = 1
    while True:
        path = base / f"{stem}{'' if n == 1 else f'-{n}'}{suffix}"
        # lexists: a dangling link still blocks the name (creating through it would fail).
        if not os.path.lexists(path):
            return path
        n += 1


def new_document(
    site: Site,
    collection: str,
    title: str,
    schema: Any = None,
    today: dt.date | None = None,
    folder: str | None = None,
) -> Path:
    """Create a document in `collection` (in its folder, or in `folder`, one of
    `page_folders`) and return its path; never overwrites a file.

    The file is named like the collection's files (`YYYY-MM-DD-slug.md` when they are dated,
    else `slug.md`; `-2`, `-3`... when taken). Its front matter holds the schema's defaults,
    the title (in `title`, or the field other pages name these by) and today's date (in `date`,
    or the first required date field), with the collection's usual fields in their usual
    order, shape and quoting (`core/new_page.py`).
    """
    coll = site.collections.get(collection)
    if coll is None:
        raise UnknownCollection(collection, site.collections)
    if schema is None:
        from editor_app.core.schema import load_schema

        schema = load_schema(site)
    base = _new_page_folder(site, collection, folder)
    # Another folder's pages may share values (`lang: fr`); the collection's own folder keeps
    # the collection's usual ones.
    data = new_page_bytes(
        site, collection, title, schema, today, folder=base if base != coll.folder else None
    )

    _check_inside(site, base)
    base.mkdir(parents=True, exist_ok=True)
    _check_inside(site, base)  # a link made meanwhile must not lead us out either
    while True:
        path = proposed_path(site, collection, title, today, folder)
        try:
            # Complete or not at all (a full disk never leaves an empty page), and only when
            # the name is free: another program taking it meanwhile moves us to the next one.
            atomic_create(path, data)
        except FileExistsError:
            continue
        break
    site.update_entry(path)
    return path


class OutsideSite(OSError):
    """A new page would be written outside the site folder (a setting or link leads out)."""


def _check_inside(site: Site, folder: Path) -> None:
    if not safe_paths.is_inside(folder, site.root):
        raise OutsideSite(
            errno.EINVAL,
            "the collection's folder lies outside the site folder, so nothing was written there",
            str(folder),
        )


__all__ = [
    "OutsideSite",
    "RenameReport",
    "SearchHit",
    "UnknownCollection",
    "new_document",
    "proposed_path",
    "rename_value",
    "search",
    "slugify",
]
