"""The real site under git, for the review tests of the core, the window and the command line.

Test folders are not packages: tests/core is on the import path for its own modules, and the
window and command-line tests add it before importing this module.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

BRAND = "_resources/brand-narrative.md"  # status: draft
BRIEFING = "_resources/legitimate-interests-briefing-paper.md"  # status: draft
EDUCATION = "_resources/ai-in-education.md"  # status: final

# Commits made by a known person, whatever the machine's own git settings say.
_GIT_ENV = {
    "GIT_AUTHOR_NAME": "Ada Editor",
    "GIT_AUTHOR_EMAIL": "ada@example.org",
    "GIT_COMMITTER_NAME": "Ada Editor",
    "GIT_COMMITTER_EMAIL": "ada@example.org",
    "PATH": "/usr/bin:/bin",
}


def git(root: Path, *args: str) -> str:
    """Run git in `root` (its HOME is the folder above, so no user setting leaks in)."""
    env = dict(_GIT_ENV, HOME=str(root.parent))
    return subprocess.run(
        ["git", "-C", str(root), *args], check=True, capture_output=True, text=True, env=env
    ).stdout


def replace_in(path: Path, old: str, new: str) -> None:
    """Replace the first `old` in the file's bytes (it must be there)."""
    data = path.read_bytes()
    assert old.encode() in data, f"{old!r} is not in {path}"
    path.write_bytes(data.replace(old.encode(), new.encode(), 1))


def make_git_site(root: Path, education_draft: bool = False) -> Path:
    """Put the site copy at `root` under git, everything committed as "Import the site".

    With `education_draft`, a second commit ("Ready for another look") turns the final page
    EDUCATION back into a draft, so it has two versions to compare.
    """
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Import the site")
    if education_draft:
        replace_in(root / EDUCATION, "status: final", "status: draft")
        git(root, "commit", "-qam", "Ready for another look")
    return root
