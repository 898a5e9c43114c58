"""What a field's values say it is: text, a date, a choice, a relation to another
collection, an image in an asset folder... (the value scans of schema inference)."""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable, Collection
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from editor_app.core import safe_paths
from editor_app.core.generator_dates import is_date_word
from editor_app.core.schema_model import (
    _BOOLEAN_WORDS,
    _DATE_STRING,
    _DATETIME_STRING,
    _EMAIL,
    _KIND_NAMES,
    _NUMBERS,
    CHOICE_MAX,
    CHOICE_MAX_REPEATED,
    CHOICE_REPEATED_SHARE,
    CHOICE_REPEATS,
    DATES,
    DRAFT_BOOLEANS,
    DRAFT_WORDS,
    FILE_KEY,
    LONG_TEXT_CHARS,
    MATCH_SHARE,
    Field,
    _Context,
    _file_slug,
    _files,
    _mostly,
    field_label,
    looks_unique,
    says_finished,
)
from editor_app.core.site import IMAGE_SUFFIXES

if TYPE_CHECKING:
    from editor_app.core.site import IndexEntry


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
    generator = getattr(ctx.site, "generator", None)
    for (cls, v), c in counts.items():
        if cls is str:
            s = v.strip()
            # Eleventy's `date: Last Modified` is a date to Eleventy: a date field still.
            kinds["date" if is_date_word(s, key, generator) else _text_kind(s)] += c
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
        _note_odd(
            ctx,
            where,
            entries_where(lambda v: _kind(v) not in DATES and not is_date_word(v, key, generator)),
            "not a date",
        )
        if many:
            return Field(key, "list")
        return Field(key, "datetime" if kinds["datetime"] > kinds["date"] else "date")
    # (The words only matter to a true/false field: not gathered for the others.)
    words = (
        [v for cls, v in counts if cls is str and v.strip().lower() not in _BOOLEAN_WORDS]
        if kind == "boolean" and not many
        else []
    )
    if (
        kind == "boolean"
        and not many
        and words
        and (not _mostly(kind_count, total) or any("/" in w or "{" in w for w in words))
    ):
        # True/false in most pages and real text in others (Eleventy's `permalink: false` or
        # a path): both are meant, so neither is an odd value. A lone word among many
        # true/false (`listed: maybe`) is a slip, named below; the field stays true/false.
        return Field(key, "text")
    if kind in ("boolean", "number") and _mostly(kind_count, total) and not many:
        what = "true or false" if kind == "boolean" else "a number"
        _note_odd(ctx, where, entries_where(lambda v: _kind(v) != kind), "not " + what)
        f = Field(key, kind)
        if kind == "boolean":
            # New documents start unfinished: `draft: true`, `published: false`; nor is a
            # new page's thing over (`completed: false`, though most projects are completed).
            usual = counts[(bool, True)] > counts[(bool, False)]
            f.default = DRAFT_BOOLEANS.get(
                key.lower(), False if says_finished(key) else usual
            )
        return f

    def entries_with(strings: set[str]) -> list[IndexEntry]:
        if not strings:
            return []
        return [e for e, v in zip(ents, values, strict=True) if str(v).strip() in strings]

    # A title names its own page (`linkTitle` too), even when it says another page's name.
    if not key.lower().endswith("title"):
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
        _note_capitals(ctx, where, choice.choices, texts, entries_with)
        return choice
    if many:
        return Field(key, "list")
    if _long_text(key, texts):
        return Field(key, "long_text")
    # Only text values, as the validator counts them (a number is no reference).
    strings: Counter[str] = Counter()
    for (cls, v), c in counts.items():
        if cls is str and v.strip():
            strings[v.strip()] += c
    return Field(key, "text", unique=looks_unique(key, strings))


# Names of one-line headings: a title is a one-line box even when one page has a long one.
_HEADING_NAMES = {"title", "linktitle", "subtitle", "shorttitle", "navtitle", "headline", "name"}


def _long_text(key: str, texts: Counter[str]) -> bool:
    """Whether a field holds long text: a value over several lines, or (not for a heading such
    as the title, where one page's long title is no reason for a taller box) a long value."""
    if any("\n" in s for s in texts):
        return True
    if key.lower().replace("_", "").replace("-", "") in _HEADING_NAMES:
        return False
    return any(len(s) > LONG_TEXT_CHARS for s in texts)


def _note_capitals(
    ctx: _Context,
    where: str,
    choices: list[str],
    texts: Counter[str],
    entries_with: Callable[[set[str]], list[IndexEntry]],
) -> None:
    """Two choices written alike but for capitals (jekyll-docs' authors `dirtyf` on 3 posts,
    `DirtyF` on 1) are most likely one: the rarer spelling is named, for the maintainer to
    make one of them."""
    by_fold: dict[str, list[str]] = {}
    for choice in choices:  # most used first
        by_fold.setdefault(choice.casefold(), []).append(choice)
    for usual, *others in (spellings for spellings in by_fold.values() if len(spellings) > 1):
        for other in others:
            files = list(dict.fromkeys(ctx.rel(e.path) for e in entries_with({other})))
            ctx.notes.append(
                f"{where} in {_files(files)} is '{other}', which is '{usual}' (used by "
                f"{texts[usual]} documents) in other capitals; both are listed as choices."
            )


def _note_odd(ctx: _Context, where: str, odd: list[IndexEntry], what: str) -> None:
    if odd:
        files = list(dict.fromkeys(ctx.rel(e.path) for e in odd))
        ctx.notes.append(f"{where} is {what} in {_files(files)}.")


def _url_like(s: str) -> bool:
    return s.startswith(("http://", "https://", "mailto:", "www.")) or (
        s.startswith("/") and not s.startswith("//") and len(s) > 1
    )


def _count_in(texts: Counter[str], names: Collection[str]) -> int:
    """How many of the values counted in `texts` are in `names`: their keys in common found
    from the smaller side (every field's values are weighed against every collection's
    titles, slugs and naming fields, and every asset folder's files)."""
    if len(names) < len(texts):
        return sum(texts[s] for s in names if s in texts)
    return sum(c for s, c in texts.items() if s in names)


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
        by_slug = _count_in(texts, slugs)
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
            by_name = _count_in(texts, names)
            if (by_name, by_name) > (hits, exact):
                hits, how, exact = by_name, other, by_name
        # One value once is no evidence: a single `keywords: [highlight]` among empty lists
        # named a shortcode's page by chance, and every page's box then offered shortcodes.
        if hits < 2 or not _mostly(hits, total):
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
        hits = _count_in(texts, files)
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


# A short name of printable ASCII without a slash: what nearly every value is, and always a
# plausible file name (but `..`), decided in one step instead of the checks below.
_PLAIN_ASCII_NAME = re.compile(r"[ -.0-\[\]-~]{1,255}\Z")


def _could_name_a_file(value: str) -> bool:
    """Whether a value could be a file's name or path in the site (short, one line, no `..`)."""
    if _PLAIN_ASCII_NAME.match(value):
        return value != ".."
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


USUAL_SHARE = 0.8  # of a choice's values, for it to be a new page's default


def _choice(key: str, texts: Counter[str], n: int, ndocs: int, many: bool) -> Field | None:
    """A choice when a few distinct short values repeat (`status`: draft or final)."""
    total = sum(texts.values())
    distinct = len(texts)
    if total < 3 or ndocs < 0.5 * n or distinct > CHOICE_MAX_REPEATED or distinct * 2 > total:
        return None
    if any(len(s) > 60 or "\n" in s for s in texts):
        return None
    repeated = sum(c for c in texts.values() if c >= 2)
    if repeated < 0.8 * total:
        return None
    if distinct > CHOICE_MAX and (
        total < CHOICE_REPEATS * distinct or repeated < CHOICE_REPEATED_SHARE * total
    ):
        return None  # many values, not each used over and over: an open list, typed
    # Most used first, then alphabetical: the order the form lists them in.
    choices = sorted(texts, key=lambda v: (-texts[v], v.casefold()))
    if many:
        return Field(key, "choices", choices=choices)
    draft = next((c for c in choices if c.casefold() in DRAFT_WORDS), None)
    # A new page starts with a state's usual value (`state: open` of open/closed) or the value
    # nearly every page has (`layout: post`), not with the most frequent of many (`author:
    # parkr` of ten authors is nobody's default: the author picks).
    usual = choices[0] if len(choices) <= 3 or texts[choices[0]] >= USUAL_SHARE * total else None
    return Field(key, "choice", choices=choices, default=draft or usual)
