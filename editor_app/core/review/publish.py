"""Publishing a Jekyll draft: the page moves from `_drafts` to `_posts`, named with its date
as Jekyll names posts (`2026-12-06-notes-on-data-trusts.md`), as `jekyll publish` does.

Jekyll builds a draft only with `--drafts`; a post in `_posts` goes on the site. Approving a
draft records the decision; publishing it is this move, refused until the draft is approved
(the window and `editor-app review publish` alike). The page's bytes are not changed, and its
review record (notes, suggestions, decisions) and last reviewed version go with it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Any

from editor_app.core.document import Document
from editor_app.core.review.common import ReviewError, _as_date
from editor_app.core.review.decisions import page_state
from editor_app.core.review.history import SnapshotStore
from editor_app.core.review.notes import notes_path
from editor_app.core.review.record import APPROVED, NoteStore
from editor_app.core.review.status import in_jekyll_drafts

_DATED_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}-.")


def published_path(path: str | os.PathLike[str], today: dt.date | None = None) -> Path:
    """Where a draft goes: the `_posts` folder beside its `_drafts` (sub-folders kept), named
    with the date of its name, else of its header's `date`, else `today`."""
    path = Path(path)
    parts = list(path.parts)
    if "_drafts" not in parts:
        raise ReviewError("Only a page in a _drafts folder is published by moving it.")
    at = len(parts) - 1 - parts[::-1].index("_drafts")
    parts[at] = "_posts"
    folder = Path(*parts[:-1])
    if _DATED_NAME.match(path.name):
        return folder / path.name
    when = None
    try:
        doc = Document.load(path)
        if doc.error is None and isinstance(doc.front_matter, dict):
            when = _as_date(doc.front_matter.get("date"))
    except (OSError, ValueError):
        when = None
    when = when or today or dt.date.today()
    return folder / f"{when.isoformat()}-{path.name}"


class NotApproved(ReviewError):
    """Publish of a draft with no approval in force in its review record.

    One message for every face, each naming its own way to approve (`said`): the window its
    Approve button, the command line `editor-app review approve PAGE`."""

    SUBJECT = "This draft is "
    WHY = "not approved, so nothing was moved: approve it first ({approve}), then publish it"

    def __init__(self) -> None:
        super().__init__(f"{self.SUBJECT}{self.said('Approve in the review window')}.")

    @classmethod
    def said(cls, approve: str) -> str:
        """Why, with `approve` the face's way to approve (no full stop: a caller adds more)."""
        return cls.WHY.format(approve=approve)


class ChangedSinceApproved(NotApproved):
    """Publish of a draft whose text changed after it was approved: the approval was of other
    words, so the newer ones are not put on the site unseen."""

    SUBJECT = "This draft "
    WHY = (
        "changed since it was approved, so nothing was moved: look at it and approve it again "
        "({approve}), then publish it"
    )


def _refuse_unapproved(path: Path) -> None:
    """Publishing puts the page on the site: only once it is approved (an approval undone, or
    a draft sent back, is not), as README and `--help` say."""
    store = NoteStore(path)
    if store.error is not None:  # the approval cannot be read, so it is not taken as given
        raise ReviewError(
            f"The draft's approval cannot be read ({store.error.rstrip('.')}): repair "
            f"{store.path.parent.name}/{store.path.name}, approve the draft, then publish it."
        )
    state = page_state(path)
    if state.state != APPROVED or state.decision is None:
        raise NotApproved()
    if state.changed:  # from its fingerprint right after the approval
        raise ChangedSinceApproved()


def publish_draft(
    path: str | os.PathLike[str],
    site: Any,
    today: dt.date | None = None,
    snapshots: SnapshotStore | None = None,
) -> Path:
    """Move a Jekyll draft into `_posts` (see `published_path`) with its review record; the
    new path. Raises ReviewError (not a Jekyll draft, a post of that name exists, the draft
    is not approved (NotApproved), or changed since it was approved (ChangedSinceApproved))
    or OSError; nothing is moved then."""
    path = Path(path).resolve()
    if not in_jekyll_drafts(site.collection_of(path), getattr(site, "generator", None)):
        raise ReviewError("Only a draft of a Jekyll site (a page in _drafts) is published so.")
    target = published_path(path, today)
    if target.exists():
        raise ReviewError(
            f"{target.name} already exists in {target.parent.name}: rename one of the two first."
        )
    old_notes, new_notes = notes_path(path), notes_path(target)
    if old_notes.exists() and new_notes.exists():
        raise ReviewError(f"{target.name} already has review notes: move them aside first.")
    _refuse_unapproved(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    os.rename(path, target)
    if old_notes.exists():
        try:
            new_notes.parent.mkdir(parents=True, exist_ok=True)
            os.rename(old_notes, new_notes)
        except OSError:
            os.rename(target, path)  # all or nothing: the page goes back where it was
            raise
        try:
            old_notes.parent.rmdir()  # the `.review` folder, when nothing else is in it
        except OSError:
            pass
    store = snapshots if snapshots is not None else SnapshotStore()
    reviewed = store.get(path)
    if reviewed is not None:
        store.mark_reviewed(target, reviewed.data)
        store.forget(path)
    if hasattr(site, "reindex"):
        site.reindex()  # one page left a collection for another
    return target
