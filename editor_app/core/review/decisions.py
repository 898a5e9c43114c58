"""Decisions on a page: approve (a one-line change) and send back."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from editor_app.core.document import Document
from editor_app.core.review.common import ReviewError, _load_schema
from editor_app.core.review.history import SnapshotStore
from editor_app.core.review.notes import Note, NoteStore, make_note
from editor_app.core.review.status import StatusRule, is_unpublished, status_rule


def _rule_for(path: Path, site: Any, schema: Any) -> StatusRule | None:
    if site is None:
        from editor_app.core.site import Site

        site = Site.open(path)
    if schema is None:
        schema = _load_schema(site)
    return status_rule(schema.for_collection(site.collection_of(path)))


def approve(
    path: str | os.PathLike[str],
    site: Any = None,
    schema: Any = None,
    snapshots: SnapshotStore | None = None,
) -> Document:
    """Set the status to its final value (a one-line change) and save; remember it as reviewed.

    A page kept out of the site with `published: false` gets `published: true` too (its own
    one-line change): approving is the decision to publish it.
    Raises ReviewError (no status field and not unpublished), FrontMatterError (unreadable
    settings) or OSError.
    """
    path = Path(path).resolve()
    rule = _rule_for(path, site, schema)
    doc = Document.load(path)
    unpublished = doc.error is None and is_unpublished(doc.front_matter)
    if rule is None and not unpublished:
        raise ReviewError("This kind of page has no status field, so it cannot be approved.")
    if rule is not None:
        doc.set(rule.field, rule.final)
    if unpublished:
        doc.set("published", True)
    if doc.is_modified:
        doc.save()
    (snapshots if snapshots is not None else SnapshotStore()).mark_reviewed(path, doc.original)
    if site is not None and hasattr(site, "update_entry"):
        site.update_entry(path)
    return doc


def send_back(
    path: str | os.PathLike[str], note_text: str = "", author: str | None = None
) -> Note | None:
    """Leave the document as a draft, its notes kept; optionally add a note for the author."""
    if not note_text.strip():
        return None
    store = NoteStore(path)
    if store.error is not None:
        raise ReviewError(store.error)
    return store.add(make_note("", 0, 0, note_text.strip(), author))
