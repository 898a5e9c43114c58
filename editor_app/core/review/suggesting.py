"""Making, accepting and rejecting suggested edits on a page (kept in its review record).

Accepting changes only the suggested words, through the lossless document model: the body
through `Document.body`, a page setting through `Document.set`; every other byte stays.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from editor_app.core.document import Document
from editor_app.core.review.anchors import FOUND, anchor_exactly, find_passage
from editor_app.core.review.common import ReviewError, _display, now_utc
from editor_app.core.review.notes import default_author
from editor_app.core.review.record import NoteStore
from editor_app.core.review.suggestions import (
    ACCEPTED,
    REJECTED,
    Suggestion,
    make_suggestion,
    target_text,
)


def _store(path: Path) -> NoteStore:
    store = NoteStore(path)
    if store.error is not None:
        raise ReviewError(store.error)
    return store


def suggest(
    path: str | os.PathLike[str],
    words: str | None,
    replacement: str,
    *,
    nth: int | None = None,
    field: str | None = None,
    author: str | None = None,
) -> Suggestion:
    """Suggest `replacement` for `words` in the page's text, or in the setting `field`
    (`words` None: the setting's whole value). Saved in the page's review record.

    Raises PassageNotFound (the words are not there, or more than once without `nth`) or
    ReviewError (no such text setting; nothing would change; unreadable record).
    """
    path = Path(path)
    doc = Document.load(path)
    if field is None:
        if doc.error is not None and not doc.body:
            raise ReviewError("The text of this page cannot be read.")
        text = doc.body
    else:
        if doc.error is not None:
            raise ReviewError("The page settings cannot be read, so nothing can be suggested.")
        if field not in doc.front_matter:
            raise ReviewError(f"This page has no setting called “{field}”.")
        value = doc.front_matter[field]
        if not isinstance(value, str):
            raise ReviewError(
                f"The setting “{field}” is not text (it is “{_display(value)}”): suggest a "
                "change in the form instead."
            )
        text = value
    if words is None:
        if field is None:
            raise ReviewError("Say which words the suggestion is about.")
        start, end = 0, len(text)
        if not text:
            raise ReviewError(f"The setting “{field}” is empty: there are no words to change.")
    else:
        start, end = find_passage(text, words, nth)
    if text[start:end] == replacement:
        raise ReviewError("The new words are the same as the old ones: nothing to suggest.")
    store = _store(path)
    suggestion = make_suggestion(text, start, end, replacement, author or default_author(path), field)
    return store.add_suggestion(suggestion)


# Marks a space never follows ("(big"), and marks no space comes before ("big.").
_OPENING = "([{\u201c\u2018\u00ab"
_CLOSING = ".,;:!?)]}\u201d\u2019\u00bb"


def deletion_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span a deletion of `text[start:end]` takes: the words, and the one space beside
    them the deletion leaves stray. Between two spaces it takes one ("a wet day" -> "a
    day"); after an opening bracket or quote, or at a line's start, the space after ("(very
    big)" -> "(big)"); before a stop, comma or closing bracket, or at a line's end, the space
    before ("on a wet." -> "on a.")."""
    before = text[start - 1] if start > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    if after == " " and (before == " " or before == "\n" or before in _OPENING):
        return start, end + 1
    if before == " " and (after == "\n" or after in _CLOSING):
        return start - 1, end
    return start, end


def _open_one(store: NoteStore, suggestion_id: str) -> Suggestion:
    found = store.find("suggestion", suggestion_id)
    if not found:
        raise ReviewError(f"There is no suggestion “{suggestion_id}” on this page.")
    if len(found) > 1:
        raise ReviewError(f"Several suggestions start with “{suggestion_id}”: give more of it.")
    suggestion = found[0]
    if not suggestion.is_open:
        raise ReviewError(f"This suggestion was already {suggestion.status}.")
    return suggestion


def accept_suggestion(
    path: str | os.PathLike[str],
    suggestion_id: str,
    author: str | None = None,
    site: Any = None,
) -> Document:
    """Make the suggested change (only those words) and save; the suggestion is marked accepted.

    Raises ReviewError when the words were edited since (nothing is changed then).
    """
    path = Path(path).resolve()
    store = _store(path)
    suggestion = _open_one(store, suggestion_id)
    doc = Document.load(path)
    text = target_text(suggestion, doc)
    if text is None:
        raise ReviewError(
            f"The setting “{suggestion.field}” is gone or is no longer text, so the suggestion "
            "cannot be made."
        )
    anchor = anchor_exactly(suggestion, text)
    if anchor.state != FOUND:
        raise ReviewError(
            f"The words “{' '.join(suggestion.quote.split())}” were changed since the "
            "suggestion was made, so it cannot be applied: reject it, or edit by hand."
        )
    start, end = anchor.start, anchor.end
    if not suggestion.replacement:
        start, end = deletion_span(text, start, end)
    changed = text[:start] + suggestion.replacement + text[end:]
    if suggestion.field is None:
        doc.body = changed
    else:
        doc.set(suggestion.field, changed)
    if doc.is_modified:
        doc.save(inside=getattr(site, "root", None))  # never through a link out of the site
    _decide(store, suggestion, ACCEPTED, author)
    if site is not None and hasattr(site, "update_entry"):
        site.update_entry(path)
    return doc


def reject_suggestion(
    path: str | os.PathLike[str], suggestion_id: str, author: str | None = None
) -> Suggestion:
    """Mark a suggestion rejected; the page is not touched."""
    store = _store(Path(path))
    suggestion = _open_one(store, suggestion_id)
    _decide(store, suggestion, REJECTED, author)
    return suggestion


def _decide(store: NoteStore, suggestion: Suggestion, status: str, author: str | None) -> None:
    suggestion.status = status
    suggestion.decided_by = author or default_author(store.document)
    suggestion.decided_at = now_utc()
    store.save()
