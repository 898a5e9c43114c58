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
from editor_app.core.schema_model import DATED_NAME, is_empty

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
    given: Callable[[], bool] | None = None,
    has_header: bool = True,
) -> bool:
    """Whether a page is asked for field `f`: the rule the form's star and Check both call.

    A page without a header (`has_header` False) is asked for nothing: Check reads no field
    of it (on Jekyll it is no page of its collection, told `no-front-matter` instead; Hugo
    and Eleventy build it from its folder's settings), so the form shows no star on it.

    The schema's word (`asked_for`; `counts()`, asked only for an inferred field, gives the
    collection's other pages and how many of them fill it in), less what the page is not
    asked for: Hugo's link title where the page has a `title` (`title_stands_in`), on a
    collection's home page (`file_name`, the page's; None when not known) an inferred field
    other than the title, and what the generator gives the page itself (`given()`, asked
    last, as it may read the site's settings: `site_gives`)."""
    if not has_header or not getattr(f, "required", False):
        return False
    if title_stands_in(f.name, generator, title):
        return False
    if not declared:
        if f.name != "title" and file_name is not None and is_collection_home(file_name, generator):
            return False
        others, others_filled = counts()
        if not asked_for(f, False, others, others_filled):
            return False
    return given is None or not given()


class _Absent:
    """The page's header has no such key (told apart from a key left blank)."""

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Any = _Absent()


def site_gives(
    name: str,
    value: Any,
    *,
    generator: str | None,
    collection: str | None,
    file_name: str,
    implied: Callable[[], Any],
) -> bool:
    """Whether the generator gives the page field `name` itself, so it is not missing: Jekyll
    dates a collection's document by its file name (`2024-05-01-hello.md`), declared or not;
    Jekyll's `defaults:` and Eleventy's directory data (`implied()`, the site's values for the
    page: `Site.implied_values`) give what they hold. `value` is the page's own (`ABSENT`
    without the key): one it fills in stands, as if absent, for what the site would give were
    it cleared; a blank one is skipped as absent only where the generator skips it (Jekyll a
    bare `key:`, Hugo any empty value; Eleventy keeps a blank value)."""
    if value is not ABSENT and is_empty(value):
        if not ((generator == "jekyll" and value is None) or generator == "hugo"):
            return False
    if (
        name == "date"
        and generator == "jekyll"
        and collection not in (None, "pages")
        and DATED_NAME.match(file_name) is not None
    ):
        return True
    values = implied()
    return isinstance(values, dict) and not is_empty(values.get(name))
