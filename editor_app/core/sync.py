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

Commits are built with git's plumbing (a private index, `commit-tree`, `update-ref`): the
checkout is never switched, the person's staged files are left alone, and no hook runs.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from editor_app.core import gitutil, sync_conflicts
from editor_app.core.document import Document
from editor_app.core.gitutil import GitError
from editor_app.core.site import IMAGE_SUFFIXES, MARKDOWN_SUFFIXES
from editor_app.core.store import atomic_write, is_temp_file
from editor_app.core.sync_git import AccessError, OfflineError, Repo
from editor_app.core.sync_merge import Conflict, merge_pages, merge_sequences

__all__ = [
    "AccessError",
    "Conflict",
    "GitError",
    "OfflineError",
    "PullResult",
    "PushResult",
    "SyncError",
    "SyncStatus",
    "commit_message",
    "open_repo",
    "pull",
    "push",
    "shareable_changes",
    "status",
]

NOTES_FOLDER = ".review"
NOTES_SUFFIX = ".notes.yml"
OFFLINE_TEXT = "Offline: changes will be shared when the server is reachable"


class SyncError(GitError):
    """Sharing cannot run here (not a git copy, no server, an operation half done)."""


def open_repo(site_root: str | os.PathLike[str]) -> Repo:
    """The git working copy holding the site; SyncError when it is not in one."""
    root = gitutil.repo_root(site_root)
    if root is None:
        raise SyncError("This site is not kept in git, so it cannot be shared from here.")
    return Repo(root)


# -- which files are shared -----------------------------------------------------------------------


def kind_of(path: str) -> str | None:
    """ "page", "notes", "image", or None for files that are never shared from the app."""
    name = path.rsplit("/", 1)[-1]
    if is_temp_file(name):
        return None
    suffix = os.path.splitext(name)[1].lower()
    parts = path.split("/")
    if len(parts) >= 2 and parts[-2] == NOTES_FOLDER and name.endswith(NOTES_SUFFIX):
        return "notes"
    if any(p.startswith(".") for p in parts):
        return None  # editor settings and other hidden folders
    if suffix in MARKDOWN_SUFFIXES:
        return "page"
    if suffix in IMAGE_SUFFIXES:
        return "image"
    return None


def page_of(path: str) -> str:
    """The page a file belongs to: a notes file's page, else the file itself."""
    if kind_of(path) == "notes":
        folder = path.rsplit("/", 2)[0] if path.count("/") >= 2 else ""
        name = path.rsplit("/", 1)[-1][: -len(NOTES_SUFFIX)]
        return f"{folder}/{name}" if folder else name
    return path


def _site_prefix(repo: Repo, site_root: str | os.PathLike[str]) -> str:
    rel = Path(site_root).resolve().relative_to(repo.root.resolve()).as_posix()
    return "" if rel == "." else rel + "/"


def _in_site(path: str, prefix: str) -> bool:
    return path.startswith(prefix)


def shareable_changes(repo: Repo, prefix: str = "") -> list[str]:
    """Saved files changed here and not committed: pages, their images and review notes."""
    out = repo.run("status", "--porcelain", "-z", "--untracked-files=all", "--no-renames").stdout
    found: list[str] = []
    for entry in out.decode("utf-8", "replace").split("\0"):
        if len(entry) < 4:
            continue
        path = entry[3:]
        if _in_site(path, prefix) and kind_of(path) is not None:
            found.append(path)
    return sorted(found)


def _pages(paths: list[str] | set[str]) -> list[str]:
    return sorted({page_of(p) for p in paths if kind_of(p) in ("page", "notes")})


# -- status -----------------------------------------------------------------------------------------


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
    unshared_commits: int = 0
    incoming: int = 0  # changes (commits) from others not brought in yet
    changed_by_others: list[str] = field(default_factory=list)  # pages, not brought in yet
    brought_in: list[str] = field(default_factory=list)  # pages the last Get latest brought in
    in_review: list[str] = field(default_factory=list)  # pages sent for review on a branch
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def pages_changed_here(self) -> list[str]:
        return _pages(self.changed_here)

    @property
    def other_files_changed_here(self) -> list[str]:
        return sorted(p for p in self.changed_here if kind_of(p) == "image")

    @property
    def message(self) -> str:
        """The status line: always something, in plain words."""
        if not self.is_git:
            return "Not shared: this site is not kept in git"
        parts: list[str] = []
        if self.conflicts:
            n = len(self.conflicts)
            parts.append(
                f"{n} {'choice' if n == 1 else 'choices'} to make: changed here and by others"
            )
        here = _count_words(len(self.pages_changed_here), len(self.other_files_changed_here))
        if here:
            parts.append(f"{here} changed here, not shared yet")
        elif self.unshared_commits:
            parts.append("Changes saved here, not shared yet")
        if self.incoming:
            n = self.incoming
            parts.append(f"{n} new {'change' if n == 1 else 'changes'} from others: Get latest")
        if self.in_review:
            n = len(self.in_review)
            parts.append(f"{n} {'page' if n == 1 else 'pages'} sent for review")
        if not self.has_remote:
            parts.append("No shared copy set up: changes stay on this computer")
        elif self.offline:
            parts.append(OFFLINE_TEXT)
        elif self.problem:
            parts.append(self.problem)
        if not parts:
            return "Up to date: everything is shared"
        return " · ".join(parts)

    def mark(self, path: str) -> str | None:
        """How the page list marks a page (relative path): "here", "others", "both" or None."""
        here = path in self.pages_changed_here
        others = path in self.changed_by_others or path in self.brought_in
        if here and others:
            return "both"
        return "here" if here else "others" if others else None

    def to_json(self) -> dict[str, object]:
        return {
            "message": self.message,
            "git": self.is_git,
            "branch": self.branch,
            "shared_copy": self.has_remote,
            "offline": self.offline,
            "problem": self.problem,
            "changed_here": self.pages_changed_here,
            "other_files_changed_here": self.other_files_changed_here,
            "unshared_commits": self.unshared_commits,
            "new_from_others": self.incoming,
            "changed_by_others": self.changed_by_others,
            "brought_in_by_last_get_latest": self.brought_in,
            "sent_for_review": self.in_review,
            "choices": [c.to_json() for c in self.conflicts],
        }


def _count_words(pages: int, images: int) -> str:
    words = []
    if pages:
        words.append(f"{pages} {'page' if pages == 1 else 'pages'}")
    if images:
        words.append(f"{images} {'picture' if images == 1 else 'pictures'}")
    return " and ".join(words)


def status(site_root: str | os.PathLike[str], fetch: bool = False) -> SyncStatus:
    """Where the site's copy stands. `fetch`: ask the server first (else what is known)."""
    if gitutil.repo_root(site_root) is None:
        return SyncStatus()
    repo = open_repo(site_root)
    prefix = _site_prefix(repo, site_root)
    st = SyncStatus(is_git=True, root=repo.root, branch=repo.branch())
    remote = repo.remote()
    st.has_remote = remote is not None
    if fetch and remote:
        try:
            repo.fetch(remote)
        except OfflineError:
            st.offline = True
        except AccessError as exc:
            st.problem = str(exc)
    from editor_app.core import sync_drafts  # drafts build on this module

    in_review = sync_drafts.pages_in_review(repo)
    st.in_review = sorted(p for p in in_review if _in_site(p, prefix))
    st.changed_here = [p for p in shareable_changes(repo, prefix) if page_of(p) not in in_review]
    head = repo.rev("HEAD")
    upstream = repo.rev(repo.upstream_ref() or "") if remote else None
    if head and upstream:
        base = repo.merge_base(head, upstream)
        st.unshared_commits = repo.count(f"{upstream}..{head}")
        st.incoming = repo.count(f"{head}..{upstream}")
        if st.unshared_commits:
            mine = [c.path for c in repo.changes(base, head) if _in_site(c.path, prefix)]
            st.changed_here = sorted(set(st.changed_here) | {p for p in mine if kind_of(p)})
        if st.incoming:
            theirs = [c.path for c in repo.changes(base, upstream) if _in_site(c.path, prefix)]
            st.changed_by_others = _pages(theirs)
    elif head and remote:
        st.unshared_commits = repo.count(head)  # never shared: the server has no such branch
    st.brought_in = [p for p in _last_get_latest(repo) if _in_site(p, prefix)]
    st.conflicts = [c for c in sync_conflicts.load(repo) if _in_site(c.path, prefix)]
    return st


def _record_file(repo: Repo) -> Path:
    return repo.git_dir / "editor-app" / "last-get-latest.json"


def _last_get_latest(repo: Repo) -> list[str]:
    try:
        return list(json.loads(_record_file(repo).read_text(encoding="utf-8"))["pages"])
    except (OSError, ValueError, KeyError, TypeError):
        return []


def _remember_get_latest(repo: Repo, pages: list[str]) -> None:
    target = _record_file(repo)
    target.parent.mkdir(parents=True, exist_ok=True)
    when = datetime.now(UTC).isoformat(timespec="seconds")
    atomic_write(target, json.dumps({"when": when, "pages": pages}, indent=1).encode())


# -- Get latest -----------------------------------------------------------------------------------


@dataclass
class PullResult:
    brought_in: list[str] = field(default_factory=list)  # pages changed by others, now here
    conflicts: list[Conflict] = field(default_factory=list)
    offline: bool = False
    up_to_date: bool = False

    @property
    def message(self) -> str:
        if self.offline:
            return OFFLINE_TEXT
        if self.up_to_date:
            return "Already up to date: nothing new from others"
        n = len(self.brought_in)
        text = f"Got the latest: {n} {'page' if n == 1 else 'pages'} changed by others"
        if self.conflicts:
            m = len(self.conflicts)
            text += (
                f"; {m} {'place was' if m == 1 else 'places were'} changed here and by others: "
                "your version is kept until you choose"
            )
        return text


def _check_ready(repo: Repo) -> str:
    for name in ("MERGE_HEAD", "rebase-merge", "rebase-apply", "CHERRY_PICK_HEAD"):
        if (repo.git_dir / name).exists():
            raise SyncError(
                "The site's folder is in the middle of a git operation started outside the app; "
                "finish or cancel it there first."
            )
    branch = repo.branch()
    if not branch:
        raise SyncError("The site's folder is not on a branch, so it cannot share changes.")
    return branch


def pull(site_root: str | os.PathLike[str], author: str | None = None) -> PullResult:
    """Get latest: fetch, then bring others' changes in without losing anything here."""
    repo = open_repo(site_root)
    branch = _check_ready(repo)
    remote = repo.remote()
    if remote is None:
        raise SyncError("This site has no shared copy to get changes from.")
    try:
        repo.fetch(remote)
    except OfflineError:
        return PullResult(offline=True)
    return bring_in(repo, branch, repo.rev(repo.upstream_ref() or ""), author)


def bring_in(repo: Repo, branch: str, upstream: str | None, author: str | None) -> PullResult:
    """Bring the commit `upstream` into the branch and the files on disk (no network)."""
    head = repo.rev("HEAD")
    if upstream is None or (head and repo.is_ancestor(upstream, head)):
        return PullResult(up_to_date=True)
    conflicts: list[Conflict] = []
    if head is None or repo.is_ancestor(head, upstream):
        target = upstream
    else:
        target = _replay(repo, head, upstream, conflicts, author)
    conflicts += _update_files(repo, head, target)
    repo.move_branch(branch, target, head)
    repo.run("read-tree", target)  # the index follows; files not merged stay as they were
    base = repo.merge_base(head, upstream) if head else None
    pages = _pages([c.path for c in repo.changes(base, upstream) if kind_of(c.path)])
    _remember_get_latest(repo, pages)
    sync_conflicts.add(repo, conflicts)
    return PullResult(brought_in=pages, conflicts=conflicts)


def _replay(
    repo: Repo, head: str, upstream: str, conflicts: list[Conflict], author: str | None
) -> str:
    """Local commits, replayed one by one on top of `upstream` (a merge if they hold merges)."""
    local = repo.out("rev-list", "--reverse", "--parents", f"{upstream}..{head}").splitlines()
    if any(len(line.split()) > 2 for line in local):
        base = repo.merge_base(head, upstream)
        tree = merge_trees(repo, base, head, upstream, conflicts)
        return repo.commit_tree(tree, [head, upstream], "Bring in others' changes", author)
    tip = upstream
    for line in local:
        commit, *parents = line.split()
        tree = merge_trees(repo, parents[0] if parents else None, commit, tip, conflicts)
        message = repo.run("log", "-1", "--format=%B", commit).stdout.decode("utf-8", "replace")
        env = dict(
            zip(
                ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_AUTHOR_DATE"),
                repo.out("log", "-1", "--format=%an%x00%ae%x00%aI", commit).split("\0"),
                strict=False,
            )
        )
        ident = repo.identity(author)
        ident.update(env)
        tip = repo.out("commit-tree", tree, "-p", tip, input=message.encode(), env=ident)
    return tip


def merge_trees(
    repo: Repo, base: str | None, mine: str, theirs: str, conflicts: list[Conflict]
) -> str:
    """A tree with both sides' changes since `base`; where they clash, mine (recorded)."""
    mine_changed = {c.path: c for c in repo.changes(base, mine)}
    files: dict[str, tuple[str, str] | None] = {}
    for ch in repo.changes(base, theirs):
        ours = mine_changed.get(ch.path)
        if ours is None:
            files[ch.path] = (ch.new_mode, ch.new_blob) if ch.new_blob else None
            continue
        if ours.new_blob == ch.new_blob or ch.new_blob is None:
            continue
        if ours.new_blob is None:
            files[ch.path] = (ch.new_mode, ch.new_blob)  # deleted here, changed there: kept
            continue
        merged, found = merge_file(
            repo,
            ch.path,
            repo.blob(ch.old_blob),
            repo.blob(ours.new_blob),
            repo.blob(ch.new_blob),
            theirs,
            ours.new_blob,
        )
        conflicts += found
        if merged is not None:
            files[ch.path] = (ours.new_mode, repo.hash_bytes(merged))
    return repo.tree_with(mine, files)


def merge_file(
    repo: Repo,
    path: str,
    base: bytes | None,
    mine: bytes,
    theirs: bytes,
    theirs_commit: str,
    mine_blob: str | None = None,
) -> tuple[bytes | None, list[Conflict]]:
    """The merged bytes (None: keep mine as it is) and the choices left to the person."""
    mine_blob = mine_blob or repo.hash_bytes(mine, write=False)
    if mine_blob in repo.versions_of(theirs_commit, path):
        return theirs, []  # theirs was built on this very version: nothing of mine to keep
    kind = kind_of(path)
    found: list[Conflict] = []
    if kind == "page":
        result = merge_pages(base, mine, theirs, path)
        merged, found = result.data, result.conflicts
    elif kind == "notes":
        merged, found = _merge_notes(path, base, mine, theirs)
    else:
        merged = mine
        found = [Conflict(path, "file", "file", "the copy here", "the copy from others")]
    for c in found:
        c.theirs_commit = theirs_commit
    return (None if merged == mine else merged), found


def _merge_notes(
    path: str, base: bytes | None, mine: bytes, theirs: bytes
) -> tuple[bytes, list[Conflict]]:
    """Notes added on both sides are all kept (line by line: each note is a block of lines)."""
    import yaml

    lines = [
        x.decode("utf-8", "replace").splitlines(keepends=True) for x in (base or b"", mine, theirs)
    ]
    pieces = merge_sequences(*lines)
    if all(state == "ok" for state, _m, _t in pieces):
        merged = "".join("".join(m) for _s, m, _t in pieces).encode("utf-8")
        try:
            yaml.safe_load(merged)
            return merged, []
        except yaml.YAMLError:
            pass
    return mine, [
        Conflict(path, "file", "file", "the review notes here", "the review notes from others")
    ]


def _update_files(repo: Repo, head: str | None, target: str) -> list[Conflict]:
    """Bring the files on disk from `head` to `target`, keeping every uncommitted change.

    Files are compared as git stores them (line endings normalised as `git add` would), so a
    checkout with Windows line endings is not taken for a copy changed everywhere.
    """
    conflicts: list[Conflict] = []
    changes = repo.changes(head, target)
    stamps = {ch.path: _stamp(repo.root / ch.path) for ch in changes}
    here_ids = repo.working_blobs([ch.path for ch in changes])

    def write(path: Path, rel: str, data: bytes | None, mode: str) -> None:
        if _stamp(path) != stamps[rel]:
            # Saved again while this ran: that save is the person's latest word, kept as is.
            conflicts.append(
                Conflict(
                    rel,
                    "file",
                    "file",
                    "the copy saved here",
                    "the copy from others",
                    theirs_commit=target,
                )
            )
            return
        _write(path, data, mode)

    for ch in changes:
        path = repo.root / ch.path
        here_id = here_ids.get(ch.path)
        if here_id == ch.new_blob:
            continue
        new = repo.checkout_bytes(ch.new_blob, ch.path) if ch.new_blob else None
        if here_id is None or here_id == ch.old_blob:
            write(path, ch.path, new, ch.new_mode)  # not changed here (or deleted here): theirs
            continue
        if new is None:
            continue  # removed there, changed here: the change stays
        old = repo.checkout_bytes(ch.old_blob, ch.path) if ch.old_blob else None
        merged, found = merge_file(
            repo, ch.path, old, path.read_bytes(), new, target, mine_blob=here_id
        )
        conflicts += found
        if merged is not None:
            write(path, ch.path, merged, ch.new_mode)
    return conflicts


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


def _write(path: Path, data: bytes | None, mode: str) -> None:
    if data is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, data)
    if mode == "100755":
        path.chmod(path.stat().st_mode | 0o111)


# -- Share my changes --------------------------------------------------------------------------------


@dataclass
class PushResult:
    commit: str | None = None  # the commit made of the changed pages (None: nothing to commit)
    summary: str = ""  # its message's first line
    shared: bool = False
    offline: bool = False
    no_remote: bool = False
    pulled: PullResult | None = None  # when the server had moved on

    @property
    def message(self) -> str:
        if self.no_remote:
            return "Saved in the site's history; there is no shared copy to send it to"
        if self.offline:
            kept = "Saved here" if self.commit else "Nothing new saved"
            return f"{kept}. {OFFLINE_TEXT}"
        if self.shared:
            return f"Shared: {self.summary}" if self.summary else "Shared"
        return "Nothing to share: no saved page changed"


def push(
    site_root: str | os.PathLike[str],
    message: str | None = None,
    author: str | None = None,
    commit: bool = True,
) -> PushResult:
    """Share my changes: one commit of the saved pages that changed, then send it.

    `commit=False` sends the commits already made without committing the saved pages.
    """
    repo = open_repo(site_root)
    branch = _check_ready(repo)
    prefix = _site_prefix(repo, site_root)
    from editor_app.core import sync_drafts

    in_review = sync_drafts.pages_in_review(repo)
    paths = [p for p in shareable_changes(repo, prefix) if page_of(p) not in in_review]
    result = PushResult()
    head = repo.rev("HEAD")
    if paths and commit:
        text = message.strip() if message and message.strip() else commit_message(repo, paths, head)
        result.commit = commit_files(repo, branch, head, paths, text, author)
        result.summary = text.splitlines()[0]
    remote = repo.remote()
    if remote is None:
        result.no_remote = True
        return result
    upstream = repo.rev(repo.upstream_ref() or "")
    if upstream is not None and upstream == repo.rev("HEAD"):
        return result  # nothing here the server lacks
    for _attempt in range(3):
        try:
            upstream_ref = repo.upstream_ref()
            target = (upstream_ref or f"refs/remotes/{remote}/{branch}").split("/", 3)[3]
            sent = repo.push(remote, f"HEAD:refs/heads/{target}")
            if sent:
                if repo.config(f"branch.{branch}.remote") is None:
                    repo.run("config", f"branch.{branch}.remote", remote)
                    repo.run("config", f"branch.{branch}.merge", f"refs/heads/{target}")
                result.shared = True
                return result
            result.pulled = pull(site_root, author)
            if result.pulled.offline:
                break
        except OfflineError:
            break
    result.offline = True
    return result


def commit_files(
    repo: Repo,
    branch: str,
    head: str | None,
    paths: list[str],
    message: str,
    author: str | None = None,
) -> str:
    """Commit exactly these files as they are on disk (deleted ones removed) on `branch`."""
    blobs = repo.working_blobs(paths, write=True)  # as `git add` stores them
    files: dict[str, tuple[str, str] | None] = {}
    for p in paths:
        if p in blobs:
            mode = "100755" if os.access(repo.root / p, os.X_OK) else "100644"
            files[p] = (mode, blobs[p])
        else:
            files[p] = None
    tree = repo.tree_with(head, files)
    commit = repo.commit_tree(tree, [head] if head else [], message, author)
    repo.move_branch(branch, commit, head)
    repo.set_index(paths)
    return commit


def _title(data: bytes | None, path: str) -> str:
    if data:
        doc = Document.from_bytes(data)
        title = doc.front_matter.get("title") if doc.error is None else None
        if isinstance(title, str) and title.strip():
            return title.strip()
    return path.rsplit("/", 1)[-1]


def _what_changed(old: bytes, new: bytes) -> list[str]:
    a, b = Document.from_bytes(old), Document.from_bytes(new)
    parts = [
        str(k)
        for k in dict.fromkeys([*a.front_matter, *b.front_matter])
        if a.front_matter.get(k, None) != b.front_matter.get(k, None)
        or (k in a.front_matter) != (k in b.front_matter)
    ]
    if a.body != b.body:
        parts.append("body")
    return parts


def describe_change(repo: Repo, path: str, head: str | None) -> str:
    """One change in words: "Update 'TITLE' (subtitle, body)", "Add picture x.png"…"""
    kind = kind_of(path)
    old = repo.read(head, path)
    f = repo.root / path
    new = f.read_bytes() if f.is_file() else None
    name = path.rsplit("/", 1)[-1]
    if kind == "image":
        verb = "Remove" if new is None else "Add" if old is None else "Replace"
        return f"{verb} picture {name}"
    if kind == "notes":
        page = page_of(path)
        page_file = repo.root / page
        data = page_file.read_bytes() if page_file.is_file() else repo.read(head, page)
        return f"Review notes on '{_title(data, page)}'"
    if new is None:
        return f"Remove '{_title(old, path)}'"
    if old is None:
        return f"Add '{_title(new, path)}'"
    parts = _what_changed(old, new)
    detail = f" ({', '.join(parts)})" if parts else ""
    return f"Update '{_title(new, path)}'{detail}"


def commit_message(repo: Repo, paths: list[str], head: str | None) -> str:
    """A message for people: one line per page or picture, the first line a summary."""
    lines = [describe_change(repo, p, head) for p in paths]
    if len(lines) == 1:
        return lines[0] + "\n"
    pages = _pages(paths)
    titles = []
    for p in pages[:3]:
        f = repo.root / p
        titles.append(f"'{_title(f.read_bytes() if f.is_file() else repo.read(head, p), p)}'")
    more = f" and {len(pages) - 3} more" if len(pages) > 3 else ""
    verbs = {line.split(" ", 1)[0] for line in lines}
    verb = verbs.pop() if len(verbs) == 1 and verbs <= {"Add", "Remove"} else "Update"
    if pages:
        head_line = (
            f"{verb} {len(pages)} {'page' if len(pages) == 1 else 'pages'}: "
            + ", ".join(titles)
            + more
        )
    else:
        head_line = f"{verb} {len(paths)} pictures"
    return head_line + "\n\n" + "\n".join(f"- {line}" for line in lines) + "\n"
