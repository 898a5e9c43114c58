"""Choices: a value outside a field's choices, or used nowhere else and a near miss."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from editor_app.core.checks.common import (
    closest_match,
    count_others,
    is_empty,
    is_typo,
    label_of,
    severity_for,
    shown,
    site_answer,
)
from editor_app.core.checks.context import Context
from editor_app.core.checks.page import Page
from editor_app.core.checks.problem import ERROR, WARNING, Problem, make_problem
from editor_app.core.checks.registry import Rule, register


def rare_value(page: Page, ctx: Context, name: str, value: Any, line: Any, new_too: bool = False):
    """Inferred only: a value no other document uses for a field that repeats a few values.

    Catches `status: finall` even though an inferred list of choices includes every value seen.
    A near miss of a common value is an error; with `new_too` (a field inferred as a choice),
    any value of its own is a warning naming the usual ones.
    """
    if ctx.declared_in(page.collection):
        return
    coll = page.collection
    counts = ctx.value_counts.get((coll, name))
    if not counts or len(counts) > 12 or sum(counts.values()) < 5:
        return
    own = page.own.get(ctx.own_key(coll, page.own, name)) if page.own is not None else None
    own_items = own if isinstance(own, list) else [own]
    items = value if isinstance(value, list) else [value]
    for item in items:
        if not isinstance(item, str) or not item.strip():
            continue
        if count_others(page, ctx, counts, item, item in own_items) > 0:
            continue
        if _used_in_twin_field(page, ctx, name, item):
            continue
        common = [v for v, n in counts.items() if n >= 2 and v != item]
        if not common:
            continue
        guess = ctx.closest(("rare", coll, name), item, common, 0.8)
        label = label_of(ctx.field_of(coll, name), name)
        if guess is not None and item.strip().casefold() == guess.strip().casefold():
            # Only capitals differ: wrong where the site compares exactly, harmless where it
            # does not (a user name in a web address): worth a look, not proof of a mistake.
            yield make_problem(
                page,
                line,
                name,
                "not-a-choice",
                f"'{item}' differs from '{guess}', used for {label} elsewhere, only in capitals. "
                f"If they are the same, use '{guess}'.",
                WARNING,
            )
        elif is_typo(item, guess):
            yield make_problem(
                page,
                line,
                name,
                "not-a-choice",
                f"'{item}' is not used for {label} anywhere else. Did you mean '{guess}'?",
                ERROR,
            )
        elif (
            new_too
            and not _open_ended(counts, item)
            and not in_other_language(page, ctx)
            and not _workflow_value(page, ctx, name, item)
        ):
            usual = sorted(common, key=lambda v: (-counts[v], v))
            shown = ", ".join(f"'{v}'" for v in usual[:6]) + (", ..." if len(usual) > 6 else "")
            yield make_problem(
                page,
                line,
                name,
                "not-a-choice",
                f"'{item}' is not used for {label} anywhere else; the others use {shown}. "
                "Check that it is not a slip.",
                WARNING,
            )


# Jekyll reads `category` and `categories` as one list of the post's categories, and `tag`
# and `tags` as one list of its tags: a value in either is a value of both.
_JEKYLL_TWIN_FIELDS = {"category": "categories", "categories": "category", "tag": "tags", "tags": "tag"}


def _used_in_twin_field(page: Page, ctx: Context, name: str, item: str) -> bool:
    """Whether another document of the collection gives `item` in the field Jekyll reads
    together with `name` (`category: community` beside other posts' `categories: [community]`)."""
    twin = _JEKYLL_TWIN_FIELDS.get(name)
    if twin is None or ctx.generator != "jekyll":
        return False
    counts = ctx.value_counts.get((page.collection, twin))
    if not counts:
        return False
    own = page.own.get(twin) if page.own is not None else None
    own_has = item in own if isinstance(own, list) else item == own
    return count_others(page, ctx, counts, item, own_has) > 0


def _workflow_value(page: Page, ctx: Context, name: str, item: str) -> bool:
    """Whether `item` is a value the app itself writes in the collection's review status field:
    its final value (Approve) or its default (a new page starts with it; a send back keeps it).
    The last page still a draft once the others are approved is no slip; a status word this
    site does not use (`published` where Approve writes `final`) is still told."""
    # Here, not at the top: the review package reads the validation rules.
    from editor_app.core.review.status import status_rule

    rule = status_rule(ctx.collection_schema(page.collection))
    if rule is None or rule.field != name:
        return False
    return item in {v for v in (rule.final, rule.default) if isinstance(v, str)}


def _open_ended(counts: Counter, item: str) -> bool:
    """Whether other pages already have values of their own in the field (two or more used
    once: a blog's guest authors), so one more is a new value, not a slip."""
    return sum(1 for v, n in counts.items() if n == 1 and v != item and not is_empty(v)) >= 2


def check_choices(page, ctx, f, name, items, line, multiple):
    choices = getattr(f, "choices", None) or []
    if not ctx.declared_in(page.collection):
        # Inferred choices hold every value seen, this document's included: look for rarity.
        yield from rare_value(page, ctx, name, items, line, new_too=True)
        return
    allowed = {str(c) for c in choices}
    for item in items:
        if is_empty(item):
            continue
        if item in choices or str(item) in allowed:
            continue
        guess = closest_match(str(item), [str(c) for c in choices], cutoff=0.6)
        hint = f" Did you mean '{guess}'?" if guess else ""
        listing = ", ".join(str(c) for c in choices[:8]) + (", ..." if len(choices) > 8 else "")
        yield make_problem(
            page,
            line,
            name,
            "not-a-choice",
            f"'{shown(item)}' is not one of the allowed values for {label_of(f, name)} "
            f"({listing}).{hint}",
            severity_for(ctx, is_typo(str(item), guess), page.collection),
        )


def check_choice_value(
    page: Page, ctx: Context, f: Any, name: str, value: Any, line: Any
) -> Iterable[Problem]:
    """A choice, choices or list field's value."""
    if getattr(f, "type", "text") == "choice":
        items = [value] if not isinstance(value, list) else value
        yield from check_choices(page, ctx, f, name, items, line, multiple=False)
        return
    if isinstance(value, dict):
        msg = f"{label_of(f, name)} should be a list."
        severity = severity_for(ctx, False, page.collection)
        yield make_problem(page, line, name, "wrong-type", msg, severity)
        return
    items = value if isinstance(value, list) else [value]
    if getattr(f, "choices", None):
        yield from check_choices(page, ctx, f, name, items, line, multiple=True)
    else:
        yield from rare_value(page, ctx, name, items, line)


register(
    Rule(
        "choices",
        {"not-a-choice": ERROR},
        field_types=("choice", "choices", "list"),
        check_value=check_choice_value,
        needs=("usage",),
    )
)


def in_other_language(page: Page, ctx: Context) -> bool:
    """A page in another language than most pages of its collection (a multilingual Hugo
    site's `content/fr/`, a page's `lang:`): its values are compared with the other
    languages' too, so a word of its own language is no slip."""
    mine = site_answer(ctx, "language_of", page.path)
    if mine is None:
        return False

    def main_languages(c: Context) -> dict:
        counts: dict[str | None, Counter] = {}
        for e in c.entries:
            lang = site_answer(c, "language_of", e.path)
            counts.setdefault(e.collection, Counter())[lang] += 1
        return {coll: n.most_common(1)[0][0] for coll, n in counts.items() if n}

    main = ctx.fact("main_languages", main_languages).get(page.collection)
    return main is not None and mine != main
