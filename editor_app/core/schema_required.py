"""The one rule of "required" the form's star and Check share.

A declared schema's `required: true` is the site owner's word: every page is asked for the
field, and Check calls a page without it an error. An inferred `required` only says most pages
fill the field in (hugo-docs' configuration pages: `linkTitle` on 31 of 34): a suggestion. A
page is asked for it only where every other page of its kind has it, and a true/false field
never (missing, it reads as false). The form marks with a star exactly the fields Check asks
the page for, so an author never meets a star Check does not stand behind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from editor_app.core.collection_home import is_collection_home
from editor_app.core.schema_model import is_empty

# An inferred field is asked for only in a collection with at least this many other pages
# (a title: a page without one is worth a word even in a small collection).
MIN_OTHERS = 5
MIN_OTHERS_TITLE = 2


def asked_for(f: Any, declared: bool, others: int, others_filled: int) -> bool:
    """Whether a page is asked for field `f`: `declared`, the schema's `required`; inferred,
    when all its `others` pages of the collection fill it in (`others_filled`)."""
    if not getattr(f, "required", False):
        return False
    if declared:
        return True
    if getattr(f, "type", "text") == "boolean":
        return False
    least = MIN_OTHERS_TITLE if f.name == "title" else MIN_OTHERS
    return others >= least and others_filled >= others


def title_stands_in(name: str, generator: str | None, title: Any) -> bool:
    """Hugo shows a page's title where it gives no link title: a titled page is never asked
    for its `linkTitle` (any capitals), declared required or not."""
    return generator == "hugo" and name.lower() == "linktitle" and not is_empty(title)


def page_asked_for(
    f: Any,
    declared: bool,
    counts: Callable[[], tuple[int, int]],
    *,
    generator: str | None,
    file_name: str | None,
    title: Any,
) -> bool:
    """Whether a page is asked for field `f`: the rule the form's star and Check both call.

    The schema's word (`asked_for`; `counts()`, asked only for an inferred field, gives the
    collection's other pages and how many of them fill it in), less what the page is not
    asked for: Hugo's link title where the page has a `title` (`title_stands_in`), and on a
    collection's home page (`file_name`, the page's; None when not known) an inferred field
    other than the title."""
    if not getattr(f, "required", False) or title_stands_in(f.name, generator, title):
        return False
    if declared:
        return True
    if f.name != "title" and file_name is not None and is_collection_home(file_name, generator):
        return False
    others, others_filled = counts()
    return asked_for(f, False, others, others_filled)
