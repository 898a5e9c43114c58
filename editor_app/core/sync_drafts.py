"""Drafts on their own branch (optional per site), like a hosted CMS's editorial workflow.

"Send for review" commits one page (with its review notes and the new pictures it shows) on a
branch `review/<page name>` made from the shared copy, and sends that branch; the checkout is
never switched, so the author keeps working. The editor's queue lists the drafts of every such
branch, read with `git show`/`ls-tree` (`draft_queue`). "Approve" merges the branch, sets the
page's status to its final value and shares the result (`approve_draft`).

A site opts in with `editor_app: {drafts: branches}` in `_config.yml`, or with
`git config editor-app.draftBranches true` in one copy.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.core import sync_conflicts
from editor_app.core.document import Document
from editor_app.core.review.own_change import (
    ALLOW,  # noqa: F401 - named here too
    ASK,
    REFUSE,
)
from editor_app.core.sync_base import (
    SyncError,
    check_ready,
    kind_of,
    listed_name,
    notes_of,
    open_repo,
    page_of,
    shareable_changes,
    site_prefix,
)
from editor_app.core.sync_draft_own import (  # the own-draft rule; named here too
    ANSWER_IN_OWN_COPY,  # noqa: F401 - named here too
    REVIEWERS_TO_UNDO,  # noqa: F401 - named here too
    OwnDraftDecision,  # noqa: F401 - named here too
    OwnDraftRefused,
    _site_settings,
    is_own_draft,  # noqa: F401 - named here too
    own_approval_setting,  # noqa: F401 - named here too
    own_draft_rule,
    refuse_own_draft,  # noqa: F401 - named here too
)
from editor_app.core.sync_git import NotFoundError, OfflineError, Repo
from editor_app.core.sync_pull import bring_in, merge_trees, pull
from editor_app.core.sync_push import commit_files, push

if TYPE_CHECKING:
    from editor_app.core.sync_review_walk import ReviewBranches

BRANCH_PREFIX = "review/"


def drafts_use_branches(site_root: str | os.PathLike[str]) -> bool:
    """True when the site sends drafts for review on their own branch."""
    if str(_site_settings(site_root).get("drafts", "")).lower() == "branches":
        return True
    try:
        repo = open_repo(site_root)
    except SyncError:
        return False
    return (repo.config("editor-app.draftBranches") or "").lower() in ("true", "yes", "1", "on")


def branch_for(page: str) -> str:
    """`_posts/2025-01-01-My Post.md` -> `review/2025-01-01-my-post`."""
    stem = page.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "page"
    return BRANCH_PREFIX + slug


# Where review branches are: this copy's own, and every remote's (named `review/...` there).
REVIEW_REFS = ("refs/heads/" + BRANCH_PREFIX, "refs/remotes/")


def _review_refs(repo: Repo) -> tuple[dict[str, str], dict[str, str]]:
    """Every review branch known here, local or from the server: name -> newest commit; and
    this copy's own branches: name -> its commit (one `for-each-ref` for both)."""
    out = repo.out("for-each-ref", "--format=%(refname)%00%(objectname)", *REVIEW_REFS)
    newest: dict[str, str] = {}
    mine: dict[str, str] = {}
    for line in out.splitlines():
        ref, _, sha = line.partition("\0")
        if ref.startswith("refs/heads/"):
            name = ref.removeprefix("refs/heads/")
            mine[name] = sha
        else:
            parts = ref.split("/", 3)
            if len(parts) < 4 or not parts[3].startswith(BRANCH_PREFIX):
                continue
            name = parts[3]
        known = newest.get(name)
        # The same commit here and on the server (a draft sent) needs no git call.
        if known is None or (known != sha and repo.is_ancestor(known, sha)):
            newest[name] = sha
    return newest, mine


def _review_branches(repo: Repo) -> dict[str, str]:
    """Every review branch known here, local or from the server: name -> newest commit."""
    return _review_refs(repo)[0]


def _shared_tip(repo: Repo) -> str | None:
    upstream = repo.upstream_ref()
    return (repo.rev(upstream) if upstream else None) or repo.rev("HEAD")


def _open_branches(repo: Repo) -> dict[str, str]:
    """Review branches whose draft is not in the shared copy yet (nor merged here, as Approve
    does before it shares): one git call per tip for all, as the status line's walk asks."""
    from editor_app.core.sync_review_walk import _reachable_from

    newest = _review_branches(repo)
    if not newest:
        return {}
    tips = {t for t in (_shared_tip(repo), repo.rev("HEAD")) if t}
    held = set().union(*(_reachable_from(repo, t) for t in tips))
    return {name: sha for name, sha in newest.items() if sha not in held}


def _walked(repo: Repo) -> ReviewBranches:
    """The review branches as the status line reads them, in one walk: the rules live in
    `sync_review_walk.review_branches`."""
    from editor_app.core.sync_review_walk import review_branches

    return review_branches(repo)


def pages_in_review(repo: Repo) -> set[str]:
    """Pages this copy sent for review and nobody approved yet (Share leaves them out)."""
    return _walked(repo).in_review


def ask_server(site_root: str | os.PathLike[str]) -> str:
    """Fetch the drafts others sent (the server asked, nothing brought in): "" when asked, or
    when there is no server; else why not, in one line (not found at its address, offline,
    access refused), for `sync drafts` to say before the drafts known here."""
    from editor_app.core.sync_base import OFFLINE_TEXT
    from editor_app.core.sync_git import AccessError

    try:
        ask_server_first(open_repo(site_root), offline=OFFLINE_TEXT)
    except (SyncError, AccessError) as exc:
        return str(exc)
    return ""


def ask_server_first(repo: Repo, nothing_done: str = "", offline: str | None = None) -> None:
    """Fetch what the server holds before a step on drafts (nothing brought in; no server:
    nothing to ask). The one place the drafts' steps ask it and say why they could not: a
    shared copy not at its address raises SyncError in the Sharing bar's words ("The shared
    copy at … was not found: check its address …"), then `nothing_done` ("nothing was sent");
    a server out of reach raises SyncError(`offline`), or, without `offline`, is let be (what
    is known here is used). Access refused raises AccessError."""
    remote = repo.remote()
    if remote is None:
        return
    try:
        repo.fetch(remote)
    except NotFoundError as exc:  # a mistyped or moved address, said as the Sharing bar does
        raise SyncError(f"{exc}; {nothing_done}" if nothing_done else str(exc)) from exc
    except OfflineError as exc:
        if offline is not None:
            raise SyncError(offline) from exc


@dataclass
class Draft:
    """One page waiting for review on a branch, read without switching to it."""

    branch: str
    commit: str  # the branch's newest commit: `git show COMMIT:PATH` gives the page
    path: str  # relative to the repository
    title: str
    status: str
    author: str  # the page's author field, else who sent it
    sent_by: str
    sent_at: datetime
    front_matter: dict[str, Any]
    mine: bool = False  # sent from this copy (its own branch), not by another person
    sent_by_email: str = ""  # the e-mail `sent_by` sent it with ("" when none)

    def to_json(self) -> dict[str, Any]:
        return {
            "branch": self.branch,
            "commit": self.commit,
            "path": self.path,
            "title": self.title,
            "status": self.status,
            "author": self.author,
            "sent_by": self.sent_by,
            "sent_at": self.sent_at.isoformat(),
        }


def draft_queue(site_root: str | os.PathLike[str]) -> list[Draft]:
    """The drafts waiting on review branches (this copy's and the server's), newest first.

    Reads what is known here; call `sync.status(site, fetch=True)` or Get latest first to see
    branches others sent since.
    """
    from editor_app.core.review.status import UNPUBLISHED, is_unpublished
    from editor_app.core.site_settings import detect_generator

    repo = open_repo(site_root)
    prefix = site_prefix(repo, site_root)
    tip = _shared_tip(repo)
    generator = detect_generator(Path(site_root), Path(site_root, "_config.yml").is_file())
    drafts: list[Draft] = []
    for name, sha in sorted(_open_branches(repo).items()):
        base = repo.merge_base(tip, sha) if tip else None
        for ch in repo.changes(base, sha):
            if kind_of(ch.path) != "page" or not ch.path.startswith(prefix) or not ch.new_blob:
                continue
            # Who sent this version of the page: an editor's note, or a suggested edit they
            # accepted on the branch since (marked in its message), is not.
            who, email, when = _sent(repo, sha, ch.path)
            doc = Document.from_bytes(repo.blob(ch.new_blob) or b"")
            fm = doc.front_matter if doc.error is None else {}
            author = fm.get("author") or who
            drafts.append(
                Draft(
                    branch=name,
                    commit=sha,
                    path=ch.path,
                    title=listed_name(doc, ch.path),
                    # As the review queue reads it: off the site whatever its status field.
                    status=UNPUBLISHED
                    if is_unpublished(fm, generator)
                    else str(fm.get("status", "")),
                    author=", ".join(map(str, author)) if isinstance(author, list) else str(author),
                    sent_by=who,
                    sent_at=datetime.fromisoformat(when),
                    front_matter=fm,
                    mine=repo.rev(f"refs/heads/{name}") is not None,
                    sent_by_email=email,
                )
            )
    drafts.sort(key=lambda d: d.sent_at, reverse=True)
    return drafts


REVIEW_TRAILER = "Editor-app-review:"  # ends the message of a change the editor made on a draft


def _sent(repo: Repo, commit: str, path: str) -> tuple[str, str, str]:
    """Who last changed the page on the branch (name, e-mail), and when (ISO), the editor's
    own changes aside."""
    log = ("log", "-1", "--format=%an%x00%ae%x00%cI", commit)
    out = repo.out(*log, "--invert-grep", f"--grep=^{REVIEW_TRAILER}", "--", path)
    who, email, when = ((out or repo.out(*log, "--", path)).strip().split("\0") + ["", ""])[:3]
    return who, email, when


def draft_diff(site_root: str | os.PathLike[str], draft: Draft) -> Any:
    """What the draft changes against the shared copy it was made from (a `DocumentDiff`)."""
    from editor_app.core import review

    repo = open_repo(site_root)
    tip = _shared_tip(repo)
    base = repo.merge_base(tip, draft.commit) if tip else None
    return review.diff_versions(
        repo.read(base, draft.path), repo.read(draft.commit, draft.path), "Shared copy", "Draft"
    )


@dataclass
class SendResult:
    branch: str
    commit: str | None  # None: the branch already held this version
    shared: bool
    offline: bool = False
    not_found: str = ""  # the shared copy is not at its address: why, in one line

    @property
    def message(self) -> str:
        if self.not_found:
            return f"Kept for review here. {self.not_found}"
        if self.offline:
            return "Sent for review here; it will reach the server when it is reachable"
        return "Sent for review" if self.shared else "Kept for review on this computer"


def send_for_review(
    site_root: str | os.PathLike[str], page: str | os.PathLike[str], author: str | None = None
) -> SendResult:
    """Put the saved page (its notes, its new pictures) on its review branch and send it."""
    repo = open_repo(site_root)
    check_ready(repo)
    path = Path(page).resolve().relative_to(repo.root.resolve()).as_posix()
    if kind_of(path) != "page":
        raise SyncError("Only a page can be sent for review.")
    branch = branch_for(path)
    remote = repo.remote()
    if remote is not None:
        from editor_app.core.sync_draft_review import bring_back

        try:
            repo.fetch(remote)  # the editor may have noted or sent back the draft since
        except OfflineError:
            pass  # sent when the server is reachable, as below
        back = bring_back(repo, branch)  # their notes join these, never written over
        if back.kept_aside:  # sending now would put this record over the editor's
            raise SyncError(back.kept_aside[0] + ", then send it again.")
        sync_conflicts.add(repo, back.conflicts)
    text = (repo.root / path).read_text(encoding="utf-8", errors="replace")
    notes_file = notes_of(path)
    files = [path]
    if (repo.root / notes_file).is_file():
        files.append(notes_file)
    files += [
        p
        for p in shareable_changes(repo, site_prefix(repo, site_root))
        if kind_of(p) == "image" and p.rsplit("/", 1)[-1] in text
    ]
    tip = _open_branches(repo).get(branch) or _shared_tip(repo)
    blobs: dict[str, tuple[str, str] | None] = {
        f: ("100644", blob) for f, blob in repo.working_blobs(files, write=True).items()
    }
    tree = repo.tree_with(tip, blobs)
    commit = None
    if tip is None or tree != repo.out("rev-parse", f"{tip}^{{tree}}"):
        title = listed_name(Document.from_bytes((repo.root / path).read_bytes()), path)
        message = f"Send '{title}' for review\n"
        commit = repo.commit_tree(tree, [tip] if tip else [], message, author)
        repo.run("update-ref", f"refs/heads/{branch}", commit)
    elif repo.rev(f"refs/heads/{branch}") is None:
        # The page as the shared copy has it: no branch was made, and git's own refusal to
        # send one that is not there ("failed to push some refs") reached the author.
        raise SyncError("Nothing to send for review: this page has no change yet.")
    if remote is None:
        return SendResult(branch, commit, shared=False)
    try:
        shared = repo.push(remote, f"refs/heads/{branch}:refs/heads/{branch}")
    except NotFoundError as exc:  # said as Share my changes says it, not as "Offline"
        return SendResult(branch, commit, shared=False, not_found=str(exc))
    except OfflineError:
        return SendResult(branch, commit, shared=False, offline=True)
    return SendResult(branch, commit, shared=shared)


@dataclass
class ApproveResult:
    branch: str
    pages: list[str]
    shared: bool
    offline: bool = False
    left_draft: list[str] = field(default_factory=list)  # merged, but not set final: why
    conflicts: list[Any] = field(default_factory=list)  # choices the merge left (Choices…)

    @property
    def message(self) -> str:
        if self.offline:
            text = "Approved here; it will be shared when the server is reachable"
        else:
            text = "Approved and shared" if self.shared else "Approved here"
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
) -> ApproveResult:
    """Get latest, merge the review branch, set its pages' status to final, share the result.

    Behind the review window's approval gate: while a draft has validation errors, open notes
    or open suggestions, `review.ApprovalRefused` (nothing done) unless `anyway` with a
    `reason`, which its review record keeps. The approver's own draft: `OwnDraftRefused`
    (nothing done) when the site leaves it to another person, or, unless `own` (they said
    yes), when the site asks first (`own_draft_rule`). `seen`: the draft's commit the approver
    looked at; the page sent again since is refused (SyncError, nothing done). `schema`: the
    one the draft is checked by, when the caller has it already."""
    from editor_app.core import review
    from editor_app.core.review.decisions import _site_and_schema
    from editor_app.core.sync_draft_review import draft_blockers
    from editor_app.core.sync_draft_seen import refuse_changed_since, refuse_sent_again

    repo = open_repo(site_root)
    current = check_ready(repo)
    if seen is not None:  # the server asked first: its drafts, read once
        on_branch = refuse_sent_again(site_root, branch, seen)
    else:
        on_branch = [d for d in draft_queue(site_root) if d.branch == branch]
    for d in on_branch:
        rule = own_draft_rule(site_root, d, author)
        if rule == REFUSE or (rule == ASK and not own):
            raise OwnDraftRefused(rule, d)
    # The site and its schema (which reads every page) opened once for all the branch's drafts.
    checked = _site_and_schema(Path(site_root), site, schema) if on_branch else (site, schema)
    blockers = [b for d in on_branch for b in draft_blockers(site_root, d, *checked)]
    if blockers and not anyway:
        raise review.ApprovalRefused(blockers)
    if blockers and not reason.strip():
        raise review.ReviewError(
            "Say why the draft is approved anyway: the reason is kept in its review record."
        )
    if repo.remote():
        try:
            pull(site_root, author)
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
            merged = repo.commit_tree(tree, [head, tip], f"Merge the draft of {title}\n", author)
        # The draft's words where the shared copy changed them too since: a choice, as Get
        # latest records one (they were dropped without a word).
        sync_conflicts.add(repo, conflicts)
        conflicts += bring_in(repo, current, merged, author).conflicts
    changed, left, what = [], [], []
    decided = {"anyway": anyway, "reason": reason, "own_ruled": True}
    for p in pages:
        try:
            was = Document.load(repo.root / p).front_matter
            # Whose draft it is was ruled above, not again (the approver's accept on it is
            # its last change); a `draft: true` the author added goes, as the shared copy
            # the draft was made from (`base`) has none (the merge holds it already).
            now = review.approve(repo.root / p, site, **decided, author=author, before=base)
        except review.ApprovalRefused as exc:
            # Something open came with Get latest after the draft was checked: said, not lost.
            left.append(f"{_titles(repo, 'HEAD', [p])}: {exc.blockers[0].text}")
            continue
        except review.ReviewError:
            continue  # a page without a status: merging it was the approval
        changed.append(p)
        what += [w for w in approval_changes(was, now.front_matter) if w not in what]
    # The approval is in the page's review record too: shared with it, not left "changed here".
    dirty = [f for f in shareable_changes(repo) if page_of(f) in changed]
    if dirty:
        titles = _titles(repo, "HEAD", [p for p in changed if p in dirty])
        said = f" ({'; '.join(what)})" if what else ""
        commit_files(repo, current, repo.rev("HEAD"), dirty, f"Approve {titles}{said}\n", author)
    result = push(site_root, author=author, commit=False)
    remote = repo.remote()
    if result.shared and remote:
        repo.push(remote, f":refs/heads/{branch}")
    repo.run("update-ref", "-d", f"refs/heads/{branch}", check=False)
    return ApproveResult(branch, pages, result.shared, result.offline, left, conflicts)


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
