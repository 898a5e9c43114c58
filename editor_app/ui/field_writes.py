"""A field the form sets, written into the page's header as the collection's other pages
write it (core/field_place.py), and typing that passes through a value needing quotes, or
back to what the file has, leaving the header as the file would have it (byte for byte when
back as saved). A new page's fields, all typed before its first save, are written this way
too.
"""

from __future__ import annotations

from typing import Any

from editor_app.core.document import Document, FrontMatterError
from editor_app.core.field_place import ListMarkAsker


def in_site_shape(site: Any, doc: Any, name: str, value: list) -> object:
    """One value, not a list of one, where the collection's pages write one value."""
    from editor_app.core.new_page_habits import usual_shapes
    from editor_app.core.new_page_header import in_usual_shape

    collection = site.collection_of(doc.path) if site and doc and doc.path else None
    if not collection:
        return value
    return in_usual_shape(usual_shapes(site, collection), name, value)


def _shown_as_left_out(name: str, value: object) -> bool:
    """Whether the form shows `value` as it shows field `name` on a page without it: empty,
    or a tick box as the site reads it left out (`published` ticked, the others not)."""
    from editor_app.core.review.status import left_out_value

    if isinstance(value, bool):
        return value == left_out_value(name)
    return value in (None, "", [], {})


def set_field(site: Any, doc: Any, name: str, value: object) -> None:
    """The form set a field: a field the page lacked (or left empty) is written where and as
    the collection's other pages write it (core/field_place.py)."""
    from editor_app.core import field_place

    if _shown_as_left_out(name, value) and name in doc.front_matter and _absent_on_disk(doc, name):
        # Added in the form, then taken away again (a box ticked then unticked too): the file
        # goes back to how it was, with no `name:` line left behind.
        doc.remove(name)
        return
    if isinstance(value, str) and value and _typed_anew(doc, name):
        # Written again from empty at each keystroke, as the collection's pages write it:
        # a passing value that needed quotes (`What `) must not leave `What things` quoted.
        try:
            doc.set(name, None)
        except (ValueError, TypeError, FrontMatterError):
            pass
    elif isinstance(value, dict):
        _members_typed_anew(doc, name, value)
    collection = site.collection_of(doc.path) if site and doc.path else None
    # One reader of the list habits for this edit, handed on to the restyling below.
    list_marks = {name: ListMarkAsker(site, collection, name, doc.path)}
    if not collection or doc.front_matter.get(name) not in (None, ""):
        doc.set(
            name,
            value,
            usual_quote_mark=_quote_mark_asker(site, collection, name, doc.path),
            usual_list_mark=list_marks[name],
        )
    else:
        pages, texts = field_place.collection_headers(site, collection)
        field_place.set_as_the_others(doc, name, value, pages, texts)
    _back_as_saved(doc, site, collection, list_marks)


# The open page's collection's quote marks, by field and page (`clear_quote_mark` reads up to 200
# headers, and is asked at each keystroke in a value whose quotes only it needed): kept while
# the site's index holds the same entries for that collection. A page of it saved, brought by
# Get latest or read again, another collection or site, gives other entries: worked out anew.
_quote_marks: list[Any] = [[], {}]  # [the collection's index entries, {field: mark}]


def _quote_mark_asker(site: Any, collection: str | None, name: str, page: Any = None) -> Any:
    """`usual_quote_mark` for `doc.set`: the quote the collection's pages but `page` (the
    one being set) clearly write `name` in (core field_place.clear_quote_mark), as
    `editor-app set` asks it."""
    if not collection:
        return None

    def usual() -> str | bool | None:
        from editor_app.core.field_place import clear_quote_mark

        pages = site.documents(collection)
        held = _quote_marks[0]
        if len(held) != len(pages) or any(a is not b for a, b in zip(held, pages, strict=True)):
            _quote_marks[:] = [pages, {}]
        marks = _quote_marks[1]
        if (name, page) not in marks:
            marks[name, page] = clear_quote_mark(site, collection, name, leave_out=page)
        return marks[name, page]

    return usual


# The page as last saved, read once per save: (its bytes, the Document read from them).
_saved_page: list[Any] = [None, None]


def _saved(doc: Any) -> Any:
    if _saved_page[0] is not doc.original:
        _saved_page[:] = [doc.original, Document.from_bytes(doc.original, doc.path)]
    return _saved_page[1]


def _same(a: object, b: object) -> bool:
    """Equal and of the same kinds all the way down (`True` is not `1`, nor a date text)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)  # type: ignore[union-attr]
    if isinstance(a, list):
        return len(a) == len(b) and all(map(_same, a, b))  # type: ignore[arg-type]
    return a == b


def _back_as_saved(
    doc: Any, site: Any = None, collection: str | None = None, list_marks: Any = None
) -> None:
    """Settings typed back to what the file has: the header as the file has it, byte for byte
    (a passing `Loose ` quoted the title, and `Loose` stayed quoted)."""
    if not doc.original or not doc.has_front_matter:
        return
    try:
        saved = _saved(doc)
    except (ValueError, TypeError):
        return
    if saved.error is not None or not saved.has_front_matter:
        return
    if doc.raw_front_matter != saved.raw_front_matter and _same(
        doc.front_matter, saved.front_matter
    ):
        doc.set_raw_front_matter(saved.raw_front_matter)
        return
    _restyled_as_saved(doc, saved, site, collection, list_marks or {})


_YAML_OPENERS = (b"---", b"\xef\xbb\xbf---")  # with or without a byte-order mark


def _restyled_as_saved(
    doc: Any,
    saved: Any,
    site: Any = None,
    collection: str | None = None,
    list_marks: dict[str, Any] | None = None,
) -> None:
    """The changed fields written again onto the header as saved, each in the file's own
    style: typing `Introduction to Hugo` passes through `Introduction ` (quoted, for its
    trailing space), which must not leave the saved title quoted. Only when the page has the
    same fields as saved, in the same order; anything else keeps the header as it is.
    `list_marks`: the list-habit readers already made for this edit, by field."""
    if doc.raw_front_matter == saved.raw_front_matter or doc.front_matter_format != "yaml":
        return
    if saved.front_matter_format != "yaml" or not saved.original.startswith(_YAML_OPENERS):
        return
    current = doc.front_matter
    if list(current) != list(saved.front_matter):
        return
    header = Document.from_text("---\n" + saved.raw_front_matter + "---\n")
    if header.error is not None or not _same(header.front_matter, saved.front_matter):
        return
    try:
        for key, value in current.items():
            if not _same(value, saved.front_matter[key]):
                header.set(
                    key,
                    value,
                    usual_quote_mark=_quote_mark_asker(site, collection, key, doc.path),
                    usual_list_mark=(list_marks or {}).get(key)
                    or ListMarkAsker(site, collection, key, doc.path),
                )
    except (ValueError, TypeError, FrontMatterError):
        return
    if (
        header.error is None
        and _same(header.front_matter, current)
        and header.raw_front_matter != doc.raw_front_matter
    ):
        doc.set_raw_front_matter(header.raw_front_matter)


def _typed_anew(doc: Any, name: str) -> bool:
    """True when `name` holds text the author is typing into a field the saved page left
    empty or lacked (every field of a new page not saved yet)."""
    current = doc.front_matter.get(name)
    if not isinstance(current, str) or not current or doc.front_matter_format != "yaml":
        return False
    if not doc.original:
        return True
    try:
        saved = _saved(doc)
    except (ValueError, TypeError):
        return False
    return saved.error is None and saved.front_matter.get(name) in (None, "")


def _members_typed_anew(doc: Any, name: str, value: dict) -> None:
    """The members of group `name` the author is typing (text the saved page's group left
    empty or lacked; every member of a new page not saved yet), in groups in the group too,
    written again from empty, as a field is: a passing `Nav ` must not leave
    `key: "Nav key"` quoted."""
    current = doc.front_matter.get(name)
    if not isinstance(current, dict) or doc.front_matter_format != "yaml":
        return
    saved: Any = {}
    if doc.original:
        try:
            read = _saved(doc)
        except (ValueError, TypeError):
            return
        saved = read.front_matter.get(name) if read.error is None else None
    emptied = _typing_emptied(current, value, saved if isinstance(saved, dict) else {})
    if emptied is not None:
        try:
            doc.set(name, emptied)
        except (ValueError, TypeError, FrontMatterError):
            pass


def _typing_emptied(current: dict, value: dict, saved: dict) -> dict | None:
    """`current` with each member being typed (text in `current` and other text in `value`,
    which `saved` leaves empty) emptied; None when no member is being typed."""
    out, typed = dict(current), False
    for key, text in value.items():
        held, had = current.get(key), saved.get(key)
        if isinstance(text, dict) and isinstance(held, dict):
            inner = _typing_emptied(held, text, had if isinstance(had, dict) else {})
            if inner is not None:
                out[key], typed = inner, True
        elif (
            isinstance(text, str)
            and text
            and isinstance(held, str)
            and held not in ("", text)
            and had in (None, "")
        ):
            out[key], typed = None, True
    return out if typed else None


def _absent_on_disk(doc: Any, name: str) -> bool:
    """True when the saved page has no `name` field (a new page's own fields, all written
    before its first save, count as present)."""
    if not doc.original:
        return False
    try:
        return name not in Document.from_bytes(doc.original, doc.path).front_matter
    except (ValueError, TypeError):
        return False
