"""What the status line says about review branches, read in one walk over them.

`sync.status` needs four things about the review branches: the pages this copy sent for
review (`sync_drafts.pages_in_review`), those saved again since (`changed_since_sent`), the
drafts others sent (`drafts_from_others`) and this copy's drafts the editor moved on
(`sync_draft_review.drafts_returned`). Each of those walks every branch with several git
calls per branch; asked one after the other they listed the branches four times and asked
git again and again the same ancestry (the status runs after every save). Here the branches
are listed once, which of them the shared copy or this one already holds is asked with one
`for-each-ref --merged` per tip instead of once per branch, and a branch's changes are read
once. The answers are the same as those four functions' (the status now asks this walk
directly; of the four only `pages_in_review` remains, for Share my changes).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from editor_app.core.sync_base import kind_of
from editor_app.core.sync_drafts import REVIEW_REFS, _review_refs, _shared_tip
from editor_app.core.sync_git import Change, Repo


@dataclass
class ReviewBranches:
    """The review branches as the status line tells them."""

    in_review: set[str] = field(default_factory=set)  # pages this copy sent, not approved yet
    changed_since_sent: list[str] = field(default_factory=list)  # of those, saved again since
    from_others: int = 0  # drafts others sent, waiting here
    returned: int = 0  # this copy's drafts the editor moved on since (notes, a send back)


def _reachable_from(repo: Repo, tip: str) -> set[str]:
    """The commits of the review refs that `tip` already holds (one git call for all)."""
    out = repo.out("for-each-ref", "--format=%(objectname)", f"--merged={tip}", *REVIEW_REFS)
    return set(out.split())


def review_branches(repo: Repo) -> ReviewBranches:
    """The review branches' pages and counts for the status line, in one walk."""
    # newest: every branch, local or from the server; mine: this copy's own branches.
    newest, mine = _review_refs(repo)
    found = ReviewBranches()
    if not newest:
        return found
    tip, head = _shared_tip(repo), repo.rev("HEAD")
    in_tip = _reachable_from(repo, tip) if tip else set()
    in_head = in_tip if head == tip else _reachable_from(repo, head) if head else set()
    changes: dict[str, list[Change]] = {}

    def sent(sha: str) -> list[Change]:
        """What a branch changes against the shared copy it was made from, read once."""
        if sha not in changes:
            base = repo.merge_base(tip, sha) if tip else None
            changes[sha] = repo.changes(base, sha)
        return changes[sha]

    blobs: dict[str, str] = {}  # page -> the version this copy sent
    for name, sha in newest.items():
        own = mine.get(name)
        if own is not None and own != sha and sha not in in_tip and repo.is_ancestor(own, sha):
            found.returned += 1
        if sha in in_tip or sha in in_head:
            continue  # approved, or merged here as Approve does before it shares
        if own is None:
            found.from_others += 1
            continue
        found.in_review |= {c.path for c in sent(sha) if kind_of(c.path) == "page"}
        # What this copy sent or brought back: a suggested edit the editor accepted on the
        # branch since is not a change made here (Get latest brings it).
        for c in sent(own):
            if kind_of(c.path) == "page" and c.new_blob:
                blobs[c.path] = c.new_blob
    here = repo.working_blobs(list(blobs))
    found.changed_since_sent = sorted(p for p, b in blobs.items() if p in here and here[p] != b)
    return found
