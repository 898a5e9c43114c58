"""A free-form group of the settings form (a header mapping of name -> text with no fields of
its own, like Eleventy's `relatedLinks: {/docs/config/: Configuration}`): the group its rows of
name and value make, and why it cannot be written yet. The rows' widgets are
`ui/form_group.py`'s."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from editor_app.core.settings_form import typed_value


@dataclass
class GroupRow:
    """One row as the author left it: the name box's text, the value box's text, and the name
    and value the page had on this row with the text the value box showed for it (`None`
    and "" for a row the author added)."""

    name_text: str
    value_text: str
    old_name: Any = None
    old_value: Any = None
    value_shown: str = ""


@dataclass
class GroupValue:
    """What the rows make: `value` (None when they are all empty: the group emptied) when
    `problem` is ""; otherwise nothing is written and `problem` says why, `row` naming the
    row at fault (its index)."""

    value: dict | None
    problem: str = ""
    row: int = -1


def is_free_group(value: Any) -> bool:
    """Whether a page's value can be shown as rows of name and value: a mapping (or nothing
    yet) whose values are each one value, not a list or a group."""
    if value is None:
        return True
    if not isinstance(value, Mapping):
        return False
    return not any(isinstance(v, (list, dict)) for v in value.values())


def names_are_addresses(names: Sequence[Any]) -> bool:
    """Whether a group's names are web addresses or site paths (the name box then asks for a
    web address)."""
    texts = [str(n) for n in names if n is not None and str(n).strip()]
    return bool(texts) and all(t.startswith(("/", "http://", "https://", "www.")) for t in texts)


def group_value(rows: Sequence[GroupRow]) -> GroupValue:
    """The mapping `rows` make, in their order. A row with neither name nor value is left out
    (just added); a value without a name, or a name given twice, writes nothing until put
    right, since the page would lose a value. A name as the page wrote it keeps its own kind
    (`2024:` stays a number); so does a value left as shown, and a number typed over one."""
    result: dict = {}
    seen: dict[str, int] = {}
    for index, row in enumerate(rows):
        name = row.name_text.strip()
        if row.old_value is not None and row.value_text == row.value_shown:
            value = row.old_value  # untouched: kept as the page has it (a date, `yes`)
        else:
            value = typed_value(row.value_text, row.old_value)
        if not name:
            if value is None:
                continue
            return GroupValue(None, "A row has a value but no name: give it one.", index)
        if name in seen:
            return GroupValue(
                None, f"Two rows are named '{name}': change or remove one of them.", index
            )
        seen[name] = index
        key = row.old_name if row.old_name is not None and str(row.old_name) == name else name
        result[key] = value
    return GroupValue(result or None)
