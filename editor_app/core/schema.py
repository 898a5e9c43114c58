"""The fields of each collection: declared in the site's `_schema.yml`, or inferred from documents.

The declared format is described in docs/SCHEMA.md. Inference needs no configuration: it looks
at the values the documents already hold (types, repeated values, titles of other collections,
files in asset folders) and reports odd values in `Schema.notes` instead of failing.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from editor_app.core import safe_paths
from editor_app.core.site import IMAGE_SUFFIXES, plain_label

if TYPE_CHECKING:
    from editor_app.core.site import IndexEntry, Site

SCHEMA_FILE = "_schema.yml"

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
LONG_TEXT_CHARS = 120  # a value longer than this makes a field long text
NOTE_FILES = 5
RARE_SHARE = 0.05  # a key in at most this share of documents (or 2) may be a misspelling
ORDER_SAMPLE = 300
_SCAN_FIELDS = 1000  # CollectionSchema.field looks again on a miss up to this many fields
RARE_KEYS_CHECKED = 2000  # more rare fields than this: not looked at for misspellings
ORDER_KEYS = 150  # more fields than this in a collection: ordered by mean position alone
OBJECT_SAMPLE = 2000  # nested mappings looked at for an object field's own fields  # documents looked at to find the usual field order  # files named in one note before "and N more"
# Values that suit a new, unfinished document better than the most common one.
DRAFT_BOOLEANS = {"draft": True, "unpublished": True, "published": False}
# Text an author may have meant as true or false (a slip, worth a note when a field is boolean).
_BOOLEAN_WORDS = frozenset({"yes", "no", "true", "false", "on", "off", "y", "n", "1", "0", ""})
DRAFT_WORDS = ("draft", "drafting", "unpublished", "in progress", "in-progress", "wip", "todo")

_LABELS = {
    "url": "Web address",
    "permalink": "Web address",
    "email": "E-mail",
    "redirect_from": "Old web addresses",
    "excerpt": "Summary",
}
_KIND_NAMES = {
    "url": {"url", "website", "homepage", "webpage", "web"},
    "email": {"email", "mail", "emailaddress"},
}
_DATE_STRING = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME_STRING = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}")
_EMAIL = re.compile(r"^[^@\s/]+@[^@\s/]+\.[A-Za-z]{2,}$")
_DATED_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}-")
DATES = ("date", "datetime")
# Values inference counts as single values (hashable, shown in one form widget).
_SCALARS = (str, int, float, bool, date, datetime, bytes)
_LIST_LIKE = (set, frozenset, tuple)
_NUMBERS = (int, float)


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

    def __post_init__(self) -> None:
        if not self.label:
            self.label = field_label(self.name)


@dataclass
class CollectionSchema:
    """The fields of one collection, in the order documents use them."""

    name: str
    fields: list[Field] = field(default_factory=list)
    # name -> position in `fields`, rebuilt when the list changes length or a position no
    # longer holds that name (a header of 50,000 fields made the linear scan quadratic).
    _positions: dict[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)
    _indexed: int = field(default=-1, init=False, repr=False, compare=False)

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

    def for_collection(self, name: str | None) -> CollectionSchema | None:
        """The schema of collection `name`, or None (plain pages have none)."""
        if name is None:
            return None
        return self.collections.get(name)


def field_label(name: str) -> str:
    """A field name in plain words: `listed` -> `Listed`, `board-minutes` -> `Board minutes`."""
    return _LABELS.get(name) or plain_label(name)


# -- loading ---------------------------------------------------------------------------------


def load_schema(site: Site) -> Schema:
    """The schema in force: `_schema.yml` at the site root when present, else inferred.

    Never raises: a broken file sets `Schema.error` and the inferred schema is used instead.
    Collections the file does not mention are inferred (and say so in `notes`). What the
    documents hold never stops it: a collection or field that cannot be worked out is said in
    `notes` and the rest goes on.
    """
    try:
        schema = _load_schema(site)
        # What the site's layout left unclear (a missing source folder, skipped links) is
        # said with the schema, so every face that shows its notes shows these too.
        schema.notes[:0] = [n for n in site.notes if n not in schema.notes]
        return schema
    except Exception as exc:  # noqa: BLE001 - the last guard: pages must still open
        return Schema(
            notes=[
                "The fields of this site could not be worked out "
                f"({_plain_failure(exc)}); pages open with their settings shown as written."
            ]
        )


def _plain_failure(exc: BaseException) -> str:
    """A failure in a few plain words for a note (no Python names)."""
    if isinstance(exc, RecursionError):
        return "a value is nested too deeply"
    if isinstance(exc, MemoryError):
        return "a value is too large"
    if isinstance(exc, OSError):
        return (exc.strerror or "a file cannot be read").lower()
    return "an unexpected value"


def _load_schema(site: Site) -> Schema:
    site.entries()  # the walk says what it skipped in `site.notes`
    path = site.root / SCHEMA_FILE
    if not safe_paths.is_file(path):
        return infer_schema(site)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        inferred = infer_schema(site)
        why = "it is not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else _plain_failure(exc)
        inferred.error = SchemaError(f"the file cannot be read ({why}).")
        inferred.notes.insert(0, f"{SCHEMA_FILE} cannot be read; the fields were inferred.")
        return inferred
    try:
        declared = schema_from_yaml(text, site)
    except SchemaError as exc:
        inferred = infer_schema(site)
        inferred.error = exc
        inferred.notes.insert(0, f"{exc} The fields were inferred from the documents instead.")
        return inferred
    missing = [n for n in site.collections if n not in declared.collections]
    if missing:
        inferred = infer_schema(site, only=missing)
        for name in missing:
            declared.collections[name] = inferred.collections[name]
        declared.notes.append(
            f"{SCHEMA_FILE} does not list {_join(missing)}; "
            "their fields were inferred from the documents."
        )
        declared.notes.extend(inferred.notes)
    return declared


def schema_from_yaml(text: str, site: Site | None = None) -> Schema:
    """Read the declared format (docs/SCHEMA.md). Raises `SchemaError` naming the line."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise SchemaError(
            f"this is not valid YAML ({(exc.problem or 'unreadable').strip()}).",
            mark.line + 1 if mark else None,
        ) from exc
    except yaml.YAMLError as exc:
        raise SchemaError(f"this is not valid YAML ({exc}).") from exc
    finally:
        loader.dispose()
    if node is None:
        raise SchemaError("the file is empty: it should start with `collections:`.", 1)
    reader = _NodeReader(loader, site)
    return reader.schema(node)


class _NodeReader:
    """Walks the YAML nodes so every complaint can name its line."""

    def __init__(self, loader: yaml.SafeLoader, site: Site | None) -> None:
        self.loader = loader
        self.site = site

    @staticmethod
    def line(node: yaml.Node) -> int:
        return node.start_mark.line + 1

    def mapping(self, node: yaml.Node, what: str) -> list[tuple[str, yaml.Node, yaml.Node]]:
        if not isinstance(node, yaml.MappingNode):
            raise SchemaError(f"{what} should be a set of `name: value` lines.", self.line(node))
        out = []
        seen: set[str] = set()
        for k, v in node.value:
            key = self.value(k)
            if not isinstance(key, str):
                raise SchemaError(f"{key!r} is not a valid name in {what}.", self.line(k))
            if key in seen:
                raise SchemaError(f"`{key}` appears twice in {what}.", self.line(k))
            seen.add(key)
            out.append((key, k, v))
        return out

    def value(self, node: yaml.Node) -> Any:
        try:
            return self.loader.construct_object(node, deep=True)
        except yaml.YAMLError as exc:
            raise SchemaError(f"this value cannot be read ({exc}).", self.line(node)) from exc
        except (ValueError, OverflowError, RecursionError) as exc:  # e.g. 2023-02-30
            raise SchemaError("this value cannot be read.", self.line(node)) from exc

    def schema(self, node: yaml.Node) -> Schema:
        top = self.mapping(node, "the file")
        collections: dict[str, CollectionSchema] = {}
        found = False
        for key, knode, vnode in top:
            if key in ("version", "checks", "style"):  # checks, style: core/checks/settings.py
                continue
            if key != "collections":
                raise SchemaError(
                    f"unknown setting `{key}`: the file holds `collections:`"
                    + _did_you_mean(key, ("collections", "version", "checks", "style")),
                    self.line(knode),
                )
            found = True
            for name, cknode, cnode in self.mapping(vnode, "`collections`"):
                collections[name] = self.collection(name, cknode, cnode)
        if not found:
            raise SchemaError("the file should start with `collections:`.", self.line(node))
        return Schema(collections=collections, source="declared")

    def collection(self, name: str, knode: yaml.Node, node: yaml.Node) -> CollectionSchema:
        if self.site is not None and name not in self.site.collections:
            known = ", ".join(sorted(self.site.collections)) or "none"
            raise SchemaError(
                f"there is no collection called `{name}` in this site (it has: {known})."
                + _did_you_mean(name, tuple(self.site.collections)),
                self.line(knode),
            )
        if isinstance(node, yaml.SequenceNode):  # shorthand: the list of fields directly
            return CollectionSchema(name, self.fields(node, f"collection `{name}`"))
        fields: list[Field] = []
        for key, k, v in self.mapping(node, f"collection `{name}`"):
            if key == "fields":
                fields = self.fields(v, f"collection `{name}`")
            elif key not in ("label", "sections"):  # sections: core/checks/settings.py
                raise SchemaError(
                    f"unknown setting `{key}` in collection `{name}`: it holds `fields:`"
                    + _did_you_mean(key, ("fields", "label", "sections")),
                    self.line(k),
                )
        return CollectionSchema(name, fields)

    def fields(self, node: yaml.Node, where: str) -> list[Field]:
        if not isinstance(node, yaml.SequenceNode):
            raise SchemaError(
                f"the fields of {where} should be a list (lines starting with `- name:`).",
                self.line(node),
            )
        result: list[Field] = []
        names: set[str] = set()
        for item in node.value:
            f = self.field(item, where)
            if f.name in names:
                raise SchemaError(f"field `{f.name}` is listed twice in {where}.", self.line(item))
            names.add(f.name)
            result.append(f)
        return result

    def field(self, node: yaml.Node, where: str) -> Field:
        if isinstance(node, yaml.ScalarNode):  # shorthand: `- subtitle` is a text field
            name = self.value(node)
            if not isinstance(name, str) or not name:
                raise SchemaError(f"a field of {where} has no name.", self.line(node))
            return Field(name)
        items = self.mapping(node, f"a field of {where}")
        values: dict[str, tuple[Any, yaml.Node]] = {}
        for key, k, v in items:
            if key not in FIELD_KEYS:
                raise SchemaError(
                    f"unknown setting `{key}` for a field of {where}"
                    + _did_you_mean(key, FIELD_KEYS, default="."),
                    self.line(k),
                )
            values[key] = (v if key == "fields" else self.value(v), v)
        line = self.line(node)
        name = values.get("name", (None, node))[0]
        if not isinstance(name, str) or not name.strip():
            raise SchemaError(f"a field of {where} has no `name`.", line)

        def get(key: str, kind: type | tuple[type, ...], default: Any = None) -> Any:
            if key not in values:
                return default
            value, vnode = values[key]
            if value is None:
                return default
            if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
                expected = {
                    str: "a piece of text",
                    bool: "true or false",
                    list: "a list",
                }.get(kind if isinstance(kind, type) else str, "a value")
                raise SchemaError(
                    f"`{key}` of field `{name}` should be {expected}.", self.line(vnode)
                )
            return value

        ftype = get("type", str, "text").strip().lower()
        ftype = TYPE_ALIASES.get(ftype, ftype).replace(" ", "_").replace("-", "_")
        if ftype not in FIELD_TYPES:
            tnode = values["type"][1]
            raise SchemaError(
                f"field `{name}` has an unknown type `{values['type'][0]}`"
                + _did_you_mean(str(values["type"][0]), FIELD_TYPES, default=".")
                + f" Types: {', '.join(FIELD_TYPES)}.",
                self.line(tnode),
            )
        choices = get("choices", list)
        if ftype in ("choice", "choices") and not choices:
            raise SchemaError(
                f"field `{name}` is a {ftype} but lists no `choices`.",
                line,
            )
        collection = get("collection", str)
        if ftype == "relation":
            if not collection:
                raise SchemaError(
                    f"field `{name}` is a relation but names no `collection` to pick from.",
                    line,
                )
            if self.site is not None and collection not in self.site.collections:
                raise SchemaError(
                    f"field `{name}` points to a collection `{collection}` this site does not "
                    "have" + _did_you_mean(collection, tuple(self.site.collections), default="."),
                    self.line(values["collection"][1]),
                )
        folder = get("folder", str)
        if folder is not None:
            folder = folder.strip().strip("/")
            if ".." in Path(folder).parts or os.path.isabs(folder):
                raise SchemaError(
                    f"the `folder` of field `{name}` must be inside the site.",
                    self.line(values["folder"][1]),
                )
        subfields: list[Field] = []
        if "fields" in values and values["fields"][0] is not None:
            subfields = self.fields(values["fields"][0], f"field `{name}`")
        # An object without `fields` is a free-form group (what inference gives for `[{}]`):
        # its values are shown and kept as written.
        default = values.get("default", (None, node))[0]
        return Field(
            name=name.strip(),
            type=ftype,
            label=str(get("label", (str, int, float), "") or ""),
            required=get("required", bool, False),
            default=default,
            help=str(get("help", str, "") or ""),
            choices=list(choices) if choices else None,
            collection=collection,
            key=get("key", str, "title"),
            multiple=get("multiple", bool, False),
            folder=folder or None,
            fields=subfields,
            unique=get("unique", bool, False),
        )


def _did_you_mean(word: str, options: tuple[str, ...], default: str = ".") -> str:
    best = min(options, key=lambda o: _distance(word.lower(), o.lower()), default=None)
    # Longer words may be further off and still clearly meant (`relashun` for `relation`).
    if best is not None and _distance(word.lower(), best.lower()) <= max(2, (len(word) + 2) // 3):
        return f" (did you mean `{best}`?)"
    return default


# -- writing ---------------------------------------------------------------------------------


def _field_dict(f: Field) -> dict[str, Any]:
    out: dict[str, Any] = {"name": f.name, "type": f.type, "label": f.label}
    if f.required:
        out["required"] = True
    if f.default is not None:
        out["default"] = f.default
    if f.choices:
        out["choices"] = list(f.choices)
    if f.collection:
        out["collection"] = f.collection
    if f.type == "relation" and f.key != "title":
        out["key"] = f.key
    if f.multiple:
        out["multiple"] = True
    if f.folder:
        out["folder"] = f.folder
    if f.unique:
        out["unique"] = True
    if f.fields:
        out["fields"] = [_field_dict(sub) for sub in f.fields]
    if f.help:
        out["help"] = f.help
    return out


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Lists of plain values on one line (`choices: [draft, final]`), the rest as blocks.

    The C emitter when there is one: the same text, and a schema of thousands of fields is
    written in a blink instead of a minute."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["width"] = 4096  # never fold a help text over two lines
        super().__init__(*args, **kwargs)


def _represent_list(dumper: yaml.SafeDumper, data: list) -> yaml.Node:
    flow = all(not isinstance(x, list | dict) for x in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(list, _represent_list)


def schema_to_yaml(schema: Schema) -> str:
    """The schema in the declared-file format, ready to save as `_schema.yml`."""
    lines = [
        "# The fields of each collection, for editor-app (format: docs/SCHEMA.md).",
        f"# Save this as {SCHEMA_FILE} at the site root and adjust it; it is then used as is.",
    ]
    if schema.source == "inferred":
        lines.append("# Inferred from the documents.")
    for note in schema.notes:
        lines.append("# Note: " + note.replace("\n", " "))
    body = {
        "collections": {
            name: {"fields": [_field_dict(f) for f in cs.fields]}
            for name, cs in schema.collections.items()
        }
    }
    dumped = yaml.dump(
        body, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False
    )
    # A blank line before each collection makes the file easier to read and edit.
    dumped = re.sub(r"(?<!collections:)\n(  \S)", r"\n\n\1", dumped)
    return "\n".join(lines) + "\n" + dumped


# -- inference -------------------------------------------------------------------------------


def infer_schema(site: Site, only: list[str] | None = None) -> Schema:
    """Infer every collection's fields from its documents (no configuration needed)."""
    entries = site.entries()
    by_collection: dict[str, list[IndexEntry]] = defaultdict(list)
    for e in entries:
        if e.collection is not None and e.error is None:
            by_collection[e.collection].append(e)
    ctx = _Context(site, by_collection)
    schema = Schema(source="inferred")
    for name in site.collections:
        if only is not None and name not in only:
            continue
        try:
            schema.collections[name] = _infer_collection(ctx, name, by_collection.get(name, []))
        except Exception as exc:  # noqa: BLE001 - one collection never takes down the rest
            ctx.notes.append(
                f"{name}: the fields could not be worked out ({_plain_failure(exc)}); its pages "
                "open with their settings shown as written."
            )
            schema.collections[name] = CollectionSchema(name, [])
    schema.notes = ctx.notes
    return schema


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


def _file_slug(path: Path) -> str:
    # Path.stem by hand: the same result, without pathlib's overhead in a 10,000-file loop.
    name = path.name
    i = name.rfind(".")
    stem = name[:i] if 0 < i < len(name) - 1 else name
    return _DATED_NAME.sub("", stem) if name[:1].isdigit() else stem


def _infer_collection(ctx: _Context, name: str, docs: list[IndexEntry]) -> CollectionSchema:
    n = len(docs)
    if name in ctx.values:
        values, sums = ctx.values[name], ctx.positions[name]
    else:
        values, sums = _scan_keys(docs)
    counts: Counter[str] = Counter({k: len(vals) for k, (_, vals) in values.items()})
    positions: dict[str, float] = {k: float(v) for k, v in sums.items()}
    first_seen: dict[str, int] = {k: i for i, k in enumerate(values)}
    keys = [k for k in counts if isinstance(k, str)]
    misspelt = _misspelt_keys(keys, counts, n)
    for odd, common in misspelt.items():
        files = [ctx.rel(e.path) for e in values[odd][0]]
        ctx.notes.append(
            f"{name}: `{odd}` in {_files(files)} looks like a misspelling of `{common}` "
            f"(used by {counts[common]} documents); it is left out of the fields."
        )
    keys = [k for k in keys if k not in misspelt]
    keys = _common_order(keys, docs, positions, counts, first_seen)
    fields = [_safe_infer_field(ctx, name, key, *values[key], n) for key in keys]
    return CollectionSchema(name, fields)


def _safe_infer_field(
    ctx: _Context, coll: str, key: str, ents: list[IndexEntry], vals: list[Any], n: int
) -> Field:
    """`_infer_field`, but a field whose values cannot be worked out becomes text (said)."""
    try:
        return _infer_field(ctx, coll, key, ents, vals, n)
    except Exception as exc:  # noqa: BLE001 - one field never takes down its collection
        ctx.notes.append(
            f"{coll}: `{key}` could not be worked out ({_plain_failure(exc)}); it is shown as text."
        )
        return Field(key, "text")


def _common_order(
    keys: list[str],
    docs: list[IndexEntry],
    positions: dict[str, float],
    counts: Counter[str],
    first_seen: dict[str, int],
) -> list[str]:
    """The order most documents use: a key goes before another when most documents holding
    both put it first (pairwise majority), ties broken by the mean position."""

    def rank(k: str) -> tuple[float, int, int]:
        return (positions[k] / counts[k], -counts[k], first_seen[k])

    if len(keys) > ORDER_KEYS:
        # Hundreds of fields (a generated or hostile header): comparing every pair would take
        # minutes; the mean position alone gives the order.
        return sorted(keys, key=rank)
    wanted = set(keys)
    step = max(1, len(docs) // ORDER_SAMPLE)  # an even sample keeps this cheap on big sites
    before: Counter[tuple[str, str]] = Counter()
    for e in docs[::step]:
        order = [k for k in e.front_matter if k in wanted]
        for i, a in enumerate(order):
            for b in order[i + 1 :]:
                before[(a, b)] += 1
    # Place keys one by one: next is a key no remaining key should precede; among those (or
    # among all, when documents disagree in a circle) the one with the lowest mean position.
    remaining = list(keys)
    result: list[str] = []
    while remaining:
        free = [k for k in remaining if not any(before[(j, k)] > before[(k, j)] for j in remaining)]
        nxt = min(free or remaining, key=rank)
        result.append(nxt)
        remaining.remove(nxt)
    return result


def _misspelt_keys(keys: list[str], counts: Counter[str], n: int) -> dict[str, str]:
    """Rare keys one or two edits from a common key: `projects` next to `project`."""
    result: dict[str, str] = {}
    common = [k for k in keys if counts[k] >= 3]
    rare = [k for k in keys if counts[k] <= max(2, n * RARE_SHARE)]
    if len(rare) > RARE_KEYS_CHECKED:
        # Thousands of one-off fields (a generated or hostile header): no slips to find.
        return result
    for k in rare:
        best, best_d = None, 3
        for c in common:
            if c == k or counts[c] < 5 * counts[k]:
                continue
            limit = 1 if min(len(c), len(k)) <= 4 else 2
            d = _distance(k.lower(), c.lower(), limit)
            if d <= limit and d < best_d:
                best, best_d = c, d
        if best is not None:
            result[k] = best
    return result


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


def _infer_field(
    ctx: _Context, coll: str, key: str, ents: list[IndexEntry], vals: list[Any], n: int
) -> Field:
    """The field `key` from its documents `ents` and their values `vals` (parallel lists)."""
    lists: list[tuple[IndexEntry, list]] = []
    objects: list[tuple[IndexEntry, dict]] = []
    # Single values, as two parallel lists (documents, values).
    s_ents: list[IndexEntry] = []
    s_vals: list[Any] = []
    if "" not in vals and set(map(type, vals)) == {str}:
        # Only non-empty text (most fields): every value is a single value, found in C.
        s_ents, s_vals = list(ents), list(vals)
    else:
        for e, v in zip(ents, vals, strict=True):
            if v.__class__ is str:  # by far the most common value: checked first, cheaply
                if v:
                    s_ents.append(e)
                    s_vals.append(v)
                continue
            if isinstance(v, _LIST_LIKE):
                v = list(v)  # `!!set` and friends: treated as the list they read as
            if v is None or v == "" or v == [] or v == {}:
                continue
            if isinstance(v, list):
                lists.append((e, v))
            elif isinstance(v, dict):
                objects.append((e, v))
            elif isinstance(v, _SCALARS):
                s_ents.append(e)
                s_vals.append(v)
            else:
                s_ents.append(e)
                s_vals.append(str(v))  # anything else YAML can make is shown as text
    filled = len(lists) + len(s_vals) + len(objects)
    required = n >= REQUIRED_MIN_DOCS and (
        filled >= REQUIRED_SHARE * n or (n >= SMALL_SAMPLE and filled >= n - 1)
    )
    where = f"{coll}: `{key}`"
    if not filled:
        return Field(key, "text")
    if len(objects) * 2 > filled or (lists and not s_vals and _all_dicts(lists)):
        return _infer_object(ctx, coll, key, objects + lists, required)

    # A field that is sometimes one value and sometimes a list: a list when any document
    # really needs several values (or lists dominate); otherwise the single value wins.
    several = any(len(v) > 1 for _, v in lists)
    if lists and (len(lists) * 2 > filled or several):
        odd = [ctx.rel(e.path) for e in s_ents] + [ctx.rel(e.path) for e, _ in objects]
        if odd:
            ctx.notes.append(
                f"{where} is a single value in {_files(odd)} but a list in "
                f"{len(lists)} other documents; it is treated as a list."
            )
        i_ents: list[IndexEntry] = []
        i_vals: list[Any] = []
        for e, v in lists:
            for item in v:
                if item is not None and item != "" and isinstance(item, _SCALARS):
                    i_ents.append(e)
                    i_vals.append(item)
        i_ents += s_ents
        i_vals += s_vals
        ndocs = len(lists) + len(s_vals)
        f = _infer_values(ctx, coll, key, i_ents, i_vals, n, ndocs, many=True)
        f.required = required
        return f
    odd = [ctx.rel(e.path) for e, _ in lists + objects]
    if odd:
        ctx.notes.append(
            f"{where} is a list in {_files(odd)} but a single value in "
            f"{len(s_vals)} other documents; it is treated as a single value."
        )
    for e, v in lists:
        if len(v) == 1 and isinstance(v[0], _SCALARS):
            s_ents.append(e)
            s_vals.append(v[0])
    f = _infer_values(ctx, coll, key, s_ents, s_vals, n, len(s_vals), many=False)
    f.required = required
    if not required:
        # A default is written into every new document: only for fields (nearly) all have.
        f.default = None
    return f


def _all_dicts(lists: list[tuple[IndexEntry, list]]) -> bool:
    """Lists of mappings (`links: [{text: .., url: ..}]`): an object field with `multiple`."""
    return all(isinstance(item, dict) for _, v in lists[:OBJECT_SAMPLE] for item in v[:50])


def _infer_object(
    ctx: _Context, coll: str, key: str, filled: list[tuple[IndexEntry, Any]], required: bool
) -> Field:
    dicts: list[tuple[IndexEntry, dict]] = []
    multiple = False
    for e, v in filled:
        if isinstance(v, dict):
            dicts.append((e, v))
        elif isinstance(v, list):
            multiple = True
            dicts.extend((e, item) for item in v if isinstance(item, dict))
    # Aliases can make a small header hold a huge tree of mappings: a sample is enough.
    del dicts[OBJECT_SAMPLE:]
    counts: Counter[str] = Counter()
    for _, d in dicts:
        counts.update(k for k in d if isinstance(k, str))
    sub = []
    for k, _count in counts.most_common():
        holding = [(e, d) for e, d in dicts if k in d]
        sf = _infer_field(
            ctx, f"{coll}.{key}", k, [e for e, _ in holding], [d[k] for _, d in holding], len(dicts)
        )
        sub.append(sf)
    return Field(key, "object", required=required, multiple=multiple, fields=sub)


def _kind(value: Any) -> str:
    """The kind of one scalar value: boolean, number, date, datetime, or text."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, _NUMBERS):
        return "number"
    if isinstance(value, datetime):
        return "datetime"
    if isinstance(value, date):
        return "date"
    if isinstance(value, str):
        return _text_kind(value.strip())
    return "text"


def _text_kind(s: str) -> str:
    """The kind of a stripped text value: date, datetime (written as text), or text."""
    if not s[:1].isdigit():  # both patterns start with a digit: most text is ruled out here
        return "text"
    if _DATE_STRING.match(s):
        return "date"
    if _DATETIME_STRING.match(s):
        return "datetime"
    return "text"


def _infer_values(
    ctx: _Context,
    coll: str,
    key: str,
    ents: list[IndexEntry],
    values: list[Any],
    n: int,
    ndocs: int,
    many: bool,
) -> Field:
    """The field for `key` from its non-empty scalar values (list items when `many`).

    Works on distinct values with their counts, so a 10,000-document site costs little more
    than a small one; documents are looked at again only to name odd ones in a note.
    """
    where = f"{coll}: `{key}`"
    if not values:
        return Field(key, "list" if many else "text")
    total = len(values)
    # Keyed by type too, because True == 1 and a Counter would merge them.
    counts: Counter[tuple[type, Any]] = Counter(zip(map(type, values), values, strict=True))
    # One pass over the distinct values answers both "what kind" and "which texts".
    kinds: Counter[str] = Counter()
    texts: Counter[str] = Counter()
    for (cls, v), c in counts.items():
        if cls is str:
            s = v.strip()
            kinds[_text_kind(s)] += c
        else:
            kinds[_kind(v)] += c
            s = str(v).strip()
        texts[s] += c
    kind, kind_count = kinds.most_common(1)[0]

    def entries_where(test: Callable[[Any], bool]) -> list[IndexEntry]:
        bad = {k for k in counts if test(k[1])}
        if not bad:
            return []
        return [e for e, v in zip(ents, values, strict=True) if (v.__class__, v) in bad]

    if kind in ("date", "datetime") and _mostly(kinds["date"] + kinds["datetime"], total):
        _note_odd(ctx, where, entries_where(lambda v: _kind(v) not in DATES), "not a date")
        if many:
            return Field(key, "list")
        return Field(key, "datetime" if kinds["datetime"] > kinds["date"] else "date")
    if (
        kind == "boolean"
        and not many
        and any(cls is str and v.strip().lower() not in _BOOLEAN_WORDS for cls, v in counts)
    ):
        # True/false in most pages and real text in others (Eleventy's `permalink: false` or
        # a path): both are meant, so neither is an odd value.
        return Field(key, "text")
    if kind in ("boolean", "number") and _mostly(kind_count, total) and not many:
        what = "true or false" if kind == "boolean" else "a number"
        _note_odd(ctx, where, entries_where(lambda v: _kind(v) != kind), "not " + what)
        f = Field(key, kind)
        if kind == "boolean":
            # New documents start unfinished: `draft: true`, `published: false`.
            f.default = DRAFT_BOOLEANS.get(
                key.lower(), counts[(bool, True)] > counts[(bool, False)]
            )
        return f

    def entries_with(strings: set[str]) -> list[IndexEntry]:
        if not strings:
            return []
        return [e for e, v in zip(ents, values, strict=True) if str(v).strip() in strings]

    if key != "title":
        rel = _relation(ctx, coll, key, texts, ents, values, many, entries_with)
        if rel is not None:
            return rel
        asset = _asset(ctx, coll, key, texts, many, entries_with)
        if asset is not None:
            return asset
    if not many:
        for ftype, test, what in (
            ("url", _url_like, "not a web address"),
            ("email", lambda s: bool(_EMAIL.match(s)), "not an e-mail address"),
        ):
            good = sum(c for s, c in texts.items() if test(s))
            # A field named for the kind (`email`, `website`) needs only most values to fit.
            named = key.lower().replace("-", "").replace("_", "") in _KIND_NAMES[ftype]
            if good and (_mostly(good, total) or (named and good > total / 2)):
                _note_odd(ctx, where, entries_with({s for s in texts if not test(s)}), what)
                return Field(key, ftype)
    choice = _choice(key, texts, n, ndocs, many)
    if choice is not None:
        return choice
    if many:
        return Field(key, "list")
    if any(len(s) > LONG_TEXT_CHARS or "\n" in s for s in texts):
        return Field(key, "long_text")
    # Only text values, as the validator counts them (a number is no reference).
    strings: Counter[str] = Counter()
    for (cls, v), c in counts.items():
        if cls is str and v.strip():
            strings[v.strip()] += c
    return Field(key, "text", unique=looks_unique(key, strings))


def _note_odd(ctx: _Context, where: str, odd: list[IndexEntry], what: str) -> None:
    if odd:
        files = list(dict.fromkeys(ctx.rel(e.path) for e in odd))
        ctx.notes.append(f"{where} is {what} in {_files(files)}.")


def _url_like(s: str) -> bool:
    return s.startswith(("http://", "https://", "mailto:", "www.")) or (
        s.startswith("/") and not s.startswith("//") and len(s) > 1
    )


def _relation(
    ctx: _Context,
    coll: str,
    key: str,
    texts: Counter[str],
    ents: list[IndexEntry],
    values: list[Any],
    many: bool,
    entries_with: Callable[[set[str]], list[IndexEntry]],
) -> Field | None:
    """A relation when (nearly) every value is the title (or file name) of another collection."""
    total = sum(texts.values())
    best: tuple[float, int, str, str] | None = None
    # Each distinct value with its casefolded form and count, worked out once for all targets.
    folded = [(s, s.casefold(), c) for s, c in texts.items()]
    for target, titles in ctx.titles.items():
        if not titles:
            continue
        slugs = ctx.slugs[target]
        by_title = sum(c for _, f, c in folded if f in titles)
        by_slug = sum(c for s, c in texts.items() if s in slugs)
        hits, how = (by_title, "title") if by_title >= by_slug else (by_slug, FILE_KEY)
        # Another naming field, only when it names more of them, or as many but with the
        # capitals as written (a page without `title` gets one made from its file name).
        # Never the own collection's: every value would trivially name its own document.
        exact = (
            by_slug
            if how == FILE_KEY
            else sum(c for s, f, c in folded if titles.get(f) == s)
            if by_title
            else 0
        )
        for other, names in ctx.names[target].items() if target != coll else ():
            by_name = sum(c for s, c in texts.items() if s in names)
            if (by_name, by_name) > (hits, exact):
                hits, how, exact = by_name, other, by_name
        if hits == 0 or not _mostly(hits, total):
            continue
        if target == coll:
            # A value naming its own document (a `reference: my-file-name`) is no relation.
            slug_of = ctx.file_slugs
            others = sum(
                1
                for e, v in zip(ents, values, strict=True)
                if str(v).strip().casefold() != e.title.casefold()
                and str(v).strip() != (slug_of.get(id(e)) or _file_slug(e.path))
            )
            if others < MATCH_SHARE * total:
                continue
        # At the same share, a collection whose pages are named by their title (or file name)
        # wins over one matched through another field: posts whose `author` names a person
        # are not "the pages named Ada Okafor", the person is.
        named = 1 if how in ("title", FILE_KEY) else 0
        score = (hits / total, named, len(titles) if target != coll else -1, target, how)
        if best is None or score > best:
            best = score
    if best is None:
        return None
    _, _, _, target, how = best
    label = ctx.site.collections[target].label
    if how == "title":
        titles = ctx.titles[target]
        missing = {s for s in texts if s.casefold() not in titles}
        for s in texts:
            if s not in missing and titles[s.casefold()] != s:
                files = [ctx.rel(e.path) for e in entries_with({s})]
                ctx.notes.append(
                    f"{coll}: `{key}` in {_files(files)} is '{s}', which matches "
                    f"'{titles[s.casefold()]}' in {label} only when ignoring capitals."
                )
    else:
        known = ctx.slugs[target] if how == FILE_KEY else ctx.names[target][how]
        missing = {s for s in texts if s not in known}
    for s in sorted(missing):
        files = [ctx.rel(e.path) for e in entries_with({s})]
        ctx.notes.append(
            f"{coll}: `{key}` in {_files(files)} is '{s}', which is not the {how} of any "
            f"page in {label}."
        )
    what = "one or more pages" if many else "a page"
    by = {"title": "title", FILE_KEY: "file name"}.get(how, field_label(how).lower())
    return Field(
        key,
        "relation",
        collection=target,
        key=how,
        multiple=many,
        help=f"Pick {what} from {label} (by {by}).",
    )


def _asset(
    ctx: _Context,
    coll: str,
    key: str,
    texts: Counter[str],
    many: bool,
    entries_with: Callable[[set[str]], list[IndexEntry]],
) -> Field | None:
    """An image (or file) field when the values are file names found in one asset folder."""
    if not ctx.assets:
        return None
    # Values that cannot be a file name at all (a pasted paragraph, `../../x`) are odd values
    # of an image field, not a reason to call it text: weighed apart, while they are few.
    junk = {s for s in texts if not _could_name_a_file(s)}
    total = sum(texts.values())
    odd = sum(texts[s] for s in junk)
    if junk and odd * 3 > total:
        return None
    total -= odd
    plain = sum(c for s, c in texts.items() if "/" not in s and s not in junk)
    if plain < MATCH_SHARE * total:
        return _asset_paths(ctx, coll, key, texts, many, entries_with)
    best_folder, best_hits = None, 0
    for folder, files in ctx.assets.items():
        hits = sum(c for s, c in texts.items() if s in files)
        if hits > best_hits:
            best_folder, best_hits = folder, hits
    if best_folder is None or not _mostly(best_hits, total):
        return None
    images = sum(c for s, c in texts.items() if os.path.splitext(s)[1].lower() in IMAGE_SUFFIXES)
    ftype = "image" if images >= MATCH_SHARE * total else "file"
    files = ctx.assets[best_folder]
    for s in sorted(texts):
        if s not in files:
            where = _files([ctx.rel(e.path) for e in entries_with({s})])
            ctx.notes.append(
                f"{coll}: `{key}` in {where} names '{s}', which is not in {best_folder}."
            )
    what = "An image" if ftype == "image" else "A file"
    return Field(key, ftype, folder=best_folder, multiple=many, help=f"{what} from {best_folder}.")


def _could_name_a_file(value: str) -> bool:
    """Whether a value could be a file's name or path in the site (short, one line, no `..`)."""
    return (
        safe_paths.plausible_path(value)
        and ".." not in value.replace("\\", "/").split("/")
        and all(len(part.encode("utf-8")) <= 255 for part in value.split("/"))
    )


def _asset_paths(
    ctx: _Context,
    coll: str,
    key: str,
    texts: Counter[str],
    many: bool,
    entries_with: Callable[[set[str]], list[IndexEntry]],
) -> Field | None:
    """An image (or file) field whose values are paths from the site root (`/assets/x.png`).

    Such a field has no `folder`: the value itself says where the file is.
    """
    total = sum(texts.values())
    found: dict[str, bool] = {}
    for s in texts:
        if s.startswith(("http://", "https://", "//")) or "{" in s:
            found[s] = False
            continue
        target = ctx.site.resolve_inside(s.split("?")[0].split("#")[0].lstrip("/"))
        found[s] = target is not None and safe_paths.is_file(target)
    hits = sum(c for s, c in texts.items() if found[s])
    if not hits or not _mostly(hits, total):
        return None
    images = sum(c for s, c in texts.items() if os.path.splitext(s)[1].lower() in IMAGE_SUFFIXES)
    ftype = "image" if images >= MATCH_SHARE * total else "file"
    for s in sorted(texts):
        if not found[s]:
            where = _files([ctx.rel(e.path) for e in entries_with({s})])
            ctx.notes.append(
                f"{coll}: `{key}` in {where} is '{s}', which is not a file of the site."
            )
    what = "An image" if ftype == "image" else "A file"
    return Field(key, ftype, multiple=many, help=f"{what} of the site, by its path.")


def _choice(key: str, texts: Counter[str], n: int, ndocs: int, many: bool) -> Field | None:
    """A choice when a few distinct short values repeat (`status`: draft or final)."""
    total = sum(texts.values())
    distinct = len(texts)
    if total < 3 or ndocs < 0.5 * n or distinct > CHOICE_MAX or distinct * 2 > total:
        return None
    if any(len(s) > 60 or "\n" in s for s in texts):
        return None
    repeated = sum(c for c in texts.values() if c >= 2)
    if repeated < 0.8 * total:
        return None
    # Most used first, then alphabetical: the order the form lists them in.
    choices = sorted(texts, key=lambda v: (-texts[v], v.casefold()))
    if many:
        return Field(key, "choices", choices=choices)
    draft = next((c for c in choices if c.casefold() in DRAFT_WORDS), None)
    return Field(key, "choice", choices=choices, default=draft or choices[0])
