"""Relations: a value naming no document of the related collection."""

from __future__ import annotations

from editor_app.core.checks.common import is_empty, is_typo, severity_for, singular
from editor_app.core.checks.problem import ERROR, WARNING, make_problem
from editor_app.core.checks.registry import Rule, register


def check_relation(page, ctx, f, name, value, line):
    target = getattr(f, "collection", None)
    if not target or ctx.site is None or target not in ctx.site.collections:
        return
    known, options = ctx.relation_options(target, getattr(f, "key", "title") or "title")
    if not options:
        return  # the collection holds nothing here: nothing to compare with
    items = value if isinstance(value, list) else [value]
    if all(isinstance(i, str) and i in known for i in items):
        return
    word = singular(ctx.site.collections[target].label)
    for item in items:
        if is_empty(item):
            continue
        if isinstance(item, dict | list):
            yield make_problem(
                page,
                line,
                name,
                "wrong-type",
                f"Each {word} must be the name of one {word}.",
                severity_for(ctx, False, page.collection),
            )
            continue
        text = str(item)
        if text in known:
            continue
        guess = ctx.closest(("relation", target), text, options, 0.6)
        if guess is not None and guess.casefold() == text.strip().casefold():
            msg = (
                f"'{text}' differs from the {word} '{guess}' only in capitals or spaces, so the "
                f"site will not connect them. Use '{guess}'."
            )
            sev = severity_for(ctx, False, page.collection)
        elif guess is not None:
            msg = f"Unknown {word} '{text}'. Did you mean '{guess}'?"
            sev = severity_for(ctx, is_typo(text, guess), page.collection)
        else:
            msg = (
                f"Unknown {word} '{text}': no {word} page has that title. Check the spelling, "
                f"or create the {word} page first."
            )
            sev = severity_for(ctx, False, page.collection)
        if guess is not None and guess in ctx.broken_titles:
            # That page cannot be read, so its title is a guess: say it, but not as an error.
            sev = WARNING
        yield make_problem(page, line, name, "unknown-relation", msg, sev)


register(
    Rule(
        "relations",
        {"unknown-relation": ERROR},
        field_types=("relation",),
        check_value=check_relation,
        needs=("usage",),
    )
)
