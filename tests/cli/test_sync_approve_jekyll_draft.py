"""`editor-app sync approve` of a draft in a Jekyll site's `_drafts` says it is not on the site
until published, and how, as `review approve` says it: "Approved and shared" alone read as if
the page was up (jekyll-docs). The Drafts dialog's line says it too."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.core import review, sync_drafts

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_sync_cmd import run, team  # noqa: E402, F401 - the shared copies: server, author, editor

DRAFT = "_drafts/coming-soon.md"


def test_an_approved_jekyll_draft_is_said_to_wait_for_publishing(
    team: tuple[Path, Path, Path],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    _server, author, editor = team
    (author / "_drafts").mkdir()
    (author / DRAFT).write_text("---\ntitle: Coming soon\n---\nA short note.\n")
    assert run(capsys, "sync", "send", str(author / DRAFT))[0] == 0
    code, out, _ = run(capsys, "sync", "drafts", str(editor))
    # Listed with the status the review queue gives it, not "no status".
    assert out.startswith("review/coming-soon  Coming soon  (draft; sent by ")
    (draft,) = sync_drafts.draft_queue(editor)
    assert draft.status == "draft"
    code, out, err = run(capsys, "sync", "approve", draft.branch, str(editor))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"Approved and shared: {DRAFT}",
        f"{DRAFT}: not on the site until published: editor-app review publish {DRAFT}",
    ]
    assert review.page_state(editor / DRAFT).state == "approved"


def test_the_drafts_dialog_line_says_it_too() -> None:
    result = sync_drafts.ApproveResult("review/x", [DRAFT], True, to_publish=[DRAFT])
    assert result.said(warnings=True) == (
        f"Approved and shared. Not on the site until published (moved to _posts): {DRAFT}"
    )


def test_a_draft_in_a_nested_drafts_folder_is_listed_as_a_draft(
    team: tuple[Path, Path, Path],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Jekyll reads a `_drafts` folder inside another folder of pages (`blog/_drafts`), as the
    review queue does (`review.in_jekyll_drafts`, the one rule); the Drafts list said only
    `_drafts/` at the site's top was one, and listed such a page with no status."""
    _server, author, editor = team
    nested = "blog/_drafts/coming-soon.md"
    (author / "blog" / "_drafts").mkdir(parents=True)
    (author / nested).write_text("---\ntitle: Coming soon\n---\nA short note.\n")
    assert run(capsys, "sync", "send", str(author / nested))[0] == 0
    run(capsys, "sync", "drafts", str(editor))
    (draft,) = sync_drafts.draft_queue(editor)
    assert (draft.path, draft.status) == (nested, "draft")
