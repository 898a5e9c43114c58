"""Get latest: fetch, then bring others' changes in without losing anything here.

Local commits are replayed on top of others' (a merge commit when they hold merges), files not
committed stay so, and a page changed on both sides is merged field by field and paragraph by
paragraph (`sync_merge`); where both changed the same thing the file keeps "mine" and a choice
is recorded (`sync_conflicts`). Never a conflict marker.
"""

from __future__ import annotations

import os
from pathlib import Path

from editor_app.core import sync_conflicts, sync_message
from editor_app.core.disk_merge import merge_saved_pages
from editor_app.core.review import record as review_record
from editor_app.core.schema_model import SCHEMA_FILE
from editor_app.core.store import atomic_write
from editor_app.core.sync_base import (
    SyncError,
    check_ready,
    file_problem,
    kind_of,
    open_repo,
    page_of,
    pages_of,
    remember_get_latest,
)
from editor_app.core.sync_git import NotFoundError, OfflineError, Repo
from editor_app.core.sync_merge import Conflict, merge_sequences
from editor_app.core.sync_moves import (
    MovesFound,
    carry_bundle_entries,
    carry_bundle_files,
    moved_pages,
    note_move,
    pages_to_follow,
)
from editor_app.core.sync_pull_result import PullResult

SYMLINK = "120000"
SUBMODULE = "160000"


def touches_schema(paths: list[str]) -> bool:
    """True when one of these files (from the repository) is a site's `_schema.yml`."""
    return any(p.rsplit("/", 1)[-1] == SCHEMA_FILE for p in paths)


def pull(
    site_root: str | os.PathLike[str], author: str | None = None, email: str | None = None
) -> PullResult:
    """Get latest: fetch, then bring others' changes in without losing anything here
    (`author`, `email`: on the commits it makes, as Share's)."""
    repo = open_repo(site_root)
    branch = check_ready(repo)
    remote = repo.remote()
    if remote is None:
        raise SyncError("This site has no shared copy to get changes from.")
    try:
        repo.fetch(remote)
    except NotFoundError:
        raise  # a mistyped or moved address is said as it is, not as "Offline"
    except OfflineError:
        return PullResult(offline=True)
    try:
        result = bring_in(repo, branch, repo.rev(repo.upstream_ref() or ""), author, email)
    except OSError as exc:  # a file that cannot be written: said in words, the branch unmoved
        raise file_problem(repo, exc, "getting the latest") from exc
    # Imported here: it merges with this module's code.
    from editor_app.core.sync_draft_bring_back import bring_back

    # Notes and send backs the editor made on this copy's drafts waiting on review branches.
    back = bring_back(repo)
    result.conflicts += sync_conflicts.add(repo, back.conflicts)
    result.kept_aside = back.kept_aside
    returned = [p for p in back.pages if p not in result.brought_in]
    if returned:
        result.brought_in = sorted([*result.brought_in, *returned])
        result.returned = returned
        result.up_to_date = False
    return result


def bring_in(
    repo: Repo, branch: str, upstream: str | None, author: str | None, email: str | None = None
) -> PullResult:
    """Bring the commit `upstream` into the branch and the files on disk (no network)."""
    head = repo.rev("HEAD")
    if upstream is None or (head and repo.is_ancestor(upstream, head)):
        remember_get_latest(repo, [])  # this Get latest brought nothing
        return PullResult(up_to_date=True)
    conflicts: list[Conflict] = []
    moved: list[tuple[str, str]] = []
    if head is None or repo.is_ancestor(head, upstream):
        target = upstream
    else:
        target = _replay(repo, head, upstream, conflicts, author, email, moved)
    moves = MovesFound(repo)  # a fast-forward asks twice for the same pair of commits
    conflicts += _update_files(repo, head, target, moved, moves)
    repo.move_branch(branch, target, head)
    repo.run("read-tree", target)  # the index follows; files not merged stay as they were
    base = repo.merge_base(head, upstream) if head else None
    changes = repo.changes(base, upstream)
    changed = [c.path for c in changes]
    pages = pages_of([p for p in changed if kind_of(p)])
    others = [p for p in changed if kind_of(p) not in ("page", "notes")]
    remember_get_latest(repo, pages)
    sync_conflicts.add(repo, conflicts)
    result = PullResult(brought_in=pages, conflicts=conflicts, other_files=others, moved=moved)
    # A picture others moved (its bytes removed under one name, added under another: a page
    # bundle's folder renamed) is one picture changed, not two.
    gone = {c.old_blob for c in changes if c.new_blob is None and kind_of(c.path) == "image"}
    result.pictures_moved = sum(
        1 for c in changes if c.old_blob is None and kind_of(c.path) == "image" and c.new_blob in gone
    )
    if any(c.new_blob is None for c in changes):  # a move is a removal and an addition
        result.page_moves = moves.between(base, upstream)
    return result


def _replay(
    repo: Repo,
    head: str,
    upstream: str,
    conflicts: list[Conflict],
    author: str | None,
    email: str | None = None,
    moved: list[tuple[str, str]] | None = None,
) -> str:
    """Local commits, replayed one by one on top of `upstream` (a merge if they hold merges)."""
    local = repo.out("rev-list", "--reverse", "--parents", f"{upstream}..{head}").splitlines()
    if any(len(line.split()) > 2 for line in local):
        base = repo.merge_base(head, upstream)
        tree = merge_trees(repo, base, head, upstream, conflicts, moved)
        return repo.commit_tree(tree, [head, upstream], "Bring in others' changes", author, email)
    tip = upstream
    for line in local:
        commit, *parents = line.split()
        tree = merge_trees(repo, parents[0] if parents else None, commit, tip, conflicts, moved)
        if tree == repo.out("rev-parse", f"{tip}^{{tree}}"):
            continue  # the same change is already there: no empty commit
        message = repo.run("log", "-1", "--format=%B", commit).stdout.decode("utf-8", "replace")
        # Share's own message said again of the change as shared: a page another author
        # retitled meanwhile is named by its new title, not the one this copy had.
        parent = parents[0] if parents else None
        message = sync_message.as_shared(repo, parent, commit, tip, tree, message)
        env = dict(
            zip(
                ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_AUTHOR_DATE"),
                repo.out("log", "-1", "--format=%an%x00%ae%x00%aI", commit).split("\0"),
                strict=False,
            )
        )
        ident = repo.identity(author, email)
        ident.update(env)
        tip = repo.out("commit-tree", tree, "-p", tip, input=message.encode(), env=ident)
    return tip


def merge_trees(
    repo: Repo,
    base: str | None,
    mine: str,
    theirs: str,
    conflicts: list[Conflict],
    moved: list[tuple[str, str]] | None = None,
) -> str:
    """A tree with both sides' changes since `base`; where they clash, mine (recorded). A
    page others moved that mine changed is merged at its new name (noted in `moved`)."""
    mine_changed = {c.path: c for c in repo.changes(base, mine)}
    files: dict[str, tuple[str, str] | None] = {}
    followed: dict[str, tuple[str, str]] = {}  # merged at a page's new name: set last
    moved_here: set[str] = set()  # pages this commit changed, merged at their new name
    moves: dict[str, str] | None = None
    for ch in repo.changes(base, theirs):
        ours = mine_changed.get(ch.path)
        if ours is not None and SUBMODULE in (ch.new_mode, ours.new_mode):
            continue  # a submodule changed on both sides: this copy's commit stays
        if ours is None:
            files[ch.path] = (ch.new_mode, ch.new_blob) if ch.new_blob else None
            continue
        if ch.new_blob is None and ours.new_blob is not None:
            moves = moved_pages(repo, base, theirs) if moves is None else moves
            new_path = moves.get(ch.path)
            if new_path and new_path not in mine_changed:
                theirs_bytes = repo.read(theirs, new_path) or b""
                old_bytes, mine_bytes = repo.blob(ch.old_blob), repo.blob(ours.new_blob) or b""
                merged, found = merge_file(
                    repo, new_path, old_bytes, mine_bytes, theirs_bytes, theirs
                )
                conflicts += found
                data = mine_bytes if merged is None else merged
                followed[new_path] = (ours.new_mode, repo.hash_bytes(data))
                files[ch.path] = None
                note_move(moved, ch.path, new_path)
                moved_here.add(ch.path)
                continue
            kept = repo.blob(ours.new_blob)
            conflicts += removal_choice(ch.path, kept, "others", theirs, ours.new_mode)
            continue
        if ours.new_blob == ch.new_blob:
            continue
        if ours.new_blob is None:
            found = removal_choice(ch.path, repo.blob(ch.new_blob), "here", theirs, ch.new_mode)
            if not found:
                files[ch.path] = (ch.new_mode, ch.new_blob)  # a link: theirs comes back
            conflicts += found
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
    # Files this commit added to a page bundle others moved go with its page, whether or not
    # the page was changed here too (they stayed behind when it was not).
    added_here = {
        c.path: (c.new_mode, c.new_blob)
        for c in mine_changed.values()
        if c.old_blob is None and c.new_blob
    }
    if added_here:
        moves = moved_pages(repo, base, theirs) if moves is None else moves
        for old, new_path in moves.items():
            if old not in mine_changed or old in moved_here:
                followed.update(carry_bundle_entries(repo, old, new_path, added_here, theirs))
    files.update(followed)
    return repo.tree_with(mine, files)


def removal_choice(
    path: str, kept: bytes | None, removed_by: str, theirs_commit: str, mode: str = "100644"
) -> list[Conflict]:
    """A file one side removed and the other changed (`kept`: the changed side's bytes): a
    choice, for a page as for a picture, a data file or the site's settings. Removed by
    "others": mine stays, "They removed this file.", theirs removes it; removed "here": it
    stays removed, "You removed this file.", theirs brings it back. (A link or another
    repository inside is not a file to choose about: git's own rules stay.)"""
    if kept is None or mode in (SYMLINK, SUBMODULE) or "\n" in path:
        return []
    text = file_in_words(path, kept)
    mine, theirs = (text, "") if removed_by == "others" else ("", text)
    return [Conflict(path, "file", "file", mine, theirs, theirs_commit=theirs_commit)]


def file_in_words(path: str, data: bytes) -> str:
    """A removed-or-changed file as the choice shows it: a text file's text, a picture or
    other binary file by its name and size (its bytes mean nothing to a reader)."""
    name = path.rsplit("/", 1)[-1]
    kind = kind_of(path)
    if kind != "image" and b"\0" not in data[:8000]:
        try:
            text = data.decode("utf-8").strip()
        except UnicodeDecodeError:
            text = None
        if text is not None:
            return text or ("(empty page)" if kind == "page" else "(empty file)")
    size = f"{len(data)} bytes" if len(data) < 1024 else f"{round(len(data) / 1024)} KB"
    return f"{'Picture' if kind == 'image' else 'File'} {name} ({size})"


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
        result = merge_saved_pages(base, mine, theirs, path)
        merged, found = result.data, result.conflicts
    elif kind == "notes":
        merged, found = _merge_notes(path, base, mine, theirs)
    else:
        # A picture, a data file, the settings: each side shown as it is (a text file's text,
        # a picture's name and size), not "the copy here" and "the copy from others".
        merged = mine
        found = [
            Conflict(path, "file", "file", file_in_words(path, mine), file_in_words(path, theirs))
        ]
    for c in found:
        c.theirs_commit = theirs_commit
        if base is None:  # both added one of that name: said so, not "changed"
            c.extra["both_added"] = True
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
            if _keeps_every_item(base, mine, theirs, merged):
                return merged, []
        except yaml.YAMLError:
            pass
    # Written on both sides at the same place (a first note on each side): by id, all kept.
    union = review_record.union_records(page_of(path), mine, theirs)
    if union is not None:
        return union, []
    return mine, [
        Conflict(path, "file", "file", "the review notes here", "the review notes from others")
    ]


def _keeps_every_item(base: bytes | None, mine: bytes, theirs: bytes, merged: bytes) -> bool:
    """True when the merged record holds every note, suggestion and decision either side has
    (those one side deleted aside): two records merged as text can read well and lose some."""
    ids = [review_record.record_ids(x) for x in (base or b"", mine, theirs, merged)]
    old, here, there, result = (x if x is not None else set() for x in ids)
    deleted = (old - here) | (old - there)
    return (here | there) - deleted <= result


def _update_files(
    repo: Repo,
    head: str | None,
    target: str,
    moved: list[tuple[str, str]] | None = None,
    moves: MovesFound | None = None,
) -> list[Conflict]:
    """Bring the files on disk from `head` to `target`, keeping every uncommitted change; a
    page changed here that others moved is merged at its new name (noted in `moved`).

    Files are compared as git stores them (line endings normalised as `git add` would), so a
    checkout with Windows line endings is not taken for a copy changed everywhere.
    """
    conflicts: list[Conflict] = []
    moves = moves or MovesFound(repo)  # asked twice below: worked out once
    changes = repo.changes(head, target)
    stamps = {ch.path: _stamp(repo.root / ch.path) for ch in changes}
    here_ids = repo.working_blobs([ch.path for ch in changes])
    follow = pages_to_follow(repo, head, target, changes, here_ids, moves)
    by_path = {ch.path: ch for ch in changes}
    carried: list[tuple[str, str]] = []  # bundles followed: their files added here go too

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
        if data is None:
            _remove_emptied_folders(path.parent, repo.root)

    for ch in changes:
        path = repo.root / ch.path
        here_id = here_ids.get(ch.path)
        if here_id == ch.new_blob or SUBMODULE in (ch.old_mode, ch.new_mode):
            continue  # a submodule is another repository: git's own commands update it
        if ch.path in follow.values():
            continue  # written with the changes made here at its old name, below
        if ch.path in follow:
            new_path, new_ch = follow[ch.path], by_path[follow[ch.path]]
            mine = path.read_bytes()
            merged, found = merge_file(
                repo,
                new_path,
                repo.checkout_bytes(ch.old_blob, ch.path),
                mine,
                repo.checkout_bytes(new_ch.new_blob, new_path),
                target,
                mine_blob=here_id,
            )
            conflicts += found
            write(
                repo.root / new_path, new_path, mine if merged is None else merged, new_ch.new_mode
            )
            write(path, ch.path, None, ch.old_mode)
            note_move(moved, ch.path, new_path)
            carried.append((ch.path, new_path))
            continue
        new = repo.checkout_bytes(ch.new_blob, ch.path) if ch.new_blob else None
        if here_id is None and ch.old_blob and new is not None:
            # Removed here, changed there: it stays removed, and whether to bring it back is
            # the person's choice (it came back with no word before).
            found = removal_choice(ch.path, new, "here", target, ch.new_mode)
            if found:
                conflicts += found
                continue
        if here_id is None or here_id == ch.old_blob:
            write(path, ch.path, new, ch.new_mode)  # not changed here (or deleted here): theirs
            continue
        if new is None:
            # Removed there, changed here: the change stays, and whether to remove it too is
            # the person's choice (said, where it went unnoticed and came back for others).
            conflicts += removal_choice(ch.path, path.read_bytes(), "others", target, ch.old_mode)
            continue
        old = repo.checkout_bytes(ch.old_blob, ch.path) if ch.old_blob else None
        merged, found = merge_file(
            repo, ch.path, old, path.read_bytes(), new, target, mine_blob=here_id
        )
        conflicts += found
        if merged is not None:
            write(path, ch.path, merged, ch.new_mode)
    if any(ch.new_blob is None and kind_of(ch.path) == "page" for ch in changes):
        # A bundle others moved takes the files added to it here, the page changed here or
        # not (they stayed in the old folder when it was not); a page kept at its old name
        # (a choice) keeps them.
        for old_page, new_page in moves.between(head, target).items():
            if not (repo.root / old_page).exists() and (old_page, new_page) not in carried:
                carried.append((old_page, new_page))
    for old_page, new_page in carried:  # after theirs are written: a name of theirs stays
        carry_bundle_files(repo, old_page, new_page)
    return conflicts


def _remove_emptied_folders(folder: Path, root: Path) -> None:
    """Remove the folders a removed file left empty, up to the working copy, as git does: an
    empty `_drafts` would still be a collection with no page in it."""
    while folder != root and root in folder.parents:
        try:
            folder.rmdir()  # only an empty folder goes
        except OSError:
            return
        folder = folder.parent


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
    if mode == SYMLINK:
        path.unlink(missing_ok=True)
        os.symlink(data.decode("utf-8", "surrogateescape"), path)
        return
    atomic_write(path, data)
    if mode == "100755":
        path.chmod(path.stat().st_mode | 0o111)
