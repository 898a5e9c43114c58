"""Share my changes: one commit of the saved pages that changed, with a message for people.

Commits are built with git's plumbing (a private index, `commit-tree`, `update-ref`): the
checkout is never switched, the person's staged files are left alone, and no hook runs.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from dataclasses import dataclass, field

from editor_app.core.sync_base import (
    OFFLINE_TEXT,
    check_ready,
    file_problem,
    left_out_words,
    open_repo,
    page_of,
    site_prefix,
    waiting_for_choice,
    working_files,
)
from editor_app.core.sync_git import NotFoundError, OfflineError, Repo
from editor_app.core.sync_merge import Conflict
from editor_app.core.sync_message import commit_message
from editor_app.core.sync_pull import PullResult, pull

__all__ = ["PushResult", "commit_files", "commit_message", "push"]


def _left_out_named(pages: list[str]) -> str:
    """'1 page is left out of sharing by the site's .gitignore: src/docs/a.md (ask …)'."""
    named = ", ".join(pages[:3]) + (", …" if len(pages) > 3 else "")
    return f"{left_out_words(pages, sentence=True)}: {named} (ask whoever set up the site)"


@dataclass
class PushResult:
    commit: str | None = None  # the commit made of the changed pages (None: nothing to commit)
    summary: str = ""  # its message's first line
    shared: bool = False
    offline: bool = False
    no_remote: bool = False
    pulled: PullResult | None = None  # when the server had moved on
    crowded: bool = False  # others kept sharing at the same moment: not sent this time
    not_found: str = ""  # the shared copy is not at its address: why, in one line
    # Pages the site's .gitignore leaves out: said when nothing else was there to share.
    left_out: list[str] | None = None
    # Files a choice still waits on (from an earlier Get latest): not shared, as they hold
    # this copy's version where others changed the same place; shared once chosen.
    waiting_choice: list[str] | None = None
    held: bool = False  # a commit here holds such a file: nothing was sent
    # The choices those files wait on, those that came up in Share's own Get latest (the
    # server had moved on) too: the window opens them, `sync push` lists them.
    choices: list[Conflict] = field(default_factory=list)
    # Every choice waiting, as last read (pull only adds to them, and says so): `choices`
    # picked from it, not read again.
    stored_choices: list[Conflict] = field(default_factory=list, repr=False, compare=False)

    @property
    def message(self) -> str:
        said = self._said()
        if not self.waiting_choice:
            return said
        n = len(self.waiting_choice)
        named = ", ".join(self.waiting_choice[:3]) + (", …" if n > 3 else "")
        wait = (
            f"{waiting_for_choice(self.waiting_choice)} for your choice, not shared: "
            f"{named} (make the choice, then share again)"
        )
        if self.held:
            return f"Saved here, not shared: {wait}{self._brought_first()}"
        if self._nothing_to_share:
            # The pages .gitignore leaves out are still said: one of them may be the page
            # just saved, which the waiting file alone does not explain.
            left_out = f". {_left_out_named(self.left_out)}" if self.left_out else ""
            return f"Nothing shared: {wait}{left_out}"
        return f"{said}. {wait[0].upper()}{wait[1:]}"

    @property
    def _nothing_to_share(self) -> bool:
        """None of the other outcomes (shared, offline, no shared copy…): `_said` says
        "Nothing to share"."""
        return not (self.no_remote or self.offline or self.not_found or self.crowded or self.shared)

    def _said(self) -> str:
        if self.no_remote:
            if self.commit is None:  # "Saved" of nothing at all misled
                return "Nothing new to save: no saved page changed (and there is no shared copy)"
            return "Saved in the site's history; there is no shared copy to send it to"
        if self.offline or self.not_found:
            kept = "Saved here" if self.commit else "Nothing new saved"
            return f"{kept}. {self.not_found or OFFLINE_TEXT}"
        if self.crowded:
            return "Saved here. Others were sharing at the same moment: Share my changes again"
        if self.shared:
            said = f"Shared: {self.summary}" if self.summary else "Shared"
            return said + self._brought_first()
        if self.left_out:
            # The page just saved may be one of them: "no saved page changed" misled.
            return f"Nothing to share. {_left_out_named(self.left_out)}"
        return "Nothing to share: no saved page changed"

    def _brought_first(self) -> str:
        """Others' changes the server had, brought in before sharing: said, as Get latest says
        them (the open page may have changed with them)."""
        n = self.pulled.others_changed_count if self.pulled else 0
        if n <= 0:
            return ""
        return f". Got the latest first: {n} {'page' if n == 1 else 'pages'} changed by others"


def push(
    site_root: str | os.PathLike[str],
    message: str | None = None,
    author: str | None = None,
    commit: bool = True,
    email: str | None = None,
    shared_as_is: Collection[str] = (),
) -> PushResult:
    """Share my changes: one commit of the saved pages that changed, then send it.

    `commit=False` sends the commits already made without committing the saved pages
    (Approve); `email`: the e-mail on the commit (else git's `user.email`, else none).
    A commit here not shared yet that holds a file a choice waits on is not sent, whether
    the choice waited before or came up in the Get latest sharing runs when the server had
    moved on: it holds this copy's version where others changed the same place.
    `shared_as_is`: ids of choices that hold nothing back (Approve's own merge, which keeps
    the shared copy's words there, the draft's in history).
    """
    repo = open_repo(site_root)
    result = _push(repo, site_root, message, author, commit, email, set(shared_as_is))
    if result.waiting_choice:
        waiting = set(result.waiting_choice)
        result.choices = [c for c in result.stored_choices if c.path in waiting]
    if result.pulled is not None:  # came up in its Get latest, on files not sent anyway
        known = {c.id for c in result.choices}
        result.choices += [c for c in result.pulled.conflicts if c.id not in known]
    return result


def _push(
    repo: Repo,
    site_root: str | os.PathLike[str],
    message: str | None,
    author: str | None,
    commit: bool,
    email: str | None,
    shared_as_is: set[str],
) -> PushResult:
    branch = check_ready(repo)
    prefix = site_prefix(repo, site_root)
    from editor_app.core import sync_conflicts, sync_drafts

    in_review = sync_drafts.pages_in_review(repo)
    changed, left_out = working_files(repo, prefix)
    paths = [p for p in changed if page_of(p) not in in_review]
    result = PushResult(stored_choices=sync_conflicts.load(repo))
    # A file a choice waits on holds this copy's version where others changed the same place:
    # sharing it would put theirs out of the shared copy before the person chose. (Approve,
    # `commit=False`, leaves the files it did not commit as they are: not said.)
    waiting = {c.path for c in result.stored_choices if c.id not in shared_as_is}
    if commit:
        result.waiting_choice = sorted(p for p in paths if p in waiting) or None
    paths = [p for p in paths if p not in waiting]
    if not paths:
        result.left_out = left_out
    head = repo.rev("HEAD")
    if paths and commit:
        try:
            text = (
                message.strip()
                if message and message.strip()
                else commit_message(repo, paths, head)
            )
            result.commit = commit_files(repo, branch, head, paths, text, author, email)
        except OSError as exc:  # a page that cannot be read: said in words, nothing committed
            raise file_problem(repo, exc, "sharing") from exc
        result.summary = text.splitlines()[0]
    remote = repo.remote()
    if remote is None:
        result.no_remote = True
        return result
    upstream = repo.rev(repo.upstream_ref() or "")
    now = repo.rev("HEAD")
    if upstream is not None and (now is None or repo.is_ancestor(now, upstream)):
        return result  # nothing here the server lacks
    if _hold(repo, result, waiting, upstream):
        return result
    for _attempt in range(3):
        result.crowded = False
        try:
            upstream_ref = repo.upstream_ref()
            target = (upstream_ref or f"refs/remotes/{remote}/{branch}").split("/", 3)[3]
            sent = repo.push(remote, f"HEAD:refs/heads/{target}")
            if sent:
                if repo.config(f"branch.{branch}.remote") is None:
                    repo.set_config(f"branch.{branch}.remote", remote)
                    repo.set_config(f"branch.{branch}.merge", f"refs/heads/{target}")
                result.shared = True
                if result.pulled is not None and result.commit and not (message or "").strip():
                    # Replayed on others' changes, its message was said again (titles as
                    # shared, sync_message.as_shared): the line says what was sent.
                    result.summary = repo.out("log", "-1", "--format=%s", "HEAD")
                return result
            result.pulled = pull(site_root, author, email)
            if result.pulled.offline:
                break
            if result.pulled.conflicts:
                # Choices that came up in this Get latest: the commit replayed on others'
                # changes keeps this copy's version there, not sent until chosen.
                result.stored_choices = sync_conflicts.load(repo)
                waiting = {c.path for c in result.stored_choices if c.id not in shared_as_is}
                upstream = repo.rev(repo.upstream_ref() or "")
                who = (author, email)
                # The rest of the commit just made is sent; other commits here are held.
                left = bool(result.commit) and _leave_out(
                    repo, branch, upstream, waiting, result, message, who
                )
                if (left and result.commit is None) or (
                    not left and _hold(repo, result, waiting, upstream)
                ):
                    return result
            result.crowded = True
        except NotFoundError as exc:  # said as it is, not as "Offline"
            result.crowded, result.not_found = False, str(exc)
            return result
        except OfflineError:
            break
    result.offline = not result.crowded
    return result


def _leave_out(
    repo: Repo,
    branch: str,
    upstream: str | None,
    waiting: set[str],
    result: PushResult,
    message: str | None,
    who: tuple[str | None, str | None],
) -> bool:
    """The commit Share just made, replayed by its Get latest on others' changes, made again
    without the files a choice came up on (they stay changed here, as a file a choice waited
    on before is left out): True when so, `result` naming them; `result.commit` None when
    nothing else was in it (the branch back at the shared copy's). False when the commits
    here not shared are more than that one (they are held whole, `_hold`)."""
    head = repo.rev("HEAD")
    if not (head and upstream and waiting):
        return False
    parents = repo.out("rev-list", "--parents", "-n", "1", head).split()[1:]
    if parents != [upstream]:
        return False  # commits of its own here, or a merge: held whole
    changes = repo.changes(upstream, head)
    held = sorted({c.path for c in changes} & waiting)
    if not held:
        return False
    theirs = {c.path: c for c in changes if c.path in held}
    tree = repo.tree_with(
        head,
        {p: (c.old_mode, c.old_blob) if c.old_blob else None for p, c in theirs.items()},
    )
    rest = [c.path for c in changes if c.path not in theirs]
    if not rest:
        new = upstream
        result.commit, result.summary = None, ""
    else:
        text = message.strip() if message and message.strip() else ""
        text = text or commit_message(repo, rest, upstream)
        new = repo.commit_tree(tree, [upstream], text, *who)
        result.commit, result.summary = new, text.splitlines()[0]
    repo.move_branch(branch, new, head)
    repo.run("reset", "-q", new, "--", *held)  # the index as shared: these stay changed here
    result.waiting_choice = sorted({*(result.waiting_choice or []), *held})
    return True


def _hold(repo: Repo, result: PushResult, waiting: set[str], upstream: str | None) -> bool:
    """True when a commit here not shared yet (one Get latest replayed, too) holds a file a
    choice waits on: nothing is sent, `result` naming the files."""
    now = repo.rev("HEAD")
    if not waiting or now is None:
        return False
    base = repo.merge_base(now, upstream) if upstream else None
    held = sorted({c.path for c in repo.changes(base, now)} & waiting)
    if held:
        result.waiting_choice = sorted({*(result.waiting_choice or []), *held})
        result.held = True
    return bool(held)


def commit_files(
    repo: Repo,
    branch: str,
    head: str | None,
    paths: list[str],
    message: str,
    author: str | None = None,
    email: str | None = None,
) -> str:
    """Commit exactly these files as they are on disk (deleted ones removed) on `branch`."""
    blobs = repo.working_blobs(paths, write=True)  # as `git add` stores them
    files: dict[str, tuple[str, str] | None] = {}
    for p in paths:
        if p in blobs:
            mode = "100755" if _executable(repo, repo.root / p) else "100644"
            files[p] = (mode, blobs[p])
        else:
            files[p] = None
    tree = repo.tree_with(head, files)
    commit = repo.commit_tree(tree, [head] if head else [], message, author, email)
    repo.move_branch(branch, commit, head)
    repo.set_index(paths)
    return commit


def _executable(repo: Repo, path: os.PathLike[str]) -> bool:
    # Windows has no such bit (git's core.fileMode is false there): pages are plain files.
    if os.name == "nt" or (repo.config("core.fileMode") or "true").lower() == "false":
        return False
    try:
        return bool(os.stat(path).st_mode & 0o111)
    except OSError:
        return False
