"""A Jekyll collection's home page: its `index.md` (`_tutorials/index.md`, whose address is
/tutorials/home/) lists the documents and is not one of them. It has a title like every page,
but what every document of the collection has (an author, a date) is not its to have: it is
not told it lacks them, and it does not count among "every document" when the schema is
worked out or the others are told they lack a field."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

HOME_STEM = "index"


def is_collection_home(file_name: str, generator: str | None) -> bool:
    """Whether a collection's file named `file_name` is its (or its folder's) home page: on
    Jekyll only (a Hugo `index.md` is a page bundle's own page)."""
    return generator == "jekyll" and file_name.rpartition(".")[0] == HOME_STEM


def homes_lacking(headers: Iterable[dict[Any, Any]], key: Any) -> int:
    """How many of these home pages' headers have no value for `key` (never for the title,
    which a home page has too)."""
    if key == "title":
        return 0
    return sum(1 for header in headers if header.get(key) in (None, "", [], {}))
