"""Whose draft is it: the rule for one's own draft on a review branch (approving it, and the
editor's decisions on it), and the site's `editor_app:` settings it reads. Split from
`sync_drafts`, which keeps the public names."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.core.review.own_change import ALLOW, ASK, REFUSE, made_by_me, own_refusal
from editor_app.core.sync_base import SyncError, open_repo

if TYPE_CHECKING:
    from editor_app.core.sync_drafts import Draft


def _site_settings(site_root: str | os.PathLike[str]) -> dict[str, Any]:
    """The app's own settings of the site: `editor_app:` in `_config.yml` ({} when none)."""
    import yaml

    config = Path(site_root) / "_config.yml"
    try:
        data = yaml.safe_load(config.read_text(encoding="utf-8")) if config.is_file() else None
    except (OSError, ValueError, yaml.YAMLError):
        data = None
    own = data.get("editor_app") if isinstance(data, dict) else None
    return own if isinstance(own, dict) else {}


class OwnDraftRefused(SyncError):
    """Approve of the approver's own draft, which the site leaves to another person (REFUSE),
    or which is asked first (ASK: approve again with `own=True` once they said yes)."""

    def __init__(self, rule: str, draft: Draft) -> None:
        self.rule, self.draft = rule, draft
        super().__init__(own_refusal(rule, f"'{draft.title}' is your own draft"))


class OwnDraftDecision(SyncError):
    """An editor's decision on one's own draft: accept or reject of its suggested edits, or
    undo of the reviewer's decision. The Drafts dialog offers none of these on it; the author
    answers suggested edits in their own copy, where Get latest brings them."""

    def __init__(self, draft: Draft, why: str) -> None:
        self.draft = draft
        super().__init__(f"'{draft.title}' is your own draft: {why}; nothing was changed.")


ANSWER_IN_OWN_COPY = (
    "answer its suggested edits in the page's review notes, where Get latest brings them"
)
REVIEWERS_TO_UNDO = "its reviewer's decisions are theirs to take back"


def refuse_own_draft(
    site_root: str | os.PathLike[str],
    draft: Draft,
    person: str | None,
    why: str,
    email: str | None = None,
) -> None:
    """OwnDraftDecision (saying `why`) when the draft is this person's own (`is_own_draft`;
    `email`: theirs, as their changes are signed)."""
    if is_own_draft(site_root, draft, person, email):
        raise OwnDraftDecision(draft, why)


def own_draft_rule(
    site_root: str | os.PathLike[str],
    draft: Draft,
    approver: str | None = None,
    email: str | None = None,
) -> str | None:
    """None when the draft is another person's; else what Approve does with one's own draft:
    ASK (the default: "Approve your own draft?"), REFUSE (`approve_own_drafts: no` in the site's
    `editor_app:` settings, or `git config editor-app.approveOwnDrafts no`) or ALLOW (`yes`).

    A draft is one's own when it was sent from this copy, or sent under the approver's name."""
    if not is_own_draft(site_root, draft, approver, email):
        return None
    return own_approval_setting(site_root)


def is_own_draft(
    site_root: str | os.PathLike[str],
    draft: Draft,
    person: str | None = None,
    email: str | None = None,
) -> bool:
    """True when the draft is this person's own: sent from this copy, or its sender is this
    person by the review window's rule (`review.own_change.made_by_me`: this copy's git
    user.email, else by name, `person` or this copy's git user.name). Its author answers its
    suggested edits in their own copy (Get latest brings them), not with the editor's
    Accept / Reject."""
    return draft.mine or made_by_me(draft.sent_by, draft.sent_by_email, site_root, person, email)


def own_approval_setting(site_root: str | os.PathLike[str]) -> str:
    """What Approve does with one's own draft or change on this site: ASK, REFUSE or ALLOW
    (also the review window's rule, `review.own_change_rule`)."""
    value = _site_settings(site_root).get("approve_own_drafts")
    if value is None:
        value = open_repo(site_root).config("editor-app.approveOwnDrafts")
    said = str(value).strip().lower() if value is not None else ""
    if said in ("no", "false", "0", "off", "never", REFUSE):
        return REFUSE
    if said in ("yes", "true", "1", "on", ALLOW):
        return ALLOW
    return ASK
