"""The review queue tells of drafts sent on their own git branch (approved from Sharing)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_site import OTHER, isolate_git, make_synthetic_site, replace_in, share

from editor_app.cli import main
from editor_app.core import gitutil, review, sync, sync_drafts
from editor_app.core.site import Site

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


def test_the_queue_counts_drafts_waiting_on_review_branches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    isolate_git(monkeypatch)
    _server, author, editor = share(make_synthetic_site(tmp_path / "site"), tmp_path)
    # A page the queue does not list (it is final here): told of under the queue. A draft of
    # a page it lists is told of on that row (test_review_queue_newer_draft.py).
    replace_in(author / OTHER, "A finished page.", "A finished page, revised.")
    sync_drafts.send_for_review(author, author / OTHER)
    sync.pull(editor)
    # Told even though the editor's copy was not set to send drafts on branches.
    assert review.branch_drafts(Site.open(editor)) == 1
    with (editor / "_config.yml").open("a") as f:
        f.write("editor_app:\n  drafts: branches\n")
    assert review.branch_drafts(Site.open(editor)) == 1
    assert main(["review", "queue", str(editor)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == "1 more draft waits on review branches: editor-app sync drafts"
