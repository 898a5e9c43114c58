"""Drafts on their own branch (optional per site), like a hosted CMS's editorial workflow.

"Send for review" commits one page (with its review notes and the new pictures it shows) on a
branch `review/<page name>` made from the shared copy, and sends that branch; the checkout is
never switched, so the author keeps working. The editor's queue lists the drafts of every such
branch, read with `git show`/`ls-tree` (`draft_queue`). "Approve" merges the branch, sets the
page's status to its final value and shares the result (`sync_draft_approve.approve_draft`).

A site opts in with `editor_app: {drafts: branches}` in `_config.yml`, or with
`git config editor-app.draftBranches true` in one copy.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.core import sync_conflicts
from editor_app.core.document import Document
from editor_app.core.review.own_change import (
    ALLOW,  # noqa: F401 - named here too
    ASK,  # noqa: F401 - named here too
    REFUSE,  # noqa: F401 - named here too
)
from editor_app.core.sync_base import (
    SyncError,
    check_ready,
    kind_of,
    listed_name,
    notes_of,
    open_repo,
    shareable_changes,
    site_prefix,
)
from editor_app.core.sync_draft_approve import (  # approving a draft; named here too
    ApproveResult,  # noqa: F401 - named here too
    approve_draft,  # noqa: F401 - named here too
)
from editor_app.core.sync_draft_own import (  # the own-draft rule; named here too
    ANSWER_IN_OWN_COPY,  # noqa: F401 - named here too
    REVIEWERS_TO_UNDO,  # noqa: F401 - named here too
    OwnDraftDecision,  # noqa: F401 - named here too
    OwnDraftRefused,  # noqa: F401 - named here too
    _site_settings,
    is_own_draft,  # noqa: F401 - named here too
    own_approval_setting,  # noqa: F401 - named here too
    own_draft_rule,  # noqa: F401 - named here too
    refuse_own_draft,  # noqa: F401 - named here too
)
from editor_app.core.sync_git import NotFoundError, OfflineError, Repo

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


def branch_for_path(page: str) -> str:
    """`_articles/fa/metrics.md` -> `review/articles-fa-metrics`: the page's whole place, for
    a page whose name another page waiting for review has too (`review_branch`)."""
    place = page.rsplit(".", 1)[0]
    slug = re.sub(r"[^a-z0-9]+", "-", place.lower()).strip("-") or "page"
    return BRANCH_PREFIX + slug


def review_branch(repo: Repo, page: str) -> str:
    """The branch `page` (from the repository's top) is sent for review on: the one of its
    name (`branch_for`), unless that one waits with another page of the same name (a guide's
    `metrics.md` in Persian and in German; Hugo's `index.md` pages), then the one of its
    whole place (`branch_for_path`), so each is approved or sent back alone. A branch that
    already holds the page keeps it (sending again updates it)."""
    short, whole = branch_for(page), branch_for_path(page)
    waiting = _open_branches(repo)
    for name in dict.fromkeys((short, whole)):  # one name for a page at the top
        if name in waiting and _holds(repo, waiting[name], page):
            return name
    return whole if short in waiting else short


def _holds(repo: Repo, commit: str, page: str) -> bool:
    """Whether the review branch at `commit` changes `page` against the shared copy."""
    tip = _shared_tip(repo)
    base = repo.merge_base(tip, commit) if tip else None
    return any(ch.path == page for ch in repo.changes(base, commit))


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
    site_path: str = ""  # relative to the site's folder (`path` less the site's place in git)

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


def _folder_collection(path: str) -> str | None:
    """"drafts" for a page in a `_drafts` folder (`path` from the site's folder), as the
    site's folders find Jekyll's drafts (`_drafts`, `blog/_drafts`); read from the path, as
    the page may be on its review branch only. Whether that keeps it off the site is
    `review.in_jekyll_drafts`'s rule."""
    return "drafts" if "_drafts" in path.split("/")[:-1] else None


def draft_queue(site_root: str | os.PathLike[str]) -> list[Draft]:
    """The drafts waiting on review branches (this copy's and the server's), newest first.

    Reads what is known here; call `sync.status(site, fetch=True)` or Get latest first to see
    branches others sent since.
    """
    from editor_app.core.review.status import (
        JEKYLL_DRAFT,
        UNPUBLISHED,
        in_jekyll_drafts,
        is_unpublished,
    )
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
            # As the review queue reads it: off the site whatever its status field, and a
            # Jekyll `_drafts` page without one a draft (it said "no status").
            status = UNPUBLISHED if is_unpublished(fm, generator) else str(fm.get("status", ""))
            site_path = ch.path[len(prefix) :]
            collection = _folder_collection(site_path)
            if not status and in_jekyll_drafts(collection, generator):
                status = JEKYLL_DRAFT
            drafts.append(
                Draft(
                    branch=name,
                    commit=sha,
                    path=ch.path,
                    title=listed_name(doc, ch.path),
                    status=status,
                    author=", ".join(map(str, author)) if isinstance(author, list) else str(author),
                    sent_by=who,
                    sent_at=datetime.fromisoformat(when),
                    front_matter=fm,
                    mine=repo.rev(f"refs/heads/{name}") is not None,
                    sent_by_email=email,
                    site_path=site_path,
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
    site_root: str | os.PathLike[str],
    page: str | os.PathLike[str],
    author: str | None = None,
    email: str | None = None,
) -> SendResult:
    """Put the saved page (its notes, its new pictures) on its review branch and send it,
    signed as Share signs (`author`, `email`: else git's, `Repo.identity`)."""
    repo = open_repo(site_root)
    check_ready(repo)
    path = Path(page).resolve().relative_to(repo.root.resolve()).as_posix()
    if kind_of(path) != "page":
        raise SyncError("Only a page can be sent for review.")
    remote = repo.remote()
    if remote is not None:
        try:
            repo.fetch(remote)  # the editor may have noted or sent back the draft since
        except OfflineError:
            pass  # sent when the server is reachable, as below
    branch = review_branch(repo, path)  # known once the branches others sent are
    if remote is not None:
        from editor_app.core.sync_draft_bring_back import bring_back

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
        commit = repo.commit_tree(tree, [tip] if tip else [], message, author, email)
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
