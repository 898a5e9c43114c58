"""A schema inferred from the documents: each collection's fields, their order and type."""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations
from typing import TYPE_CHECKING, Any

from editor_app.core.collection_home import homes_lacking, is_collection_home
from editor_app.core.schema_model import (
    _LIST_LIKE,
    _SCALARS,
    OBJECT_SAMPLE,
    ORDER_KEYS,
    ORDER_SAMPLE,
    RARE_KEYS_CHECKED,
    RARE_SHARE,
    REQUIRED_MIN_DOCS,
    REQUIRED_SHARE,
    SMALL_SAMPLE,
    CollectionSchema,
    Field,
    Schema,
    _Context,
    _distance,
    _files,
    _plain_failure,
    _scan_keys,
    is_empty,
)
from editor_app.core.schema_required import MIN_OTHERS_TITLE
from editor_app.core.schema_values import (
    _infer_values,
)

if TYPE_CHECKING:
    from editor_app.core.site import IndexEntry, Site


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
    generator = getattr(ctx.site, "generator", None)
    any_case = generator == "hugo"
    if any_case:
        # Hugo reads field names without regard to capitals: `linktitle` is `linkTitle`.
        values, folded = _fold_capitals(values, counts, positions, first_seen, keys)
        for odd, common in folded.items():
            files = [ctx.rel(e.path) for e in values[odd][0]]
            ctx.notes.append(
                f"{name}: `{odd}` in {_files(files)} is `{common}` in other capitals, which Hugo "
                f"reads as the same field (used by {counts[common] - counts[odd]} documents); "
                f"it is counted as `{common}`, and the form shows it there."
            )
        keys = [k for k in keys if k not in folded]
    misspelt = _misspelt_keys(keys, counts, n)
    for odd, common in misspelt.items():
        files = [ctx.rel(e.path) for e in values[odd][0]]
        ctx.notes.append(
            f"{name}: `{odd}` in {_files(files)} looks like a misspelling of `{common}` (used by "
            f"{counts[common]} documents); it is left out of the fields."
        )
    keys = [k for k in keys if k not in misspelt]
    keys = _common_order(keys, docs, positions, counts, first_seen)
    # A collection's home page (Jekyll's `index.md`) is not among the documents a field is
    # required of, unless it has the field.
    homes = [e.front_matter for e in docs if is_collection_home(e.path.name, generator)]
    fields = [
        _safe_infer_field(ctx, name, key, *values[key], n, n - homes_lacking(homes, key))
        for key in keys
    ]
    for f in fields:
        f.used_by = counts[f.name]
        f.filled_by = sum(1 for v in values[f.name][1] if not _empty(v))
    _widen_choices(fields)
    return CollectionSchema(name, fields, documents=n, names_any_case=any_case)


def _widen_choices(fields: list[Field]) -> None:
    """A choice whose values are some of another choice's of the collection names those
    (opensource-guide's `related: [coc, legal]` names articles by their `class`): it offers
    all of them, the ones used first, not only the few seen so far."""
    lists = [f for f in fields if f.type in ("choice", "choices") and f.choices]
    for f in lists:
        seen = set(f.choices)
        wider = [g for g in lists if g is not f and seen < set(g.choices)]
        if len(seen) < 3 or not wider:  # one or two values (`layout: post`) may be chance
            continue
        g = max(wider, key=lambda g: len(g.choices))
        # Not a site note: those tell what could not be worked out or is odd in the site.
        f.choices = f.choices + [c for c in g.choices if c not in seen]


def _fold_capitals(
    values: dict[Any, tuple[list[IndexEntry], list[Any]]],
    counts: Counter[str],
    positions: dict[str, float],
    first_seen: dict[str, int],
    keys: list[str],
) -> tuple[dict[Any, tuple[list[IndexEntry], list[Any]]], dict[str, str]]:
    """Keys the same but for capitals, each folded into its most used spelling (the first
    seen on a tie): the values (a new mapping; the context's own is shared), with each folded
    key's documents and values added to its spelling's, and `counts` and `positions` summed in
    place; and each folded key -> the spelling it went into."""
    spellings: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        spellings[k.lower()].append(k)
    folded: dict[str, str] = {}
    merged = dict(values)
    for group in spellings.values():
        if len(group) < 2:
            continue
        main = min(group, key=lambda k: (-counts[k], first_seen[k]))
        ents, vals = list(merged[main][0]), list(merged[main][1])
        for other in group:
            if other == main:
                continue
            ents += values[other][0]
            vals += values[other][1]
            counts[main] += counts[other]
            positions[main] += positions[other]
            folded[other] = main
        merged[main] = (ents, vals)
    return merged, folded


def _safe_infer_field(
    ctx: _Context,
    coll: str,
    key: str,
    ents: list[IndexEntry],
    vals: list[Any],
    n: int,
    required_of: int | None = None,
) -> Field:
    """`_infer_field`, but a field whose values cannot be worked out becomes text (said)."""
    try:
        return _infer_field(ctx, coll, key, ents, vals, n, required_of)
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
    # Most documents of a collection write their keys in one of a few orders: each order
    # is counted once, then its (earlier, later) pairs weighed by how many documents use it.
    orders = Counter(tuple([k for k in e.front_matter if k in wanted]) for e in docs[::step])
    before: Counter[tuple[str, str]] = Counter()
    for order, used in orders.items():
        for pair in combinations(order, 2):
            before[pair] += used
    # Which keys most documents put before which: (a, b) when a should precede b.
    precedes = {(a, b) for (a, b), n in before.items() if n > before[(b, a)]}
    # Place keys one by one: next is a key no remaining key should precede; among those (or
    # among all, when documents disagree in a circle) the one with the lowest mean position.
    remaining = list(keys)
    result: list[str] = []
    while remaining:
        free = [k for k in remaining if not any((j, k) in precedes for j in remaining)]
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


def _infer_field(
    ctx: _Context,
    coll: str,
    key: str,
    ents: list[IndexEntry],
    vals: list[Any],
    n: int,
    required_of: int | None = None,
) -> Field:
    """The field `key` from its documents `ents` and their values `vals` (parallel lists);
    `required_of`, how many of the `n` documents it could be required of (all by default)."""
    lists: list[tuple[IndexEntry, list]] = []
    objects: list[tuple[IndexEntry, dict]] = []
    # Single values, as two parallel lists (documents, values).
    s_ents: list[IndexEntry] = []
    s_vals: list[Any] = []
    empty_lists = 0  # `categories: []`: written as a list, even when no page fills it yet
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
                empty_lists += v == []
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
    m = n if required_of is None else required_of
    # A title is asked of a page when every other page has one (MIN_OTHERS_TITLE others at
    # least, the rule Check and the form's star apply): in a small collection the one page
    # lacking it must not make the field optional, or Check would say nothing of an emptied
    # or removed title there.
    title_asked = key == "title" and m >= MIN_OTHERS_TITLE + 1
    required = m >= REQUIRED_MIN_DOCS and (
        filled >= REQUIRED_SHARE * m
        or ((m >= SMALL_SAMPLE or title_asked) and filled >= m - 1)
    )
    where = f"{coll}: `{key}`"
    if not filled:
        return Field(key, "list" if empty_lists * 2 > len(vals) else "text")
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
                f"{_other_documents(len(lists))}; it is treated as a list."
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
            f"{_other_documents(len(s_vals))}; it is treated as a single value."
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
    if not multiple and free_form_keys(counts, dicts):
        # Keys that are data, not names (`relatedLinks: {/docs/config/: Configuration}`):
        # one free-form group, shown as rows of name and value, not a field per address.
        return Field(key, "object", required=required)
    sub = []
    for k, _count in counts.most_common():
        holding = [(e, d) for e, d in dicts if k in d]
        sf = _infer_field(
            ctx, f"{coll}.{key}", k, [e for e, _ in holding], [d[k] for _, d in holding], len(dicts)
        )
        sub.append(sf)
    return Field(key, "object", required=required, multiple=multiple, fields=sub)


FREE_FORM_ONE_OFF_SHARE = 0.8  # of a group's keys found in one document only: keys are data


def free_form_keys(counts: Counter[str], dicts: list[tuple[IndexEntry, dict]]) -> bool:
    """Whether a field's mappings hold data in their keys rather than fields: the keys are all
    web addresses or site paths; or, each value being one value (no list or group), among 2 or
    more documents and 3 or more keys, nearly all keys are found in one document only."""
    if not counts or any(not isinstance(k, str) for _, d in dicts for k in d):
        return False
    if all(k.startswith(("/", "http://", "https://", "www.")) for k in counts):
        return True
    if any(isinstance(v, (list, dict)) for _, d in dicts for v in d.values()):
        return False
    one_off = sum(1 for c in counts.values() if c == 1)
    return len(dicts) >= 2 and len(counts) >= 3 and one_off >= FREE_FORM_ONE_OFF_SHARE * len(counts)


def _other_documents(count: int) -> str:
    """'1 other document', '3 other documents' (a note read '1 other documents')."""
    return f"{count} other document" + ("" if count == 1 else "s")


def _empty(value: Any) -> bool:
    """`is_empty`, of a text, list or table only (as inference has always counted): an object
    of another kind equal to an empty one (a mapping that is no dict) counts as filled. The
    header readers give dict, list and str (or their subclasses), where both agree."""
    return is_empty(value) and (value is None or isinstance(value, str | list | dict))
