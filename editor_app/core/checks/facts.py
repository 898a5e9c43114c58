"""Site-wide facts, each worked out in one pass when a rule first asks (see `Context`).

- `Usage`: per collection, titles, which fields documents use and fill in, the text values of
  each field (counted), post names;
- `Uniques`: the fields whose values must differ between documents, and who holds each value;
- `UrlPrefixes`: the fixed start of each collection's page addresses (`/resources/`);
- implied fields: a relation, image or number field the values plainly are, when the schema
  was inferred and inference was outvoted.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from editor_app.core.checks.common import FILE_LIKE, as_date
from editor_app.core.generator_dates import is_date_word
from editor_app.core.schema import looks_unique
from editor_app.core.site_entries import title_value

if TYPE_CHECKING:
    from editor_app.core.checks.context import Context
    from editor_app.core.site import Site

# Field names that by convention identify a document (as in core/schema.py).
_ID_NAMES = frozenset({"reference", "ref", "id", "uid", "slug", "key", "code", "permalink"})
_TITLE_LINE = re.compile(rb"^title:[ \t]*(.*?)[ \t]*\r?$", re.M)


def title_of_broken(entry: Any) -> str:
    """The title of a document whose header cannot be read, from its `title:` line if any.

    Without it, every page naming that document would be told it names nothing.
    """
    try:
        with open(entry.path, "rb") as fh:
            head = fh.read(65536)
    except (OSError, ValueError):
        return entry.title
    m = _TITLE_LINE.search(head)
    if m is None:
        return entry.title
    raw = m.group(1).decode("utf-8", errors="replace").strip()
    raw = raw.strip("'\"").strip()  # a broken header often means an unclosed quote
    return raw or entry.title


@dataclass
class Usage:
    """What the documents of each collection hold (one pass over the index)."""

    titles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    title_list: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    field_docs: dict[str | None, Counter] = field(default_factory=lambda: defaultdict(Counter))
    filled: dict[str | None, Counter] = field(default_factory=lambda: defaultdict(Counter))
    doc_count: Counter = field(default_factory=Counter)
    ok_count: Counter = field(default_factory=Counter)  # documents whose header was read
    broken_titles: set[str] = field(default_factory=set)  # read from pages with a broken header
    value_counts: dict[tuple[str | None, str], Counter] = field(
        default_factory=lambda: defaultdict(Counter)
    )
    with_lists: set[tuple[str | None, str]] = field(default_factory=set)
    post_names: set[str] = field(default_factory=set)
    # Collections whose site reads field names without regard to capitals (Hugo): each
    # name in small letters -> the field it is (`linktitle` -> `linkTitle`). The counts above
    # are kept under that field's name.
    names: dict[str | None, dict[str, str]] = field(default_factory=dict)

    def field_name(self, coll: str | None, key: Any) -> Any:
        """The field a page's key is: the key itself, or, where names are read without
        regard to capitals, the field it is in other capitals."""
        names = self.names.get(coll)
        if names is None or not isinstance(key, str):
            return key
        return names.get(key.lower(), key)


def gather_usage(
    entries: Sequence[Any], any_case: Mapping[str | None, Iterable[str]] | None = None
) -> Usage:
    """Titles, field usage and text values of every collection, in one pass. `any_case`: the
    collections whose field names are read without regard to capitals, with their fields'
    names (a key in other capitals is counted as that field)."""
    u = Usage()
    groups: dict[str | None, list[Any]] = defaultdict(list)
    for e in entries:
        groups[e.collection].append(e)
    for coll, group in groups.items():
        u.doc_count[coll] = len(group)
        if coll is not None:
            titles = [title_of_broken(e) if e.error else e.title for e in group]
            u.broken_titles.update(t for e, t in zip(group, titles, strict=True) if e.error)
            u.titles[coll] = set(titles)
            u.title_list[coll] = titles
            if coll == "posts":
                u.post_names.update(e.path.stem for e in group)
        # Keys and text values are gathered in lists and counted in C at the end (the
        # same counts, in the same first-seen order, as counting them one by one).
        used_keys: list[Any] = []
        filled_keys: list[Any] = []
        texts: dict[str, list[str]] = defaultdict(list)  # this collection's, by field
        ok = 0
        for e in group:
            fm = e.front_matter
            if not fm:
                continue
            ok += 1
            used_keys.extend(fm)
            for key, value in fm.items():
                if value.__class__ is str:
                    if value:
                        filled_keys.append(key)
                        texts[key].append(value)
                    continue
                if not value and not (value is False or value == 0):
                    continue  # empty: None, [] or {}
                filled_keys.append(key)
                if value.__class__ is list:
                    u.with_lists.add((coll, key))
                    texts[key].extend([item for item in value if isinstance(item, str)])
        u.field_docs[coll].update(used_keys)
        u.filled[coll].update(filled_keys)
        u.ok_count[coll] = ok
        for key, found in texts.items():
            u.value_counts[(coll, key)] = Counter(found)
        if any_case is not None and coll in any_case:
            _fold_capitals(u, coll, any_case[coll])
    return u


def _fold_capitals(u: Usage, coll: str | None, field_names: Iterable[str]) -> None:
    """Count each key in other capitals as the field it is: the schema's name for it, else
    the spelling most documents use (the first seen on a tie), as inference names fields."""
    names = {n.lower(): n for n in field_names if isinstance(n, str)}
    docs = u.field_docs[coll]
    seen: dict[str, list[str]] = defaultdict(list)
    for key in docs:  # first seen first
        if isinstance(key, str):
            seen[key.lower()].append(key)
    for lowered, spellings in seen.items():
        if lowered not in names:
            names[lowered] = min(spellings, key=lambda k: -docs[k])
    u.names[coll] = names
    for lowered, spellings in seen.items():
        main = names[lowered]
        for key in spellings:
            if key == main:
                continue
            for counter in (docs, u.filled[coll]):
                if key in counter:
                    counter[main] += counter.pop(key)
            found = u.value_counts.pop((coll, key), None)
            if found is not None:
                u.value_counts.setdefault((coll, main), Counter()).update(found)
            if (coll, key) in u.with_lists:
                u.with_lists.add((coll, main))


@dataclass
class Uniques:
    """Fields whose values must differ, and who holds each value: (mtime, relative path)."""

    fields: dict[str | None, set[str]] = field(default_factory=lambda: defaultdict(set))
    values: dict[tuple[str | None, str], dict[str, list[tuple[float, str]]]] = field(
        default_factory=dict
    )
    # The title of each page holding a value (relative path: title), to name it by.
    titles: dict[str, str] = field(default_factory=dict)


def gather_uniques(ctx: Context) -> Uniques:
    """Declared `unique: true` fields, and inferred identifier-like ones, with their holders."""
    u = Uniques()
    usage = ctx.usage
    for (coll, key), counts in usage.value_counts.items():
        if (coll, key) not in usage.with_lists and _is_unique_field(ctx, coll, key, counts):
            u.fields[coll].add(key)
            u.values[(coll, key)] = defaultdict(list)
    if u.values and ctx.site is not None:
        root = str(ctx.site.root).rstrip(os.sep) + os.sep
        for e in ctx.entries:
            for key in u.fields.get(e.collection, ()):
                value = e.front_matter.get(ctx.own_key(e.collection, e.front_matter, key))
                # `reference: 7` is held as a number: the same key as its text (check_unique).
                if isinstance(value, int) and not isinstance(value, bool):
                    value = str(value)
                if isinstance(value, str) and value.strip():
                    p = str(e.path)
                    rel = p[len(root) :] if p.startswith(root) else ctx.rel(e.path)
                    rel = rel.replace(os.sep, "/")
                    u.values[(e.collection, key)][value.strip()].append((e.mtime, rel))
                    title = title_value(e.front_matter)
                    if title:
                        u.titles[rel] = title
    return u


def _is_unique_field(ctx: Context, coll: str | None, key: str, counts: Counter) -> bool:
    if not isinstance(key, str):
        return False  # a key written as a number or true/false (`2024: ...`) is no field name
    f = ctx.field_of(coll, key)
    if f is not None and getattr(f, "unique", False):
        return True
    if ctx.declared_in(coll) and f is not None:
        return False  # a declared schema says what is unique
    ftype = getattr(f, "type", "text") if f is not None else "text"
    if ftype != "text":
        return False
    # Inferred: the same rule as schema inference (counted here over every file). Most text
    # fields hold phrases (titles, summaries): told apart cheaply, before the full test.
    if key.lower() not in _ID_NAMES:
        total = sum(counts.values())
        spaced = 0
        for value, n in counts.items():
            if " " in value:
                spaced += n
                if spaced > 0.1 * total:
                    return False  # no identifiers: looks_unique wants 90% one-word slugs
    return looks_unique(key, counts)


@dataclass
class UrlPrefixes:
    """`(prefix, collection)`, longest first, and one pattern matching any of the prefixes
    (searched again from the next character, for overlaps)."""

    prefixes: list[tuple[str, str]] = field(default_factory=list)
    any_prefix: re.Pattern[str] | None = None


def static_prefix(permalink: str | None, name: str) -> str | None:
    """`/:collection/:name` -> `/resources/`: the fixed start shared by a collection's URLs."""
    if not permalink:
        return None
    template = permalink.replace(":collection", name)
    cut = template.find(":")
    static = template if cut < 0 else template[:cut]
    static = "/" + static.lstrip("/")
    if "/" not in static[1:]:
        return None  # no fixed folder: cannot tell this collection's links from others
    return static[: static.rfind("/") + 1]


def gather_url_prefixes(site: Site | None, doc_count: Counter) -> UrlPrefixes:
    out = UrlPrefixes()
    if site is None:
        return out
    for name, coll in site.collections.items():
        prefix = static_prefix(coll.permalink, name)
        if prefix and doc_count.get(name) and coll.output:
            out.prefixes.append((prefix, name))
    out.prefixes.sort(key=lambda p: -len(p[0]))
    if out.prefixes:  # each starts with `/` (`static_prefix`)
        rest = "|".join(re.escape(p[1:]) for p, _ in out.prefixes)
        out.any_prefix = re.compile(f"/(?:{rest})")
    return out


@dataclass
class ImpliedField:
    """A field the validator recognised from the values themselves (see `implied_field`)."""

    name: str
    type: str
    collection: str | None = None
    folder: str | None = None
    key: str = "title"
    label: str = ""
    required: bool = False
    multiple: bool = True
    choices: list | None = None
    unique: bool = False

    def __post_init__(self) -> None:
        self.label = self.label or self.name.replace("_", " ").replace("-", " ").capitalize()


def implied_field(ctx: Context, coll: str | None, key: str) -> ImpliedField | None:
    """A relation or file field the values plainly are, when the schema was inferred.

    Inference can miss them when a few documents are broken (a broken topic page drops its
    title from the list); here every file counts, even one whose header cannot be read.
    """
    site = ctx.site
    assert site is not None
    found = None
    counts = ctx.value_counts.get((coll, key))
    total = sum(counts.values()) if counts else 0
    if counts and total >= 3:
        folded_counts: Counter = Counter()
        for v, n in counts.items():
            folded_counts[v.strip().casefold()] += n
        for target in ctx.titles:
            if target == coll:
                continue
            titles = ctx.folded_titles(target)
            if len(folded_counts) < len(titles):
                hits = sum(n for v, n in folded_counts.items() if v in titles)
            else:
                hits = sum(folded_counts.get(t, 0) for t in titles)
            if hits >= 0.8 * total:
                found = ImpliedField(key, "relation", collection=target)
                break
        if found is None and sum(n for v, n in counts.items() if FILE_LIKE.search(v)) >= (
            0.8 * total
        ):
            for folder in site.asset_folders:
                names = ctx.asset_names(folder) or {}
                hits = sum(n for v, n in counts.items() if v.lower() in names)
                if hits >= 0.8 * total:
                    found = ImpliedField(
                        key, "image", folder=folder.relative_to(site.root).as_posix()
                    )
                    break
    if found is None and counts:
        found = _implied_kind(ctx, coll, key)
    return found


def _implied_kind(ctx: Context, coll: str | None, key: str) -> ImpliedField | None:
    """Numbers, true/false or dates in every document but one or two that hold text:
    those are slips (`order: third`), even if inference, outvoted, called the field text."""
    assert ctx.site is not None
    texts = sum(ctx.value_counts.get((coll, key), {}).values())
    filled = ctx.filled[coll][key]
    if filled < 4:
        return None  # a slip needs 3 documents of the other kind beside it
    if texts == 0 or texts > max(1, filled // 10):
        return None  # plain text everywhere (the usual case), or too much text to be slips
    kinds: Counter = Counter()
    for e in ctx.site.documents(coll):
        v = e.front_matter.get(ctx.own_key(coll, e.front_matter, key))
        if v is None or v == "":
            continue
        if isinstance(v, bool):
            kinds["boolean"] += 1
        elif isinstance(v, int | float):
            kinds["number"] += 1
        elif isinstance(v, date) or (isinstance(v, str) and as_date(v) is not None):
            kinds["date"] += 1
        elif is_date_word(v, key, getattr(ctx.site, "generator", None)):  # Eleventy's `date: Last Modified`
            kinds["date"] += 1
        elif isinstance(v, str) and (v.startswith("/") or "{{" in v or "://" in v):
            kinds["other"] += 1  # an address is no slip (`permalink: false` beside paths)
        elif isinstance(v, str):
            kinds["text"] += 1
        else:
            kinds["other"] += 1
    texts = kinds["text"]
    total = sum(kinds.values())
    if not texts or texts > max(1, total // 10) or kinds["other"]:
        return None
    kind, n = max(
        ((k, n) for k, n in kinds.items() if k != "text"), key=lambda kn: kn[1], default=("", 0)
    )
    if n < 3 or n + texts < total:
        return None
    return ImpliedField(key, kind, multiple=False)


Builder = Callable[["Context"], Any]
