"""A draft on a review branch kept off the site by its generator's own setting (Hugo's
`draft: true`, `published: false`) reads "unpublished" in the Drafts list and `sync drafts`,
as the review queue reads it; it read "none" (no `status` field) or the status field's
value. Approved, the line the author added for the review goes, as the review window's
Approve removes one added for the review (it was left `draft: false`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_site import OTHER, git, isolate_git, make_synthetic_site, replace_in, share

from editor_app.core import sync, sync_drafts

INTRO = "content/about/introduction.md"


def sent_status(author: Path, editor: Path, page: str) -> str:
    assert sync_drafts.send_for_review(author, author / page).shared
    sync.pull(editor)
    (draft,) = sync_drafts.draft_queue(editor)
    return draft.status


def test_a_hugo_draft_reads_unpublished(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_git(monkeypatch)
    site = tmp_path / "site"
    (site / "content" / "about").mkdir(parents=True)
    (site / "hugo.toml").write_text('title = "Docs"\n')
    (site / INTRO).write_text("---\ntitle: Introduction\nweight: 10\n---\nHugo is fast.\n")
    _server, author, editor = share(site, tmp_path)
    replace_in(author / INTRO, "weight: 10\n", "weight: 10\ndraft: true\n")
    replace_in(author / INTRO, "is fast", "is very fast")
    assert sent_status(author, editor, INTRO) == "unpublished"

    (draft,) = sync_drafts.draft_queue(editor)
    assert sync_drafts.approve_draft(editor, draft.branch, "Ed Editor").shared
    approved = "---\ntitle: Introduction\nweight: 10\n---\nHugo is very fast.\n"
    assert (editor / INTRO).read_text() == approved
    # Its commit says what changed: the line taken out, not "(status)".
    assert git(editor, "log", "-1", "--format=%s") == "Approve 'Introduction' (draft: true removed)\n"
    sync.pull(author)
    assert (author / INTRO).read_text() == approved


def test_published_false_reads_unpublished_whatever_its_status(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolate_git(monkeypatch)
    _server, author, editor = share(make_synthetic_site(tmp_path / "site"), tmp_path)
    replace_in(author / OTHER, "status: final\n", "status: final\npublished: false\n")
    assert sent_status(author, editor, OTHER) == "unpublished"
    (draft,) = sync_drafts.draft_queue(editor)
    assert sync_drafts.approve_draft(editor, draft.branch, "Ed Editor").shared
    assert "published" not in (editor / OTHER).read_text()
    assert git(editor, "log", "-1", "--format=%s").endswith(" (published: false removed)\n")


def test_a_draft_is_named_by_its_title_field_as_the_page_list_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Eleventy's blog posts have `newstitle`, no `title`: they were named by their file.
    isolate_git(monkeypatch)
    site = make_synthetic_site(tmp_path / "site")
    stickers = "_posts/2020-02-05-stickers.md"
    (site / stickers).write_text("---\nnewstitle: How do I get a sticker?\n---\nAsk.\n")
    _server, author, editor = share(site, tmp_path)
    replace_in(author / stickers, "Ask.", "Ask in person.")
    sent_status(author, editor, stickers)
    (draft,) = sync_drafts.draft_queue(editor)
    assert draft.title == "How do I get a sticker?"
    approved = sync_drafts.approve_draft(editor, draft.branch, "Ed", anyway=True, reason="ok")
    assert approved.shared
    assert git(editor, "log", "-1", "--format=%s", "HEAD^") == (
        "Merge the draft of 'How do I get a sticker?'\n"
    )


def test_a_draft_left_a_draft_is_named_by_its_title(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A note the editor wrote here, not shared, comes with the merge: the page stays a draft,
    # said of the page by its title (it was named by its file).
    from sync_site import POST

    from editor_app.core import review
    from editor_app.core.document import Document

    isolate_git(monkeypatch)
    _server, author, editor = share(make_synthetic_site(tmp_path / "site"), tmp_path)
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    sent_status(author, editor, POST)
    body = Document.load(editor / POST).body
    review.NoteStore(editor / POST).add(review.make_note(body, 0, 0, "Ask Jo.", "Ed Editor"))
    (draft,) = sync_drafts.draft_queue(editor)
    result = sync_drafts.approve_draft(editor, draft.branch, "Ed Editor")
    assert result.left_draft == [
        "'What happens when a council listens': Open note by Ed Editor: Ask Jo."
    ]


def test_words_the_shared_copy_changed_too_since_the_draft_are_a_choice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same sentence changed in the shared copy after the draft was sent: approving kept
    # the shared copy's words and dropped the draft's without a word ("Approved and shared").
    from sync_site import POST

    from editor_app.core import sync_conflicts
    from editor_app.core.sync_base import open_repo

    isolate_git(monkeypatch)
    _server, author, editor = share(make_synthetic_site(tmp_path / "site"), tmp_path)
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    sent_status(author, editor, POST)
    replace_in(editor / POST, "wet Tuesday", "rainy Tuesday")
    assert sync.push(editor).shared
    (draft,) = sync_drafts.draft_queue(editor)
    result = sync_drafts.approve_draft(editor, draft.branch, "Ed", anyway=True, reason="ok")
    assert result.message == "Approved and shared. 1 choice to make: changed here and in the draft"
    (choice,) = sync_conflicts.load(open_repo(editor))
    assert "windy Tuesday" in choice.theirs and "rainy Tuesday" in choice.mine
    sync_conflicts.resolve(open_repo(editor), choice.id, "theirs")
    assert "windy Tuesday" in (editor / POST).read_text()
