"""What Rename or Merge a Value offers: the fields whose values are names, the new values to
pick from, and what a chosen pair of values means (the same, a merge, capitals only).

The window's dialog (ui/rename_value.py) shows these; `core/rename_value.py` does the renaming.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from editor_app.core.schema_model import FILE_KEY, field_label
from editor_app.core.tool_support import ValueUse

RENAMEABLE_TYPES = ("text", "choice", "choices", "relation")

# What a new value means next to the old one and the values in use (`pair_meaning`).
SAME = "same"  # the new value is the old one: nothing to do
MERGE = "merge"  # the new value is already in use: the two become one
CAPITALS = "capitals"  # a value differing only in capitals is in use


GROUP_STEP = " › "  # between a group's label and its field's: "Params › Return type"


def _renameable(fields: list[Any]) -> list[Any]:
    """The fields among `fields` that hold names, and those inside their groups (Hugo's
    `params.functions_and_methods.returnType`), named with dots as `rename_value` takes
    them and labelled as the form names them ("Params › Functions and methods › Return
    type")."""
    found = []
    for f in fields:
        if f.type in RENAMEABLE_TYPES:
            found.append(f)
        elif f.type == "object" and f.fields:
            group = f.label or field_label(f.name)
            for inner in _renameable(f.fields):
                found.append(
                    replace(
                        inner,
                        name=f"{f.name}.{inner.name}",
                        label=group + GROUP_STEP + (inner.label or field_label(inner.name)),
                    )
                )
    return found


def rename_fields(schema: Any, collection: str | None) -> tuple[list[Any], list[Any]]:
    """Fields that hold names: `collection`'s own first, then the ones only other collections
    have. A group's fields are among them (`params.x`, labelled "Params › X")."""
    if schema is None:
        return [], []
    chosen = schema.for_collection(collection) if collection else None
    own: dict[str, Any] = {}
    others: dict[str, Any] = {}
    for cs in [chosen] if chosen is not None else []:
        for f in _renameable(cs.fields):
            own.setdefault(f.name, f)
    # With no page open there is no "own" collection: every field is in one group, unsplit.
    rest = others if chosen is not None else own
    for cs in schema.collections.values():
        for f in _renameable(cs.fields):
            if f.name not in own:
                rest.setdefault(f.name, f)
    return list(own.values()), list(others.values())


def renames_target(field: Any) -> bool:
    """True when the page a value names can be renamed with the value.

    Pages named by any field (title:, name: on author pages) can; pages named by their file
    cannot (renaming files is not done here).
    """
    return bool(
        field is not None
        and field.type == "relation"
        and field.collection
        and field.key != FILE_KEY
    )


def target_names(site: Any, field: Any) -> list[str]:
    """The names the related pages go by, in the field the relation names them by."""
    key = field.key or "title"
    if key == "title":
        return site.titles(field.collection)
    return [
        str(e.front_matter.get(key))
        for e in site.documents(field.collection)
        if e.front_matter.get(key) not in (None, "")
    ]


def names_a_page(site: Any, field: Any, old: str | None) -> bool:
    """True when `old` is the name of a page the field refers to: a page there is to rename
    with the value ('Heal', a topic no page is called, has none)."""
    return bool(renames_target(field) and old and old in target_names(site, field))


def offered_names(site: Any, field: Any, uses: list[ValueUse]) -> list[str]:
    """The new values offered: those in use and, for a relation, the related pages' names not
    used yet; each once, in alphabetical order whatever the capitals."""
    names = [use.text for use in uses]
    if renames_target(field):
        names += [t for t in target_names(site, field) if t and t not in names]
    return sorted(set(names), key=lambda n: (n.casefold(), n))


def pair_meaning(old: str | None, new: str, uses: list[ValueUse]) -> str:
    """`SAME`, `MERGE`, `CAPITALS`, or "" when `new` is a value of its own."""
    used = {use.text for use in uses}
    if old is not None and new and new == old:
        return SAME
    if new and new in used:
        return MERGE
    if new and any(new.casefold() == text.casefold() for text in used):
        return CAPITALS
    return ""
