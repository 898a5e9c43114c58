"""Sharing a site through git without knowing git: status in words, Get latest, Share my changes.

- `status(site)` says where the copy stands ("3 pages changed here, not shared yet", "2 new
  changes from others: Get latest", "Offline: ...") and lists the pages behind it.
- `pull(site)` (Get latest) fetches and brings others' changes in without losing local work:
  local commits are replayed on top of theirs, uncommitted pages are merged in place, and a
  page changed on both sides is merged field by field and paragraph by paragraph
  (`sync_merge`); where both changed the same thing the file keeps "mine" and a choice is
  recorded (`sync_conflicts`), "theirs" staying in history. Never a conflict marker.
- `push(site)` (Share my changes) commits the saved pages that changed (pages, their images and
  review notes, nothing else) in one commit with a message for people, then sends it; when the
  server has moved on, it gets latest first.

The parts: `sync_base` (the git copy, which files are shared), `sync_pull`, `sync_push`,
`sync_merge`, `sync_conflicts`, `sync_drafts`, `sync_git` (running git). Callers import the
public names from here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from editor_app.core import gitutil, sync_conflicts, sync_drafts
from editor_app.core.gitutil import GitError
from editor_app.core.sync_base import (
    NOT_SHARED_LINE,
    NOT_SHARED_TEXT,
    NOTES_FOLDER,
    NOTES_SUFFIX,
    OFFLINE_TEXT,
    SyncError,
    in_site,
    kind_of,
    last_get_latest,
    left_out_words,
    open_repo,
    page_of,
    pages_of,
    shareable_changes,
    site_prefix,
    working_files,
)
from editor_app.core.sync_git import AccessError, NotFoundError, OfflineError, Repo
from editor_app.core.sync_identity import email_problem
from editor_app.core.sync_merge import Conflict
from editor_app.core.sync_message import files_moved
from editor_app.core.sync_pull import PullResult, bring_in, merge_file, merge_trees, pull
from editor_app.core.sync_push import PushResult, commit_files, commit_message, push
from editor_app.core.sync_review_walk import review_branches

__all__ = [
    "NOTES_FOLDER",
    "NOT_SHARED_LINE",
    "NOT_SHARED_TEXT",
    "NOTES_SUFFIX",
    "OFFLINE_TEXT",
    "AccessError",
    "Conflict",
    "GitError",
    "NotFoundError",
    "OfflineError",
    "PullResult",
    "PushResult",
    "Repo",
    "SyncError",
    "ServerLook",
    "SyncStatus",
    "bring_in",
    "commit_files",
    "commit_message",
    "email_problem",
    "fetch_latest",
    "kind_of",
    "merge_file",
    "merge_trees",
    "open_repo",
    "page_of",
    "pages_of",
    "pull",
    "push",
    "shareable_changes",
    "status",
]


@dataclass
class SyncStatus:
    """Where this copy stands against the shared one, in words and in lists of pages."""

    is_git: bool = False
    root: Path | None = None
    branch: str | None = None
    has_remote: bool = False
    offline: bool = False
    problem: str | None = None  # e.g. the server refused access
    changed_here: list[str] = field(default_factory=list)  # files, relative to `root`
    # {old: new} of the pages and pictures of `changed_here` moved (renamed in a file
    # manager, a page bundle's folder renamed): each one changed, not two.
    moved_here: dict[str, str] = field(default_factory=dict)
    left_out: list[str] = field(default_factory=list)  # pages the site's .gitignore leaves out
    unshared_commits: int = 0
    incoming: int = 0  # changes (commits) from others not brought in yet
    changed_by_others: list[str] = field(default_factory=list)  # pages, not brought in yet
    brought_in: list[str] = field(default_factory=list)  # pages the last Get latest brought in
    in_review: list[str] = field(default_factory=list)  # pages sent for review on a branch
    # Of those, the pages the editor sent back (their note came with Get latest).
    sent_back: list[str] = field(default_factory=list)
    drafts_returned: int = 0  # this copy's drafts with new notes on their branch: Get latest
    # Pages in review whose record here cannot be read: the editor's is kept aside meanwhile.
    record_unreadable: list[str] = field(default_factory=list)
    # Of those sent for review, the pages saved again since: Send for review sends them again.
    changed_since_sent: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    drafts_on_branches: bool = False  # the site sends drafts for review on their own branch
    drafts_to_review: int = 0  # drafts others sent for review on a branch, not approved yet
    # The lists worked out from `changed_here` and the sets `mark` looks pages up in, kept
    # with the lists they came from: `status` works them out in its worker, and the window
    # asks `mark` once per page (worked out each time, 1,000 new pages took 10-15 s there).
    _sorted_here: tuple[list[str], list[str], list[str]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _mark_sets: tuple[tuple[list[str], ...], set[str], set[str]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def _here(self) -> tuple[list[str], list[str]]:
        """(pages, pictures) changed here, worked out once for the list now in `changed_here`."""
        memo = self._sorted_here
        if memo is None or memo[0] is not self.changed_here:
            pages = [p for p in pages_of(self.changed_here) if p not in self.moved_here]
            images = sorted(
                p for p in self.changed_here if kind_of(p) == "image" and p not in self.moved_here
            )
            memo = self._sorted_here = (self.changed_here, pages, images)
        return memo[1], memo[2]

    def moved_from(self, path: str) -> str | None:
        """The page's old name when it was moved here (renamed in a file manager), else None."""
        return next((old for old, new in self.moved_here.items() if new == path), None)

    @property
    def pages_changed_here(self) -> list[str]:
        return list(self._here()[0])

    @property
    def other_files_changed_here(self) -> list[str]:
        return list(self._here()[1])

    @property
    def message(self) -> str:
        """The status line: always something, in plain words."""
        if not self.is_git:
            return NOT_SHARED_LINE
        # The most pressing first: a narrow window shortens the end of the line.
        parts: list[str] = []
        if not self.has_remote:
            parts.append("No shared copy set up: changes stay on this computer")
        elif self.offline:
            parts.append(OFFLINE_TEXT)
        elif self.problem:
            parts.append(self.problem)
        if self.incoming:
            n = self.incoming
            parts.append(f"{n} new {'change' if n == 1 else 'changes'} from others: Get latest")
        pages, images = self._here()
        here = _count_words(len(pages), len(images))
        if here:
            parts.append(f"{here} changed here, not shared yet")
        elif self.unshared_commits:
            parts.append("Changes saved here, not shared yet")
        if self.left_out:
            parts.append(left_out_words(self.left_out))
        if self.conflicts:
            n = len(self.conflicts)
            kinds = ", ".join(dict.fromkeys(_choice_kind(c) for c in self.conflicts))
            parts.append(f"{n} {'choice' if n == 1 else 'choices'} to make: {kinds}")
        if self.record_unreadable:
            name = self.record_unreadable[0].rsplit("/", 1)[-1]
            more = (
                f" (and {len(self.record_unreadable) - 1} more)"
                if self.record_unreadable[1:]
                else ""
            )
            parts.append(
                f"The review record of {name}{more} cannot be read: the editor's notes are kept "
                "aside; repair it, then Get latest"
            )
        if self.drafts_returned:
            n = self.drafts_returned
            parts.append(
                f"{'Your draft' if n == 1 else f'{n} of your drafts'} came back from review: "
                "Get latest"
            )
        if self.sent_back:
            n = len(self.sent_back)
            # Short, so a narrow window still shows it whole; the tooltip says the rest.
            parts.append(f"{n} {'page' if n == 1 else 'pages'} sent back to you: see the notes")
        if self.changed_since_sent:
            n = len(self.changed_since_sent)
            parts.append(
                f"{n} {'page' if n == 1 else 'pages'} changed since sent for review: "
                "Send for review again"
            )
        waiting = len(set(self.in_review) - {*self.sent_back, *self.changed_since_sent})
        if waiting:
            parts.append(f"{waiting} {'page' if waiting == 1 else 'pages'} sent for review")
        if self.drafts_to_review:
            n = self.drafts_to_review
            parts.append(f"{n} {'draft' if n == 1 else 'drafts'} from others to review: Drafts")
        if not parts:
            return "Up to date: everything is shared"
        return " · ".join(parts)

    def mark(self, path: str) -> str | None:
        """How the page list marks a page (relative path): "here", "others", "both" or None."""
        lists = (self.changed_here, self.changed_by_others, self.brought_in)
        sets = self._mark_sets
        if sets is None or any(a is not b for a, b in zip(sets[0], lists, strict=True)):
            others_set = {*self.changed_by_others, *self.brought_in}
            sets = self._mark_sets = (lists, set(self._here()[0]), others_set)
        here = path in sets[1]
        others = path in sets[2]
        if here and others:
            return "both"
        return "here" if here else "others" if others else None

    @property
    def state(self) -> str:
        """The most pressing fact in one word, for scripts (`sync status --json`), in the
        order the status line says them: "not_shared" (not in git), "no_shared_copy",
        "offline", "problem", "choices", "new_from_others", "changed_here", "review" (only
        drafts and review news) or "up_to_date"."""
        pages, images = self._here()
        for state, holds in (
            ("not_shared", not self.is_git),
            ("no_shared_copy", not self.has_remote),
            ("offline", self.offline),
            ("problem", bool(self.problem)),
            ("choices", bool(self.conflicts)),
            ("new_from_others", bool(self.incoming)),
            ("changed_here", bool(pages or images or self.unshared_commits)),
        ):
            if holds:
                return state
        return "up_to_date" if self.message.startswith("Up to date") else "review"

    def to_json(self) -> dict[str, object]:
        return {
            "state": self.state,
            "message": self.message,
            "git": self.is_git,
            "branch": self.branch,
            "shared_copy": self.has_remote,
            "offline": self.offline,
            "problem": self.problem,
            "changed_here": self.pages_changed_here,
            "moved_here": self.moved_here,
            "other_files_changed_here": self.other_files_changed_here,
            "never_shared": self.left_out,
            "unshared_commits": self.unshared_commits,
            "new_from_others": self.incoming,
            "changed_by_others": self.changed_by_others,
            "brought_in_by_last_get_latest": self.brought_in,
            "sent_for_review": self.in_review,
            "sent_back": self.sent_back,
            "drafts_returned": self.drafts_returned,
            "review_record_unreadable": self.record_unreadable,
            "changed_since_sent": self.changed_since_sent,
            "drafts_to_review": self.drafts_to_review,
            "choices": [c.to_json() for c in self.conflicts],
        }


def _choice_kind(c: Conflict) -> str:
    """What a waiting choice is about, in the status line's words."""
    if c.kind == "file" and c.removed_by == "others":
        return "removed by others"
    if c.kind == "file" and c.removed_by == "here":
        return "removed here"
    if c.extra.get("both_added"):
        return "added here and by others"
    return "changed here and by others"


def _count_words(pages: int, images: int) -> str:
    words = []
    if pages:
        words.append(f"{pages} {'page' if pages == 1 else 'pages'}")
    if images:
        words.append(f"{images} {'picture' if images == 1 else 'pictures'}")
    return " and ".join(words)


def _ask_server(repo: Repo, remote: str, st: SyncStatus) -> None:
    """Fetch what others shared; an unreachable or refusing server is said in `st`."""
    try:
        repo.fetch(remote)
    except NotFoundError as exc:  # a mistyped or moved address: said, not "Offline"
        st.problem = str(exc)
    except OfflineError:
        st.offline = True
    except AccessError as exc:
        st.problem = str(exc)


@dataclass(frozen=True)
class ServerLook:
    """What asking the server gave: `reason` is "" when it answered (or there is none to
    ask), else why not in one plain line: out of reach (`offline`), the shared copy not at
    its address, or access refused. True when it answered."""

    offline: bool = False
    reason: str = ""

    def __bool__(self) -> bool:
        return not self.reason


UNREACHED_TEXT = "The server could not be reached."


def fetch_latest(site_root: str | os.PathLike[str]) -> ServerLook:
    """Ask the server what others shared (a fetch, nothing brought in), as `status(site,
    fetch=True)` does without the rest of the status: `ServerLook`, false with the reason
    when the server could not be asked (offline, not found, access refused)."""
    root = gitutil.repo_root(site_root)
    if root is None:
        return ServerLook()
    repo = Repo(root)
    remote = repo.remote()
    if remote is None:
        return ServerLook()
    st = SyncStatus()
    _ask_server(repo, remote, st)
    if st.offline:
        return ServerLook(offline=True, reason=UNREACHED_TEXT)
    return ServerLook(reason=st.problem or "")


def status(site_root: str | os.PathLike[str], fetch: bool = False) -> SyncStatus:
    """Where the site's copy stands. `fetch`: ask the server first (else what is known)."""
    root = gitutil.repo_root(site_root)
    if root is None:
        return SyncStatus()
    repo = Repo(root)
    prefix = site_prefix(repo, site_root)
    st = SyncStatus(is_git=True, root=repo.root, branch=repo.branch())
    remote = repo.remote()
    st.has_remote = remote is not None
    if fetch and remote:
        _ask_server(repo, remote, st)
    st.drafts_on_branches = sync_drafts.drafts_use_branches(site_root)
    branches = review_branches(repo)  # the review branches walked once for all below
    in_review = branches.in_review
    # Told to the editor, who approves them (Drafts…), even when the editor's own copy was
    # not set to send drafts on branches (a setting of each copy).
    st.drafts_to_review = branches.from_others
    st.in_review = sorted(p for p in in_review if in_site(p, prefix))
    from editor_app.core import review  # here: review's queue reads the drafts through sync
    from editor_app.core.sync_draft_bring_back import kept_aside_path

    st.drafts_returned = branches.returned  # seen by the fetch; Get latest brings them
    st.record_unreadable = [
        p
        for p in st.in_review
        if (repo.root / kept_aside_path(p)).is_file()
        and review.NoteStore(repo.root / p).error is not None
    ]
    # The editor's send back, brought in by Get latest (sync_draft_bring_back.bring_back).
    st.sent_back = [
        p for p in st.in_review if review.page_state(repo.root / p).state == review.SENT_BACK
    ]
    st.changed_since_sent = [
        p for p in branches.changed_since_sent if p in st.in_review and p not in st.sent_back
    ]
    changed, st.left_out = working_files(repo, prefix)  # one walk of the tree for both
    st.changed_here = [p for p in changed if page_of(p) not in in_review]
    head = repo.rev("HEAD")
    upstream = repo.rev(repo.upstream_ref() or "") if remote else None
    base = head
    if head and upstream:
        base = repo.merge_base(head, upstream)
        st.unshared_commits = repo.count(f"{upstream}..{head}")
        st.incoming = repo.count(f"{head}..{upstream}")
        if st.unshared_commits:
            mine = [c.path for c in repo.changes(base, head) if in_site(c.path, prefix)]
            st.changed_here = sorted(set(st.changed_here) | {p for p in mine if kind_of(p)})
        if st.incoming:
            theirs = [c.path for c in repo.changes(base, upstream) if in_site(c.path, prefix)]
            st.changed_by_others = pages_of(theirs)
    elif head and remote:
        st.unshared_commits = repo.count(head)  # never shared: the server has no such branch
    if any(kind_of(p) and not (repo.root / p).exists() for p in st.changed_here):
        # A page or picture renamed in a file manager is one changed, as Share says it.
        st.moved_here = files_moved(repo, [p for p in st.changed_here if kind_of(p)], base)
    st.brought_in = [p for p in last_get_latest(repo) if in_site(p, prefix)]
    st.conflicts = [c for c in sync_conflicts.load(repo) if in_site(c.path, prefix)]
    st.mark("")  # the page lists and marks worked out here, off the window's thread
    return st
