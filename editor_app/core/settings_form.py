"""The page settings form's rules, without its widgets: which fields get a row and where
(the schema's, the rarely used ones folded away, the page's own others), how many are left
out of a form too long to use, which edits write to the page, and what a value typed into a
box is (a number stays a number; a date is read from what the page holds)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from editor_app.core.schema import CollectionSchema, Field

# More rows than this make a form nobody can use, and take minutes to build (50,000 fields).
MAX_FORM_ROWS = 300


@dataclass
class FormRows:
    """The rows of one page's settings form, each list in the order shown."""

    fields: list[Field] = field(default_factory=list)  # the schema's fields with a row
    rare: list[Field] = field(default_factory=list)  # folded under "More fields"
    others: list[str] = field(default_factory=list)  # the page's keys the schema does not know
    left_out: int = 0  # settings without a row (kept as they are)
    from_schema: bool = False  # the schema lists fields: the others go under their own heading


def form_rows(
    front_matter: Mapping[str, Any],
    schema: CollectionSchema | None,
    key_order: list[str],
    max_rows: int = MAX_FORM_ROWS,
) -> FormRows:
    """Which rows the form shows for a page: its schema's fields first (those the page lacks
    and few pages use, folded), then the page's other keys in `key_order` (the file's order;
    keys missing from it after), at most `max_rows` in all."""
    rows = FormRows()
    schema_fields = schema.fields if schema else []
    if len(schema_fields) > max_rows:
        # A collection whose schema lists thousands of fields (one page with a huge header):
        # this page's own fields and the required ones, not a row for every one.
        schema_fields = [f for f in schema_fields if f.name in front_matter or f.required]
    rows.from_schema = bool(schema_fields)
    used: set[str] = set()
    for f in schema_fields:
        if len(used) >= max_rows:
            rows.left_out += 1
            continue
        used.add(f.name)
        if schema is not None and f.name not in front_matter and schema.is_rare(f):
            rows.rare.append(f)
        else:
            rows.fields.append(f)
    order = [k for k in key_order if k in front_matter]
    if len(order) < len(front_matter):
        ordered = set(order)
        order += [k for k in front_matter if k not in ordered]
    schema_names = {f.name for f in schema_fields}
    others = [k for k in order if k not in schema_names]
    room = max(0, max_rows - len(used))
    rows.left_out += max(0, len(others) - room)
    rows.others = others[:room]
    return rows


def edit_writes(values: Mapping[str, Any], name: str, value: Any) -> bool:
    """Whether an edit of field `name` to `value` changes a page holding `values`: emptying a
    field the page never had (typed into, then cleared) writes nothing."""
    return not (value is None and name not in values)


def is_complex(value: Any) -> bool:
    """A list or group: shown as a whole, never edited as one line of text."""
    return isinstance(value, (list, dict))


def typed_number(text: str) -> int | float:
    """`12` -> 12, `1.5` -> 1.5, `1,000` -> 1000; ValueError when it is not a number (nor
    "nan" or "inf", which no page means)."""
    cleaned = text.strip().replace(",", "").replace("_", "")
    try:
        return int(cleaned)
    except ValueError:
        value = float(cleaned)
        if math.isnan(value) or math.isinf(value):
            raise ValueError(text) from None
        return value


def typed_value(text: str, original: Any) -> Any:
    """What a text box holds (None when empty), a number when the page had a number there and
    the text is one."""
    if not text.strip():
        return None
    if isinstance(original, (int, float)) and not isinstance(original, bool):
        try:
            return typed_number(text)
        except ValueError:
            return text
    return text


def as_date(value: Any) -> dt.date | None:
    """The day a value names (a date, a date and time, or text starting YYYY-MM-DD), or None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def as_datetime(value: Any) -> dt.datetime | None:
    """The moment a value names (a date is its midnight; text in ISO form), or None."""
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    return None
