"""Approving a Hugo page kept off the site by `draft: true` gives it back as it publishes: a
draft line the page did not have before goes again, rather than staying as `draft: false`."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import gitutil
from editor_app.core.document import Document

SITES = Path(__file__).resolve().parents[2].parent / "shared" / "sites"
PAGE = "content/en/about/introduction.md"


@pytest.fixture
def hugo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A writable copy of hugo-docs, the current folder."""
    source = SITES / "hugo-docs"
    if not source.is_dir():
        pytest.skip(f"shared site not found at {source}")
    dest = tmp_path / "hugo-docs"
    shutil.copytree(source, dest, ignore=shutil.ignore_patterns(".git"))
    for path in [dest, *dest.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    monkeypatch.chdir(dest)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    return dest


def commit(site: Path, *files: str) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(site), *args], check=True, capture_output=True)

    git("init", "-q")
    git("add", *files)
    git("-c", "user.name=Ada", "-c", "user.email=ada@example.org", "commit", "-q", "-m", "pages")


def approve(capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["review", "approve", PAGE])
    return code, capsys.readouterr().out


def test_a_draft_line_set_for_the_review_goes_when_approved(
    hugo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = hugo / PAGE
    original = path.read_bytes()
    assert b"draft" not in original
    assert main(["set", PAGE, "draft=true"]) == 0
    code, out = approve(capsys)
    assert code == 0 and out == f"{PAGE}: draft: true (line removed)\n"
    assert path.read_bytes() == original  # as it was, and as it publishes
    assert main(["review", "undo", PAGE]) == 0
    assert Document.load(path).get("draft") is True


@pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")
def test_a_draft_line_the_committed_page_lacked_goes_too(
    hugo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = hugo / PAGE
    original = path.read_bytes()
    commit(hugo, PAGE)
    assert main(["set", PAGE, "draft=true"]) == 0
    assert approve(capsys)[0] == 0
    assert path.read_bytes() == original


@pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")
def test_a_draft_line_the_committed_page_had_is_set_to_false(
    hugo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = hugo / PAGE
    assert main(["set", PAGE, "draft=true"]) == 0
    commit(hugo, PAGE)  # the site's own draft line, kept in its history
    before = path.read_bytes()
    code, out = approve(capsys)
    assert code == 0 and out == f"{PAGE}: draft: true -> false\n"
    assert path.read_bytes() == before.replace(b"draft: true", b"draft: false", 1)
