"""Bringing back what the editor did on this copy's own review branches: their notes, a send
back, the words of a suggested edit they accepted (`bring_back`), into the files here, merged
with what was written here since; called by Get latest and before a draft is sent again.
(`sync_draft_review` makes those changes on the editor's side.)"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from editor_app.core.sync_base import NOTES_SUFFIX, kind_of, notes_of, page_of
from editor_app.core.sync_drafts import _review_refs, _shared_tip
from editor_app.core.sync_git import Repo
from editor_app.core.sync_pull import _write, merge_file


def _returned(repo: Repo) -> list[tuple[str, str, str]]:
    """This copy's review branches the editor moved on since (notes, a send back), not
    approved yet: (name, this copy's commit, the newest)."""
    out = []
    tip = _shared_tip(repo)
    newest_of, mine_of = _review_refs(repo)  # this copy's own commits listed with the rest
    for name, newest in newest_of.items():
        mine = mine_of.get(name)
        if mine is None or mine == newest or not repo.is_ancestor(mine, newest):
            continue  # another person's draft, or nothing new on it
        if tip is not None and repo.is_ancestor(newest, tip):
            continue  # approved meanwhile: Get latest brings it with the shared copy
        out.append((name, mine, newest))
    return out


@dataclass
class BroughtBack:
    """What Get latest brought back from this copy's review branches."""

    pages: list[str] = field(default_factory=list)  # pages whose record or words came back
    conflicts: list[Any] = field(default_factory=list)  # words changed here and on the branch
    # One line each: a record here that cannot be read, and where the editor's is kept.
    kept_aside: list[str] = field(default_factory=list)


KEPT_ASIDE_SUFFIX = ".from-review.yml"


def kept_aside_path(page: str) -> str:
    """Where the editor's record is kept when the one here cannot be read: beside it, in the
    hidden review folder, so it is never shared by mistake (`_posts/.review/x.md.from-review.yml`)."""
    return notes_of(page)[: -len(NOTES_SUFFIX)] + KEPT_ASIDE_SUFFIX


def bring_back(repo: Repo, branch: str | None = None) -> BroughtBack:
    """Bring the review records the editor changed on this copy's own review branches (and the
    words of a suggested edit they accepted there) into the files here, merged with what was
    written here since, and move those branches on.

    Called after a fetch: by Get latest, and before sending a draft again (so the editor's
    notes and edits are never overwritten). A record here that cannot be read is left as it
    is, the editor's kept beside it (`kept_aside_path`) and said; that branch is not moved on,
    so the next Get latest tries again."""
    from editor_app.core import review

    out = BroughtBack()
    for name, mine, newest in _returned(repo):
        if branch is not None and name != branch:
            continue
        done = True
        for ch in repo.changes(mine, newest):
            kind = kind_of(ch.path)
            if kind not in ("notes", "page") or ch.new_blob is None:
                continue
            here = repo.root / ch.path
            theirs = repo.checkout_bytes(ch.new_blob, ch.path)
            if not here.is_file():
                _write(here, theirs, ch.new_mode)
            else:
                if kind == "notes":
                    damaged = review.NoteStore(repo.root / page_of(ch.path)).error
                    if damaged is not None:
                        out.kept_aside.append(_keep_aside(repo, ch.path, theirs))
                        done = False
                        continue
                old = repo.checkout_bytes(ch.old_blob, ch.path) if ch.old_blob else None
                merged, clash = merge_file(repo, ch.path, old, here.read_bytes(), theirs, newest)
                out.conflicts += clash  # a clash keeps this copy's words until chosen
                if merged is not None:
                    _write(here, merged, ch.new_mode)
            if kind == "notes":  # brought in now: the copy kept aside before is not needed
                (repo.root / kept_aside_path(page_of(ch.path))).unlink(missing_ok=True)
            if page_of(ch.path) not in out.pages:
                out.pages.append(page_of(ch.path))
        if done:
            repo.run("update-ref", f"refs/heads/{name}", newest, mine)
    return out


def _keep_aside(repo: Repo, record: str, theirs: bytes) -> str:
    """Write the editor's record beside the damaged one here; the line that says so."""
    page = page_of(record)
    aside = kept_aside_path(page)
    _write(repo.root / aside, theirs, "100644")
    return (
        f"The review record of {page} here cannot be read, so the editor's notes were not "
        f"brought in: they are kept in {aside}; repair or delete {record}, then Get latest again"
    )
