"""Whether the open page's file on disk is what the last Get latest brought in.

The window's watch on disk reads a changed page again and says why. When the new version is
others' changes brought by Get latest (the window's own, or `editor-app sync pull` run beside
it), that is said in the Sharing bar's words ("Updated with Ana Author's changes"), not as
"changed by another program"; a page the last Get latest removed, as others removed it, not as
"deleted or moved by another program".
"""

from __future__ import annotations

from pathlib import Path

from editor_app.core.gitutil import GitError
from editor_app.core.sync_base import SyncError, last_get_latest, open_repo


def brought_in_by(path: Path) -> str | None:
    """Who made the changes the last Get latest brought into the file at `path` ("" when
    unknown), when the file on disk is exactly that version; None when it is not (another
    program changed it since, or it is not in a git copy)."""
    path = Path(path)
    try:
        repo = open_repo(path.parent)
        rel = path.resolve().relative_to(repo.root.resolve()).as_posix()
        # Listed only while the copy is still at the commit Get latest left (HEAD is there).
        if rel not in last_get_latest(repo):
            return None
        blob = repo.out("rev-parse", "--verify", "-q", f"HEAD:{rel}", check=False)
        if not blob or repo.checkout_bytes(blob, rel) != path.read_bytes():
            return None  # changed again since: not what Get latest left
        # Who last changed the page on the server's side (not a commit of this copy replayed).
        theirs = repo.upstream_ref() or "HEAD"
        return repo.out("log", "-1", "--format=%an", "--no-merges", theirs, "--", rel)
    except (SyncError, GitError, OSError, ValueError):
        return None


def removed_by_get_latest(path: Path) -> bool:
    """Whether the last Get latest removed the file at `path` (others removed it) and it is
    still gone; False when another program removed it, or it is not in a git copy."""
    path = Path(path)
    if path.exists():
        return False
    folder = path.parent
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent  # a removed page's empty folder goes with it
    try:
        repo = open_repo(folder)
        rel = path.resolve().relative_to(repo.root.resolve()).as_posix()
        if rel not in last_get_latest(repo):
            return False
        return not repo.out("rev-parse", "--verify", "-q", f"HEAD:{rel}", check=False)
    except (SyncError, GitError, OSError, ValueError):
        return False
