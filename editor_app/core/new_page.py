"""A new page that looks like its collection's other pages.

`new_page_start` gives the bytes of a new page: from the section's Hugo archetype when there
is one (`core/archetypes.py`), else the header `core/new_page_header.py` writes in the
collection's ways, holding the values `core/new_page_values.py` starts it with and those its
folder, file name and navigation give. Nothing is written to disk: the window creates the
file on the first Save, the command line through `page_create.new_document`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from editor_app.core.new_page_file_values import file_values
from editor_app.core.new_page_habits import _readable
from editor_app.core.new_page_header import _added_lines, _usual_page_bytes
from editor_app.core.new_page_navigation import (
    NAVIGATION,
    bodies_open_with_heading,
    navigation_values,
    title_left_out,
)
from editor_app.core.new_page_place import placed_like_siblings
from editor_app.core.new_page_values import folder_values, new_page_values, sibling_constants


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
    heading = ""  # a body heading naming the page, where its header will not
    # What every page of the collection says alike (`permalink: false`), where left empty.
    values.update(sibling_constants(site, collection, values, schema))
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
        # The menu's key names the page (`site_entries.page_title`) where most siblings are
        # named so alone: no title line most of them lack (Eleventy's speedlify page has no
        # `title`; 14 of 156 docs pages a `pageTitle`), unless the schema requires one; the
        # heading goes in the body where most of theirs open with one (`# Configuration`).
        if navigation.get("key") == title.strip():
            dropped = title_left_out(readable, values, title, schema, collection)
            if dropped is not None:
                values.pop(dropped)
                heading = f"# {title.strip()}\n" if bodies_open_with_heading(readable) else ""
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
    return _usual_page_bytes(site, collection, title, values, cs) + heading.encode(), start.note


__all__ = ["new_page_bytes", "new_page_start"]
