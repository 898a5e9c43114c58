"""Shared copies of a site for the sharing tests: a bare "server" and two people's clones.

Test folders are not packages: tests/core is on the import path for its own modules; the
window and command-line tests add it before importing this module.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

POST = "_posts/2025-03-01-council-listens.md"
OTHER = "_posts/2025-02-01-second-post.md"

POST_TEXT = """---
title: What happens when a council listens
subtitle: A short story
author: Ada Author
status: draft
tags:
  - democracy
---
The council met on a wet Tuesday in March.

Residents had written three hundred letters about the park.

The officers read every one of them, and the plan changed.

In the end the park kept its trees.
"""

OTHER_TEXT = """---
title: Second post
subtitle: Another one
author: Ada Author
status: final
---
A finished page.
"""

SCHEMA = """collections:
  posts:
    fields:
      - name: title
        required: true
      - subtitle
      - author
      - name: status
        type: choice
        choices: [draft, final]
        default: draft
      - name: tags
        type: list
"""


def git(root: Path, *args: str) -> str:
    """Run git in `root` with no setting of the machine's user leaking in."""
    env = dict(os.environ)
    env.update(
        {
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_TERMINAL_PROMPT": "0",
        }
    )
    return subprocess.run(
        ["git", "-C", str(root), *args], check=True, capture_output=True, text=True, env=env
    ).stdout


def isolate_git(monkeypatch) -> None:  # noqa: ANN001 - pytest's MonkeyPatch
    """The app's own git runs see no global or system settings of the machine."""
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)


def make_synthetic_site(folder: Path) -> Path:
    (folder / "_posts").mkdir(parents=True)
    (folder / "_config.yml").write_text(
        "title: Test site\ncollections:\n  posts:\n    output: true\n"
    )
    (folder / "_schema.yml").write_text(SCHEMA)
    (folder / POST).write_text(POST_TEXT)
    (folder / OTHER).write_text(OTHER_TEXT)
    return folder


def copy_real_site(source: Path, folder: Path) -> Path:
    """The real site's pages and settings (pictures left out: they only slow the copy)."""
    shutil.copytree(
        source,
        folder,
        ignore=shutil.ignore_patterns("*.png", "*.jpg", "*.jpeg", "*.gif", "*.pdf", "*.webp"),
    )
    for dirpath, _dirs, files in os.walk(folder):
        os.chmod(dirpath, 0o755)
        for name in files:
            os.chmod(os.path.join(dirpath, name), 0o644)
    return folder


def share(site: Path, tmp: Path) -> tuple[Path, Path, Path]:
    """Commit `site` into a bare server; return (server, author's clone, editor's clone)."""
    server = tmp / "server.git"
    git(tmp, "init", "-q", "--bare", "-b", "main", str(server))
    git(site, "init", "-q", "-b", "main")
    person(site, "Site Owner")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "Import the site")
    git(site, "remote", "add", "origin", str(server))
    git(site, "push", "-q", "-u", "origin", "main")
    clones = []
    for name, who in (("author", "Ada Author"), ("editor", "Ed Editor")):
        clone = tmp / name
        git(tmp, "clone", "-q", str(server), str(clone))
        person(clone, who)
        clones.append(clone)
    return server, clones[0], clones[1]


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    """The server, author's and editor's clones of the synthetic site, git kept from the
    machine's own settings: a test module takes it with `from sync_site import team`."""
    isolate_git(monkeypatch)
    return share(make_synthetic_site(tmp_path / "site"), tmp_path)


def shared_site_team(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Path, Path]:
    """The server and two clones of a copy of the shared site `name` (skips where the shared
    sites are absent), git kept from the machine's own settings."""
    from shared_sites import shared_site_path

    isolate_git(monkeypatch)
    return share(copy_real_site(shared_site_path(name), tmp_path / "site"), tmp_path)


def site_team_fixture(name: str):  # noqa: ANN201 - a pytest fixture
    """A module's `team` fixture: `shared_site_team(name, ...)`."""

    @pytest.fixture
    def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
        return shared_site_team(name, tmp_path, monkeypatch)

    return team


def person(clone: Path, name: str) -> None:
    git(clone, "config", "user.name", name)
    git(clone, "config", "user.email", name.lower().replace(" ", ".") + "@example.org")


def replace_in(path: Path, old: str, new: str) -> None:
    """Replace the first `old` in the file's bytes (its line endings kept)."""
    data = path.read_bytes()
    assert old.encode() in data, f"{old!r} is not in {path}"
    path.write_bytes(data.replace(old.encode(), new.encode(), 1))


def log_subjects(clone: Path, rev: str = "HEAD") -> list[str]:
    return git(clone, "log", "--format=%s", rev).splitlines()


@contextmanager
def drive_not_mounted(clone: Path) -> Iterator[None]:
    """While inside, the clone's server is on a drive that is not mounted: the folder holding
    it is not there (offline; a server folder missing from a folder that is there is a
    mistyped or moved address instead, said as such)."""
    url = git(clone, "remote", "get-url", "origin").strip()
    away = Path(url).parent / "not-mounted" / Path(url).name
    git(clone, "remote", "set-url", "origin", str(away))
    try:
        yield
    finally:
        git(clone, "remote", "set-url", "origin", url)
