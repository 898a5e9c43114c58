"""A change to how a page's header is written that changes no setting's value (a line given
twice, a comment) is shown by `review diff` and the review window's "What changed" as the
settings as written; it read "No changes: both versions are the same" (the window: "Shown:
its last change" above nothing). A page saved only with other line endings stays unchanged."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import gitutil, review

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_site import BRAND, git, make_git_site, replace_in  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


def test_a_line_given_twice_is_shown(site_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = make_git_site(site_copy)
    page = site / BRAND
    replace_in(page, "author: ", "author: Ada Author\nauthor: ")
    assert main(["review", "diff", str(page)]) == 0
    out = capsys.readouterr().out
    assert "No changes" not in out
    assert "~ (page settings as written):" in out and "author: Ada Author+}" in out

    git(site, "commit", "-qam", "Second author line")  # as the window's "Latest change" reads
    history = review.History(page)
    diff, commit = history.latest_change()
    assert commit is not None and commit.subject == "Second author line"
    assert diff.changed and [f.name for f in diff.fields] == ["(page settings as written)"]
    assert "Ada Author" in diff.to_html()


def test_other_line_endings_alone_are_no_change() -> None:
    text = "---\ntitle: Tides\nauthor: Ann\n---\nWords.\n"
    assert not review.diff_versions(text, text.replace("\n", "\r\n")).fields
    assert not review.diff_versions(text, text).changed
