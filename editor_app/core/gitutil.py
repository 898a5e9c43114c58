"""Read-only questions to the system `git` about a site's history (local only, no network)."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path


class GitError(Exception):
    """`git` is missing or refused a request; the message is in plain words."""


@dataclass(frozen=True)
class Commit:
    """One commit that touched a file."""

    sha: str
    date: datetime  # commit date, timezone-aware
    author: str
    subject: str
    author_email: str = ""  # as the commit has it ("" when none)

    @property
    def short(self) -> str:
        return self.sha[:8]


# Nothing here may prompt, page, read the user's odd settings or reach a network.
_ENV = {
    "GIT_TERMINAL_PROMPT": "0",
    "GIT_PAGER": "cat",
    "GIT_OPTIONAL_LOCKS": "0",
    "LC_ALL": "C",
}


def git_available() -> bool:
    """True when a `git` program can be run."""
    return shutil.which("git") is not None


def _run(root: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ)
    env.update(_ENV)
    try:
        proc = subprocess.run(
            ["git", "-C", str(root), "-c", "core.quotepath=off", *args],
            capture_output=True,
            env=env,
            check=False,
        )
    except OSError as exc:
        raise GitError(f"The git program could not be run: {exc}") from exc
    if check and proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(message[-1] if message else f"git {args[0]} failed")
    return proc


def repo_root(path: str | os.PathLike[str]) -> Path | None:
    """The top folder of the git repository holding `path`, or None (no git, or not in one)."""
    if not git_available():
        return None
    p = Path(path)
    folder = p if p.is_dir() else p.parent
    if not folder.exists():
        return None
    try:
        proc = _run(folder, "rev-parse", "--show-toplevel", check=False)
    except GitError:
        return None
    if proc.returncode != 0:
        return None
    return Path(proc.stdout.decode("utf-8").strip()).resolve()


def _relative(root: Path, path: str | os.PathLike[str]) -> str:
    return Path(path).resolve().relative_to(root).as_posix()


def is_tracked(root: Path, path: str | os.PathLike[str]) -> bool:
    """True when git knows the file (it is in the index)."""
    proc = _run(root, "ls-files", "--error-unmatch", "--", _relative(root, path), check=False)
    return proc.returncode == 0


def has_commits(root: Path) -> bool:
    """True when the repository has at least one commit."""
    return _run(root, "rev-parse", "--verify", "-q", "HEAD", check=False).returncode == 0


def file_at(root: Path, commit: str, path: str | os.PathLike[str]) -> bytes | None:
    """The file's bytes as they were at `commit`, or None when it did not exist there."""
    proc = _run(root, "show", f"{commit}:{_relative(root, path)}", check=False)
    return proc.stdout if proc.returncode == 0 else None


_FORMAT = "%H%x1f%cI%x1f%an%x1f%ae%x1f%s%x1e"


def _parse_log(out: bytes) -> list[Commit]:
    commits = []
    for record in out.decode("utf-8", "replace").split("\x1e"):
        record = record.strip("\n")
        if not record:
            continue
        sha, date, author, email, subject = (record.split("\x1f", 4) + ["", "", "", ""])[:5]
        commits.append(Commit(sha, datetime.fromisoformat(date), author, subject, email))
    return commits


def commits_touching(
    root: Path, path: str | os.PathLike[str], limit: int | None = None
) -> list[Commit]:
    """Commits that changed the file, newest first (following renames)."""
    if not has_commits(root):
        return []
    args = ["log", "--follow", f"--format={_FORMAT}"]
    if limit:
        args.append(f"-n{limit}")
    proc = _run(root, *args, "--", _relative(root, path), check=False)
    return _parse_log(proc.stdout) if proc.returncode == 0 else []


def last_commit_dates(root: Path) -> dict[Path, datetime]:
    """For every file in the history, the date of the newest commit that changed it.

    One `git log` for the whole repository: asking per file would cost a process per document.
    """
    if not has_commits(root):
        return {}
    proc = _run(root, "log", "--format=%x1e%cI", "--name-only", "--no-renames", check=False)
    dates: dict[Path, datetime] = {}
    for record in proc.stdout.decode("utf-8", "replace").split("\x1e"):
        lines = [line for line in record.splitlines() if line.strip()]
        if not lines:
            continue
        when = datetime.fromisoformat(lines[0].strip())
        for name in lines[1:]:
            # Newest first: the first date seen for a file is its last change.
            dates.setdefault((root / name).resolve(), when)
    return dates


def head_version(root: Path, path: str | os.PathLike[str]) -> bytes | None:
    """The file as in the last commit (HEAD), or None when it is not in it."""
    if not has_commits(root):
        return None
    return file_at(root, "HEAD", path)


def working_tree_changed(root: Path, path: str | os.PathLike[str]) -> bool:
    """True when the file on disk differs from the last commit (or is not in it)."""
    head = head_version(root, path)
    try:
        now = Path(path).read_bytes()
    except OSError:
        return head is not None
    return head != now


def mtime_datetime(path: str | os.PathLike[str]) -> datetime | None:
    """The file's modification time as an aware datetime, or None when unreadable."""
    try:
        return datetime.fromtimestamp(Path(path).stat().st_mtime, tz=UTC)
    except OSError:
        return None


def uncommitted_paths(root: Path) -> set[Path]:
    """Files changed, added or unknown to git since the last commit (one `git status`)."""
    proc = _run(root, "status", "--porcelain", "-z", "--untracked-files=all", check=False)
    paths: set[Path] = set()
    parts = proc.stdout.decode("utf-8", "replace").split("\0")
    i = 0
    while i < len(parts):
        entry = parts[i]
        i += 1
        if len(entry) < 4:
            continue
        status, name = entry[:2], entry[3:]
        paths.add((root / name).resolve())
        if "R" in status or "C" in status:
            i += 1  # the next part is the old name of a rename or copy
    return paths


def user_name(where: str | os.PathLike[str] | None = None) -> str | None:
    """The user's name from git's configuration, or None: as git sees it at `where` (a page
    or folder; its repository's own user.name, else the global one), else the global one."""
    if not git_available():
        return None
    try:
        if where is None:
            # The user's own setting, not whatever repository the program happens to run in.
            out = _run(Path.home(), "config", "--global", "user.name", check=False).stdout
        else:
            folder = Path(where)
            while not folder.is_dir() and folder != folder.parent:
                folder = folder.parent  # a page (or one not written yet): its folder
            out = _run(folder, "config", "user.name", check=False).stdout
    except GitError:
        return None
    name = out.decode("utf-8", "replace").strip()
    return name or None
