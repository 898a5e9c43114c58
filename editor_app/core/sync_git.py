"""The system `git`, for sharing: fetch, push and commits built without touching the checkout.

Why the system `git` rather than a library: it is already required (history in review mode),
adds no dependency, and the person's own credential helper, ssh agent and remote settings work
exactly as in a terminal. The app never asks for or stores a password: GIT_TERMINAL_PROMPT=0
and ssh in batch mode make a missing credential fail at once instead of waiting for typing.
"""

from __future__ import annotations

import getpass
import os
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor_app.core.gitutil import GitError
from editor_app.core.sync_git_errors import (  # noqa: F401 - the errors are named from here too
    AccessError,
    NotFoundError,
    OfflineError,
    PushRefusedError,
    _error,
    _holds_files,
    _local_folder,
    push_refusal,
)

_ENV = {
    "GIT_TERMINAL_PROMPT": "0",
    "GIT_PAGER": "cat",
    "LC_ALL": "C",
    "GIT_MERGE_AUTOEDIT": "no",
}
NETWORK_TIMEOUT = 120  # seconds; a server that stops answering counts as unreachable


@dataclass(frozen=True)
class Change:
    """One file that differs between two trees (`git diff-tree --raw`)."""

    status: str  # A(dded), M(odified), D(eleted), T(ype changed)
    path: str
    old_mode: str
    new_mode: str
    old_blob: str | None  # None: not in the old tree
    new_blob: str | None  # None: not in the new tree


_NO_BLOB = "0" * 40


class GitRunner:
    """Runs the `git` program in one working copy: settings, and talking to the server."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._git_dir: Path | None = None
        self._cache: dict[str, Any] = {}  # branch and settings, read once per Repo

    # -- running git ---------------------------------------------------------------------------

    def run(
        self,
        *args: str,
        check: bool = True,
        input: bytes | None = None,
        env: dict[str, str] | None = None,
        timeout: float | None = None,
    ) -> subprocess.CompletedProcess[bytes]:
        full_env = dict(os.environ)
        full_env.update(_ENV)
        if env:
            full_env.update(env)
        try:
            proc = subprocess.run(
                ["git", "-C", str(self.root), "-c", "core.quotepath=off", *args],
                input=input,
                capture_output=True,
                env=full_env,
                check=False,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired as exc:
            raise OfflineError("The server did not answer in time.") from exc
        except OSError as exc:
            raise GitError(f"The git program could not be run: {exc}") from exc
        if check and proc.returncode != 0:
            raise _error(proc.stderr, args[0])
        return proc

    def out(self, *args: str, **kwargs: object) -> str:
        return self.run(*args, **kwargs).stdout.decode("utf-8", "replace").strip()  # type: ignore[arg-type]

    def ok(self, *args: str) -> bool:
        return self.run(*args, check=False).returncode == 0

    @property
    def git_dir(self) -> Path:
        if self._git_dir is None:
            self._git_dir = Path(self.root, self.out("rev-parse", "--git-dir")).resolve()
        return self._git_dir

    def _settings(self) -> dict[str, str]:
        """Every git setting of this copy, read once (`git config --list`)."""
        if "config" not in self._cache:
            out = self.run("config", "-z", "--list", check=False).stdout.decode("utf-8", "replace")
            found: dict[str, str] = {}
            for entry in out.split("\0"):
                key, _, value = entry.partition("\n")
                if key:
                    found[_config_key(key)] = value  # the last one wins, as in git
            self._cache["config"] = found
        return self._cache["config"]

    def config(self, key: str) -> str | None:
        return self._settings().get(_config_key(key)) or None

    def set_config(self, key: str, value: str) -> None:
        self.run("config", key, value)
        self._cache.pop("config", None)

    # -- the network ---------------------------------------------------------------------------

    def _network_env(self) -> dict[str, str]:
        """ssh may not ask for a passphrase or a host confirmation either (the agent answers),
        unless the person set their own ssh command, which is then used as it is."""
        # A server that stops answering: given up after 30 s below 1 KB/s (https).
        env = {"GIT_HTTP_LOW_SPEED_LIMIT": "1000", "GIT_HTTP_LOW_SPEED_TIME": "30"}
        if not (
            "GIT_SSH_COMMAND" in os.environ
            or "GIT_SSH" in os.environ
            or self.config("core.sshCommand")
        ):
            env["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes -o ConnectTimeout=20"
        return env

    def fetch(self, remote: str) -> None:
        """Fetch; waits for another git fetching into this copy at the same moment (the
        window's status check while Get latest starts: git refused, 'cannot lock ref')."""
        for attempt in range(LOCK_TRIES):
            proc = self.run(
                "fetch",
                "--prune",
                "--quiet",
                remote,
                check=False,
                timeout=NETWORK_TIMEOUT,
                env=self._network_env(),
            )
            if proc.returncode == 0:
                return
            if not _held_by_another_git(proc.stderr) or attempt == LOCK_TRIES - 1:
                break
            time.sleep(LOCK_WAIT_S)
        if _held_by_another_git(proc.stderr):
            raise GitError(
                "Another sharing step was running on this copy at the same moment: try again."
            )
        raise self._network_error(remote, proc.stderr, "fetch")

    def push(self, remote: str, *refspecs: str) -> bool:
        """Push; False when the server has changes this copy has not got (get latest first)."""
        proc = self.run(
            "push",
            "--porcelain",
            remote,
            *refspecs,
            check=False,
            timeout=NETWORK_TIMEOUT,
            env=self._network_env(),
        )
        if proc.returncode == 0:
            return True
        text = (proc.stdout + proc.stderr).decode("utf-8", "replace").lower()
        if "[rejected]" in text or "non-fast-forward" in text or "fetch first" in text:
            return False
        refused = push_refusal(proc.stdout, proc.stderr)
        if refused is not None:
            raise refused
        raise self._network_error(remote, proc.stderr, "push")

    def _network_error(self, remote: str, stderr: bytes, command: str) -> GitError:
        """What went wrong talking to the server; a shared copy that is not at its address
        is told apart from a server that cannot be reached (both "Offline" before)."""
        error = _error(stderr, command)
        if isinstance(error, AccessError):
            return error
        address = self.config(f"remote.{remote}.url") or remote
        text = stderr.decode("utf-8", "replace").lower()
        answered = "repository not found" in text or (
            "repository '" in text and "' not found" in text
        )
        if not answered and "does not appear to be a git repository" in text:
            folder = _local_folder(address, self.root)
            # A folder on this computer: missing while the folder that holds it is there and
            # not empty, it was mistyped or moved; else the drive is not mounted (offline).
            answered = folder is None or _holds_files(folder.parent)
        folder = _local_folder(address, self.root) if answered else None
        if folder is not None and _holds_files(folder):
            # The folder is there, holding something other than a shared copy.
            return NotFoundError(
                f"The folder at {address} is not a shared copy: check its address (mistyped?)"
            )
        if answered:
            # Short: the Sharing bar's line is cut in a narrow window.
            return NotFoundError(
                f"The shared copy at {address} was not found: check its address (moved or "
                "mistyped?)"
            )
        return error


class Repo(GitRunner):
    """One git working copy: questions about its history, and commits built without a checkout."""

    # -- questions -----------------------------------------------------------------------------

    def rev(self, name: str) -> str | None:
        proc = self.run("rev-parse", "--verify", "-q", f"{name}^{{commit}}", check=False)
        return proc.stdout.decode().strip() if proc.returncode == 0 else None

    def branch(self) -> str | None:
        if "branch" not in self._cache:
            proc = self.run("symbolic-ref", "-q", "--short", "HEAD", check=False)
            self._cache["branch"] = proc.stdout.decode().strip() if proc.returncode == 0 else None
        return self._cache["branch"]

    def remote(self) -> str | None:
        """The remote to share with: the branch's own, else `origin`, else the only one."""
        branch = self.branch()
        if branch:
            name = self.config(f"branch.{branch}.remote")
            if name and name != ".":
                return name
        remotes = sorted(
            {
                k[len("remote.") : -len(".url")]
                for k in self._settings()
                if k.startswith("remote.") and k.endswith(".url")
            }
        )
        if "origin" in remotes:
            return "origin"
        return remotes[0] if len(remotes) == 1 else None

    def upstream_ref(self) -> str | None:
        """The remote-tracking branch this branch shares with (`refs/remotes/origin/main`)."""
        branch, remote = self.branch(), self.remote()
        if not branch or not remote:
            return None
        merge = self.config(f"branch.{branch}.merge")
        name = merge.removeprefix("refs/heads/") if merge else branch
        return f"refs/remotes/{remote}/{name}"

    def is_ancestor(self, older: str, newer: str) -> bool:
        return self.ok("merge-base", "--is-ancestor", older, newer)

    def merge_base(self, a: str, b: str) -> str | None:
        proc = self.run("merge-base", a, b, check=False)
        return proc.stdout.decode().strip() if proc.returncode == 0 else None

    def count(self, spec: str) -> int:
        return int(self.out("rev-list", "--count", spec) or 0)

    def changes(self, old: str | None, new: str, paths: list[str] | None = None) -> list[Change]:
        """Files that differ between two commits (`old` None: everything in `new`)."""
        out = self.run(
            "diff-tree",
            "-r",
            "-z",
            "--no-renames",
            "--no-abbrev",
            "--raw",
            old if old else self.empty_tree(),
            new,
            "--",
            *(paths or []),
        ).stdout
        parts = os.fsdecode(out).split("\0")  # file names as the system has them
        found = []
        for i in range(0, len(parts) - 1, 2):
            meta = parts[i].lstrip(":").split()
            if len(meta) < 5:
                continue
            old_mode, new_mode, old_blob, new_blob, status = meta[:5]
            found.append(
                Change(
                    status[0],
                    parts[i + 1],
                    old_mode,
                    new_mode,
                    None if old_blob == _NO_BLOB else old_blob,
                    None if new_blob == _NO_BLOB else new_blob,
                )
            )
        return found

    def blob(self, blob_id: str | None) -> bytes | None:
        if not blob_id:
            return None
        return self.run("cat-file", "blob", blob_id).stdout

    def blobs(self, blob_ids: list[str | None]) -> dict[str, bytes]:
        """Several blobs' bytes read by one git program (`cat-file --batch`)."""
        wanted = list(dict.fromkeys(b for b in blob_ids if b))
        if not wanted:
            return {}
        out = self.run("cat-file", "--batch", input="\n".join(wanted).encode() + b"\n").stdout
        found: dict[str, bytes] = {}
        at = 0
        for blob_id in wanted:
            end = out.index(b"\n", at)
            header = out[at:end].split()
            at = end + 1
            if len(header) < 3:  # "<id> missing"
                continue
            size = int(header[2])
            found[blob_id] = out[at : at + size]
            at += size + 1  # the newline after each blob
        return found

    def empty_tree(self) -> str:
        return self.out("hash-object", "-t", "tree", "--stdin", input=b"")

    def read(self, commit: str | None, path: str) -> bytes | None:
        """The file at `commit` (as `git show commit:path`), or None when it is not there."""
        if not commit:
            return None
        proc = self.run("cat-file", "blob", f"{commit}:{path}", check=False)
        return proc.stdout if proc.returncode == 0 else None

    def hash_bytes(self, data: bytes, write: bool = True, path: str | None = None) -> str:
        """The blob id of these bytes (stored with `write`); `path`: as git stores that file
        (its line-ending and filter settings applied, as `git add` would)."""
        args = ["hash-object", "--stdin"] + (["-w"] if write else [])
        if path:
            args.append(f"--path={path}")
        return self.out(*args, input=data)

    def working_blobs(self, paths: list[str], write: bool = False) -> dict[str, str]:
        """The blob id each file on disk would have once added (one git call for all)."""
        present = [p for p in paths if (self.root / p).is_file()]
        if not present:
            return {}
        args = ["hash-object", "--stdin-paths"] + (["-w"] if write else [])
        ids = self.out(*args, input=b"\n".join(map(os.fsencode, present)) + b"\n").split()
        return dict(zip(present, ids, strict=False))

    def checkout_bytes(self, blob_id: str, path: str) -> bytes:
        """A blob's bytes as a checkout would write them at `path` (line endings, filters)."""
        proc = self.run("cat-file", "--filters", f"--path={path}", blob_id, check=False)
        return proc.stdout if proc.returncode == 0 else self.run("cat-file", "blob", blob_id).stdout

    def versions_of(self, commit: str, path: str) -> set[str]:
        """Every blob the file had in `commit`'s history (to see if a copy is an old version)."""
        out = self.out(
            "log",
            "--full-history",
            "--format=",
            "--raw",
            "--no-abbrev",
            "--no-renames",
            commit,
            "--",
            path,
            check=False,
        )
        found = set()
        for line in out.splitlines():
            fields = line.split()
            if len(fields) >= 4 and line.startswith(":"):
                found.update(fields[2:4])
        return found

    # -- writing -------------------------------------------------------------------------------

    def tree_with(self, parent: str | None, files: dict[str, tuple[str, str] | None]) -> str:
        """A tree: `parent`'s with these paths set to (mode, blob) or removed (None)."""
        with tempfile.TemporaryDirectory() as tmp:
            env = {"GIT_INDEX_FILE": str(Path(tmp) / "index")}
            if parent:
                self.run("read-tree", parent, env=env)
            lines = []
            for path, entry in files.items():
                mode, blob = entry if entry is not None else ("0", "0" * 40)
                lines.append(f"{mode} {blob}\t".encode() + os.fsencode(path))
            if lines:
                self.run(
                    "update-index", "-z", "--index-info", input=b"\0".join(lines) + b"\0", env=env
                )
            return self.out("write-tree", env=env)

    def commit_tree(
        self,
        tree: str,
        parents: list[str],
        message: str,
        author: str | None = None,
        email: str | None = None,
    ) -> str:
        args = ["commit-tree", tree]
        for p in parents:
            args += ["-p", p]
        return self.out(*args, input=message.encode(), env=self.identity(author, email))

    def identity(self, name: str | None, email: str | None = None) -> dict[str, str]:
        """Author and committer: the app's name setting, else git's, else the login name; the
        e-mail is the app's e-mail setting (`email`), else git's `user.email`, else none
        (`Name <>`, which git accepts). Git's own guess from the login and the machine's name
        (`root@vm`) is never written into the shared history: it reaches nobody and tells the
        machine's account to everyone."""
        who = name or self.config("user.name") or _login()
        email = (email or "").strip() or self.config("user.email") or ""
        return {
            "GIT_AUTHOR_NAME": who,
            "GIT_AUTHOR_EMAIL": email,
            "GIT_COMMITTER_NAME": who,
            "GIT_COMMITTER_EMAIL": email,
        }

    def move_branch(self, branch: str, new: str, old: str | None) -> None:
        args = ["update-ref", "-m", "editor-app", f"refs/heads/{branch}", new]
        if old:
            args.append(old)
        self.run(*args)

    def set_index(self, paths: list[str]) -> None:
        """Make the index hold these files as they are on disk (they were just committed)."""
        if paths:
            self.run(
                "update-index",
                "--add",
                "--remove",
                "-z",
                "--stdin",
                input=b"\0".join(map(os.fsencode, paths)) + b"\0",
            )


def _config_key(key: str) -> str:
    """Section and name are case-blind in git; a subsection (a branch name) is not."""
    first, _, rest = key.partition(".")
    middle, _, last = rest.rpartition(".")
    return (
        f"{first.lower()}.{middle}.{last.lower()}" if middle else f"{first.lower()}.{last.lower()}"
    )


def _login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "editor"


LOCK_TRIES = 20
LOCK_WAIT_S = 0.5  # at most 10 s in all: a status check's fetch takes a few seconds


def _held_by_another_git(stderr: bytes) -> bool:
    text = stderr.decode("utf-8", "replace").lower()
    return "cannot lock ref" in text or (".lock" in text and "file exists" in text)
