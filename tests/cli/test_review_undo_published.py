"""`editor-app review undo` on a Jekyll draft approved then published into `_posts`: undo
takes back the approval, not the move, and says the post still goes on the site (it said
only 'undid the approval', as if it were a draft again)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_review_jekyll_drafts import NEW_DRAFT, add_drafts  # noqa: E402


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_undo_after_publish_says_the_post_stays_on_the_site(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_drafts(site_copy)
    page = site_copy / NEW_DRAFT
    assert run(capsys, "review", "approve", str(page))[0] == 0
    assert run(capsys, "review", "publish", str(page), "--date", "2026-12-06")[0] == 0
    post = site_copy / "_posts" / "2026-12-06-data-trusts.md"
    code, out, err = run(capsys, "review", "undo", str(post))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith(f"{post}: undid the approval by ")
    assert lines[1:] == [
        f"{post}: it is still in _posts, so it goes on the site at the next build; move it "
        "back to _drafts to keep it off."
    ]
    assert post.is_file()


def test_undo_of_a_draft_approval_says_nothing_of_posts(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_drafts(site_copy)
    page = site_copy / NEW_DRAFT
    assert run(capsys, "review", "approve", str(page))[0] == 0
    code, out, _err = run(capsys, "review", "undo", str(page))
    assert code == 0 and "_posts" not in out
