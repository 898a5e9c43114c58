"""The schema's model: field types, `Field`, `CollectionSchema`, `Schema`, and the numbers
inference works with (core/schema.py is the entry point; docs/SCHEMA.md the format)."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.core.site import plain_label

if TYPE_CHECKING:
    from editor_app.core.site import IndexEntry, Site

SCHEMA_FILE = "_schema.yml"


def is_empty(value: Any) -> bool:
    """A value left blank (`link:`, `''`, `[]`, `{}`), which fills nothing in: one meaning of
    "filled" for inference, the form's star, new pages and Check."""
    return value is None or value == "" or value == [] or value == {}

FIELD_TYPES = (
    "text",
    "long_text",
    "date",
    "datetime",
    "boolean",
    "number",
    "url",
    "email",
    "choice",
    "choices",
    "list",
    "relation",
    "image",
    "file",
    "object",
)
# Names people write by hand in a schema file, read as the type they mean.
TYPE_ALIASES = {
    "string": "text",
    "str": "text",
    "textarea": "long_text",
    "markdown": "long_text",
    "long text": "long_text",
    "bool": "boolean",
    "int": "number",
    "integer": "number",
    "float": "number",
    "select": "choice",
    "multiselect": "choices",
    "tags": "list",
    "reference": "relation",
    "link": "url",
}
FIELD_KEYS = (
    "name",
    "type",
    "label",
    "required",
    "default",
    "help",
    "choices",
    "collection",
    "key",
    "multiple",
    "folder",
    "fields",
    "unique",
)
# `key: file` in a relation means "the target's file name without extension (and date)".
FILE_KEY = "file"

# Tuning of inference (see docs/SCHEMA.md).
REQUIRED_SHARE = 0.9  # present and non-empty in this share of documents...
REQUIRED_MIN_DOCS = 3  # ...and in at least this many
MATCH_SHARE = 0.9  # share of values that must match (relation, image, URL, e-mail, type)
SMALL_SAMPLE = 5  # from this many values on, all but one matching is enough too
CHOICE_MAX = 12  # at most this many distinct values for a choice
# More values are still a closed list when each is used over and over (opensource-guide's
# `class`: 13 articles' names, each on ~29 pages, one per language): up to CHOICE_MAX_REPEATED
# values, used by CHOICE_REPEATS documents each on average, 95% of uses on a repeated value.
# Hugo's `returnType` (45 types, 6 uses each) and Eleventy's `parent` (32, 3.6) stay text.
CHOICE_MAX_REPEATED = 40
CHOICE_REPEATS = 10
CHOICE_REPEATED_SHARE = 0.95
LONG_TEXT_CHARS = 120  # a value longer than this makes a field long text
NOTE_FILES = 5
RARE_SHARE = 0.05  # a key in at most this share of documents (or 2) may be a misspelling
ORDER_SAMPLE = 300
_SCAN_FIELDS = 1000  # CollectionSchema.field looks again on a miss up to this many fields
_SCAN_KEYS = 64  # CollectionSchema.own_key scans a header of up to this many keys
RARE_KEYS_CHECKED = 2000  # more rare fields than this: not looked at for misspellings
ORDER_KEYS = 150  # more fields than this in a collection: ordered by mean position alone
OBJECT_SAMPLE = 2000  # nested mappings looked at for an object field's own fields  # documents looked at to find the usual field order  # files named in one note before "and N more"
# Values that suit a new, unfinished document better than the most common one.
DRAFT_BOOLEANS = {"draft": True, "unpublished": True, "published": False}
# Yes-or-no fields saying a thing is over. A new page's thing has not ended, whatever most of
# its kind say: connectedbydata's projects are mostly `completed: true`, a new one is not.
FINISHED_WORDS = frozenset(
    ("completed", "complete", "done", "finished", "archived", "closed", "ended", "retired",
     "expired", "deprecated", "obsolete", "past")
)  # fmt: skip


def says_finished(name: str) -> bool:
    """Whether a yes-or-no field named `name` says a thing is over: one of `FINISHED_WORDS`,
    read without capitals, `_` or `-` and a leading `is` (`completed`, `is_done`,
    `isFinished`), for the proposed schema's default and a new page's value alike."""
    word = name.lower().replace("_", "").replace("-", "")
    return (word[2:] if word.startswith("is") else word) in FINISHED_WORDS
# Text an author may have meant as true or false (a slip, worth a note when a field is boolean).
_BOOLEAN_WORDS = frozenset({"yes", "no", "true", "false", "on", "off", "y", "n", "1", "0", ""})
DRAFT_WORDS = ("draft", "drafting", "unpublished", "in progress", "in-progress", "wip", "todo")

_LABELS = {
    "url": "Web address",
    "permalink": "Web address",
    "email": "E-mail",
    "redirect_from": "Old web addresses",
    "lang": "Language",
    "excerpt": "Summary",
}
_KIND_NAMES = {
    "url": {"url", "website", "homepage", "webpage", "web"},
    "email": {"email", "mail", "emailaddress"},
}
_DATE_STRING = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME_STRING = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}")
_EMAIL = re.compile(r"^[^@\s/]+@[^@\s/]+\.[A-Za-z]{2,}$")
# A file name starting with a date (Jekyll's posts: `2024-05-03-title.md`).
DATED_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}-")
DATES = ("date", "datetime")
# Values inference counts as single values (hashable, shown in one form widget).
_SCALARS = (str, int, float, bool, date, datetime, bytes)
_LIST_LIKE = (set, frozenset, tuple)
_NUMBERS = (int, float)
# Below this many documents every field of a collection counts as usual (none is rare).
RARE_FIELD_MIN_DOCUMENTS = 10


class SchemaError(Exception):
    """A schema file that cannot be used: `line` (1-based, or None) and a plain message."""

    def __init__(self, message: str, line: int | None = None) -> None:
        self.message = message
        self.line = line
        super().__init__(f"{SCHEMA_FILE}, line {line}: {message}" if line else message)


@dataclass
class Field:
    """One front-matter field as the form shows it and the validator checks it."""

    name: str
    type: str = "text"
    label: str = ""
    required: bool = False
    default: Any = None
    help: str = ""
    choices: list | None = None
    collection: str | None = None
    key: str = "title"
    multiple: bool = False
    folder: str | None = None
    fields: list[Field] = field(default_factory=list)
    # No two documents of the collection may share a value (e.g. `reference`); validation checks it.
    unique: bool = False
    # How many of the collection's documents have the field, when inferred (None: declared).
    used_by: int | None = field(default=None, compare=False)
    # How many of them give it a value (not `link:` left empty), when inferred.
    filled_by: int | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if not self.label:
            self.label = field_label(self.name)


def _folded(keys: tuple[Any, ...]) -> dict[str, str]:
    """A header's text keys by their small letters; the first of two spellings wins."""
    folded: dict[str, str] = {}
    for key in reversed(keys):
        if isinstance(key, str):
            folded[key.lower()] = key
    return folded


@dataclass
class CollectionSchema:
    """The fields of one collection, in the order documents use them."""

    name: str
    fields: list[Field] = field(default_factory=list)
    # False when `_schema.yml` names the collection (e.g. for its `sections:`) without
    # `fields:`: its fields are then inferred, as for a collection the file leaves out.
    fields_declared: bool = field(default=True, compare=False)
    # How many documents the fields were inferred from (None: declared in `_schema.yml`).
    documents: int | None = field(default=None, compare=False)
    # name -> position in `fields`, rebuilt when the list changes length or a position no
    # longer holds that name (a header of 50,000 fields made the linear scan quadratic).
    _positions: dict[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)
    _indexed: int = field(default=-1, init=False, repr=False, compare=False)
    # The site reads field names without regard to capitals (Hugo): a page's `linktitle` is the
    # field `linkTitle`.
    names_any_case: bool = field(default=False, compare=False)
    # The last big header's keys `own_key` folded, in order, and their small letters -> key.
    _folded_keys: tuple[tuple[Any, ...], dict[str, str]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @property
    def is_declared(self) -> bool:
        """Its fields are the site's own word (`_schema.yml` lists them), not inferred from its
        documents: the one test of "declared" the form and Check make for a collection."""
        return self.documents is None

    def own_key(self, front_matter: Mapping[Any, Any], name: str) -> str | None:
        """The key a page writes field `name` as: `name` itself, or, where names are read
        without regard to capitals, the page's own spelling of it (the first of two);
        None when it lacks it. The form's rows and Check both ask this."""
        if name in front_matter:
            return name
        if not self.names_any_case:
            return None
        lowered = name.lower()
        if len(front_matter) <= _SCAN_KEYS:
            for key in front_matter:
                if isinstance(key, str) and key.lower() == lowered:
                    return key
            return None
        # A big header asked for each of its fields: its keys folded once, not per field.
        # Held by its keys themselves, in order (the answer depends on nothing else): a
        # header changed in place, its length kept, is folded again. Comparing the keys runs
        # in C, some twenty times quicker than folding them again.
        keys = tuple(front_matter)
        held = self._folded_keys
        if held is None or held[0] != keys:
            held = self._folded_keys = (keys, _folded(keys))
        return held[1].get(lowered)

    def field(self, name: str) -> Field | None:
        """The field called `name`, or None."""
        fields = self.fields
        if self._indexed != len(fields):
            self._reindex()
        pos = self._positions.get(name)
        if pos is not None and pos < len(fields) and fields[pos].name == name:
            return fields[pos]
        if pos is not None or len(fields) <= _SCAN_FIELDS:
            # Maybe the list was changed in place (same length): look again. Beyond a
            # thousand fields (only generated or hostile headers) a miss stays a miss.
            self._reindex()
            pos = self._positions.get(name)
            return fields[pos] if pos is not None else None
        return None

    def is_rare(self, f: Field) -> bool:
        """An inferred, optional field fewer than one document in ten has, in a collection of
        ten or more: the form keeps it under "More fields" on a page without it, so the fields
        an author fills in come first (Eleventy's docs use 40 keys, most on one page or two).
        The draft or published switch is never rare."""
        if self.documents is None or f.used_by is None or f.required:
            return False
        if f.name in DRAFT_BOOLEANS:  # whether a page is on the site concerns every page
            return False
        return self.documents >= RARE_FIELD_MIN_DOCUMENTS and f.used_by * 10 < self.documents

    def _reindex(self) -> None:
        positions: dict[str, int] = {}
        for i, f in enumerate(self.fields):
            positions.setdefault(f.name, i)
        self._positions = positions
        self._indexed = len(self.fields)


@dataclass
class Schema:
    """Every collection's fields, where they came from, and what looked odd while inferring."""

    collections: dict[str, CollectionSchema] = field(default_factory=dict)
    source: str = "inferred"
    notes: list[str] = field(default_factory=list)
    # Set by `load_schema` when `_schema.yml` exists but is broken (the schema is then inferred).
    error: SchemaError | None = None

    def declares(self, name: str | None) -> bool:
        """Whether collection `name`'s fields are declared: `_schema.yml` is in force and lists
        them (`CollectionSchema.is_declared`); a collection it leaves out, or names without
        `fields:`, is inferred. A page of no collection the schema knows: the file's word."""
        if self.source != "declared":
            return False
        cs = self.for_collection(name)
        return cs is None or cs.is_declared

    def for_collection(self, name: str | None) -> CollectionSchema | None:
        """The schema of collection `name`, or None (plain pages have none)."""
        if name is None:
            return None
        return self.collections.get(name)


_CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_CAPITALISED = re.compile(r"[A-Z][a-z]+")
_ABBREVIATIONS = {"url": "URL", "id": "ID", "seo": "SEO", "pdf": "PDF"}  # read letter by letter
# A title field named in one lowercase word (Eleventy's `newstitle`, Hugo's `linktitle`):
# "News title", not "Newstitle"; the words that end in "title" themselves stay whole.
_RUN_TOGETHER_TITLE = re.compile(r"(?i)\b(?!(?:sub|super|en|un)title\b)([a-z]{3,})(title)\b")


def field_label(name: str) -> str:
    """A field name in plain words: `listed` -> `Listed`, `board-minutes` -> `Board minutes`,
    `linkTitle` and `linktitle` -> `Link title`, `shopify_filter_url` -> `Shopify filter URL`."""
    known = _LABELS.get(name)
    if known:
        return known
    plain = plain_label(_CAMEL_HUMP.sub(" ", name))
    first, *rest = _RUN_TOGETHER_TITLE.sub(r"\1 \2", plain).split(" ")
    words = [first, *(w.lower() if _CAPITALISED.fullmatch(w) else w for w in rest)]
    return " ".join(_ABBREVIATIONS.get(w.lower(), w) for w in words)


# -- shared by loading, inference and the value scans ----------------------------------------


def _plain_failure(exc: BaseException) -> str:
    """A failure in a few plain words for a note (no Python names)."""
    if isinstance(exc, RecursionError):
        return "a value is nested too deeply"
    if isinstance(exc, MemoryError):
        return "a value is too large"
    if isinstance(exc, OSError):
        return (exc.strerror or "a file cannot be read").lower()
    return "an unexpected value"


class _Context:
    """What inference looks values up in: titles and file names of other collections, assets."""

    def __init__(self, site: Site, by_collection: dict[str, list[IndexEntry]]) -> None:
        self.site = site
        self.notes: list[str] = []
        self.titles: dict[str, dict[str, str]] = {}  # collection -> casefolded title -> title
        self.slugs: dict[str, set[str]] = {}
        # collection -> another naming field (e.g. `name` on author pages) -> its values.
        self.names: dict[str, dict[str, set[str]]] = {}
        # collection -> each key's (document, value) pairs in document order, and the sum of
        # the key's positions in the headers: one pass over every header answers every question.
        self.values: dict[str, _Values] = {}
        self.positions: dict[str, dict[Any, int]] = {}
        self.file_slugs: dict[int, str] = {}  # id(entry) -> its file name without date
        for name in site.collections:
            docs = by_collection.get(name, [])
            self.titles[name] = {e.title.casefold(): e.title for e in docs}
            slugs = set()
            for e in docs:
                slug = self.file_slugs[id(e)] = _file_slug(e.path)
                slugs.add(slug)
            self.slugs[name] = slugs
            self.values[name], self.positions[name] = _scan_keys(docs)
            self.names[name] = _naming_fields(docs, self.values[name])
        # Asset folder (relative, posix) -> set of file names it holds.
        self.assets: dict[str, set[str]] = {}
        for folder in site.asset_folders:
            try:
                names = {n for n in os.listdir(folder) if not n.startswith(".")}
            except OSError:
                continue
            self.assets[folder.relative_to(site.root).as_posix()] = names

    def rel(self, path: Path) -> str:
        try:
            return path.relative_to(self.site.root).as_posix()
        except ValueError:
            return str(path)


_SLUG = re.compile(r"^[\w.\-]+$")


_FILE_LIKE = re.compile(r"\.[A-Za-z0-9]{2,5}$")


_ID_NAMES = frozenset({"reference", "ref", "id", "uid", "slug", "key", "code", "permalink"})


def looks_unique(key: str, counts: Mapping[str, int]) -> bool:
    """Whether a text field's values (value -> number of documents) look like identifiers no
    two documents should share: named like one (`reference`) or one-word slugs (not file
    names), all different but for a stray repeat, over enough documents to tell."""
    n = sum(counts.values())
    if n < 5:
        return False
    if key.lower() not in _ID_NAMES:
        sluggish = sum(c for v, c in counts.items() if _SLUG.match(v) and not _FILE_LIKE.search(v))
        if sluggish < 0.9 * n:
            return False
    repeats = sum(c - 1 for c in counts.values() if c > 1)
    return repeats <= max(1, n // 50)


def _mostly(hits: int, total: int) -> bool:
    """Whether `hits` of `total` values fit a kind: MATCH_SHARE of them, or all but one when
    there are few (one planted typo among nine values must not turn an image into text)."""
    return hits >= MATCH_SHARE * total or (total >= SMALL_SAMPLE and hits >= total - 1)


def _file_slug(path: Path) -> str:
    # Path.stem by hand: the same result, without pathlib's overhead in a 10,000-file loop.
    name = path.name
    i = name.rfind(".")
    stem = name[:i] if 0 < i < len(name) - 1 else name
    return DATED_NAME.sub("", stem) if name[:1].isdigit() else stem


def _distance(a: str, b: str, limit: int = 99) -> int:
    """Levenshtein distance (transpositions count as one), stopping early past `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _files(files: list[str]) -> str:
    shown = ", ".join(files[:NOTE_FILES])
    more = len(files) - NOTE_FILES
    return shown + (f" and {more} more" if more > 0 else "")


def _join(names: list[str]) -> str:
    return ", ".join(f"`{n}`" for n in names)


# Each key's documents and values, as two parallel lists in document order (two lists, not a
# list of pairs: 100,000 small tuples cost more in allocation and garbage collection than the
# rest of inference).
_Values = dict[Any, tuple[list["IndexEntry"], list[Any]]]


def _scan_keys(docs: list[IndexEntry]) -> tuple[_Values, dict[Any, int]]:
    """Each key's documents and values in document order, and the sum of its positions."""
    values: _Values = {}
    positions: dict[Any, int] = {}
    for e in docs:
        for i, (key, v) in enumerate(e.front_matter.items()):
            found = values.get(key)
            if found is None:
                values[key] = ([e], [v])
                positions[key] = i
            else:
                found[0].append(e)
                found[1].append(v)
                positions[key] += i
    return values, positions


def _naming_fields(docs: list[IndexEntry], values: _Values) -> dict[str, set[str]]:
    """Fields other than `title` that name each document: text in (nearly) every document,
    (nearly) always different, e.g. `name` on author pages that have no title. File names,
    paths and web addresses (`image: jane.jpg`) name files, not documents: never these.

    `values` is the collection's `_scan_keys`."""
    if len(docs) < 2:
        return {}
    need = MATCH_SHARE * len(docs)
    found: dict[str, set[str]] = {}
    first: dict[str, tuple[int, int]] = {}
    for k, (ents, vals) in values.items():
        if not isinstance(k, str) or k == "title" or len(vals) < need:
            continue  # fewer documents hold it than could make it a name
        vs = [t for t in (v.strip() for v in vals if isinstance(v, str)) if t]
        if (
            len(vs) >= need
            and len(set(vs)) >= need
            and not any(_FILE_LIKE.search(v) or "/" in v for v in vs)
        ):
            found[k] = set(vs)
            # Listed in the order the keys first hold text, document by document.
            e = next(e for e, v in zip(ents, vals, strict=True) if isinstance(v, str) and v.strip())
            first[k] = (docs.index(e), list(e.front_matter).index(k))
    if len(found) < 2:
        return found
    return {k: found[k] for k in sorted(found, key=first.__getitem__)}
