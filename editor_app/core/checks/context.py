"""What the rules know about the whole site: computed once per site, index and schema, shared
by every page checked (and by the window's checks as the user types)."""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from editor_app.core.checks.common import DATED_STEM, closest_match
from editor_app.core.checks.facts import (
    Uniques,
    UrlPrefixes,
    Usage,
    gather_uniques,
    gather_url_prefixes,
    gather_usage,
    implied_field,
)
from editor_app.core.checks.registry import Plan, for_generator, plan_for
from editor_app.core.checks.settings import CheckSettings, settings_for
from editor_app.core.checks.suggest import NameIndex
from editor_app.core.collection_home import homes_lacking, is_collection_home
from editor_app.core.site import Site


class Context:
    """Site-wide facts the rules share: titles, URLs, field usage, unique values, assets."""

    def __init__(self, site: Site | None, schema: Any, entries: Sequence[Any]) -> None:
        self.site = site
        self.schema = schema
        self.entries = entries
        # `_schema.yml` is in force (some collections may still be inferred: `declared_in`).
        self.declared = getattr(schema, "source", None) == "declared"
        self._declared_in: dict[str | None, bool] = {}
        self.root = site.root if site is not None else None
        self.root_text = str(site.root) if site is not None else ""
        self._rel_prefix = self.root_text.rstrip(os.sep) + os.sep  # (`rel`, for every page)
        self._implied: dict[tuple[str | None, str], Any] = {}
        self._field_maps: dict[str | None, dict[str, Any]] = {}
        self._required: dict[str | None, list[Any]] = {}
        self.guesses: dict[tuple, str | None] = {}
        self.url_slugs: dict[str, list[str]] = {}
        self._folded: dict[str, set[str]] = {}
        # Per collection: field name -> (the field in force, its type), worked out once.
        self.plans: dict[str | None, dict[str, tuple[Any, str, int, Any, Any]]] = {}
        self._relation_options: dict[tuple[str, str], tuple[set[str], list[str]]] = {}
        # (slugs by collection, old and own addresses, the collections slugged so far): built
        # on the first link checked (`links._link_index`)
        self.link_index: tuple[dict, dict, set] | None = None
        self._folder_files: dict[Path, dict[str, str] | None] = {}
        self.lock = threading.Lock()
        self._facts: dict[str, Any] = {}
        # Bytes the index read, lent by `validate_site` while it runs (facts that read bodies
        # use them instead of reading the files again).
        self.raw_bytes: dict[Path, bytes] = {}
        # A page made ahead (read, decoded, split, its prose and British/American words worked
        # out) by a site-wide fact, for a page `validate_site` has not checked yet (keyed by
        # path, with the lent bytes it was made from): the check of those same bytes takes
        # that page over, not making it again.
        self.words_ahead: dict[Path, tuple[bytes, Any]] = {}
        # The page `validate_site` is checking (a site-wide fact its check asks for reads it
        # as it is, not again from the file).
        self.checking: Any = None
        self._facts_lock = threading.RLock()  # one fact may ask for another while built

    def fact(self, name: str, build: Callable[[Context], Any]) -> Any:
        """The site fact `name`, built by `build(self)` on first use, then shared."""
        found = self._facts.get(name)
        if found is None:
            with self._facts_lock:
                found = self._facts.get(name)
                if found is None:
                    found = self._facts[name] = build(self)
        return found

    def known_fact(self, name: str) -> Any:
        """The site fact `name` if it was built already, else None (never builds it)."""
        return self._facts.get(name)

    # -- the facts rules ask for (declared in each rule's `needs`) ---------------------------

    @property
    def usage(self) -> Usage:
        return self.fact("usage", lambda c: gather_usage(c.entries if c.site else (), c.any_case()))

    def any_case(self) -> dict[str | None, list[str]]:
        """The collections whose field names the site reads without regard to capitals
        (Hugo's, `CollectionSchema.names_any_case`), with their fields' names."""
        found: dict[str | None, list[str]] = {}
        for coll in {e.collection for e in self.entries} if self.site else ():
            cs = self.collection_schema(coll)
            if cs is not None and getattr(cs, "names_any_case", False):
                found[coll] = [f.name for f in getattr(cs, "fields", None) or []]
        return found

    def field_name(self, coll: str | None, key: Any) -> Any:
        """The field a page's key is (`linktitle` is `linkTitle` where names are read without
        regard to capitals), else the key itself."""
        return self.usage.field_name(coll, key)

    def own_key(self, coll: str | None, front_matter: Any, name: str) -> Any:
        """The key a header writes field `name` as (its own capitals, where the site reads
        names without regard to them: `CollectionSchema.own_key`), or `name` when it lacks
        it."""
        if name in front_matter:
            return name
        own = getattr(self.collection_schema(coll), "own_key", None)
        key = own(front_matter, name) if own is not None else None
        return name if key is None else key

    @property
    def uniques(self) -> Uniques:
        return self.fact("unique", gather_uniques)

    @property
    def urls(self) -> UrlPrefixes:
        return self.fact("urls", lambda c: gather_url_prefixes(c.site, c.usage.doc_count))

    @property
    def post_index(self) -> NameIndex:
        """Post names to suggest from when a `{% post_url %}` names none."""
        return self.fact("post_index", lambda c: NameIndex(sorted(c.post_names)))

    @property
    def settings(self) -> CheckSettings:
        return self.fact("settings", lambda c: settings_for(c.root))

    @property
    def plan(self) -> Plan:
        return self.fact("plan", lambda c: for_generator(plan_for(c.settings.off), c.generator))

    @property
    def content_plan(self) -> Plan:
        return self.fact(
            "content_plan",
            lambda c: for_generator(plan_for(c.settings.off, content=True), c.generator),
        )

    def option(self, name: str, default: Any) -> Any:
        """A content check's limit as the site sets it (`checks:` in `_schema.yml`), of the
        default's type; the default when missing or unusable."""
        value = self.settings.options.get(name, default)
        if isinstance(default, bool):
            return value if isinstance(value, bool) else default
        if isinstance(default, int | float):
            ok = isinstance(value, int | float) and not isinstance(value, bool) and value > 0
            return value if ok else default
        return value if value is not None else default

    titles = property(lambda self: self.usage.titles)
    title_list = property(lambda self: self.usage.title_list)
    field_docs = property(lambda self: self.usage.field_docs)
    filled = property(lambda self: self.usage.filled)
    doc_count = property(lambda self: self.usage.doc_count)
    ok_count = property(lambda self: self.usage.ok_count)
    broken_titles = property(lambda self: self.usage.broken_titles)
    value_counts = property(lambda self: self.usage.value_counts)
    post_names = property(lambda self: self.usage.post_names)
    unique_fields = property(lambda self: self.uniques.fields)
    unique_values = property(lambda self: self.uniques.values)
    url_prefixes = property(lambda self: self.urls.prefixes)
    any_url_prefix = property(lambda self: self.urls.any_prefix)

    def declared_in(self, coll: str | None) -> bool:
        """Whether collection `coll`'s fields are the site's own word (`Schema.declares`): a
        collection `_schema.yml` leaves out is inferred, as the form takes it."""
        found = self._declared_in.get(coll)
        if found is None:
            declares = getattr(self.schema, "declares", None)
            found = self.declared and (declares is None or bool(declares(coll)))
            self._declared_in[coll] = found
        return found

    def implied_field(self, coll: str | None, key: str) -> Any:
        """A relation, file or typed field the values plainly are, when the schema was
        inferred (`facts.implied_field`), remembered."""
        if self.declared_in(coll) or self.site is None or key == "title":
            return None
        k = (coll, key)
        if k not in self._implied:
            self._implied[k] = implied_field(self, coll, key)
        return self._implied[k]

    def rel(self, path: Path) -> str:
        """`path` relative to the site root, with / separators (as every problem shows it)."""
        text = str(path)
        prefix = self._rel_prefix
        if self.root is not None and text.startswith(prefix):
            return text[len(prefix) :].replace(os.sep, "/")
        if self.root is not None:
            try:
                return path.relative_to(self.root).as_posix()
            except ValueError:
                pass
        return path.as_posix()

    def required_fields(self, collection: str | None, cs: Any) -> list[Any]:
        """The fields a document may be told it lacks: declared required ones; inferred, only
        those (nearly) every document fills in (the exact test is `_must_have`)."""
        found = self._required.get(collection)
        if found is None:
            fields = [f for f in getattr(cs, "fields", None) or [] if getattr(f, "required", 0)]
            if not self.declared_in(collection):
                filled, ok = self.filled[collection], self.ok_count.get(collection, 0)
                homes = self.collection_homes(collection)
                fields = [
                    f
                    for f in fields
                    if filled.get(f.name, 0) >= ok - 1 - homes_lacking(homes, f.name)
                ]
            found = self._required[collection] = fields
        return found

    @property
    def generator(self) -> str | None:
        return getattr(self.site, "generator", None)

    def collection_homes(self, collection: str | None) -> list[dict]:
        """The headers of the collection's home pages (`collection_home`), none but on Jekyll."""

        def homes(c: Context) -> dict[str | None, list[dict]]:
            found: dict[str | None, list[dict]] = {}
            for e in c.entries:
                if e.front_matter and is_collection_home(e.path.name, c.generator):
                    found.setdefault(e.collection, []).append(e.front_matter)
            return found

        return self.fact("collection_homes", homes).get(collection, [])

    def field_map(self, collection: str | None) -> dict[str, Any]:
        """The collection's fields by name (the schema's own lookup is a linear search)."""
        found = self._field_maps.get(collection)
        if found is None:
            cs = self.collection_schema(collection)
            found = {f.name: f for f in getattr(cs, "fields", None) or []} if cs else {}
            self._field_maps[collection] = found
        return found

    def field_of(self, collection: str | None, name: str) -> Any:
        cs = self.collection_schema(collection)
        return cs.field(name) if cs is not None else None

    def collection_schema(self, collection: str | None) -> Any:
        if self.schema is None or collection is None:
            return None
        try:
            return self.schema.for_collection(collection)
        except Exception:  # a schema that cannot answer is treated as no schema
            return None

    def closest(self, tag: tuple, value: str, options: Iterable[str], cutoff: float) -> str | None:
        """`closest_match`, remembered: on a big site the same odd value recurs in many files."""
        k = (tag, value, cutoff)
        if k not in self.guesses:
            self.guesses[k] = closest_match(value, options, cutoff)
        return self.guesses[k]

    def folded_titles(self, target: str) -> set[str]:
        found = self._folded.get(target)
        if found is None:
            found = self._folded[target] = {t.casefold() for t in self.titles.get(target, ())}
        return found

    def relation_options(self, target: str, key: str) -> tuple[set[str], list[str]]:
        """The values a relation to `target` may take: titles, file names, or another field."""
        if key == "title":
            return self.titles.get(target, set()), self.title_list.get(target, [])
        cached = self._relation_options.get((target, key))
        if cached is None:
            assert self.site is not None
            if key == "file":  # the file name without extension or date (core/schema.py)
                options = [DATED_STEM.sub("", e.path.stem) for e in self.site.documents(target)]
            else:
                options = [
                    str(e.front_matter[key])
                    for e in self.site.documents(target)
                    if e.front_matter.get(key) is not None
                ]
            cached = (set(options), options)
            self._relation_options[(target, key)] = cached
        return cached

    def asset_names(self, folder: Path | str) -> dict[str, str] | None:
        """File names in a folder (lower-cased name -> real name), None when it is missing."""
        with self.lock:
            if folder not in self._folder_files:
                try:
                    names = {n.lower(): n for n in os.listdir(folder)}
                except (OSError, ValueError):  # ValueError: a NUL byte in a value
                    names = None
                self._folder_files[folder] = names
            return self._folder_files[folder]


_CONTEXTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
CONTEXTS_LOCK = threading.Lock()


def context_for(site: Site | None, schema: Any) -> Context:
    """The site facts, rebuilt only when the index or the schema changed."""
    if site is None:
        return Context(None, schema, [])
    entries = site.entries()
    stamp = (id(schema), len(entries), sum(e.mtime for e in entries), tuple(site.collections))
    with CONTEXTS_LOCK:
        cached = _CONTEXTS.get(site)
        if cached is not None and cached[0] == stamp and cached[1] is schema:
            return cached[2]
    ctx = Context(site, schema, entries)
    with CONTEXTS_LOCK:
        _CONTEXTS[site] = (stamp, schema, ctx)
    return ctx


_SCHEMAS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def schema_for(site: Site | None) -> Any:
    """The schema in force for a site (declared or inferred), or None when none can be had."""
    if site is None:
        return None
    entries = site.entries()
    stamp = (len(entries), sum(e.mtime for e in entries))
    with CONTEXTS_LOCK:
        cached = _SCHEMAS.get(site)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    try:
        from editor_app.core.schema import load_schema
    except ImportError:
        schema = None
    else:
        try:
            schema = load_schema(site)
        except Exception:  # a broken _schema.yml must not stop the other checks
            schema = None
    with CONTEXTS_LOCK:
        _SCHEMAS[site] = (stamp, schema)
    return schema
