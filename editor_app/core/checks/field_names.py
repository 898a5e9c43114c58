"""Field names: a field the schema does not know, or that no other document uses.

On Hugo, which reads names without regard to capitals, a key in other capitals is the field
it is (`fields.check_fields` looks it up so): `linktitle` is `linkTitle`, nothing to say."""

from __future__ import annotations

from typing import Any

from editor_app.core.checks.common import closest_match, count_others, doc_word, plural_label
from editor_app.core.checks.context import Context
from editor_app.core.checks.page import Page
from editor_app.core.checks.problem import WARNING, make_problem
from editor_app.core.checks.registry import Rule, register


def unknown_field(page: Page, ctx: Context, cs: Any, name: str, line: int | None):
    coll = page.collection
    if cs is not None and ctx.declared_in(page.collection):
        known = [f.name for f in getattr(cs, "fields", [])]
        guess = closest_match(name, known, cutoff=0.6)
        hint = f" Did you mean '{guess}'?" if guess else " Check the spelling."
        yield make_problem(
            page,
            line,
            name,
            "unknown-field",
            f"'{name}' is not one of the fields of {plural_label(ctx, coll)}, so the site "
            f"may ignore it.{hint}",
        )
        return
    # Inferred: a field no other document uses, spelt almost like a common one.
    usage = ctx.field_docs.get(coll)
    if not usage:
        return
    own_has = page.own is not None and ctx.own_key(coll, page.own, name) in page.own
    if count_others(page, ctx, usage, name, own_has) > 0:
        return
    common = [k for k, n in usage.items() if n >= 3 and k != name and isinstance(k, str)]
    guess = ctx.closest(("field", coll), name, common, 0.75)
    if guess is None:
        return
    yield make_problem(
        page,
        line,
        name,
        "unknown-field",
        f"No other {doc_word(ctx, page)} has a field called '{name}', so the site probably "
        f"ignores it. Did you mean '{guess}'?",
    )


def one_field_twice(page: Page, data: dict):
    """Where names are read without regard to capitals (Hugo), a header giving one field in
    two spellings (`linkTitle:` and `linktitle:`): only one of them counts. Said on each
    spelling after the first."""
    spellings: dict[str, list[str]] = {}
    for key in data:
        if isinstance(key, str):
            spellings.setdefault(key.lower(), []).append(key)
    for keys in spellings.values():
        if len(keys) < 2:
            continue
        lines = [page.field_line(k) for k in keys]
        named = " and ".join(
            f"'{k}'" + (f" (line {n})" if n else "") for k, n in zip(keys, lines, strict=True)
        )
        # Hugo lowers the keys in capitals over the others (`hugo_addresses._keys`): one
        # spelling in capitals is the one used, wherever it stands; of two, either may be.
        capitalised = [(k, n) for k, n in zip(keys, lines, strict=True) if k != k.lower()]
        if len(capitalised) == 1:
            used, used_line = capitalised[0]
            where = f" (line {used_line})" if used_line else ""
            which = f"it uses '{used}'{where}, the spelling in capitals, and ignores the other"
        else:
            which = "only one of them counts, and which one is not fixed"
        for key, line in zip(keys[1:], lines[1:], strict=True):
            yield make_problem(
                page,
                line,
                key,
                "duplicate-key",
                f"{named} are one field to Hugo, which reads names without regard to capitals: "
                f"{which}. Keep one of them.",
            )


# Run from the `fields` walk, for a field the schema does not list.
register(Rule("field-names", {"unknown-field": WARNING}, needs=("usage",)))
