"""Fixtures of the command-line tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.cli import progress


@pytest.fixture
def at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every run counts as long enough to show its progress (StderrProgress)."""
    monkeypatch.setattr(progress, "DELAY", 0.0)
    monkeypatch.setattr(progress, "INTERVAL", 0.0)


def _site_here(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A writable copy of the shared site `name` (without its history), the current folder;
    git reads no settings of the machine's (a commit made in it is the test's alone)."""
    source = shared_site_path(name)
    dest = tmp_path / name
    shutil.copytree(source, dest, ignore=shutil.ignore_patterns(".git"))
    for path in [dest, *dest.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    monkeypatch.chdir(dest)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    return dest


@pytest.fixture
def guide(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A writable copy of opensource-guide (a Jekyll site), the current folder."""
    return _site_here("opensource-guide", tmp_path, monkeypatch)


@pytest.fixture
def hugo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A writable copy of hugo-docs (a Hugo site), the current folder."""
    return _site_here("hugo-docs", tmp_path, monkeypatch)


@pytest.fixture
def jekyll_docs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A writable copy of jekyll-docs (a Jekyll site with `_posts`), the current folder."""
    return _site_here("jekyll-docs", tmp_path, monkeypatch)
