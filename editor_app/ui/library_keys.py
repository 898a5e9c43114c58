"""What the document list sorts and counts by, worked out once per index entry (no Qt).

`prepare_listing(site)` runs in the worker that reads the site, right after the index: each
entry's title, date and status, the pages per collection, the counts for the collection
chooser, which pages have a review record, and the default order (newest first). The window
then lists a 50,000-page collection without a pass over the pages on the UI thread.
`listing_for(site)` hands that back while the index is unchanged, else works it out again
(reusing what is known of each unchanged entry).
"""

from __future__ import annotations

import datetime as _dt
import operator
import os
import re
import threading
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor_app.core.page_names import told_apart, with_title
from editor_app.core.review.notes import NOTES_FOLDER, NOTES_SUFFIX
from editor_app.core.site_entries import list_title

TITLE, DATE, STATUS = range(3)
OTHER_PAGES = ""  # the key of the pages outside any collection

_DATED_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})-")  # Jekyll posts: 2024-05-03-title.md


def date_text(value: Any) -> str:
    """A front-matter date as the list shows it (YYYY-MM-DD), "" when there is none."""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if value is None:
        return ""
    return str(value)[:10]


def name_date(path: Path | str) -> str:
    """The date a post's file name starts with ("2024-05-03-weeknotes.md"), else ""."""
    match = _DATED_NAME.match(os.path.basename(path))
    if match is None:
        return ""
    try:
        return _dt.date.fromisoformat(match.group(1)).isoformat()
    except ValueError:
        return ""


def names_told_apart(entries: list[Any]) -> dict[str, str]:
    """For the pages of one collection: path -> what tells a page apart from others sharing
    its title, as the list names it (page_names.told_apart); Search Site names its hits so."""
    paths = [str(entry.path) for entry in entries]
    which = told_apart([(list_title(e), path) for e, path in zip(entries, paths, strict=True)])
    return {paths[at]: shown for at, shown in which.items()}


@dataclass(slots=True)
class EntryKeys:
    """One page as the list shows it and sorts it."""

    path: str
    title: str
    date: str
    date_from_name: bool
    dated: bool  # counts as dated when choosing the collection shown first
    status: str

    @classmethod
    def of(cls, entry: Any) -> EntryKeys:
        path = str(entry.path)
        fm = entry.front_matter if isinstance(entry.front_matter, dict) else {}
        value = fm.get("date")
        date = date_text(value)
        from_name = False
        if not date:
            date = name_date(path)
            from_name = bool(date)
        status = fm.get("status")
        return cls(
            path,
            list_title(entry),
            date,
            from_name,
            bool(value) or from_name,
            "" if status is None else str(status),
        )


@dataclass
class CollectionRows:
    """The pages of one collection, in index order, with their keys and kept orders."""

    entries: list[Any] = field(default_factory=list)
    keys: list[EntryKeys] = field(default_factory=list)
    # Pages sharing a title: position -> what tells each apart (page_names.told_apart).
    which: dict[int, str] = field(default_factory=dict)
    with_records: list[Path] | None = None  # pages with a review record (None: not looked)
    haystacks: list[str] = field(default_factory=list)  # the searched text, made as needed
    _orders: dict[tuple[int, bool], list[int]] = field(default_factory=dict)

    def shown_title(self, position: int) -> str:
        """The title, told apart from other pages sharing it (page_names.with_title)."""
        return with_title(self.keys[position].title, self.which.get(position))

    def order(self, column: int, descending: bool) -> list[int]:
        """Positions sorted by a column; pages of one date or one status by title (A to Z),
        equal titles in index order. Undated pages (a Hugo site's functions, listed by date as
        every list opens) were in the index's order, a new page last, below Z."""
        got = self._orders.get((column, descending))
        if got is None:
            if column == TITLE:
                sort_keys = [self.shown_title(i).casefold() for i in range(len(self.keys))]
                start = range(len(sort_keys))
            else:
                sort_keys = [k.date if column == DATE else k.status.casefold() for k in self.keys]
                # Sorting is stable (reversed too): starting from the titles' order (A to Z,
                # equal titles in index order) leaves equal dates or statuses by title.
                start = self.order(TITLE, False)
            got = sorted(start, key=sort_keys.__getitem__, reverse=descending)
            self._orders[(column, descending)] = got
        return got

    def look_for_records(self) -> list[Path]:
        """The pages that have a review record beside them (each `.review` folder listed once)."""
        if self.with_records is None:
            names: dict[str, set[str]] = {}
            found = []
            for keys in self.keys:
                folder, _sep, name = keys.path.rpartition(os.sep)  # split, at C speed
                have = names.get(folder)
                if have is None:
                    try:
                        have = set(os.listdir(os.path.join(folder, NOTES_FOLDER)))
                    except OSError:
                        have = set()
                    names[folder] = have
                if have and name + NOTES_SUFFIX in have:
                    found.append(Path(keys.path))
            self.with_records = found
        return self.with_records


class Listing:
    """A site's index as the list uses it: pages per collection, counts, dated counts."""

    def __init__(self, entries: list[Any], previous: Listing | None = None) -> None:
        self.entries = entries
        known = previous._known if previous is not None else {}
        self._known: dict[int, tuple[Any, EntryKeys]] = {}
        self.collections: dict[str, CollectionRows] = {}
        self.dated: dict[str, int] = {}
        for entry in entries:
            got = known.get(id(entry))
            if got is None or got[0] is not entry:
                got = (entry, EntryKeys.of(entry))
            self._known[id(entry)] = got
            name = OTHER_PAGES if entry.collection is None else entry.collection
            rows = self.collections.get(name)
            if rows is None:
                rows = self.collections[name] = CollectionRows()
            rows.entries.append(entry)
            rows.keys.append(got[1])
            if got[1].dated:
                self.dated[name] = self.dated.get(name, 0) + 1
        for rows in self.collections.values():
            rows.which = told_apart([(k.title, k.path) for k in rows.keys])

    def counts(self) -> dict[str, int]:
        return {name: len(rows.entries) for name, rows in self.collections.items()}

    def rows(self, name: str) -> CollectionRows:
        return self.collections.get(name) or CollectionRows()

    def matches(self, entries: list[Any]) -> bool:
        """Whether this was worked out from these very entries (the index is unchanged)."""
        return len(entries) == len(self.entries) and all(map(operator.is_, entries, self.entries))


_PREPARED: weakref.WeakKeyDictionary[Any, Listing] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def prepare_listing(site: Any) -> Listing:
    """Work out the list of an opened site (meant for the worker that reads the site)."""
    listing = Listing(site.entries())
    for rows in listing.collections.values():
        rows.look_for_records()
        rows.order(DATE, True)  # the list opens newest first
    with _LOCK:
        _PREPARED[site] = listing
    return listing


def listing_for(site: Any) -> Listing:
    """The site's listing: the one prepared while its index is unchanged, else a new one."""
    entries = site.entries()
    with _LOCK:
        try:
            prepared = _PREPARED.get(site)
        except TypeError:  # a site object that cannot be weakly referenced
            prepared = None
    if prepared is not None and prepared.matches(entries):
        return prepared
    return Listing(entries, prepared)
