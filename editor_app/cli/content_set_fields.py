"""What `set` asks of a field before writing a value: what the page and the site's schema say
it holds (text, several values, a number...), and values given with commas read as a list."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any


def _as_list(text: str) -> list[object]:
    """`Health, Justice` read as `[Health, Justice]` would be (numbers stay numbers); as
    plain words split at the commas when that cannot be read."""
    from editor_app.core.document import parse_cli_value

    try:
        value = parse_cli_value(f"[{text}]")
    except ValueError:
        value = None
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if isinstance(value, list) and None not in value:
        if len(value) == len(parts):
            # `topics=1.10, x`: the number 1.1 for YAML; the digits typed are kept as text.
            value = [_kept_digits(item, part) for item, part in zip(value, parts, strict=True)]
        return value
    return parts


def _kept_digits(item: object, typed: str) -> object:
    """`typed` itself when YAML reads it as a number written otherwise (`1.10`: 1.1)."""
    from editor_app.core.document_yaml_text import _scalar_text

    if isinstance(item, int | float) and not isinstance(item, bool):
        if _scalar_text(item) != typed:
            return typed
    return item


class _PageSite:
    """The page's site and collection, and the schema's fields for that collection, each
    worked out on the first ask and kept (None: a loose page): opening the site and reading
    its pages is the costly part of a `set`, asked once per field otherwise. Called, it gives
    the fields."""

    def __init__(self, doc: object) -> None:
        self._doc = doc
        self._site: list[tuple[Any, str | None]] = []
        self._schema: list[Any] = []

    @property
    def path(self) -> Any:
        """The page's path."""
        return self._doc.path  # type: ignore[attr-defined]

    def site(self) -> tuple[Any, str | None]:
        """(the site, the page's collection); (None, None) for a loose page."""
        if not self._site:
            from pathlib import Path

            from editor_app.core.site import Site, SiteError

            try:
                path = Path(self._doc.path).resolve()  # type: ignore[attr-defined]
                site = Site.open(path)
                self._site.append((site, site.collection_of(path)))
            except (SiteError, OSError):
                self._site.append((None, None))
        return self._site[0]

    def schema(self) -> Any:
        """The site's schema in force; None for a loose page, or one that cannot be read."""
        if not self._schema:
            from editor_app.core.schema import load_schema
            from editor_app.core.site import SiteError

            site = self.site()[0]
            try:
                self._schema.append(load_schema(site) if site else None)
            except (SiteError, OSError):
                self._schema.append(None)
            _say_broken_schema(self._schema[0])
        return self._schema[0]

    def __call__(self) -> Any:
        schema = self.schema()
        return schema.for_collection(self.site()[1]) if schema is not None else None


def _in_own_spelling(
    doc: object, changes: list[tuple[str, object]], removals: list[str], page_fields: _PageSite
) -> tuple[list[tuple[str, object]], list[str]]:
    """Names given in other capitals than the page writes them (`TITLE=x` on a page with
    `title:`) become the page's own spelling where the site reads names without regard to
    capitals (Hugo), as the form's row does, said in one line: a second key `TITLE` would be
    the same field twice. Where capitals count (Jekyll, Eleventy) they are left as given."""
    front_matter = doc.front_matter  # type: ignore[attr-defined]
    asked = [n for n, _ in changes] + removals
    if all(n in front_matter or "." in n for n in asked):
        return changes, removals  # nothing to look up: the site is not even opened
    fields = page_fields()
    if fields is None or not getattr(fields, "names_any_case", False):
        return changes, removals
    spelling: dict[str, str] = {}
    for name in dict.fromkeys(asked):
        if "." in name:
            continue
        own, where = fields.own_key(front_matter, name), "this page"
        if own is None and name not in removals and fields.field(name) is None:
            # A field the page lacks: named as the collection's pages name it, as the form's row.
            lowered = name.lower()
            own = next((f.name for f in fields.fields if f.name.lower() == lowered), None)
            where = "the other pages"
        if own is not None and own != name:
            spelling[name] = own
            print(
                f"editor-app: note: {name!r} is {own!r} on {where}, which the site reads without "
                f"regard to capitals: {own!r} is the one written",
                file=sys.stderr,
            )
    return [(spelling.get(n, n), v) for n, v in changes], [spelling.get(n, n) for n in removals]


def _say_broken_schema(schema: Any) -> None:
    """A `_schema.yml` that cannot be read, said once on stderr as `validate` and `new` say
    it: its rules were left out of judging the values, without a word."""
    error = getattr(schema, "error", None)
    if error is None:
        return
    from editor_app.core.schema_model import SCHEMA_FILE

    where = f", line {error.line}" if error.line else ""
    print(
        f"editor-app: note: {SCHEMA_FILE}{where}: {error.message.rstrip('.')}; its fields and "
        "rules are not used until it is fixed: the values were judged by fields worked out "
        "from the pages",
        file=sys.stderr,
    )


def _page_fields(doc: object) -> _PageSite:
    """The page's site and its schema fields, worked out when first asked (`_PageSite`)."""
    return _PageSite(doc)


def _takes_several(doc: object, name: str, page_fields: Callable[[], Any]) -> bool:
    """Whether top-level field `name` holds several values: a list in the page now, or one
    the site's schema says holds several (topics, categories)."""
    front_matter = doc.front_matter  # type: ignore[attr-defined]
    if name not in front_matter and "." in name:
        return False  # inside a group: left as written
    if isinstance(front_matter.get(name), list):
        return True
    fields = page_fields()
    if fields is None:
        return False  # a loose page: only its own value tells
    field = fields.field(name) if fields is not None else None
    return field is not None and (bool(field.multiple) or field.type == "list")


def _takes_text(doc: object, name: str, page_fields: Callable[[], Any]) -> bool:
    """Whether field `name` (dots: inside a group) holds text: its value now is text, or the
    site's schema gives it the type text or long text."""
    if isinstance(_page_value(doc, name), str):
        return True
    field = _schema_field(doc, name, page_fields)
    return field is not None and field.type in ("text", "long_text")


def _page_value(doc: object, name: str) -> object:
    """The page's value of field `name` (dots: inside a group); None when it has none."""
    from editor_app.core.group_field import field_value

    return field_value(doc.front_matter, name)[1]  # type: ignore[attr-defined]


def _schema_field(doc: object, name: str, page_fields: Callable[[], Any]) -> Any:
    """The site's schema field `name` (dots: inside a group) of the page's collection; None
    when the schema does not tell of it, or the page is loose."""
    fields = page_fields()
    if fields is None:
        return None
    front_matter = doc.front_matter  # type: ignore[attr-defined]
    top, *inner = [name] if name in front_matter else name.split(".")
    field = fields.field(top)
    for key in inner:
        field = next((f for f in field.fields or () if f.name == key), None) if field else None
    return field


# What a field of each schema type holds, as said when a value of several lines is refused.
_HOLDS = {
    "date": "a date",
    "datetime": "a date and time",
    "boolean": "true or false",
    "number": "a number",
    "url": "a web address",
    "email": "an e-mail address",
    "choice": "one of a few choices",
    "choices": "a list of choices",
    "list": "a list",
    "relation": "a link to another page",
    "image": "an image's path",
    "file": "a file's path",
    "object": "a group of fields",
}


def _holds_other_than_text(doc: object, name: str, page_fields: Callable[[], Any]) -> str | None:
    """What field `name` (dots: inside a group) holds when it is not text, in words ("a
    date", "a list"); None for text, and for a field neither the page nor the site's schema
    tells anything of (a new field given several lines is given text)."""
    import datetime as dt

    value = _page_value(doc, name)
    field = _schema_field(doc, name, page_fields)
    if field is not None and (field.multiple or field.type not in ("text", "long_text")):
        if field.multiple and field.type in ("text", "long_text"):
            return "a list"
        return _HOLDS.get(field.type, f"a value of the type {field.type}")
    if value is None or isinstance(value, str):
        return None
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, dt.date | dt.time):
        return "a date"
    return "a list" if isinstance(value, list) else "a group of fields"


def _new_in_group(front_matter: dict, names: list[str]) -> list[str]:
    """The dotted names (`params.x`) the page has no field for yet: set, they add one."""
    from editor_app.core.group_field import field_value

    dotted = (n for n in names if "." in n and n not in front_matter)
    return list(dict.fromkeys(n for n in dotted if not field_value(front_matter, n)[0]))


def _warn_slip_in_group(file: str, names: list[str], page_site: _PageSite) -> None:
    """A field added inside a group that no other page of the collection has, spelt almost
    like one they have there (`params.functions_and_methods.retrunType`): a warning, as
    Check gives for a top-level name (`Title`), since the slip would otherwise pass."""
    import difflib
    import sys

    from editor_app.core.group_field import field_value

    if not names:
        return
    collection = page_site.site()[1]
    others = _other_pages(page_site, file)
    for name in names:
        if any(field_value(fm, name)[0] for fm in others):
            continue
        group, _, last = name.rpartition(".")
        near: set[str] = set()
        for fm in others:
            found, inside = field_value(fm, group)
            if found and isinstance(inside, dict):
                near.update(k for k in inside if isinstance(k, str))
        guess = difflib.get_close_matches(last, sorted(near), n=1, cutoff=0.75)
        if guess:
            print(
                f"editor-app: warning: {file}: No other page in {collection} has "
                f"{name!r}, so the site probably ignores it. Did you mean "
                f"'{group}.{guess[0]}'?",
                file=sys.stderr,
            )


def _collection_quote_mark(page_site: _PageSite, name: str) -> Callable[[], str | bool | None]:
    """How the page's collection quotes `name`'s one-line text, asked by `doc.set` only when
    the header itself does not tell (`field_place.clear_quote_mark`, as the form asks it)."""

    def usual() -> str | bool | None:
        from editor_app.core.field_place import clear_quote_mark

        # The page itself left out: its quotes may be only its last value's need.
        return clear_quote_mark(*page_site.site(), name, leave_out=page_site.path)

    return usual


class _CollectionListMark:
    """How the page's collection (else the site) writes list `name`: its items' quotes,
    asked by `doc.set` only when the list's items all need quotes, and its flow lists'
    spacing (`field_place.ListMarkAsker`, as the form asks them); the site opened only then."""

    def __init__(self, page_site: _PageSite, name: str) -> None:
        self._page_site, self._name = page_site, name
        self._asker: Any = None

    def _asked(self) -> Any:
        if self._asker is None:
            from editor_app.core.field_place import ListMarkAsker

            site, collection = self._page_site.site()
            path = self._page_site.path
            self._asker = ListMarkAsker(site, collection, self._name, leave_out=path)
        return self._asker

    def __call__(self, context: str) -> str | bool | None:
        return self._asked()(context)

    def tight(self) -> bool | None:
        return self._asked().tight()


def _others_have(doc: object, name: str, page_site: _PageSite) -> bool:
    """Whether dotted field `name` (`params.x`) is one the page's collection holds: the
    schema tells of it, or another page of the collection has it. A page lacking the group
    then gets it from `set params.x=1`; a name nobody uses is no reason to make a group."""
    from editor_app.core.group_field import field_value

    if _schema_field(doc, name, page_site) is not None:
        return True
    others = _other_pages(page_site, doc.path)  # type: ignore[attr-defined]
    return any(field_value(fm, name)[0] for fm in others)


def _other_pages(page_site: _PageSite, path: Any) -> list[dict]:
    """The headers of the other readable pages of the collection of the page at `path`; []
    for a loose page."""
    from pathlib import Path

    site, collection = page_site.site()
    if site is None or not collection:
        return []
    own = Path(path).resolve()
    return [
        e.front_matter
        for e in site.documents(collection)
        if e.error is None and Path(e.path).resolve() != own
    ]


def _no_other_page_has(refused: str, name: str, page_site: _PageSite) -> str:
    """`refused` ("the page has no group of fields called 'params' ...; to add the group,
    write ...") saying too that no page of the collection has `name`: why no group was made."""
    collection = page_site.site()[1]
    if "(did you mean" in refused or not collection:
        return refused  # a slip in the group's name, or a page of no collection: said enough
    said, hint, rest = refused.partition("; ")
    return f"{said}, and no other page of {collection} has {name!r}{hint}{rest}"
