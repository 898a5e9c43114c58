"""A new page that looks like its collection's other pages.

The header of a new page follows the collection's usual fields (those most of its pages
have), in their usual order, each in its usual shape (one value or a list) and quoting; the
fields the author fills later are already in place, empty, so filling one never moves it to
the end. `new_page_text()` is the text of such a page (nothing is written to disk: the window
creates the file on the first Save, the command line through `page_create.new_document`).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from editor_app.core.document import Document
from editor_app.core.document_yaml_text import _flow_text, single_quoted
from editor_app.core.new_page_file_values import file_values
from editor_app.core.new_page_habits import (
    _named_like,
    _pages_with_list,
    _readable,
    usual_empty_lists,
    usual_flow_lists,
    usual_keys,
    usual_quote_marks,
    usual_shapes,
)
from editor_app.core.new_page_navigation import NAVIGATION, is_group, navigation_values
from editor_app.core.new_page_place import placed_like_siblings


def in_usual_shape(shapes: dict[str, str], key: str, value: Any) -> Any:
    """A one-item list as one value where the collection's pages use one value."""
    if isinstance(value, list) and len(value) == 1 and shapes.get(key) == "single":
        return value[0]
    return value


def _reads_back(text: str, value: Any) -> bool:
    try:
        doc = Document.from_text(f"---\nk: {text}\n---\n")
    except Exception:  # noqa: BLE001 - any failure to read it back means "quote it"
        return False
    return doc.error is None and doc.front_matter.get("k") == value


def _scalar(value: Any, quote: str | None) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, (int, float)):
        return str(value)
    text = str(value)
    if not quote and "\n" not in text and _reads_back(text, value):
        return text
    if quote == "'" and isinstance(value, str) and (single := single_quoted(text)) is not None:
        return single  # as the pages quote theirs
    return json.dumps(text, ensure_ascii=False)  # a YAML double-quoted string


def _lines(key: str, value: Any, shape: str, quote: str | None) -> list[str]:
    if value is None or value == [] or value == "":
        return [f"{key}:"]
    if isinstance(value, dict):  # a group: its fields on the lines below, indented
        inner = [line for k, v in value.items() for line in _lines(k, v, "single", None)]
        return [f"{key}:"] + ["  " + line for line in inner]
    if isinstance(value, list):
        if shape == "single" and len(value) == 1:
            return [f"{key}: {_scalar(value[0], quote)}"]
        return [f"{key}:"] + [f"  - {_scalar(v, quote)}" for v in value]
    if shape == "list":
        return [f"{key}:", f"  - {_scalar(value, quote)}"]
    return [f"{key}: {_scalar(value, quote)}"]


def new_page_text(
    site: Any,
    collection: str,
    values: dict[str, Any],
    order: list[str] | None = None,
    like: str | None = None,
) -> str:
    """The text of a new page of `collection` holding `values` (title, date, defaults...).

    Its header lists the collection's usual keys and those of `values` in the usual order
    (`order`, e.g. the schema's, when given), the ones without a value left empty for the author; each value in the
    collection's usual shape and quoting. With `like` (the new page's title), the pages named
    like it set the keys, order and shapes when there are enough of them (`case-study-*`).
    Raises ValueError when the text would not read back as `values` (the caller then writes
    the page field by field).
    """
    everyone = _readable(site, collection)  # listed once: the helpers below share it
    named = _named_like(everyone, like)
    kin = like is not None and len(named) < len(everyone)
    if not kin:
        named = everyone
    keys = usual_keys(site, collection, pages=named)
    extra = [k for k in values if k not in keys]
    rank = {name: i for i, name in enumerate(order or [])}
    if kin:  # the kin pages' own order; what they lack follows, in the schema's order
        keys += sorted(extra, key=lambda k: rank.get(k, len(rank)))
    else:
        keys += extra
        if order:  # the schema's order (the order the site's pages use), the others after
            keys.sort(key=lambda k: rank.get(k, len(rank)))
    shapes = usual_shapes(site, collection, pages=named)
    # A key these pages never fill (hugo-docs' quick reference has no `aliases`) keeps the
    # shape of its value: a one-item list default stays a list, as written and read back.
    for key, value in values.items():
        if key not in shapes and isinstance(value, list):
            shapes[key] = "list"
    quoting = usual_quote_marks(site, collection, pages=everyone)
    # A list field left empty is written as the pages write theirs: `key: []`, `key:`, or not
    # at all (Hugo's docs write `categories: []`; a site may leave out `aliases` when none).
    lists = [k for k in keys if shapes.get(k) == "list" and values.get(k) in (None, [], "")]
    empty = usual_empty_lists(named, lists)
    keys = [k for k in keys if empty.get(k) != "absent"]
    # A group left without a member is left out (an empty `eleventyNavigation:` line).
    keys = [k for k in keys if values.get(k) not in (None, "", {}) or not is_group(named, k)]
    # A list given items (a default) is written flow or as block items as the pages write it.
    filled = [k for k in keys if isinstance(values.get(k), list) and values.get(k)]
    flow = usual_flow_lists(everyone, filled)
    # One these pages never write as a list is written as the site's other pages write it.
    unseen = [k for k in filled if not any(isinstance(e.front_matter.get(k), list) for e in named)]
    flow |= usual_flow_lists(_pages_with_list(site, unseen), unseen)
    lines = ["---"]
    for key in keys:
        if empty.get(key) == "[]":
            lines.append(f"{key}: []")
            continue
        if key in flow:
            lines.append(f"{key}: {_flow_text(values[key], quoting.get(key))}")
            continue
        lines += _lines(key, values.get(key), shapes.get(key, "single"), quoting.get(key))
    lines += ["---", "", ""]
    text = "\n".join(lines)
    doc = Document.from_text(text)
    got = doc.front_matter if doc.error is None else {}
    for key in keys:
        want = in_usual_shape(shapes, key, values.get(key))
        if isinstance(want, (str, int, float)) and shapes.get(key) == "list":
            want = [want]
        if empty.get(key) == "[]":
            want = []
        elif want in ("", []):
            want = None
        if got.get(key) != want:
            raise ValueError(f"the new page's {key!r} would not read back as written")
    return text


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
                else dt.datetime.combine(today, dt.datetime.now().time().replace(microsecond=0))
            )
        elif f.default is not None:
            values[f.name] = False if _finished_mark(f) else f.default
        elif f.type == "object" and f.fields and f.required:
            # A required group's required defaults (`eleventyNavigation: {parent: Blog}`).
            group = {s.name: s.default for s in f.fields if s.required and s.default is not None}
            if group:
                values[f.name] = group
    return values


def _usual_opener(pages: list[Any], limit: int = 200) -> str:
    """`+++` when most of these pages open a TOML header, else `---`."""
    toml = yaml = 0
    for entry in pages[:limit]:
        try:
            with open(entry.path, "rb") as f:
                first = f.read(5)
        except OSError:
            continue
        if first.startswith(b"+++"):
            toml += 1
        else:
            yaml += 1
    return "+++" if toml > yaml else "---"


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


def same_title(
    site: Any,
    collection: str,
    title: str,
    besides: Path,
    lang: str | None = None,
    folder: Path | None = None,
) -> Path | None:
    """Another page of `collection` with this title (any capitals), if any, but `besides`:
    a second 'Jeni Tennison' among the people, or a Word document imported twice. On a
    Hugo site in several languages, only the pages in `besides`' language (or `lang`, for a
    page not made yet): a translation (`about.fr.md` beside `about.md`) may keep its title.
    Elsewhere, only the pages saying the `lang:` that `besides` says, or that the pages of
    `folder` (where a page not made yet goes) all say: the Open Source Guide's
    `_articles/fr` beside `_articles`, whose untranslated copies share titles."""
    if not hasattr(site, "documents"):
        return None
    wanted = title.strip().casefold()
    here = Path(besides).resolve()
    hugo = _multilingual_hugo(site)
    if hugo:
        lang = _language_of_page(site, here) or lang
    else:
        lang = _written_lang(site, collection, here, folder)
    for entry in site.documents(collection):
        named = entry.title.strip().casefold() if isinstance(entry.title, str) else None
        if named == wanted and Path(entry.path).resolve() != here:
            said = _language_of_page(site, Path(entry.path)) if hugo else _lang_said(entry)
            if lang is None or said == lang:
                return Path(entry.path)
    return None


def _lang_said(entry: Any) -> str | None:
    said = entry.front_matter.get("lang") if isinstance(entry.front_matter, dict) else None
    return said if isinstance(said, str) and said else None


def _written_lang(site: Any, collection: str, page: Path, folder: Path | None) -> str | None:
    """The `lang:` the page `page` says, else the one all pages in `folder` say (two or
    more); None when unsaid (every page of the collection is then compared)."""
    here = folder.resolve() if folder is not None else None
    near = []
    for entry in site.documents(collection):
        path = Path(entry.path).resolve()
        if path == page:
            return _lang_said(entry)
        if here is not None and path.parent == here:
            near.append(_lang_said(entry))
    return near[0] if len(near) >= 2 and len(set(near)) == 1 else None


def _multilingual_hugo(site: Any) -> bool:
    from editor_app.core.archetype_site import is_multilingual

    return getattr(site, "generator", None) == "hugo" and is_multilingual(site)


def _language_of_page(site: Any, path: Path) -> str | None:
    """The language of the page `path` on a Hugo site declaring several (`same_title` asks
    only there), None for a file that is no Markdown page."""
    from editor_app.core.archetype_site import language_of

    if path.suffix.lower() not in (".md", ".markdown"):
        return None
    return language_of(site, path)


# Yes-or-no fields saying a thing is over. A new page's thing has not ended, whatever most of
# its kind say: connectedbydata's projects are mostly `completed: true`, a new one is not.
_FINISHED_WORDS = frozenset(
    ("completed", "complete", "done", "finished", "archived", "closed", "ended", "retired",
     "expired", "deprecated", "obsolete", "past")
)  # fmt: skip


def _finished_mark(f: Any) -> bool:
    """Whether field `f`'s default, worked out from the pages (not declared), says a new page's
    thing is over (`completed: true`): the new page then starts with false."""
    name = f.name.lower().replace("_", "").replace("-", "")
    name = name[2:] if name.startswith("is") else name
    return (
        f.type == "boolean" and f.default is True and f.used_by is not None
        and name in _FINISHED_WORDS
    )  # fmt: skip


def _starts_unfinished(name: str, value: Any) -> bool:
    """Whether a new page's value says it is not finished (`status: draft`, `draft: true`)."""
    from editor_app.core.schema_model import DRAFT_BOOLEANS, DRAFT_WORDS

    if isinstance(value, bool):
        return DRAFT_BOOLEANS.get(name.lower()) is value
    return isinstance(value, str) and value.strip().lower() in DRAFT_WORDS


def new_page_bytes(
    site: Any,
    collection: str,
    title: str,
    schema: Any,
    today: dt.date | None = None,
    folder: Path | None = None,
    path: Path | None = None,
) -> bytes:
    """The bytes of a new page (`new_page_start` without its note)."""
    return new_page_start(site, collection, title, schema, today, folder, path)[0]


def new_page_start(
    site: Any,
    collection: str,
    title: str,
    schema: Any,
    today: dt.date | None = None,
    folder: Path | None = None,
    path: Path | None = None,
    kind: str | None = None,
) -> tuple[bytes, str | None]:
    """The bytes of a new page, and one plain line on what its archetype could not give
    (None when all went as asked).

    On a Hugo site with an archetype for the section, the page is made from it
    (`core/archetypes.py`; `path`: the file it will be, named in the archetype's template;
    `kind`: an archetype named by `hugo new --kind`, whatever the section).
    Else like its collection's other pages (`new_page_text`), else written field by field;
    in `folder` (else the collection's own), with the values every page there shares where
    the collection's pages differ (`folder_values`)."""
    values = new_page_values(site, collection, title, schema, today)
    # The collection's own folder too: the Open Source Guide's English articles in
    # `_articles` all say `lang: en`, its French ones in `_articles/fr` say `lang: fr`.
    place = folder if folder is not None else site.collections[collection].folder
    shared = folder_values(site, collection, place, values, schema)
    values.update(shared)
    # `slug: hugo_shout` and `url: /commands/hugo_shout/` where the pages beside it are so.
    readable = _readable(site, collection)  # its pages with a header, asked three times below
    values.update(file_values(readable, place, path, values))
    navigation = navigation_values(site, readable, place, title, values.get(NAVIGATION))
    if navigation is not None:
        values[NAVIGATION] = navigation
    cs = schema.for_collection(collection) if schema is not None else None
    from editor_app.core.archetypes import archetype_page

    start = archetype_page(
        site, collection, title, values, today, path, shared,
        lambda v: _added_lines(site, collection, v), kind,
    )  # fmt: skip
    if start.data is not None:
        # Keys the archetype lacked go where the siblings put them (`slug` after the title).
        pages = [e.front_matter for e in readable]
        return placed_like_siblings(start.data, start.added, pages), start.note
    return _usual_page_bytes(site, collection, title, values, cs), start.note


def _added_lines(site: Any, collection: str, values: dict[str, Any]) -> list[str]:
    """Header lines for `values`, each list in flow style or as block items as the site's
    pages write theirs, text quoted as they quote it (`new_page_text`)."""
    everyone = _readable(site, collection)
    filled = [k for k, v in values.items() if isinstance(v, list) and v]
    flow = usual_flow_lists(everyone, filled)
    unseen = [
        k for k in filled if not any(isinstance(e.front_matter.get(k), list) for e in everyone)
    ]
    flow |= usual_flow_lists(_pages_with_list(site, unseen), unseen)
    quoting = usual_quote_marks(site, collection, pages=everyone)
    lines: list[str] = []
    for key, value in values.items():
        if key in flow:
            lines.append(f"{key}: {_flow_text(value, quoting.get(key))}")
        else:
            shape = "list" if isinstance(value, list) else "single"
            lines += _lines(key, value, shape, quoting.get(key))
    return lines


def _usual_page_bytes(
    site: Any, collection: str, title: str, values: dict[str, Any], cs: Any
) -> bytes:
    """A new page like its collection's other pages, else written field by field."""
    order = [f.name for f in cs.fields] if cs is not None else None
    everyone = _readable(site, collection)
    if _usual_opener(everyone) == "+++":  # the collection writes TOML (Hugo)
        named = _named_like(everyone, title)
        shapes = usual_shapes(site, collection, pages=named)
        # TOML has no empty value: a list the pages write as `key = []` is written so too.
        lists = [k for k in usual_keys(site, collection, pages=named) if shapes.get(k) == "list"]
        empty = usual_empty_lists(named, [k for k in lists if k not in values])
        values = {**values, **{k: [] for k, how in empty.items() if how == "[]"}}
        doc = Document.from_text("+++\n+++\n\n")
        for name in sorted(values, key=lambda k: order.index(k) if k in (order or []) else 1e9):
            doc.set(name, in_usual_shape(shapes, name, values[name]))
        return doc.to_bytes()
    try:
        return new_page_text(site, collection, values, order, like=title).encode("utf-8")
    except ValueError:
        doc = Document.from_text("")
        for name, value in values.items():
            doc.set(name, value)
        return doc.to_bytes()


__all__ = [
    "folder_values",
    "in_usual_shape",
    "new_page_bytes",
    "same_title",
    "new_page_text",
    "new_page_values",
    "usual_empty_lists",
    "usual_keys",
    "usual_shapes",
]
