"""Accepting or rejecting a suggested edit on a draft where it waits, on its review branch.

As a send back (`sync_draft_review`): the review core's own `accept_suggestion` and
`reject_suggestion` run on the page and review record as the branch holds them, in a folder
of their own; what changed (the record, and for an accept the page's words) is committed on
the branch and sent, the editor's checkout untouched. The commit's message ends with a
`Editor-app-review:` line, so the draft is still said to be sent by its author and Undo knows
what to take back. The author's Get latest brings the words and the record into their copy.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor_app.core.sync_base import notes_of, open_repo
from editor_app.core.sync_draft_review import (
    _fetched,
    _reviewer,
    change_on_branch,
    commit_on_branch,
    find_draft,
)
from editor_app.core.sync_drafts import (
    ANSWER_IN_OWN_COPY,
    REVIEW_TRAILER,
    REVIEWERS_TO_UNDO,
    Draft,
    refuse_own_draft,
)
from editor_app.core.sync_git import Repo

ACCEPT, REJECT = "accept", "reject"


def draft_setting_labels(
    site_root: str | os.PathLike[str], draft: Draft, site: Any, schema: Any
) -> dict[str, str]:
    """The draft page's settings by the names its form shows (`review.setting_labels`: the
    `label:` the site's schema gives them), for its suggested edits listed as the review
    window lists them; none without the site and its schema (the key in plain words). No git
    is asked: the draft knows its page's path in the site (`Draft.site_path`)."""
    from editor_app.core import review

    if site is None or schema is None:
        return {}
    return review.setting_labels(schema, site.collection_of(Path(site_root) / draft.site_path))


def decide_suggestion(
    site_root: str | os.PathLike[str],
    branch: str,
    suggestion_id: str,
    verb: str,
    author: str | None = None,
    *,
    path: str | None = None,
    email: str | None = None,
) -> Any:
    """Accept (the suggested words made in the draft, only those) or reject a suggested edit
    on the draft waiting on `branch`, and send it; the `Suggestion` decided.

    Raises review.ReviewError (no such open suggestion; its words were changed since) with
    nothing sent, or SyncError (the server cannot be reached)."""
    from editor_app.core import review

    if verb not in (ACCEPT, REJECT):
        raise ValueError(verb)
    who = _reviewer(site_root, author)
    decided: list[Any] = []

    def decide(page: Path) -> Any:
        if verb == ACCEPT:
            found = (review.NoteStore(page).find("suggestion", suggestion_id) or [None])[0]
            review.accept_suggestion(page, suggestion_id, who)  # refuses a missing one
        else:
            found = review.reject_suggestion(page, suggestion_id, who)
        decided.append(found)
        return found

    def message(d: Draft) -> str:
        what = f": {decided[0].describe()}" if decided and decided[0] is not None else ""
        done = "Accept" if verb == ACCEPT else "Reject"
        return (
            f"{done} a suggested edit on '{d.title}'{what}\n\n"
            f"{REVIEW_TRAILER} {verb} {suggestion_id}\n"
        )

    return change_on_branch(
        site_root,
        branch,
        path,
        decide,
        message,
        who,
        page_too=verb == ACCEPT,
        not_on_own=ANSWER_IN_OWN_COPY,
        email=email,
    )


@dataclass(frozen=True)
class LastDecision:
    """The draft's newest change, when it is an accepted or rejected suggested edit."""

    verb: str  # ACCEPT or REJECT
    suggestion_id: str
    by: str


def last_suggestion_decision(
    site_root: str | os.PathLike[str] | Repo, draft: Draft
) -> LastDecision | None:
    """The suggested edit accepted or rejected by the draft's newest change (None: its newest
    change is something else, so there is no such decision to undo)."""
    repo = site_root if isinstance(site_root, Repo) else open_repo(site_root)
    who, _, message = repo.out("log", "-1", "--format=%an%x00%B", draft.commit).partition("\0")
    for line in message.splitlines():
        if line.startswith(REVIEW_TRAILER):
            verb, _, sid = line.removeprefix(REVIEW_TRAILER).strip().partition(" ")
            if verb in (ACCEPT, REJECT) and sid:
                return LastDecision(verb, sid.strip(), who)
    return None


def undo_suggestion_decision(
    site_root: str | os.PathLike[str],
    branch: str,
    author: str | None = None,
    *,
    path: str | None = None,
    email: str | None = None,
) -> LastDecision:
    """Take back the accept or reject that is the draft's newest change: its page and review
    record as they were before it, committed on the branch and sent; what was undone.

    Raises review.ReviewError when the draft's newest change is not such a decision (a note,
    or the author's new version, came since: undoing would lose it)."""
    from editor_app.core import review

    who = _reviewer(site_root, author)
    repo, remote = _fetched(site_root)
    draft = find_draft(site_root, branch, path)
    refuse_own_draft(site_root, draft, who, REVIEWERS_TO_UNDO, email)
    last = last_suggestion_decision(repo, draft)
    if last is None:
        raise review.ReviewError(
            "The draft's last change is not an accepted or rejected suggested edit: "
            "nothing to undo."
        )
    before = f"{draft.commit}~1"
    files = {f: repo.read(before, f) for f in (draft.path, notes_of(draft.path))}
    done = "acceptance" if last.verb == ACCEPT else "rejection"
    message = f"Undo the {done} of a suggested edit on '{draft.title}'\n\n{REVIEW_TRAILER} undo\n"
    commit_on_branch(repo, remote, draft, files, message, who, email)
    return last
