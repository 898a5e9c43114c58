"""Uniqueness: a value that must be unique used by two documents."""

from __future__ import annotations

from editor_app.core.checks.common import doc_word, label_of
from editor_app.core.checks.problem import ERROR, WARNING, make_problem
from editor_app.core.checks.registry import Rule, register


def check_unique(page, ctx, f, name, value, line):
    if not isinstance(value, str | int) or isinstance(value, bool) or not str(value).strip():
        return
    values = ctx.unique_values.get((page.collection, name))
    if values is None:
        return
    others = [(m, r) for (m, r) in values.get(str(value).strip(), []) if r != page.rel]
    if not others:
        return
    # The oldest file keeps the value; later ones are told to change theirs.
    mine = page.mtime or float("inf")
    first = min(others)
    if (first[0], first[1]) > (mine, page.rel):
        return
    declared = ctx.declared_in(page.collection) and bool(getattr(f, "unique", False))
    # Named by its title first: an author knows pages by their titles, not their files.
    title = ctx.uniques.titles.get(first[1])
    holder = f"“{title}” ({first[1]})" if title else first[1]
    yield make_problem(
        page,
        line,
        name,
        "duplicate-value",
        f"The {label_of(f, name).lower()} '{value}' is already used by {holder}. Each "
        f"{doc_word(ctx, page)} needs its own: change this one.",
        ERROR if declared else WARNING,
    )


# Run from the `fields` walk (a unique field's everyday value still needs a look-up).
register(Rule("uniqueness", {"duplicate-value": WARNING}, needs=("unique",)))
