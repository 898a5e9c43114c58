"""Who the shared changes are by: the name and the optional e-mail asked once, before the
first Share my changes, and written on every commit sharing makes (`Repo.identity`).

The e-mail lets others reach the author; left empty, the name alone is written (`Ana <>`),
never git's guess from the login and the machine's name.
"""

from __future__ import annotations

from editor_app.core.sync_git import Repo


def email_problem(text: str) -> str:
    """Why `text` cannot be the e-mail on shared changes, in one line; "" when it can (an
    empty one too: the name alone is written then)."""
    text = text.strip()
    if not text:
        return ""
    if any(c in text for c in "<>") or any(c.isspace() for c in text):
        return "An e-mail address has no spaces or angle brackets (like ana@example.org)."
    name, at, host = text.partition("@")
    if not (name and at and host) or "@" in host:
        return "An e-mail address has one @ between a name and a place (like ana@example.org)."
    return ""


def needs_asking(repo: Repo, asked_before: bool, name: str, email: str) -> bool:
    """True when the name and e-mail should be asked before sharing: never asked yet, and
    neither the app nor this copy's git knows an e-mail (the change would say who, but
    nobody could write back), or nobody knows a name (it would be the login name)."""
    if asked_before:
        return False
    has_email = bool(email.strip() or repo.config("user.email"))
    has_name = bool(name.strip() or repo.config("user.name"))
    return not (has_email and has_name)


def git_identity(repo: Repo) -> tuple[str, str]:
    """The name and e-mail git has for this copy ("" for each it lacks): the question's
    first answer."""
    return repo.config("user.name") or "", repo.config("user.email") or ""


def login_name_used(repo: Repo, name: str | None) -> str | None:
    """The computer's login name when a change is signed with it (no name given, none in
    git): said, so the person can give theirs; None otherwise."""
    if (name or "").strip() or repo.config("user.name"):
        return None
    return repo.identity(None)["GIT_AUTHOR_NAME"]
