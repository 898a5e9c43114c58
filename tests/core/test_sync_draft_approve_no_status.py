"""A draft of a page without a status field (most of hugo-docs', jekyll-docs' and
eleventy-website's pages), approved on its branch, keeps the approval in its review record,
shared with the merge: `review history` says it was approved, by whom. The record kept the
send back as its last word ("changed since sent back") and history said the page "cannot be
approved", just after it was."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import gitutil, review, sync, sync_drafts

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sync_site import isolate_git, replace_in, share  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")

POST = "posts/stickers.md"


def test_an_approved_draft_without_a_status_says_so_in_its_history(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    isolate_git(monkeypatch)
    site = tmp_path / "site"
    (site / "posts").mkdir(parents=True)
    (site / "eleventy.config.js").write_text("module.exports = function () {};\n")
    (site / POST).write_text("---\ntitle: How do I get a sticker?\n---\nAsk.\n")
    _server, author, editor = share(site, tmp_path)
    replace_in(author / POST, "Ask.", "Ask in person.")
    assert sync_drafts.send_for_review(author, author / POST).shared
    sync.pull(editor)
    (draft,) = sync_drafts.draft_queue(editor)
    assert main(["sync", "send-back", draft.branch, str(editor), "--reason", "Say where."]) == 0
    sync.pull(author)
    replace_in(author / POST, "Ask in person.", "Ask in person at the meetup.")
    (note,) = review.NoteStore(author / POST).open_notes()
    assert main(["review", "resolve", str(author / POST), note.id]) == 0
    assert sync_drafts.send_for_review(author, author / POST).shared
    assert main(["sync", "drafts", str(editor)]) == 0  # the version sent again, looked at
    capsys.readouterr()
    assert main(["sync", "approve", draft.branch, str(editor), "--author", "Ed Editor"]) == 0, (
        capsys.readouterr()
    )
    assert capsys.readouterr().out.startswith("Approved and shared")
    assert "at the meetup" in (editor / POST).read_text()
    for copy in (editor, author):  # the approval is shared with the merge
        if copy is author:
            sync.pull(author)
        (last,) = review.NoteStore(copy / POST).decisions[-1:]
        assert last.decision == "approved" and last.by == "Ed Editor"
    monkeypatch.chdir(author)
    assert main(["review", "history", POST, "--json"]) == 0
    history = json.loads(capsys.readouterr().out)
    assert history["state"] == "approved"
    assert [d["decision"] for d in history["decisions"]] == ["sent back", "approved"]
