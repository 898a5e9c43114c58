"""The versions of a page an editor compares: git commits, or the last reviewed copy."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from editor_app.core import gitutil
from editor_app.core.review.common import ReviewError, _when, atomic_write, user_data_dir
from editor_app.core.review.diff import DocumentDiff, diff_versions


@dataclass(frozen=True)
class Snapshot:
    """The copy of a document the editor last marked as reviewed."""

    data: bytes
    taken: datetime


class SnapshotStore:
    """Review snapshots in the user's data folder, one per document (keyed by its path)."""

    def __init__(self, folder: str | os.PathLike[str] | None = None) -> None:
        self.folder = Path(folder) if folder is not None else user_data_dir() / "review-snapshots"

    def _key(self, path: str | os.PathLike[str]) -> str:
        return hashlib.sha256(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:32]

    def mark_reviewed(self, path: str | os.PathLike[str], data: bytes | None = None) -> Snapshot:
        """Keep the document as it is now (or `data`) as the last reviewed version."""
        if data is None:
            data = Path(path).read_bytes()
        taken = datetime.now(UTC).replace(microsecond=0)
        key = self._key(path)
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write(self.folder / f"{key}.snapshot", data)
        meta = {"path": str(Path(path).resolve()), "taken": taken.isoformat()}
        atomic_write(self.folder / f"{key}.json", json.dumps(meta).encode("utf-8"))
        return Snapshot(data, taken)

    def get(self, path: str | os.PathLike[str]) -> Snapshot | None:
        """The last reviewed version, or None when the document was never marked reviewed."""
        key = self._key(path)
        try:
            data = (self.folder / f"{key}.snapshot").read_bytes()
            meta = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            taken = datetime.fromisoformat(meta["taken"])
        except (OSError, ValueError, KeyError):
            return None
        return Snapshot(data, taken)

    def forget(self, path: str | os.PathLike[str]) -> None:
        """Drop the snapshot of a document."""
        key = self._key(path)
        for suffix in (".snapshot", ".json"):
            try:
                (self.folder / f"{key}{suffix}").unlink()
            except FileNotFoundError:
                pass


class History:
    """The versions of one document an editor can compare: git commits, or the review snapshot."""

    def __init__(
        self, path: str | os.PathLike[str], snapshots: SnapshotStore | None = None
    ) -> None:
        self.path = Path(path).resolve()
        self.snapshots = snapshots if snapshots is not None else SnapshotStore()
        self.git_root = gitutil.repo_root(self.path)

    @property
    def uses_git(self) -> bool:
        return self.git_root is not None and gitutil.has_commits(self.git_root)

    def commits(self) -> list[gitutil.Commit]:
        """Commits that changed this document, newest first (empty without git)."""
        if self.git_root is None:
            return []
        return gitutil.commits_touching(self.git_root, self.path)

    def _current(self) -> bytes | None:
        try:
            return self.path.read_bytes()
        except OSError:
            return None

    def since_last_commit(self, plain: bool = False) -> DocumentDiff:
        """The working copy against the last commit (`plain`: its columns named without git's
        words, for the window)."""
        assert self.git_root is not None
        old = gitutil.head_version(self.git_root, self.path)
        if plain:
            label = "Last version in history" if old is not None else "Not in history before"
            return diff_versions(old, self._current(), label, "Now (not in history yet)")
        label = "Last commit" if old is not None else "Last commit (the page was not in it)"
        return diff_versions(old, self._current(), label, "Now (not committed)")

    def latest_change(self) -> tuple[DocumentDiff, gitutil.Commit | None]:
        """What changed last: the changes not in history yet, else what the newest commit
        that touched the page changed (with that commit; None when the changes are not in
        history yet, or the page has no commit). On a shared site every change others made
        arrives as a commit, so "since the last commit" alone showed the editor nothing."""
        assert self.git_root is not None
        pending = self.since_last_commit(plain=True)
        if pending.changed:
            return pending, None
        commits = self.commits()
        if not commits:
            return pending, None
        newest = commits[0]
        old = gitutil.file_at(self.git_root, commits[1].sha, self.path) if len(commits) > 1 else None
        before = "Before it" if old is not None else "Before it (the page was not there)"
        after = f"{_when(newest.date)}: {newest.subject} ({newest.author})"
        return diff_versions(old, self._current(), before, after), newest

    def between(self, older: str, newer: str | None) -> DocumentDiff:
        """Between two commits (`newer` None: the file as it is now)."""
        assert self.git_root is not None
        by_sha = {c.sha: c for c in self.commits()}

        def label(sha: str) -> str:
            c = by_sha.get(sha)
            return f"{_when(c.date)}: {c.subject}" if c else sha[:8]

        old = gitutil.file_at(self.git_root, older, self.path)
        if newer is None:
            return diff_versions(old, self._current(), label(older), "Now")
        new = gitutil.file_at(self.git_root, newer, self.path)
        return diff_versions(old, new, label(older), label(newer))

    def since_reviewed(self) -> DocumentDiff | None:
        """Against the snapshot last marked as reviewed; None when there is none."""
        snap = self.snapshots.get(self.path)
        if snap is None:
            return None
        return diff_versions(
            snap.data, self._current(), f"Last reviewed ({_when(snap.taken)})", "Now"
        )

    def what_changed(self) -> DocumentDiff | None:
        """The default comparison: since the last commit under git, else since last reviewed."""
        if self.uses_git:
            return self.since_last_commit()
        return self.since_reviewed()

    def mark_reviewed(self) -> Snapshot:
        """Remember the document as it is now as the reviewed version."""
        return self.snapshots.mark_reviewed(self.path)

    def resolve(self, revision: str) -> str:
        """The full id of a commit named any way git accepts (`a1b2c3d`, `HEAD~1`, a tag).

        Raises ReviewError when the page is not under git or no such commit exists: comparing
        with a misspelt name must not show the whole page as new.
        """
        if not self.uses_git or self.git_root is None:
            raise ReviewError("This page is not in a git repository with commits.")
        name = revision.strip()
        if not name or name.startswith("-"):
            raise ReviewError(f"“{revision}” is not the name of a commit.")
        proc = gitutil._run(  # noqa: SLF001 (the one read-only question gitutil lacks)
            self.git_root, "rev-parse", "--verify", "-q", f"{name}^{{commit}}", check=False
        )
        sha = proc.stdout.decode("utf-8", "replace").strip()
        if proc.returncode != 0 or not sha:
            raise ReviewError(f"There is no commit called “{revision}” in this repository.")
        return sha
