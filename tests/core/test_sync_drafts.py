"""Drafts on their own branch: the author sends, the editor finds it, approves, all share."""

from __future__ import annotations

from pathlib import Path

import pytest
import sync_site
from sync_site import (
    POST,
    copy_real_site,
    git,
    isolate_git,
    log_subjects,
    replace_in,
    share,
)

from editor_app.core import sync, sync_drafts
from editor_app.core.document import Document

BRAND = "_resources/brand-narrative.md"  # status: draft in the real site


# The synthetic site shared by two people (sync_site), as the other sharing tests.
team = sync_site.team


@pytest.fixture
def real_team(
    shared_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Path, Path]:
    isolate_git(monkeypatch)
    return share(copy_real_site(shared_site, tmp_path / "site"), tmp_path)


def review_round(author: Path, editor: Path, page: str, edit: tuple[str, str]) -> None:
    """The whole round: draft, send, get latest, find in the queue, approve, author sees it."""
    replace_in(author / page, *edit)
    sent = sync_drafts.send_for_review(author, author / page)
    assert sent.shared and sent.branch.startswith("review/")
    # Sent for review: not "changed here", and Share leaves it out.
    st = sync.status(author)
    assert st.in_review == [page]
    assert st.pages_changed_here == []
    assert sync.push(author).commit is None

    sync.pull(editor)
    # The editor is told a draft waits (the author's own copy is not).
    assert sync.status(editor).message == "1 draft from others to review: Drafts"
    assert sync.status(author).drafts_to_review == 0
    queue = sync_drafts.draft_queue(editor)
    assert [(d.path, d.branch, d.status) for d in queue] == [(page, sent.branch, "draft")]
    draft = queue[0]
    assert draft.sent_by == "Ada Author"
    # Read from the branch, without switching to it: the editor's file is the old one.
    assert edit[1] in git(editor, "show", f"{draft.commit}:{page}")
    assert edit[1] not in (editor / page).read_text()
    assert git(editor, "symbolic-ref", "--short", "HEAD").strip() == "main"

    approved = sync_drafts.approve_draft(editor, draft.branch, author="Ed Editor")
    assert approved.shared and approved.pages == [page]
    assert Document.load(editor / page).get("status") == "final"
    assert edit[1] in (editor / page).read_text()
    assert sync_drafts.draft_queue(editor) == []
    assert sync.status(editor).drafts_to_review == 0
    # The approval in the page's review record is shared with it, not left "changed here".
    assert git(editor, "status", "--porcelain") == ""
    assert sync.status(editor).message == "Up to date: everything is shared"
    subjects = log_subjects(editor)
    assert subjects[0].startswith("Approve '") and subjects[0].endswith("(status: final)")
    assert subjects[1].startswith("Merge the draft of '")

    result = sync.pull(author)
    assert page in result.brought_in and result.conflicts == []
    doc = Document.load(author / page)
    assert doc.get("status") == "final" and edit[1] in doc.text
    st = sync.status(author)
    assert st.in_review == [] and st.pages_changed_here == []
    assert st.message == "Up to date: everything is shared"


def test_review_round_on_a_small_site(team: tuple[Path, Path, Path]) -> None:
    _server, author, editor = team
    review_round(author, editor, POST, ("on a wet Tuesday", "on a windy Tuesday"))


def test_review_round_on_a_real_site(real_team: tuple[Path, Path, Path]) -> None:
    _server, author, editor = real_team
    text = (author / BRAND).read_text(encoding="utf-8")
    assert "status: draft" in text
    body = Document.load(author / BRAND).body
    sentence = next(line for line in body.splitlines() if len(line) > 40)
    review_round(author, editor, BRAND, (sentence, sentence + " Revised for review."))


def test_real_site_both_edit_one_page(real_team: tuple[Path, Path, Path]) -> None:
    _server, author, editor = real_team
    doc = Document.load(author / BRAND)
    paragraphs = [p for p in doc.body.split("\n\n") if len(p) > 40 and "\n" not in p]
    first, last = paragraphs[0], paragraphs[-1]
    replace_in(author / BRAND, first, first + " (author)")
    assert sync.push(author).shared
    replace_in(editor / BRAND, last, last + " (editor)")
    result = sync.push(editor)
    assert result.shared and result.pulled.conflicts == []
    sync.pull(author)
    for clone in (author, editor):
        text = (clone / BRAND).read_text(encoding="utf-8")
        assert first + " (author)" in text and last + " (editor)" in text


def test_send_again_updates_the_same_branch(team: tuple[Path, Path, Path]) -> None:
    _server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    first = sync_drafts.send_for_review(author, author / POST)
    replace_in(author / POST, "windy Tuesday", "stormy Tuesday")
    assert sync.status(author).in_review == [POST]
    second = sync_drafts.send_for_review(author, author / POST)
    assert second.branch == first.branch and second.commit != first.commit
    sync.pull(editor)
    (draft,) = sync_drafts.draft_queue(editor)
    assert "stormy Tuesday" in git(editor, "show", f"{draft.commit}:{POST}")


def test_drafts_on_branches_is_a_site_choice(team: tuple[Path, Path, Path]) -> None:
    _server, author, _editor = team
    assert not sync_drafts.drafts_use_branches(author)
    with (author / "_config.yml").open("a") as f:
        f.write("editor_app:\n  drafts: branches\n")
    assert sync_drafts.drafts_use_branches(author)


def test_real_site_same_sentence_both_versions_reachable(
    real_team: tuple[Path, Path, Path],
) -> None:
    from editor_app.core import sync_conflicts

    _server, author, editor = real_team
    doc = Document.load(author / BRAND)
    sentence = next(p for p in doc.body.split("\n\n") if len(p) > 40 and "\n" not in p)
    replace_in(author / BRAND, sentence, sentence + " Said the author.")
    sync.push(author)
    replace_in(editor / BRAND, sentence, sentence + " Said the editor.")
    result = sync.push(editor)
    (c,) = result.pulled.conflicts
    assert c.mine.endswith("Said the editor.") and c.theirs.endswith("Said the author.")
    assert "<<<<<<<" not in (editor / BRAND).read_text(encoding="utf-8")
    sync_conflicts.resolve(sync.open_repo(editor), c.id, "theirs")
    text = (editor / BRAND).read_text(encoding="utf-8")
    assert "Said the author." in text and "Said the editor." not in text
    # Both versions stay reachable: theirs in the branch's history, mine kept by a ref.
    assert "Said the author." in git(editor, "show", f"{c.theirs_commit}:{BRAND}")
    assert "Said the editor." in git(editor, "show", f"refs/editor-app/mine/{c.id}:{BRAND}")
    # Not shared over the choice (it was, as mine): the shared copy keeps the author's.
    assert "Said the editor." not in git(editor, "show", f"origin/main:{BRAND}")
    assert not result.shared and result.waiting_choice == [BRAND]


def test_a_page_as_the_shared_copy_has_it_is_not_sent(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    # No branch was made for it, and git's "failed to push some refs" reached the author.
    from editor_app.cli import main

    _server, author, _editor = team
    with pytest.raises(sync.SyncError, match="Nothing to send for review"):
        sync_drafts.send_for_review(author, author / POST)
    assert main(["sync", "send", str(author / POST)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "this page has no change yet" in err and "refs" not in err
    # Sent once, the same version sent again is no failure: its branch holds it already.
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    first = sync_drafts.send_for_review(author, author / POST)
    again = sync_drafts.send_for_review(author, author / POST)
    assert again.branch == first.branch and again.commit is None and again.shared
