"""The header's fields: one walk over each page's values, everyday values checked cheaply,
the rest handed to the field rule for their type (types, choices, relations, assets), plus
required fields and uniqueness."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from functools import partial
from typing import Any

from editor_app.core.checks.choices import rare_value
from editor_app.core.checks.common import (
    count_others,
    doc_word,
    is_empty,
    label_of,
    severity_for,
    site_answer,
)
from editor_app.core.checks.context import Context
from editor_app.core.checks.field_names import one_field_twice, unknown_field
from editor_app.core.checks.page import Page
from editor_app.core.checks.problem import ERROR, LazyLine, Problem, make_problem
from editor_app.core.checks.registry import Rule, register
from editor_app.core.checks.uniqueness import check_unique
from editor_app.core.collection_home import homes_lacking
from editor_app.core.schema_required import ABSENT, page_asked_for, site_gives

_IMPLIABLE = frozenset({"text", "long_text", "list", "choice", "choices"})


_FAST_URL = re.compile(
    r"^https?://[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*"
    r"[A-Za-z0-9])?)*\.[A-Za-z]{2,63}(?::\d{1,5})?(?:[/?#]\S*)?$"
)


def _plainly_fine(
    ctx: Context, coll: str | None, name: str, f: Any, ftype: str, value: Any
) -> bool:
    """True for the everyday values that need no closer look (checked cheaply, as most are).

    Anything this does not vouch for goes through the full checks, which give the advice.
    """
    if ftype == "text" or ftype == "long_text":
        return isinstance(value, str) and value != ""
    if ftype == "boolean":
        return value is True or value is False
    if ftype == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if ftype == "date" or ftype == "datetime":
        return isinstance(value, date)
    if ftype == "relation":
        target = getattr(f, "collection", None)
        if not target:
            return False
        known = ctx.relation_options(target, getattr(f, "key", "title") or "title")[0]
        if isinstance(value, str):
            return value in known
        return isinstance(value, list) and all(isinstance(i, str) and i in known for i in value)
    if ftype in ("choice", "choices", "list"):
        items = value if isinstance(value, list) else [value]
        if ctx.declared_in(coll):
            allowed = getattr(f, "choices", None)
            return bool(allowed) and all(i in allowed for i in items)
        counts = ctx.value_counts.get((coll, name))
        return counts is not None and all(isinstance(i, str) and counts[i] >= 2 for i in items)
    if ftype == "image" or ftype == "file":
        folder = getattr(f, "folder", None)
        if not folder or not isinstance(value, str) or "/" in value or ":" in value or not value:
            return False
        names = ctx.asset_names(os.path.join(ctx.root_text, folder))
        return names is not None and names.get(value.lower()) == value
    if ftype == "url":
        return isinstance(value, str) and (
            _FAST_URL.match(value) is not None or (value[:1] == "/" and value[1:2] != "/")
        )
    return False


# How `check_fields` checks an everyday value without a call (see its plan).
_NO_FAST, _FAST_TEXT, _FAST_BOOL, _FAST_DATE, _FAST_SET, _FAST_URL_MODE = range(6)


def check_fields(page: Page, ctx: Context) -> Iterable[Problem]:
    if not page.has_front_matter or page.unclosed or page.yaml_error or page.not_mapping:
        return
    cs = ctx.collection_schema(page.collection)
    fields = ctx.field_map(page.collection)
    coll = page.collection
    data = page.data
    unique = ctx.unique_fields.get(page.collection, ())
    plan = ctx.plans.setdefault(coll, {})
    value_checks = ctx.plan.value_checks  # the field rule for each type, from the registry
    for key, value in data.items():
        if not isinstance(key, str):
            continue
        known = plan.get(key)
        if known is None:
            # The field the key is: itself, or on Hugo the field it is in other capitals.
            name = ctx.field_name(coll, key)
            f = fields.get(name)
            ftype = getattr(f, "type", "text")
            if ftype in _IMPLIABLE:
                implied = ctx.implied_field(coll, name)
                if implied is not None:
                    implied.label = getattr(f, "label", "") or implied.label
                    implied.required = getattr(f, "required", False)
                    f = implied
                    ftype = f.type
            # What an everyday value is checked against, without a call: `mode` says how
            # (_FAST_*), `fast` holds the set of known values or the pattern.
            mode, fast = _NO_FAST, None
            if f is not None:
                if ftype in ("text", "long_text"):
                    mode = _FAST_TEXT
                elif ftype == "boolean":
                    mode = _FAST_BOOL
                elif ftype in ("date", "datetime"):
                    mode = _FAST_DATE
                elif ftype == "relation" and getattr(f, "collection", None):
                    mode = _FAST_SET
                    fast = ctx.relation_options(
                        f.collection, getattr(f, "key", "title") or "title"
                    )[0]
                elif ftype in ("choice", "choices") and ctx.declared_in(coll) and f.choices:
                    mode, fast = _FAST_SET, {c for c in f.choices if isinstance(c, str)}
                elif ftype in ("choice", "choices"):
                    counts = ctx.value_counts.get((coll, name), {})
                    # Values used by another document too.
                    mode, fast = _FAST_SET, {v for v, n in counts.items() if n >= 2}
                elif ftype == "url":
                    mode, fast = _FAST_URL_MODE, _FAST_URL
                elif ftype in ("image", "file") and getattr(f, "folder", None):
                    listing = ctx.asset_names(os.path.join(ctx.root_text, f.folder)) or {}
                    mode, fast = _FAST_SET, set(listing.values())
            # A unique field's everyday value also needs no other document holding it.
            holders = ctx.unique_values.get((coll, name)) if name in unique else None
            known = plan[key] = (f, ftype, mode, fast, holders, name)
        f, ftype, mode, fast, holders, name = known
        if mode:
            cls = value.__class__
            if mode == _FAST_TEXT:
                ok = cls is str and value
            elif mode == _FAST_SET:
                ok = (cls is str and value in fast) or (
                    cls is list and all(i.__class__ is str and i in fast for i in value)
                )
            elif mode == _FAST_BOOL:
                ok = cls is bool
            elif mode == _FAST_DATE:
                ok = cls is date or cls is datetime
            else:
                ok = cls is str and fast.match(value) is not None
            if ok:
                if name not in unique:
                    continue  # by far the most common case: an everyday value
                if mode == _FAST_TEXT:
                    # Unique text (`reference`) held by no other document: what
                    # `check_unique` looks up, without the call.
                    held = holders.get(value.strip()) if holders is not None else None
                    if held is None or (len(held) == 1 and held[0][1] == page.rel):
                        continue
        if f is not None and name not in unique and _plainly_fine(ctx, coll, name, f, ftype, value):
            continue  # the common case, kept cheap: most values need no closer look
        line = LazyLine(page, key)
        found = _value_problems(page, ctx, cs, f, ftype, name, value, line, unique, value_checks)
        if key == name:
            yield from found
        else:  # said of the page's own key, which its form row shows
            yield from (replace(p, field=key) if p.field == name else p for p in found)
    if cs is None:
        return
    if getattr(cs, "names_any_case", False) and len({k.lower() for k in data if isinstance(k, str)}) < len(data):
        yield from one_field_twice(page, data)
    for f in ctx.required_fields(coll, cs):
        if (
            f.name not in data  # (as written: the usual case, told without a call)
            and ctx.own_key(coll, data, f.name) not in data
            and _must_have(page, ctx, f, ABSENT)
        ):
            yield make_problem(
                page,
                1,
                f.name,
                "required-missing",
                f"{label_of(f, f.name)} is missing. {_why_needed(page, ctx, f)} "
                + _add_field(label_of(f, f.name), f.name),
                severity_for(ctx, False, page.collection),
            )


def _value_problems(
    page: Page,
    ctx: Context,
    cs: Any,
    f: Any,
    ftype: str,
    name: str,
    value: Any,
    line: LazyLine,
    unique: Any,
    value_checks: Any,
) -> Iterable[Problem]:
    """What is wrong with the value of field `name` (None: a field the schema lacks)."""
    if f is None:
        yield from unknown_field(page, ctx, cs, name, line)
        yield from rare_value(page, ctx, name, value, line)
        if name in unique:
            yield from check_unique(page, ctx, None, name, value, line)
        return
    if is_empty(value):
        if _must_have(page, ctx, f, value):
            yield make_problem(
                page,
                line,
                name,
                "required-missing",
                f"{label_of(f, name)} is empty. {_why_needed(page, ctx, f)} Fill it in.",
                severity_for(ctx, False, page.collection),
            )
        return
    check_value = value_checks.get(ftype)
    if check_value is not None:
        yield from check_value(page, ctx, f, name, value, line)
    if name in unique or getattr(f, "unique", False):
        yield from check_unique(page, ctx, f, name, value, line)


def _must_have(page: Page, ctx: Context, f: Any, value: Any) -> bool:
    """Declared: when the schema says so. Inferred: when every other document has a value.
    Either way, not what the generator gives the page itself (`value`: the page's own, or
    `ABSENT`). The rule is `schema_required.page_asked_for`, which the form's star calls too."""
    if not getattr(f, "required", False):
        return False  # (most fields, told without looking up the page's title)
    title = page.data.get(ctx.own_key(page.collection, page.data, "title"))
    file_name = page.rel.rpartition("/")[2]
    return page_asked_for(
        f,
        ctx.declared_in(page.collection),
        partial(_others_filling, page, ctx, f),
        generator=ctx.generator,
        file_name=file_name,
        title=title,
        given=partial(
            site_gives,
            f.name,
            value,
            generator=ctx.generator,
            collection=page.collection,
            file_name=file_name,
            implied=partial(site_answer, ctx, "implied_values", page.path),
        ),
    )


def _others_filling(page: Page, ctx: Context, f: Any) -> tuple[int, int]:
    """(the other documents of the page's collection, how many of them fill `f` in)."""
    coll = page.collection
    own = page.own or {}
    # Only documents whose header could be read tell what "every other document" holds.
    total_others = ctx.ok_count.get(coll, 0) - (1 if own else 0)
    total_others -= homes_lacking(ctx.collection_homes(coll), f.name)  # not "others"
    own_filled = not is_empty(own.get(ctx.own_key(coll, own, f.name)))
    return total_others, count_others(page, ctx, ctx.filled[coll], f.name, own_filled)


def _why_needed(page: Page, ctx: Context, f: Any) -> str:
    word = doc_word(ctx, page)
    if ctx.declared_in(page.collection):
        return f"Every {word} needs one."
    return f"Every other {word} has one."


register(
    Rule(
        "fields",
        {"required-missing": ERROR},
        check=check_fields,
        wants=lambda page: page.has_front_matter,
        needs=("usage", "unique", "assets"),
    )
)


# Names that keep their capital inside a sentence: the generators' own (eleventy-website's
# `eleventyNavigation` was "the page's eleventy navigation").
_NAMES = frozenset({"eleventy", "hugo", "jekyll"})


def _add_field(label: str, name: str) -> str:
    """What to do about a missing field, in plain words (no header syntax): the field's name
    in the header is said for the command line's readers and the site's own files."""
    # 'Title' -> 'title'; 'SEO title', 'YouTube link' kept: their first word is not a word
    # that starts a sentence with a capital only
    first_word = label.split(" ", 1)[0]
    lower = first_word[1:].islower() and first_word.lower() not in _NAMES
    thing = label[:1].lower() + label[1:] if lower else label
    return f"Add the page's {thing} (the '{name}' field)."


_ADD_FIELD = re.compile(r"Add the page's .+ \(the '[^']*' field\)\.$")


def window_words(problem: Problem) -> str:
    """The message as the window says it: a missing field's fix names the form's field
    ("Fill in the Title field.") instead of its name in the header."""
    if problem.code != "required-missing" or " is missing. " not in problem.message:
        return problem.message
    label = problem.message.partition(" is missing. ")[0]
    return _ADD_FIELD.sub(lambda _m: f"Fill in the {label} field.", problem.message)
