"""Approve a draft sent on its own branch: Get latest, merge the branch, set its pages' status
to final and share the result (`approve_draft`), as `sync_drafts` describes the branches."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor_app.core import sync_conflicts
from editor_app.core.document import Document
from editor_app.core.review.gate import ApprovalFindings
from editor_app.core.review.own_change import ASK, REFUSE
from editor_app.core.review.record import warnings_said
from editor_app.core.review.status import in_jekyll_drafts
from editor_app.core.sync_base import (
    SyncError,
    check_ready,
    kind_of,
    listed_name,
    open_repo,
    page_of,
    shareable_changes,
    waiting_for_choice,
)
from editor_app.core.sync_draft_own import OwnDraftRefused, own_draft_rule
from editor_app.core.sync_git import NotFoundError, Repo
from editor_app.core.sync_pull import bring_in, merge_trees, pull
from editor_app.core.sync_push import commit_files, push


@dataclass
class ApproveResult:
    branch: str
    pages: list[str]
    shared: bool
    offline: bool = False
    left_draft: list[str] = field(default_factory=list)  # merged, but not set final: why
    conflicts: list[Any] = field(default_factory=list)  # choices the merge left (Choices…)
    # What Check warned about in the pages approved (`review.Blocker`s), from the approval's
    # own Check run: said after approving, not found by running Check again.
    warnings: list[Any] = field(default_factory=list)
    # Pages of a Jekyll site's _drafts approved: on the site once published (moved to _posts).
    to_publish: list[str] = field(default_factory=list)
    # Files a choice waits on (one waiting before, or from the Get latest its sharing ran):
    # the approval is not shared until chosen, as Share my changes holds them.
    waiting: list[str] = field(default_factory=list)

    @property
    def message(self) -> str:
        return self.said()

    def said(self, warnings: bool = False, publish: bool = True) -> str:
        """The result in words; with `warnings`, Check's warnings counted as the approval's
        summary counts them ("Approved with 1 warning and shared"): the Drafts dialog, where
        no other line says them (`sync approve` lists them after); without `publish`, not
        the Jekyll drafts still to publish (`sync approve` says each on a line of its own)."""
        warned = warnings_said(len(self.warnings)) if warnings else ""
        if self.offline:
            text = f"Approved here{warned}; it will be shared when the server is reachable"
        elif self.waiting:
            n = len(self.waiting)
            named = ", ".join(self.waiting[:3]) + (", …" if n > 3 else "")
            wait = waiting_for_choice(self.waiting)
            text = (
                f"Approved here{warned}, not shared: {wait} for your choice: {named} "
                "(make the choice, then Share my changes)"
            )
        else:
            text = f"Approved{warned} and shared" if self.shared else f"Approved here{warned}"
        if self.to_publish and publish:  # approving did not put these on the site: said, not assumed
            text += ". Not on the site until published (moved to _posts): "
            text += ", ".join(self.to_publish)
        if self.left_draft:
            text += ". Merged but left a draft: " + "; ".join(self.left_draft)
        if self.conflicts:  # a passage both changed: this copy's kept, theirs a choice
            n = len(self.conflicts)
            text += f". {n} choice{'s' if n != 1 else ''} to make: changed here and in the draft"
        return text


def approve_draft(
    site_root: str | os.PathLike[str],
    branch: str,
    author: str | None = None,
    site: Any = None,
    *,
    anyway: bool = False,
    reason: str = "",
    own: bool = False,
    seen: str | None = None,
    schema: Any = None,
    email: str | None = None,
    findings: Mapping[str, ApprovalFindings] | None = None,
) -> ApproveResult:
    """Get latest, merge the review branch, set its pages' status to final, share the result.

    Behind the review window's approval gate: while a draft has validation errors, open notes
    or open suggestions, `review.ApprovalRefused` (nothing done) unless `anyway` with a
    `reason`, which its review record keeps. The approver's own draft: `OwnDraftRefused`
    (nothing done) when the site leaves it to another person, or, unless `own` (they said
    yes), when the site asks first (`own_draft_rule`). `seen`: the draft's commit the approver
    looked at (else the one listed here, as `sync drafts` listed it); the page sent again
    since is refused (SyncError, nothing done), before the older version's open notes are
    listed as holding it back. `schema`: the
    one the draft is checked and approved by, when the caller has it already (else worked out
    once for the check, and once for the pages as merged). `email`: on the commits made,
    as Share's (else git's `user.email`). `findings`: the approve question's, by the page's
    path in the repository (`draft_findings`): Check is not run again on the bytes they were
    found on (their `checked`), at the gate nor on a merged page left byte-identical."""
    from editor_app.core import review
    from editor_app.core.review.decisions import _site_and_schema
    from editor_app.core.sync_draft_review import draft_blockers
    from editor_app.core.sync_draft_seen import refuse_changed_since, refuse_sent_again
    from editor_app.core.sync_drafts import _review_branches, draft_queue  # it names this one

    repo = open_repo(site_root)
    current = check_ready(repo)
    if seen is None:  # the command line: the version listed here (`sync drafts`) was seen
        known = [d for d in draft_queue(site_root) if d.branch == branch]
        if not known:  # nothing of it looked at here: never merged unseen and unchecked
            raise SyncError(
                f"There is no draft waiting on '{branch}' here: list the drafts first "
                "(editor-app sync drafts asks the server for new ones); nothing was approved."
            )
        seen = known[0].commit
    # The server asked first: a version sent since is refused before its older one's notes
    # are listed as still open (the author may have resolved them in it).
    on_branch = refuse_sent_again(site_root, branch, seen)
    for d in on_branch:
        rule = own_draft_rule(site_root, d, author, email)
        if rule == REFUSE or (rule == ASK and not own):
            raise OwnDraftRefused(rule, d)
    # The site and its schema (which reads every page) opened once for all the branch's drafts.
    checked = _site_and_schema(Path(site_root), site, schema) if on_branch else (site, schema)
    asked = findings or {}
    blockers = [
        b for d in on_branch for b in draft_blockers(site_root, d, *checked, asked.get(d.path))
    ]
    if blockers and not anyway:
        raise review.ApprovalRefused(blockers)
    if blockers and not reason.strip():
        raise review.ReviewError(
            "Say why the draft is approved anyway: the reason is kept in its review record."
        )
    if repo.remote():
        try:
            pull(site_root, author, email)
        except NotFoundError as exc:  # said as the Sharing bar says it; nothing done yet
            raise SyncError(f"{exc}; nothing was approved.") from exc
    tip = _review_branches(repo).get(branch)
    if tip is None:
        raise SyncError(f"There is no draft waiting on '{branch}'.")
    # Get latest asked the server again: the version merged is the one checked (and seen),
    # never a newer one the author sent meanwhile, approved unseen.
    refuse_changed_since(site_root, on_branch)
    head = repo.rev("HEAD")
    base = repo.merge_base(head, tip) if head else None
    pages = [c.path for c in repo.changes(base, tip) if kind_of(c.path) == "page"]
    conflicts: list = []
    if head is None or not repo.is_ancestor(tip, head):
        tree = merge_trees(repo, base, head, tip, conflicts) if head else None
        title = _titles(repo, tip, pages)
        if tree is None:
            merged = tip
        else:
            message = f"Merge the draft of {title}\n"
            merged = repo.commit_tree(tree, [head, tip], message, author, email)
        # The draft's words where the shared copy changed them too since: a choice, as Get
        # latest records one (they were dropped without a word).
        sync_conflicts.add(repo, conflicts)
        conflicts += bring_in(repo, current, merged, author, email).conflicts
    changed, left, what, warnings, to_publish = [], [], [], [], []
    # The pages are approved by the site's schema as the merge left it, worked out once for
    # them all (it reads every page), or the caller's.
    site, schema = _site_and_schema(Path(site_root), site, schema) if pages else (site, schema)
    decided = {"anyway": anyway, "reason": reason, "own_ruled": True}
    for p in pages:
        try:
            was = Document.load(repo.root / p).front_matter
            # Whose draft it is was ruled above, not again (the approver's accept on it is
            # its last change); a `draft: true` the author added goes, as the shared copy
            # the draft was made from (`base`) has none (the merge holds it already).
            approval = review.approve_page(
                repo.root / p,
                site,
                schema,
                **decided,
                author=author,
                before=base,
                findings=asked.get(p),
                merged_draft=True,  # no status field: approved in its review record
            )
        except review.ApprovalRefused as exc:
            # Something open came with Get latest after the draft was checked: said, not lost.
            left.append(f"{_titles(repo, 'HEAD', [p])}: {exc.blockers[0].text}")
            continue
        except review.ReviewError as exc:  # merged, its approval not recorded: said
            left.append(f"{_titles(repo, 'HEAD', [p])}: {exc}")
            continue
        now = approval.document
        warnings += approval.warnings
        changed.append(p)
        if in_jekyll_drafts(site.collection_of(repo.root / p), getattr(site, "generator", None)):
            to_publish.append(p)
        what += [w for w in approval_changes(was, now.front_matter) if w not in what]
    # The approval is in the page's review record too: shared with it, not left "changed here".
    dirty = [f for f in shareable_changes(repo) if page_of(f) in changed]
    if dirty:
        titles = _titles(repo, "HEAD", [p for p in changed if p in dirty])
        said = f" ({'; '.join(what)})" if what else ""
        message = f"Approve {titles}{said}\n"
        commit_files(repo, current, repo.rev("HEAD"), dirty, message, author, email)
    # Not shared while a choice waits on a file it holds (one waiting before, or one its own
    # Get latest left when the server had moved on): it holds this copy's words alone there.
    # (The merge's own choices keep the shared copy's words, the draft's in history: shared.)
    known = {c.id for c in conflicts}
    result = push(site_root, author=author, commit=False, email=email, shared_as_is=known)
    conflicts += [c for c in result.choices if c.id not in known]
    remote = repo.remote()
    if result.shared and remote:
        repo.push(remote, f":refs/heads/{branch}")
    repo.run("update-ref", "-d", f"refs/heads/{branch}", check=False)
    waiting = list(result.waiting_choice or []) if result.held else []
    return ApproveResult(
        branch, pages, result.shared, result.offline, left, conflicts, warnings, to_publish, waiting
    )


def approval_changes(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """What an approval changed in a page's header, as a commit message says it
    ("status: final", "published: false removed"); it said "(status)" whatever changed."""

    def said(value: Any) -> str:  # as the header line reads: `draft: false`, not "no"
        return str(value).lower() if isinstance(value, bool) else str(value)

    words = []
    for name in [*before, *(n for n in after if n not in before)]:
        if name not in after:
            words.append(f"{name}: {said(before[name])} removed")
        elif name not in before or before[name] != after[name]:
            words.append(f"{name}: {said(after[name])}")
    return words


def _titles(repo: Repo, commit: str, pages: list[str]) -> str:
    names = []
    for p in pages:
        names.append(f"'{listed_name(Document.from_bytes(repo.read(commit, p) or b''), p)}'")
    return ", ".join(names) or "a draft"
