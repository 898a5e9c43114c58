"""`review diff` and `review report` name what is wrong with the path given, in one line: a
folder where a page is wanted is said to be one (the report takes a folder: its queue), and a
slip in a page's name is answered with the file meant, as set and render answer it (it was
"No such file or directory" alone)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import commit, run


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A tiny Jekyll site in git, with one post and a folder named like a page."""
    root = tmp_path / "site"
    (root / "_posts" / "dir.md").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Site\n", encoding="utf-8")
    (root / "_posts" / "2024-01-01-hello.md").write_text(
        "---\ntitle: Hello\nlayout: post\n---\nHello.\n", encoding="utf-8"
    )
    monkeypatch.chdir(root)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    commit(root, "_config.yml", "_posts/2024-01-01-hello.md")
    return root


@pytest.mark.parametrize("folder", ["_posts/dir.md", "_posts", "."])
def test_diff_of_a_folder_says_it_is_one(
    site: Path, capsys: pytest.CaptureFixture[str], folder: str
) -> None:
    assert run(capsys, "review", "diff", folder) == (
        2,
        "",
        f"editor-app: cannot read {folder}: This is a folder, not a file; give a page's file "
        "in it\n",
    )


def test_report_of_a_folder_is_its_queue(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "review", "report", "_posts/dir.md", "-o", "r.html")
    assert code == 0 and err == "" and "review report" in out
    assert (site / "r.html").is_file()


@pytest.mark.parametrize("action", ["diff", "report"])
def test_a_slip_in_the_name_is_answered_with_the_file_meant(
    site: Path, capsys: pytest.CaptureFixture[str], action: str
) -> None:
    assert run(capsys, "review", action, "_posts/2024-01-01-helo.md") == (
        2,
        "",
        "editor-app: cannot read _posts/2024-01-01-helo.md: no such file or folder "
        "(did you mean _posts/2024-01-01-hello.md?)\n",
    )
