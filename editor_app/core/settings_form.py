"""The page settings form's rules, without its widgets: which fields get a row and where
(the schema's, the rarely used ones folded away, the page's own others), how many are left
out of a form too long to use, which edits write to the page, and what a value typed into a
box is (a number stays a number; a date is read from what the page holds)."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.core.schema_required import ABSENT, page_asked_for, site_gives

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
    # A field the page writes in its own capitals, where the site reads names without regard
    # to them (Hugo: `linktitle` for `linkTitle`): field name -> the page's key, which its row
    # shows and edits.
    keys: dict[str, str] = field(default_factory=dict)
    # The fields the page is asked for, which Check tells it it lacks (the label's star):
    # a declared schema's required ones; inferred, only those every other page fills in.
    asked: set[str] = field(default_factory=set)
    # How many pages of the collection use a field, where its row says so (its tooltip: "Used
    # by 31 of 33 pages of this kind."): a folded one, and one most pages have but this page is
    # not asked for (a suggestion, no star). Field name -> (pages using it, pages in all).
    usage: dict[str, tuple[int, int]] = field(default_factory=dict)


def form_rows(
    front_matter: Mapping[str, Any],
    schema: CollectionSchema | None,
    key_order: list[str],
    max_rows: int = MAX_FORM_ROWS,
    generator: str | None = None,
    page_name: str | None = None,
    gives: Callable[[str, Any], bool] | None = None,
    has_header: bool = True,
) -> FormRows:
    """Which rows the form shows for a page: its schema's fields first (those the page lacks
    and few pages use, folded), then the page's other keys in `key_order` (the file's order;
    keys missing from it after), at most `max_rows` in all. `generator`: the site's, for
    what it gives a page itself (Hugo's link title is the title), which is never asked;
    `page_name`, the page's file name: a collection's home page (Jekyll's `index.md`, which
    lists the documents) is asked for its title alone, as Check asks it. `gives(name,
    value)`: whether the generator gives the page the field itself (`site_gives_for`: a
    Jekyll date in the file name, the site's `defaults:`), so it is not asked for it.
    `has_header`: False for a page without a header, asked for nothing, as Check asks it."""
    rows = FormRows()
    schema_fields = schema.fields if schema else []
    if len(schema_fields) > max_rows:
        # A collection whose schema lists thousands of fields (one page with a huge header):
        # this page's own fields and the required ones, not a row for every one.
        schema_fields = [f for f in schema_fields if f.name in front_matter or f.required]
    rows.from_schema = bool(schema_fields)
    title = None
    if schema is not None:
        title = front_matter.get(schema.own_key(front_matter, "title") or "title")
    used: set[str] = set()
    for f in schema_fields:
        if len(used) >= max_rows:
            rows.left_out += 1
            continue
        used.add(f.name)
        key = schema.own_key(front_matter, f.name) if schema is not None else None
        if key is not None and key != f.name:
            rows.keys[f.name] = key
        has_it = key is not None and front_matter[key] not in (None, "", [], {})
        if schema is None:
            rows.fields.append(f)
            continue
        counts = partial(_others_filling, schema, f, has_it)
        declared = _declared(schema, f)
        value = front_matter[key] if key is not None else ABSENT
        given = partial(gives, f.name, value) if gives is not None else None
        if page_asked_for(
            f,
            declared,
            counts,
            generator=generator,
            file_name=page_name,
            title=title,
            given=given,
            has_header=has_header,
        ):
            rows.asked.add(f.name)
        if key is None and schema.is_rare(f):
            rows.rare.append(f)
            rows.usage[f.name] = (f.used_by, schema.documents)  # type: ignore[assignment]
        else:
            rows.fields.append(f)
            if f.required and f.name not in rows.asked and f.used_by is not None:
                rows.usage[f.name] = (f.used_by, schema.documents)  # type: ignore[assignment]
    order = [k for k in key_order if k in front_matter]
    if len(order) < len(front_matter):
        ordered = set(order)
        order += [k for k in front_matter if k not in ordered]
    schema_names = {f.name for f in schema_fields} | set(rows.keys.values())
    others = [k for k in order if k not in schema_names]
    room = max(0, max_rows - len(used))
    rows.left_out += max(0, len(others) - room)
    rows.others = others[:room]
    return rows


def site_gives_for(site: Any, path: Path | None) -> Callable[[str, Any], bool] | None:
    """What the generator gives the page at `path` itself, as the form asks it (name, the
    page's value or `ABSENT`): the rule Check applies (`schema_required.site_gives`); None
    without a site or a file. The site's values for the page are read once, when first asked."""
    if site is None or path is None:
        return None
    implied: list[Any] = []

    def implied_values() -> Any:
        if not implied:
            try:
                implied.append(site.implied_values(path))
            except (OSError, ValueError):
                implied.append(None)
        return implied[0]

    collection = site.collection_of(path)
    generator = getattr(site, "generator", None)
    return partial(
        site_gives,
        generator=generator,
        collection=collection,
        file_name=Path(path).name,
        implied=implied_values,
    )


def is_asked_for(schema: CollectionSchema, f: Field, has_it: bool) -> bool:
    """Whether a page of the collection (giving the field a value or not: `has_it`) is asked
    for `f` by the schema's counts alone (`schema_required.page_asked_for`, of no page in
    particular): declared fields as the schema says; inferred ones when every other page fills
    them in."""
    counts = partial(_others_filling, schema, f, has_it)
    return page_asked_for(
        f, _declared(schema, f), counts, generator=None, file_name=None, title=None
    )


def _declared(schema: CollectionSchema, f: Field) -> bool:
    """A declared field: no count of the pages using it (its collection's fields declared:
    `CollectionSchema.is_declared`, as Check decides it)."""
    return f.used_by is None or schema.is_declared


def _others_filling(schema: CollectionSchema, f: Field, has_it: bool) -> tuple[int, int]:
    """(the collection's other pages, how many of them fill inferred field `f` in)."""
    filled = f.used_by if f.filled_by is None else f.filled_by
    return schema.documents - 1, filled - (1 if has_it else 0)  # type: ignore[operator]


# Fields that hold the page's own address on the site, a path, not a web address: Jekyll's and
# Eleventy's `permalink`, Hugo's `url` (any capitals there); and Jekyll's old addresses of the
# page (jekyll-redirect-from's `redirect_from: /tutorials/index.html`, one address or a list).
_SITE_PATH_FIELDS = {
    "jekyll": {"permalink", "redirect_from"},
    "eleventy": {"permalink"},
    "hugo": {"url"},
}


def address_example(field: str, generator: str | None) -> str:
    """What an empty address box shows as an example: `/…/` where `field` is the page's
    own address on the site (`permalink: /docs/assets/`) or an old one, else `https://…`."""
    name = field.casefold() if generator == "hugo" else field
    return "/…/" if name in _SITE_PATH_FIELDS.get(generator or "", ()) else "https://…"


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


# -- dates typed into a date box ---------------------------------------------------------
# Authors type dates the common ways: 2025-03-12, 12/03/2025 (or 03/12/2025 in the United
# States), 12.03.2025, 12 March 2025, March 12, 2025. A year of two digits is refused: 03/04/05
# could be any of three dates in two centuries.

_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_MONTH = r"(?P<month>[a-z]{3,9})\.?"
_YEAR = r"(?P<year>\d{4})"
_GAP = r"(?:\s*[,/.-]\s*|\s+)"  # between the parts: a comma, slash, dot, dash or spaces
_NUMBERS = re.compile(  # the same sign between the three numbers: 12/03/2025, 2025-03-12
    r"(?P<a>\d{1,4})\s*(?P<sep>[/.-])\s*(?P<b>\d{1,2})\s*(?P=sep)\s*(?P<c>\d{1,4})"
)
_NAMED = [
    re.compile(_DAY + _GAP + r"(?:of\s+)?" + _MONTH + _GAP + _YEAR),  # 12 March 2025
    re.compile(_MONTH + _GAP + _DAY + _GAP + _YEAR),  # March 12, 2025
    re.compile(_YEAR + _GAP + _MONTH + _GAP + _DAY),  # 2025 March 12
]
# A time after the date: 14:30, 14:30:15, 2:30 pm, 2pm; after a space, a comma, "at" or ISO's T.
_TIME = re.compile(
    r"(?:\s*,\s*|\s+at\s+|\s+|(?<=\d)t)"
    r"(?P<hour>\d{1,2})(?::(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?\s*(?P<half>[ap]\.?m\.?)?$"
)


def month_first_language(language: str) -> bool:
    """Whether people writing `language` (a spelling language such as "en_US" or "en-GB")
    put the month first in 03/12/2025: only American English among those we spell."""
    return language.replace("-", "_").lower() == "en_us"


def _month_number(name: str) -> int | None:
    for number, month in enumerate(_MONTHS, start=1):
        if name in (month, month[:3]) or (number == 9 and name == "sept"):
            return number
    return None


def _day_of(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def typed_date(text: str, month_first: bool) -> dt.date | None:
    """The day an author typed, or None when the text is not a date written a common way.

    Read: year-month-day (2025-03-12, 2025/3/12); day/month/year with slashes, dots or dashes
    (12/03/2025), month first when `month_first` (American English), or the other way when
    that is the only date the numbers make (13/03/2025 read month first); English month names,
    full or short, either order (12 March 2025, Mar 12, 2025, 12th of March 2025). A year must
    have four digits."""
    cleaned = " ".join(text.strip().lower().split())
    numbers = _NUMBERS.fullmatch(cleaned)
    if numbers:
        a, b, c = numbers["a"], numbers["b"], numbers["c"]
        if len(a) == 4 and len(c) <= 2:
            return _day_of(int(a), int(b), int(c))
        if len(c) != 4 or len(a) > 2:
            return None
        year, first, second = int(c), int(a), int(b)
        readings = [(first, second), (second, first)] if month_first else [(second, first)]
        if not month_first:
            readings.append((first, second))
        for month, day in readings:
            found = _day_of(year, month, day)
            if found is not None:
                return found
        return None
    for pattern in _NAMED:
        named = pattern.fullmatch(cleaned)
        if named:
            month = _month_number(named["month"])
            if month is None:
                return None
            return _day_of(int(named["year"]), month, int(named["day"]))
    return None


def typed_date_time(text: str, month_first: bool) -> tuple[dt.date, dt.time | None] | None:
    """The day and, when one was typed after it, the time of day an author typed (12/03/2025
    14:30, 2025-03-12T14:30:00, March 12, 2025 at 2:30 pm); None when the text is not that.
    A time zone is not read: the field keeps the page's own."""
    cleaned = " ".join(text.strip().lower().split())
    day = typed_date(cleaned, month_first)
    if day is not None:
        return day, None
    when = _TIME.search(cleaned)
    if when is None:
        return None
    day = typed_date(cleaned[: when.start()], month_first)
    if day is None:
        return None
    hour, minute = int(when["hour"]), int(when["minute"] or 0)
    second = int(when["second"] or 0)
    half = (when["half"] or "").replace(".", "")
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    elif when["minute"] is None:
        return None  # "12/03/2025 14" is no time
    if hour > 23 or minute > 59 or second > 59:
        return None
    return day, dt.time(hour, minute, second)


_WRITTEN_DATE = re.compile(
    r"(?P<day>\d{4}-\d{2}-\d{2})(?:(?P<sep>[Tt ])(?P<clock>\d{1,2}:\d{2}(?::\d{2})?))?(?P<rest>.*)",
    re.DOTALL,
)


def date_as_page_wrote(new: dt.date | dt.datetime | None, original: Any) -> Any:
    """`new`, the date a date field holds, written as the page wrote the date it had: text
    stays text in its own form (`2018-08-17 12:56:24 -0400` keeps its time's form and its
    zone), and a date and time picked as a day alone keeps the page's time of day."""
    if new is None:
        return None
    if isinstance(original, str):
        written = _WRITTEN_DATE.fullmatch(original.strip())
        if written is None or as_date(original) is None:
            return new
        text = new.isoformat()[:10]
        if written["clock"]:
            shown = written["clock"]  # a day picked alone: the page's time as it wrote it
            if isinstance(new, dt.datetime):
                seconds = shown.count(":") == 2
                shown = new.strftime("%H:%M:%S" if seconds else "%H:%M")
                if len(written["clock"]) in (4, 7) and shown.startswith("0"):
                    shown = shown[1:]  # 9:05, as the page wrote its hours
            text += written["sep"] + shown
        return original[: original.index(written["day"])] + text + written["rest"]
    if isinstance(original, dt.datetime) and not isinstance(new, dt.datetime):
        return dt.datetime.combine(new, original.timetz())
    return new
