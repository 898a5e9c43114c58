"""The one rule of "required" the form's star and Check share.

A declared schema's `required: true` is the site owner's word: every page is asked for the
field, and Check calls a page without it an error. An inferred `required` only says most pages
fill the field in (hugo-docs' configuration pages: `linkTitle` on 31 of 34): a suggestion. A
page is asked for it only where every other page of its kind has it, and a true/false field
never (missing, it reads as false). The form marks with a star exactly the fields Check asks
the page for, so an author never meets a star Check does not stand behind.
"""

from __future__ import annotations

from typing import Any

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
    return generator == "hugo" and name.lower() == "linktitle" and title not in (None, "", [], {})
