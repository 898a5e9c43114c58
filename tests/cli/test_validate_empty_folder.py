"""`validate` on a folder holding no page (empty, or mistyped into an empty one) said
"No problems found." and exited 0: a CI run checking it passed without checking anything."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A tiny Jekyll site with one post, an empty folder and a folder of no pages."""
    root = tmp_path / "site"
    (root / "_posts" / "empty").mkdir(parents=True)
    (root / "assets").mkdir()
    (root / "assets" / "logo.txt").write_text("logo\n", encoding="utf-8")
    (root / "_config.yml").write_text("title: Site\n", encoding="utf-8")
    (root / "_posts" / "2024-01-01-a.md").write_text(
        "---\ntitle: A\nlayout: post\n---\nHello.\n", encoding="utf-8"
    )
    monkeypatch.chdir(root)
    return root


@pytest.mark.parametrize("folder", ["_posts/empty", "assets"])
def test_a_folder_with_no_page_is_refused(
    site: Path, capsys: pytest.CaptureFixture[str], folder: str
) -> None:
    code, out, err = run(capsys, "validate", folder)
    assert code == 2
    assert out == ""
    assert err.startswith(f"editor-app: no page to check in {folder} ") and err.count("\n") == 1


def test_with_other_pages_named_the_empty_folder_is_still_said(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "validate", "_posts/2024-01-01-a.md", "_posts/empty", "--format", "json"
    )
    assert code == 2 and out == ""
    assert "no page to check in _posts/empty" in err


def test_a_folder_with_pages_is_checked(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "validate", "_posts") == (0, "No problems found in 1 page.\n", "")
