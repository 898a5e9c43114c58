"""The `set` command: front-matter fields set from the command line, changing only their
lines, and what the site says of the values written (`content` registers it)."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from datetime import datetime
from typing import Any

from editor_app.cli.common import EXIT_OK, cannot_read, fail, warn_not_utf8
from editor_app.cli.content_set_fields import (
    _as_list,
    _collection_quote_mark,
    _CollectionListMark,
    _holds_other_than_text,
    _in_own_spelling,
    _new_in_group,
    _no_other_page_has,
    _others_have,
    _page_fields,
    _PageSite,
    _takes_several,
    _takes_text,
    _warn_slip_in_group,
)
from editor_app.cli.content_set_report import _report_set_errors, _top_name


def _not_a_page(file: str) -> bool:
    """A file that is there but is no page, as `validate` tells them apart: a site's settings
    file (`_config.yml`, `hugo.toml`, `package.json`) is never rendered or given a header."""
    from pathlib import Path

    from editor_app.core.validate import PAGE_SUFFIXES

    path = Path(file)
    return path.is_file() and path.suffix.lower() not in PAGE_SUFFIXES


def _in_group(doc: object, name: str, value: object, page_site: _PageSite) -> tuple[str, object]:
    """`params.x.y=v`: the group field `params` with `x.y` set inside it, as the form edits a
    group (only the changed lines are rewritten). A field named with dots is itself kept. A
    page without the group gets it when its collection's pages (or the schema) hold that
    field in it; else the dotted name is refused, a slip making no group."""
    from editor_app.core.group_field import group_edited

    front_matter = doc.front_matter  # type: ignore[attr-defined]
    if "." not in name or name in front_matter:
        return name, value
    top = name.split(".")[0]
    if top in front_matter or not all(name.split(".")):
        return group_edited(front_matter, name, value)
    if _others_have(doc, name, page_site):
        return group_edited(front_matter, name, value, make_group=True)
    try:
        return group_edited(front_matter, name, value)
    except LookupError as exc:
        raise LookupError(_no_other_page_has(exc.args[0], name, page_site)) from None


def cmd_set(args: argparse.Namespace) -> int:
    """Set front-matter fields, changing only their lines; the file is untouched on any error."""

    from editor_app.core.document import Document, FrontMatterError, parse_cli_value
    from editor_app.core.document_yaml_text import _scalar_text

    removals = [name.strip() for name in args.remove]
    if not args.assignments and not removals:
        return fail("give FIELD=VALUE to set a field, or --remove FIELD to take one away")
    if "" in removals:
        return fail("--remove is given no field name: name the field, e.g. --remove draft")
    changes: list[tuple[str, object]] = []
    # Values YAML cannot read as written: text for a text field, refused for any other.
    unread: dict[int, tuple[str, ValueError]] = {}
    # Values of several lines: text kept exactly as typed, for a field that holds text.
    several_lines: set[int] = set()
    as_typed: dict[int, str] = {}  # each one-line value as typed: checked against its field
    for number, assignment in enumerate(args.assignments):
        name, sep, text = assignment.partition("=")
        name = name.strip()
        if sep and not name:
            return fail(
                f"{assignment!r} has no field name before '=': write it as FIELD{assignment}"
            )
        if not sep:
            # `set page.md title "My title"`: show the way it is written.
            rest = args.assignments[number + 1 : number + 2]
            example = f"{assignment}={rest[0]!r}" if rest and "=" not in rest[0] else None
            key, colon, value = assignment.partition(":")
            if colon and re.fullmatch(r"[\w.-]+", key.strip()) and not value.startswith("//"):
                # `title: Hello`, as the header writes it: the hint was `title: Hello=VALUE`.
                example = f"{key.strip()}={value.strip() or 'VALUE'}"
            return fail(
                f"{assignment!r} is not FIELD=VALUE: write it as {example or assignment + '=VALUE'}"
            )
        if name.endswith(":"):
            # `title:=Hello` wrote a field called `title:` beside the title.
            return fail(
                f"{assignment!r}: a field name does not end with ':'; write it as "
                f"{name.rstrip(':').strip()}={text.strip() or 'VALUE'}"
            )
        if "\n" in text or "\r" in text:
            # YAML would fold the lines into one ("line one line two"): the text is taken
            # as typed, every line and space of it.
            several_lines.add(len(changes))
            changes.append((name, text))
            continue
        as_typed[len(changes)] = text
        try:
            value = parse_cli_value(text)
        except ValueError as exc:
            unread[len(changes)] = (text, exc)
            value = None
        if isinstance(value, bool):
            # `title=yes`: true for YAML, the word itself for a text field (known below).
            unread[len(changes)] = (text, ValueError())
        elif isinstance(value, int | float) and _scalar_text(value) != text.strip():
            # `version=1.10` is the number 1.1 for YAML, `010` is 8: written back, the digits
            # typed would be lost; a text field keeps them as typed (known below).
            unread[len(changes)] = (text, ValueError())
        changes.append((name, value))
    names = [name for name, _ in changes]
    for name in dict.fromkeys(n for n in removals if n in names):
        return fail(f"{name!r} is both set and removed: give one of the two")
    for name in dict.fromkeys(n for n in names if names.count(n) > 1):
        # `title=A title=B`: only B is written, which a slip would otherwise hide.
        print(
            f"editor-app: warning: {name!r} is given {names.count(name)} times; the last "
            "value is the one written",
            file=sys.stderr,
        )
    if _not_a_page(args.file):
        return fail(f"{args.file}: not a page (a Markdown or HTML file); the file was not changed")
    try:
        doc = Document.load(args.file)
    except OSError as exc:
        return fail(cannot_read(args.file, exc))
    if doc.not_text_reason is not None:
        # A picture or a Word file named .md: refused as render and export refuse it.
        return fail(
            f"{args.file}: {doc.not_text_reason}, so its fields cannot be set; the file was "
            "not changed"
        )
    read = doc.original
    put_right = doc.error is not None  # its unreadable field cleared, not empty
    if put_right:
        # `title: A: B` or `date: 2024-02-30` stops the header being read; setting or
        # removing that field is how it is put right.
        doc = doc.unreadable_field_cleared({n for n, _ in changes} | set(removals)) or doc
    if doc.error is not None:
        return fail(f"{args.file}: {doc.error}; the file was not changed")
    for name in dict.fromkeys([n for n, _ in changes] + removals):
        if "." in name and name not in doc.front_matter and not all(name.split(".")):
            # `.x`, `params.`, `a..b`: a dot with no name on one side names no field.
            return fail(
                f"{name!r} is not a field name: a field inside a group is written "
                "GROUP.FIELD, e.g. params.x; the file was not changed"
            )
    page_fields = _page_fields(doc)
    changes, removals = _in_own_spelling(doc, changes, removals, page_fields)
    text_before = doc.text
    for place in sorted(several_lines):
        name, text = changes[place]
        holds = _holds_other_than_text(doc, name, page_fields)
        one_line = text.strip("\r\n")  # a script's value often ends in a line break
        if holds is not None and not any(c in one_line for c in "\r\n"):
            try:
                changes[place] = (name, parse_cli_value(one_line))
            except ValueError as exc:
                return fail(f"{name}: {exc}; the file was not changed")
            several_lines.discard(place)
        elif holds is not None:
            return fail(
                f"{name}: a value of several lines can only be set in a text field, and "
                f"{name} holds {holds}; the file was not changed"
            )
    for place, (text, exc) in unread.items():
        name, value = changes[place]
        if not _takes_text(doc, name, page_fields):
            typed = text.strip().replace("_", "")
            octal = type(value) is int and re.fullmatch(r"[-+]?0[0-7]+", typed)
            if octal and int(typed, 10) != value:
                # `order=010`: YAML's octal 8, when ten was meant; neither is guessed.
                return fail(
                    f"{name}: {text.strip()!r} is read as the number {value} (a number starting "
                    f"with 0 is octal); write {int(typed, 10)}, or {value} if that is meant; "
                    "the file was not changed"
                )
            if (
                isinstance(value, int | float)
                and not isinstance(value, bool)
                and re.search(r"_|0[xXbB]|:", text)
            ):
                return fail(_number_written_plainly(doc, name, text.strip(), value, page_fields))
            if isinstance(value, float) and _holds_other_than_text(doc, name, page_fields) is None:
                # `version=1.10` for a field neither the page nor the schema tells of: the
                # number 1.1 lost the digits typed, and a version number is text.
                plain = _scalar_text(value)
                return fail(
                    f"{name}: {text.strip()!r} is read as the number {plain}; write {plain} "
                    f'for the number, or "{text.strip()}" in quotes for text; the file was '
                    "not changed"
                )
            if isinstance(value, bool | int | float):
                continue  # a field that is not text: true or false, or the number it is
            # `date=2024-02-30`: the reason is sentences of its own; the refusal ends as
            # the others do.
            return fail(f"{name}: {str(exc).rstrip('.')}; the file was not changed")
        if isinstance(value, int | float) and not isinstance(value, bool):
            changes[place] = (name, text.strip())
            continue
        changes[place] = (name, parse_cli_value(text, as_text=True))
    unfit = _unfit_values(changes, as_typed, page_fields)
    if unfit and not args.anyway:
        # `order=abc`: refused as `rename` refuses it, the same words; --anyway writes it.
        return fail(
            f"{next(iter(unfit.values()))}; --anyway writes it all the same; the file was not "
            "changed"
        )
    for place, (name, value) in enumerate(changes):
        if place in several_lines:
            continue
        if isinstance(value, str) and "," in value and _takes_several(doc, name, page_fields):
            # `topics=Health, Justice` means two topics, as the form's tags would hold them;
            # one value made of both would name no topic at all.
            changes[place] = (name, _as_list(value))
        elif (
            value is not None
            and not isinstance(value, list | dict)
            and (
                isinstance(doc.front_matter.get(name), list)
                or (name not in doc.front_matter and _takes_several(doc, name, page_fields))
            )
        ):
            # `related=finding` on a page listing its related pages: a list of one, as the
            # page writes it (it became `related: finding`, no longer a list). So too for a
            # field the page does not have yet that the schema says holds several
            # (`topics=Health`), as the form's tags write one tag. A field the page holds
            # as one value keeps the page's way.
            changes[place] = (name, [value])
    repeated = {key for key, _ in doc.duplicate_keys}
    lacked = list(dict.fromkeys(n for n, _ in changes if n not in doc.front_matter))
    # An empty field (`related: []`) is written as the others write it once it has a value,
    # as the form writes it: emptied and set back, a list is one item a line again.
    emptied = {
        n: doc.front_matter[n]
        for n, _ in changes
        if not put_right and n in doc.front_matter and doc.front_matter[n] in (None, "", [])
    }
    new_in_group = _new_in_group(doc.front_matter, [n for n, _ in changes])
    try:
        for place, (dotted, new_value) in enumerate(changes):
            # After the changes before it.
            name, value = _in_group(doc, dotted, new_value, page_fields)
            if name in repeated:
                # Sites (like Jekyll) use the last copy of a repeated name: that one is edited.
                print(
                    f"editor-app: warning: {args.file}: {name!r} appears more than once; "
                    f"changing the last one (line {doc.field_line(name)}), which is the one used",
                    file=sys.stderr,
                )
            # `date=2025-03-01T10:00:00`: its T kept where the header sets no form of its own.
            typed = as_typed.get(place) if name == dotted else None
            doc.set(
                name,
                value,
                typed=typed if isinstance(value, datetime) else None,
                usual_quote_mark=_collection_quote_mark(page_fields, name),
                usual_list_mark=_CollectionListMark(page_fields, name),
            )
        for dotted in dict.fromkeys(removals):
            if dotted in repeated:
                # Each copy goes (the first would be used once the last is gone): say so.
                print(
                    f"editor-app: warning: {args.file}: {dotted!r} appears more than once; "
                    "every copy is removed",
                    file=sys.stderr,
                )
            _remove(doc, dotted)
        _as_the_others(doc, lacked, page_fields, emptied)
        if not doc.is_modified:
            return EXIT_OK  # nothing to change: the file is not even rewritten
        from editor_app.core.site import site_root_for

        doc.save(inside=site_root_for(args.file))  # a link leading out of the site is refused
    except (FrontMatterError, ValueError, TypeError) as exc:
        return fail(f"{args.file}: {exc}; the file was not changed")
    except LookupError as exc:
        return fail(f"{args.file}: {exc.args[0]}; the file was not changed")
    except OSError as exc:
        return fail(f"cannot write {args.file}: {exc.strerror or exc}; the file was not changed")
    if doc.decode_error:
        warn_not_utf8(args.file, doc, "The new values are written in that encoding too", read)
    _warn_slip_in_group(args.file, new_in_group, page_fields)
    fields = {name.split(".")[0] for name, _ in changes}
    removed = {_top_name(doc, name) for name in removals} - fields
    return _report_set_errors(
        doc, args.file, fields | removed, text_before, page_fields, removed, unfit
    )


def _unfit_values(
    changes: list[tuple[str, object]], typed: dict[int, str], page_site: _PageSite
) -> dict[str, str]:
    """Field name -> why the value typed cannot be its (`order=abc` where order holds
    numbers), by `rename_value.unfit_new_value`, the rule `rename` and the window's Rename
    dialog use; empty when each can be, or the page is loose. An empty value (the field
    cleared) is no value."""
    from editor_app.core.rename_value import unfit_new_value

    site, collection = page_site.site()
    schema = page_site.schema() if site is not None else None
    if schema is None:
        return {}
    found = {}
    for place, text in typed.items():
        name, value = changes[place]
        if value is None or value == "":
            continue
        unfit = unfit_new_value(site, name, text.strip(), collection, schema)
        if unfit is not None:
            found[name] = unfit
    return found


def _as_the_others(
    doc: object, lacked: list[str], page_site: _PageSite, emptied: dict[str, object]
) -> None:
    """A field the page lacked goes where the collection's other pages put it, quoted and
    its list written (`aliases: [/old/]`, or one item per line) as they write that field,
    as the form's edit writes it (core/field_place.py); a field that was empty (`emptied`:
    name -> its empty value) is quoted and written so in its place."""
    added = [n for n in lacked if n in doc.front_matter]  # type: ignore[attr-defined]
    filled = [
        n
        for n in emptied
        if doc.front_matter.get(n) not in (None, "", [])  # type: ignore[attr-defined]
    ]
    if not (added or filled) or doc.front_matter_format != "yaml":  # type: ignore[attr-defined]
        return
    from editor_app.core import field_place

    site, collection = page_site.site()
    if not collection:
        return  # a loose page: no other pages to write it as
    pages, texts = field_place.collection_headers(site, collection)
    for name in added + filled:
        # Put back as it was (taken away, or empty) and set again by the form's own edit,
        # which places and styles it.
        value = doc.front_matter[name]  # type: ignore[attr-defined]
        if name in emptied:
            doc.set(name, emptied[name])  # type: ignore[attr-defined]
        else:
            doc.remove(name)  # type: ignore[attr-defined]
        field_place.set_as_the_others(doc, name, value, pages, texts)  # type: ignore[arg-type]


def _number_written_plainly(
    doc: object, name: str, typed: str, value: float, page_fields: Callable[[], Any]
) -> str:
    """The refusal of `1_000`, `0x10`, `0b101` or `1:30` (YAML's 1000, 16, 5 and 90): no
    page of the sites writes a number so, and a generator may read it otherwise (as text, or
    `1:30` as a time), so the number is asked for in plain digits."""
    from editor_app.core.document_yaml_text import _scalar_text

    plain = _scalar_text(value)
    if _holds_other_than_text(doc, name, page_fields) == "a number":
        instead = f"write {plain}"
    else:
        instead = f'write {plain} for the number, or "{typed}" in quotes for text'
    return (
        f"{name}: {typed!r} is read as the number {plain}; a number is written in plain "
        f"digits: {instead}; the file was not changed"
    )


def _remove(doc: object, name: str) -> None:
    """Take field `name` away, only its lines going, as the window's form does: a top-level
    field by `Document.remove`; one inside a group (`params.x`) by setting the group without
    it, the group's other lines left as they are; a group left empty goes too.
    LookupError: the page has no such field."""
    from editor_app.core.group_field import field_value, group_edited

    front_matter = doc.front_matter  # type: ignore[attr-defined]
    if name in front_matter:
        doc.remove(name)  # type: ignore[attr-defined]
        return
    if not field_value(front_matter, name)[0]:
        import difflib

        top, dot, _ = name.partition(".")
        if dot and top in front_matter and not isinstance(front_matter[top], dict):
            group_edited(front_matter, name, remove=True)  # says what `top` holds instead
        # Names near it in the deepest group on the way (`params.x.retrunType`: `returnType`).
        place, prefix = front_matter, ""
        for key in name.split(".")[:-1]:
            if not isinstance(place.get(key), dict):
                break
            place, prefix = place[key], prefix + key + "."
        known = [prefix + k for k in place if isinstance(k, str)]
        near = difflib.get_close_matches(name, known, n=1, cutoff=0.75)
        hint = f" (did you mean {near[0]!r}?)" if near else ""
        raise LookupError(f"the page has no field called {name!r} to remove{hint}")
    top, group = group_edited(front_matter, name, remove=True)
    if group is None:  # its last field gone, the group goes too
        doc.remove(top)  # type: ignore[attr-defined]
    else:
        doc.set(top, group)  # type: ignore[attr-defined]
