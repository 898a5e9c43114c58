"""The values a new page starts with: the schema's defaults (a thing not yet over where most
of its kind are: `completed: false`), the title in the field the site names its pages by,
today's date in the collection's date field; in another folder, the values all its pages
share (`lang: fr` in the Open Source Guide's `_articles/fr`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from editor_app.core.new_page_habits import _readable


def _pages_carrying(site: Any, collection: str, keys: set[str]) -> dict[str, int]:
    """How many pages of `collection` give each of `keys` a value."""
    counts = dict.fromkeys(keys, 0)
    entries = getattr(site, "entries", None)
    for entry in entries() if callable(entries) else ():
        header = entry.front_matter
        if entry.collection == collection and isinstance(header, dict):
            for key in keys.intersection(header):
                counts[key] += header[key] not in (None, "")
    return counts


def new_page_values(
    site: Any, collection: str, title: str, schema: Any, today: dt.date | None = None
) -> dict[str, Any]:
    """What a new page starts with: the schema's defaults in schema order, the title (in
    `title`, or the field other pages name these by) and today's date (in `date`, or the first
    required date field)."""
    today = today or dt.date.today()
    values: dict[str, Any] = {}
    cs = schema.for_collection(collection) if schema is not None else None
    fields = list(cs.fields) if cs is not None else []
    names = {f.name for f in fields}
    # The title goes where the site names these pages: `title`, or, when they have none, the
    # field other collections' relations point at them by (`name` on author pages).
    title_key = "title"
    # Long text too: one page titled at length makes the field long text (Eleventy's blog's
    # `newstitle`), and the next title must still go there, not in `sidebarTitle`.
    named_title = [
        f for f in fields if f.name.lower().endswith("title") and f.type in ("text", "long_text")
    ]
    if "title" not in names and named_title:
        # A field named for the title (Eleventy's blog posts: `newstitle`): a required one
        # first, else the one most of the collection's pages fill (Eleventy's docs: their
        # heading `pageTitle`, not `tiptitle`, which only the quick tips among them carry).
        carried = _pages_carrying(site, collection, {f.name for f in named_title})
        title_key = min(named_title, key=lambda f: (not f.required, -carried[f.name])).name
    elif "title" not in names:
        title_key = next(
            (
                f.key
                for other in (schema.collections.values() if schema is not None else ())
                for f in other.fields
                if f.type == "relation" and f.collection == collection and f.key in names
            ),
            "title",
        )
    # Today's date goes in `date`, else in the first required date field (`published_on`);
    # not in a date few of the kind's pages carry (Eleventy's docs: 15 in 156).
    dates = [
        f
        for f in fields
        if f.type in ("date", "datetime") and not (cs is not None and cs.is_rare(f))
    ]
    date_field = next((f for f in dates if f.name == "date"), None) or next(
        (f for f in dates if f.required), None
    )
    if title_key not in names:
        values[title_key] = title
    for f in fields:
        if f.name == title_key:
            values[title_key] = title
        elif f is date_field:
            values[f.name] = (
                today
                if f.type == "date"
                else _timed_like_pages(
                    site, collection, f.name,
                    dt.datetime.combine(today, dt.datetime.now().time().replace(microsecond=0)),
                )  # fmt: skip
            )
        elif f.default is not None:
            values[f.name] = False if _finished_mark(f) else f.default
        elif f.type == "object" and f.fields and f.required:
            # A required group's required defaults (`eleventyNavigation: {parent: Blog}`).
            group = {s.name: s.default for s in f.fields if s.required and s.default is not None}
            if group:
                values[f.name] = group
    return values


# A date and time with its time zone as a page writes it: Jekyll's `2025-01-29 18:15:32 +0530`
# (text: YAML cannot read that offset), `2026-12-07T16:15:06+00:00` or `...Z` (YAML dates).
_ZONED_TEXT = re.compile(
    r"^\d{4}-\d\d-\d\d(?P<sep>[ T])\d\d:\d\d(:\d\d)?(\.\d+)?(?P<space>\s*)"
    r"(?P<zone>Z|[+-]\d\d(?P<colon>:?)\d\d)$"
)
_KEY_VALUE = r"^{key}:[ \t]*['\"]?(?P<value>[^'\"#\n]*?)['\"]?[ \t]*(#.*)?$"


class WrittenDatetime(dt.datetime):
    """A date and time with the text a new page writes it as (`_scalar`): the siblings' own
    form, `2026-12-07T16:15:06+00:00` where Python would write a space."""

    written: str


def _as_written(when: dt.datetime, text: str) -> WrittenDatetime:
    kept = WrittenDatetime(
        when.year, when.month, when.day, when.hour, when.minute, when.second, 0, when.tzinfo
    )
    kept.written = text
    return kept


def _zoned_texts(entries: list[Any], key: str) -> list[re.Match[str]]:
    """How these pages write `key`'s date and time zone, as written in their files."""
    from editor_app.core.field_place import header_text

    line = re.compile(_KEY_VALUE.format(key=re.escape(key)), re.M)
    found = []
    for entry in entries:
        head = header_text(entry.path) or ""
        if (m := line.search(head)) and (zoned := _ZONED_TEXT.match(m["value"].strip())):
            found.append(zoned)
    return found


def _timed_like_pages(site: Any, collection: str, key: str, when: dt.datetime) -> Any:
    """`when` as most of the collection's pages giving `key` a date and time write theirs:
    with the local time zone's offset (or in UTC with `Z`) in their form where they carry one
    (`2026-12-07 16:15:06 +0000` beside Jekyll's posts, `2026-12-07T16:15:06+00:00` beside
    pages writing so), else as it is."""
    carrying = [
        e for e in _readable(site, collection) if e.front_matter.get(key) not in (None, "")
    ]
    given = [e.front_matter[key] for e in carrying]
    aware = [v for v in given if isinstance(v, dt.datetime) and v.tzinfo is not None]
    texts = [v for v in given if isinstance(v, str) and _ZONED_TEXT.match(v.strip())]
    if (len(aware) + len(texts)) * 2 <= len(given):
        return when
    forms = _zoned_texts(carrying, key)
    local = when.astimezone()
    if not forms:  # the pages' text could not be read: an aware date, written as Python does
        return local if len(aware) >= len(texts) else when
    sep, space, zulu, colon = Counter(
        (m["sep"], m["space"], m["zone"] == "Z", m["colon"]) for m in forms
    ).most_common(1)[0][0]
    if zulu:
        local = local.astimezone(dt.UTC)
        zone = "Z"
    else:
        offset = local.strftime("%z")
        zone = f"{offset[:3]}{colon or ''}{offset[3:]}"
    text = f"{local.date().isoformat()}{sep}{local.time().isoformat()}{space}{zone}"
    # A form YAML reads as a date stays one (the form holding it as text); Jekyll's `+0530`
    # YAML reads as text, so it is written as text.
    if len(aware) >= len(texts):
        return _as_written(local, text)
    return text


# Fields a page gives its own value, even where its siblings happen to agree: its name,
# address, summary and dates (two pages with one `permalink: /feed.xml` would clash).
_OWN_VALUE = re.compile(
    r"(title|name|slug|key|id|url|link|permalink|alias|aliases|date|description|summary|excerpt)$",
    re.IGNORECASE,
)


def sibling_constants(
    site: Any, collection: str, values: dict[str, Any], schema: Any
) -> dict[str, Any]:
    """Values every page of the collection gives alike, for a new page's fields left empty:
    a yes-or-no any number of pages share (Eleventy's one speedlify page says `permalink:
    false`, a new one said `permalink:` empty); a text or number only where two pages or more
    share it, and never for a field a page names or dates itself by (`_OWN_VALUE`), one no two
    pages may share, or a yes-or-no saying the page is finished or still a draft (a new page
    starts unfinished: `new_page_values`)."""
    pages = _readable(site, collection)
    if not pages:
        return {}
    cs = schema.for_collection(collection) if schema is not None else None
    fields = {f.name: f for f in cs.fields} if cs is not None else {}
    shared: dict[str, Any] = {}
    for key, value in pages[0].front_matter.items():
        if not isinstance(key, str) or values.get(key) not in (None, ""):
            continue
        if not isinstance(value, (str, bool, int, float)) or value == "":
            continue
        if not all(key in e.front_matter and _same(e.front_matter[key], value) for e in pages):
            continue
        f = fields.get(key)
        if f is not None and (f.unique or f.type in ("date", "datetime")):
            continue
        if isinstance(value, bool):
            if _starts_unfinished(key, not value) or (f is not None and _finished_mark(f)):
                continue  # its opposite is how a new page starts (`draft: true`, `done: false`)
        elif len(pages) < 2 or _OWN_VALUE.search(key.replace("-", "_")):
            continue
        shared[key] = value
    return shared


def _same(a: Any, b: Any) -> bool:
    """Equal and of one type (`1` is not `true`)."""
    return type(a) is type(b) and a == b


def folder_values(
    site: Any, collection: str, folder: Path, values: dict[str, Any], schema: Any
) -> dict[str, Any]:
    """Values every page in `folder` shares (two pages or more) where the collection's pages
    differ, for a new page there: `lang: fr` in the Open Source Guide's `_articles/fr`. The
    title, dates and values no two pages may share are the page's own."""
    here = folder.resolve()
    everyone = _readable(site, collection)
    pages = [e for e in everyone if e.path.parent.resolve() == here]
    cs = schema.for_collection(collection) if schema is not None else None
    if len(pages) < 2 or len(pages) == len(everyone) or cs is None:
        return {}
    shared: dict[str, Any] = {}
    for f in cs.fields:
        if f.unique or f.type in ("date", "datetime") or f.name.lower().endswith("title"):
            continue
        if _starts_unfinished(f.name, values.get(f.name)):
            continue  # a new page starts as a draft, wherever its folder's pages stand
        seen = {json.dumps(e.front_matter.get(f.name), default=str) for e in pages}
        value = pages[0].front_matter.get(f.name)
        if len(seen) == 1 and isinstance(value, (str, bool, int, float)) and value != "":
            if any(e.front_matter.get(f.name) != value for e in everyone):
                shared[f.name] = value
    return shared


def _finished_mark(f: Any) -> bool:
    """Whether field `f`'s default, worked out from the pages (not declared), says a new page's
    thing is over (`completed: true`, `schema_model.says_finished`): the new page then starts
    with false."""
    from editor_app.core.schema_model import says_finished

    return f.type == "boolean" and f.default is True and f.used_by is not None and says_finished(
        f.name
    )


def _starts_unfinished(name: str, value: Any) -> bool:
    """Whether a new page's value says it is not finished (`status: draft`, `draft: true`)."""
    from editor_app.core.schema_model import DRAFT_BOOLEANS, DRAFT_WORDS

    if isinstance(value, bool):
        return DRAFT_BOOLEANS.get(name.lower()) is value
    return isinstance(value, str) and value.strip().lower() in DRAFT_WORDS
