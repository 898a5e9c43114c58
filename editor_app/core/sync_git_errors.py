"""What git's words mean for a person sharing: the server out of reach, the shared copy not
at its address, access refused, changes refused by the server; each said in one plain line.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.core.gitutil import GitError

# What git says when the server (or the shared drive) cannot be reached.
_OFFLINE_WORDS = (
    "could not resolve host",
    "could not resolve hostname",
    "connection refused",
    "connection timed out",
    "network is unreachable",
    "no route to host",
    "operation timed out",
    "failed to connect",
    "does not appear to be a git repository",
    "could not read from remote repository",
    "unable to access",
    "temporary failure in name resolution",
    "timed out",
)
_REFUSED_WORDS = (
    "authentication failed",
    "permission denied",
    "access denied",
    # HTTP's "forbidden", as git words it: a bare "403" also matched addresses (port :40391,
    # a folder pytest-403) and told a mistyped address as refused access.
    "returned error: 403",
    "403 forbidden",
    "terminal prompts disabled",
    "could not read username",
    "could not read password",
)


class OfflineError(GitError):
    """The server could not be reached: work stays here and is shared later."""


class NotFoundError(OfflineError):
    """The shared copy is not where this copy's settings say (a mistyped or moved address): the
    server or the folder holding it answered, without it. An `OfflineError` too, so work kept
    for later stays kept; the status, Get latest and Share my changes say what is wrong."""


class AccessError(GitError):
    """The server answered but refused: the person's git sign-in needs setting up."""


def _local_folder(address: str, root: Path) -> Path | None:
    """The folder a remote address names on this computer, or None for a server's address."""
    if address.startswith("file://"):
        return Path(address.removeprefix("file://"))
    if "://" in address:
        return None
    colon, slash = address.find(":"), address.find("/")
    # git's own rule: `host:path` (ssh) has a colon before any slash; `C:\...` is a drive.
    if colon > 1 and (slash < 0 or colon < slash):
        return None
    return root / address  # a relative address is from the working copy, as git reads it


def _holds_files(folder: Path) -> bool:
    try:
        return folder.is_dir() and any(folder.iterdir())
    except OSError:
        return False


def _error(stderr: bytes, command: str) -> GitError:
    lines = stderr.decode("utf-8", "replace").strip().splitlines()
    text = " ".join(lines).lower()
    if any(word in text for word in _REFUSED_WORDS):
        return AccessError(
            "The server refused access. Sign in to it once with git (the app uses git's own "
            "sign-in and never asks for a password)."
        )
    if command in ("fetch", "push", "ls-remote") and any(w in text for w in _OFFLINE_WORDS):
        return OfflineError("The server cannot be reached.")
    return GitError(lines[-1] if lines else f"git {command} failed")


class PushRefusedError(GitError):
    """The server answered and took the changes, then refused them (a protected branch, a
    check of its own): they stay saved here, and the server's own words say why."""


def push_refusal(stdout: bytes, stderr: bytes) -> PushRefusedError | None:
    """The server's refusal of a push (`[remote rejected]`, a hook that declined), in one
    line with its own reason; None for any other failure."""
    out = stdout.decode("utf-8", "replace")
    if "[remote rejected]" not in out:
        return None
    said = [
        line.strip()[len("remote:") :].strip()
        for line in stderr.decode("utf-8", "replace").splitlines()
        if line.strip().startswith("remote:")
    ]
    said = [line for line in said if line and not set(line) <= set("-=* ")]
    reason = " ".join(said)
    if not reason:  # git's own words after the branch: "(pre-receive hook declined)"
        reason = out.split("[remote rejected]", 1)[1].splitlines()[0].strip(" ()")
    reason = reason.removeprefix("error: ").rstrip(".")
    reason = reason if len(reason) <= 200 else reason[:199] + "…"
    return PushRefusedError(
        f"The server did not take your changes ({reason}). They are saved here, not shared: "
        "ask whoever looks after the shared copy."
    )
