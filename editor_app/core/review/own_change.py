"""Approving one's own change: the site's `approve_own_drafts` rule (ask / no / yes), as for a
draft sent on a branch (`sync_drafts.own_draft_rule`), for a page in this copy.

A page's last change is the reviewer's own when the newest commit that changed it was made
with this copy's git user.email (or, when either has no e-mail, under the reviewer's name or
this copy's git user.name): the same test as a branch draft's "sent by" (the author of its
newest page commit; `same_person`). Changes not committed yet say nothing of who made them,
and a page outside git has no such record: neither is ruled.
"""

from __future__ import annotations

import os
from pathlib import Path

from editor_app.core import gitutil
from editor_app.core.review.common import ReviewError

# What Approve does with one's own draft or change, as the site's settings say
# (`sync_drafts.own_approval_setting`): the one source of these words for both.
ASK, REFUSE, ALLOW = "ask", "refuse", "allow"


def own_refusal(rule: str, whose: str) -> str:
    """The words of Approve refused or asked first (`whose`: "'T' is your own draft")."""
    if rule == REFUSE:
        return (
            f"{whose}, and this site's review settings say another person approves it "
            "(editor_app: approve_own_drafts: no): ask someone else to review it."
        )
    return f"{whose}: usually someone else reviews it."


class OwnChangeRefused(ReviewError):
    """Approve of a page whose last change is the approver's own: refused by the site's
    settings (REFUSE), or asked first (ASK: approve again with `own=True` once they said yes)."""

    def __init__(self, rule: str, title: str, who: str) -> None:
        self.rule, self.title, self.who = rule, title, who
        super().__init__(own_refusal(rule, f"The last change of '{title}' is your own ({who})"))


def page_title(path: str | os.PathLike[str]) -> str:
    """The page's title, else its file name (for the refusal's words)."""
    from editor_app.core.document import Document

    try:
        doc = Document.load(path)
        title = doc.front_matter.get("title") if doc.error is None else None
    except (OSError, ValueError):
        title = None
    return str(title).strip() if title and str(title).strip() else Path(path).name


def same_person(
    name: str | None, email: str | None, other_name: str | None, other_email: str | None
) -> bool:
    """Whether two commit identities are one person: by their e-mails when both have one (two
    people may share a name; one person may spell theirs two ways), else by their names."""
    if email and email.strip() and other_email and other_email.strip():
        return email.strip().casefold() == other_email.strip().casefold()
    return bool(name and other_name and " ".join(name.split()) == " ".join(other_name.split()))


def _last_commit(path: Path) -> gitutil.Commit | None:
    """The newest commit that changed the page; None outside git or never committed."""
    root = gitutil.repo_root(path)
    if root is None:
        return None
    try:
        commits = gitutil.commits_touching(root, path, limit=1)
    except gitutil.GitError:
        return None
    return commits[0] if commits else None


def last_change_by(path: str | os.PathLike[str]) -> str | None:
    """The name on the newest commit that changed the page; None outside git or never
    committed."""
    commit = _last_commit(Path(path).resolve())
    return commit.author if commit else None


def made_by_me(
    name: str | None,
    email: str | None,
    where: str | os.PathLike[str],
    person: str | None = None,
    my_email: str | None = None,
) -> bool:
    """Whether a change signed `name` <`email`> (a page's newest commit, a draft's sender) is
    this person's own: made with this copy's git user.email, or, when either side has no
    e-mail, under `person` (the reviewer's name, the name their notes carry) or this copy's git
    user.name (`same_person`). The one rule of "is it me" for the review window's Approve
    (`own_change_rule`) and a branch draft's (`sync_drafts.is_own_draft`). `where`: a folder
    of the git copy; SyncError when it is none. `my_email`: the app's e-mail, which Share,
    Send for review and Approve sign with before git's: the same person too."""
    # Lazy: the sharing core imports the review core.
    from editor_app.core.sync_base import open_repo

    repo = open_repo(where)
    git_name, git_email = repo.config("user.name"), repo.config("user.email")
    names = [n for n in (person, git_name) if n and n.strip()] or [None]
    emails = [e for e in (my_email, git_email) if e and e.strip()] or [None]
    return any(same_person(name, email, n, e) for n in names for e in emails)


def own_change_rule(
    path: str | os.PathLike[str],
    approver: str | None = None,
    site_root: str | os.PathLike[str] | None = None,
    email: str | None = None,
) -> str | None:
    """None when the page's last change is another person's (or cannot be known); else what
    Approve does: ASK (the default), REFUSE or ALLOW, as the site's settings say.

    The approver is `approver` or this copy's git user.name, with its user.email
    (`made_by_me`), and `email`, the app's e-mail Share signs with."""
    path = Path(path).resolve()
    commit = _last_commit(path)
    if commit is None or not commit.author.strip():
        return None
    # Lazy: the sharing core imports the review core.
    from editor_app.core.sync_base import SyncError
    from editor_app.core.sync_drafts import own_approval_setting

    try:
        if not made_by_me(commit.author, commit.author_email, path.parent, approver, email):
            return None
    except SyncError:
        return None
    return own_approval_setting(
        site_root if site_root is not None else gitutil.repo_root(path) or path.parent
    )
