"""Which version of a draft is approved: the one the editor looked at (and that was checked).

The Drafts dialog shows a draft's version, and `editor-app sync drafts` lists one; Approve
merges that version only. A page the author sent again since (seen when the server is asked
first, or by Get latest inside Approve) is refused, nothing approved, so newer words never go
on the site unseen. A note or decision on the draft since is no new version.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from editor_app.core.sync_base import SyncError, open_repo
from editor_app.core.sync_drafts import Draft, ask_server_first, draft_queue
from editor_app.core.sync_git import Repo


def refuse_sent_again(site_root: str | os.PathLike[str], branch: str, seen: str) -> list[Draft]:
    """SyncError when the draft's pages on `branch`, asked of the server, are not as in the
    commit `seen` (the version the approver looked at): the author sent it again since. A
    note or decision on it since is no new version. Offline, what is known here is asked.
    The drafts on `branch` as asked (Approve goes on with them)."""
    repo = open_repo(site_root)
    # Offline: approved here, shared once reachable; what is known here is asked.
    ask_server_first(repo, "nothing was approved.")
    on_branch = [d for d in draft_queue(site_root) if d.branch == branch]
    _refuse_other_words(repo, ((seen, d) for d in on_branch))
    return on_branch


def refuse_changed_since(site_root: str | os.PathLike[str], checked: list[Draft]) -> None:
    """SyncError when a page of the drafts `checked` (their blockers and sender ruled) reads
    otherwise on its branch now, as Get latest found it: the author sent it again meanwhile.
    A note or decision on it since is no new version."""
    repo = open_repo(site_root)
    now = {(d.branch, d.path): d for d in draft_queue(site_root)}
    newest = ((d.commit, now.get((d.branch, d.path))) for d in checked)
    _refuse_other_words(repo, ((looked, d) for looked, d in newest if d is not None))


def _refuse_other_words(repo: Repo, versions: Iterable[tuple[str, Draft]]) -> None:
    """SyncError naming the first draft whose page reads otherwise in its commit than in the
    commit the approver looked at, for each (that commit, draft) of `versions`."""
    for looked, draft in versions:
        if repo.read(looked, draft.path) != repo.read(draft.commit, draft.path):
            raise SyncError(_sent_again(draft))


def _sent_again(draft: Draft) -> str:
    return (
        f"'{draft.title}' was sent again since you looked at it (by {draft.sent_by}, "
        f"{draft.sent_at:%d %b %Y %H:%M}): look at the newest version, then approve; "
        "nothing was approved."
    )
