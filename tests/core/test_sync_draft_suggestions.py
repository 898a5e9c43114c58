"""An editor accepts or rejects a suggested edit on a draft where it waits, on its review
branch; Undo takes it back; the author's Get latest brings the words in. And a damaged review
record in the author's copy is said, the editor's record kept aside, never lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sync_site import POST, git, replace_in
from test_sync_drafts import team  # noqa: F401 - the shared copies: server, author, editor

from editor_app.core import (
    review,
    sync,
    sync_draft_bring_back,
    sync_draft_review,
    sync_draft_suggestions,
    sync_drafts,
)
from editor_app.core.sync_base import SyncError, notes_of


def draft_with_suggestion(author: Path, editor: Path) -> tuple[sync_drafts.Draft, str]:
    """The author's draft, sent with a colleague's suggested edit in its record."""
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    suggestion = review.suggest(author / POST, "three hundred", "four hundred", author="Sue")
    assert sync_drafts.send_for_review(author, author / POST).shared
    sync.pull(editor)
    (draft,) = sync_drafts.draft_queue(editor)
    return draft, suggestion.id


def test_accept_a_suggested_edit_on_the_drafts_branch(team) -> None:  # noqa: ANN001, F811
    server, author, editor = team
    draft, sid = draft_with_suggestion(author, editor)
    accepted = sync_draft_suggestions.decide_suggestion(
        editor, draft.branch, sid, sync_draft_suggestions.ACCEPT, "Ed Editor"
    )
    assert accepted.id == sid
    # Made on the branch and sent; the editor's checkout is untouched.
    assert git(editor, "status", "--porcelain") == ""
    assert "four hundred" not in (editor / POST).read_text()
    on_server = git(server, "show", f"{draft.branch}:{POST}")
    assert "four hundred letters" in on_server and "windy Tuesday" in on_server
    assert "status: accepted" in git(server, "show", f"{draft.branch}:{notes_of(POST)}")
    assert git(server, "log", "-1", "--format=%s", draft.branch) == (
        "Accept a suggested edit on 'What happens when a council listens': "
        "replace “three hundred” with “four hundred”\n"
    )
    # Still the author's draft, sent when they sent it.
    (again,) = sync_drafts.draft_queue(editor)
    assert (again.sent_by, again.sent_at) == (draft.sent_by, draft.sent_at)
    seen = sync_draft_review.draft_review(editor, again)
    assert [s.status for s in seen.store.suggestions] == [review.ACCEPTED]
    assert seen.store.suggestions[0].decided_by == "Ed Editor"
    # Accepting it twice is refused, nothing sent.
    with pytest.raises(review.ReviewError, match="already accepted"):
        sync_draft_suggestions.decide_suggestion(
            editor, draft.branch, sid, sync_draft_suggestions.ACCEPT, "Ed Editor"
        )

    # The author is told to Get latest (not that they changed the page since sending it)...
    assert sync.status(author, fetch=True).message == (
        "Your draft came back from review: Get latest · 1 page sent for review"
    )
    # ... which brings the words and the decision into their copy.
    result = sync.pull(author)
    assert POST in result.brought_in and not result.conflicts
    text = (author / POST).read_text()
    assert "four hundred letters" in text and "windy Tuesday" in text
    assert review.NoteStore(author / POST).suggestions[0].status == review.ACCEPTED
    assert sync.status(author).message == "1 page sent for review"


def test_get_latest_merges_the_accepted_words_with_the_authors_edit(team) -> None:  # noqa: ANN001, F811
    _server, author, editor = team
    draft, sid = draft_with_suggestion(author, editor)
    sync_draft_suggestions.decide_suggestion(editor, draft.branch, sid, "accept", "Ed Editor")
    replace_in(author / POST, "kept its trees", "kept all its trees")  # elsewhere, meanwhile
    result = sync.pull(author)
    assert not result.conflicts
    text = (author / POST).read_text()
    assert "four hundred letters" in text and "kept all its trees" in text


def test_reject_and_undo_from_the_command_line(
    team,  # noqa: ANN001, F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    from editor_app.cli import main

    server, author, editor = team
    draft, sid = draft_with_suggestion(author, editor)
    assert main(["sync", "drafts", str(editor), "--no-fetch"]) == 0
    assert (
        f"    suggestion {review.shown_id(sid)} by Sue: replace “three hundred” with “four hundred”"
        in capsys.readouterr().out.splitlines()
    )
    # Nothing to undo yet: said, exit 2.
    assert main(["sync", "undo-decision", draft.branch, str(editor)]) == 2
    assert "not an accepted or rejected suggested edit" in capsys.readouterr().err
    assert main(["sync", "reject", draft.branch, sid[:6], str(editor), "--author", "Ed"]) == 0
    assert capsys.readouterr().out == (
        f"Rejected the suggested edit {review.shown_id(sid)} (replace “three hundred” with “four hundred”) "
        f"on {draft.branch}\n"
    )
    assert git(server, "show", f"{draft.branch}:{POST}") == git(
        editor, "show", f"{draft.commit}:{POST}"
    )
    assert "status: rejected" in git(server, "show", f"{draft.branch}:{notes_of(POST)}")
    assert main(["sync", "undo-decision", draft.branch, str(editor)]) == 0
    assert capsys.readouterr().out.startswith("Undid the rejection by Ed of the suggested edit")
    (d,) = sync_drafts.draft_queue(editor)
    assert [s.status for s in sync_draft_review.draft_review(editor, d).store.suggestions] == [
        review.OPEN
    ]
    # Accept, then undo: the draft's words come back as the author sent them.
    assert main(["sync", "accept", draft.branch, sid, str(editor)]) == 0
    assert capsys.readouterr().out.endswith(": made in the draft\n")
    assert "four hundred" in git(server, "show", f"{draft.branch}:{POST}")
    assert main(["sync", "undo-decision", draft.branch, str(editor)]) == 0
    assert "three hundred letters" in git(server, "show", f"{draft.branch}:{POST}")
    assert main(["sync", "accept", draft.branch, "nope", str(editor)]) == 2
    assert "There is no suggestion “nope”" in capsys.readouterr().err


def test_a_suggestion_whose_words_changed_is_not_accepted(team) -> None:  # noqa: ANN001, F811
    server, author, editor = team
    draft, sid = draft_with_suggestion(author, editor)
    replace_in(author / POST, "three hundred letters", "many letters")
    assert sync_drafts.send_for_review(author, author / POST).shared
    before = git(server, "rev-parse", draft.branch)
    with pytest.raises(review.ReviewError, match="were changed since"):
        sync_draft_suggestions.decide_suggestion(editor, draft.branch, sid, "accept", "Ed")
    assert git(server, "rev-parse", draft.branch) == before  # nothing sent


def test_a_damaged_record_here_keeps_the_editors_notes_aside(
    team,  # noqa: ANN001, F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    _server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    review.NoteStore(author / POST).add(review.make_note("", 0, 0, "My own note", "Ada"))
    assert sync_drafts.send_for_review(author, author / POST).shared
    sync.pull(editor)
    (draft,) = sync_drafts.draft_queue(editor)
    sync_draft_review.send_back_draft(editor, draft.branch, "Say which park.", "Ed Editor")
    record = author / notes_of(POST)
    damaged = record.read_bytes().replace(b"notes:", b"notes: [", 1)
    record.write_bytes(damaged)

    result = sync.pull(author)
    aside = sync_draft_bring_back.kept_aside_path(POST)
    assert result.message.startswith(
        f"The review record of {POST} here cannot be read, so the editor's notes were not "
        f"brought in: they are kept in {aside}; repair or delete {notes_of(POST)}, then Get "
        "latest again. "
    )
    assert record.read_bytes() == damaged  # left as it is
    assert b"Say which park." in (author / aside).read_bytes()  # the editor's, kept
    st = sync.status(author)
    assert aside not in st.changed_here  # never shared by mistake
    # The Sharing bar says it too, until it is repaired.
    assert st.message.startswith(
        "The review record of 2025-03-01-council-listens.md cannot be read: the editor's notes "
        "are kept aside; repair it, then Get latest · "
    )
    # Get latest again tries again, and says it again (`sync pull`: exit 1, left to do).
    from editor_app.cli import main

    assert main(["sync", "pull", str(author)]) == 1
    assert capsys.readouterr().out.startswith(f"The review record of {POST} here cannot be read")
    assert main(["sync", "status", str(author), "--no-fetch", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["review_record_unreadable"] == [POST]
    # Sending again would put this record over the editor's: refused, said.
    with pytest.raises(SyncError, match="cannot be read"):
        sync_drafts.send_for_review(author, author / POST)
    # Repaired (here: the editor's taken as it is), the next Get latest brings it.
    record.unlink()
    result = sync.pull(author)
    assert not result.kept_aside and POST in result.returned
    assert not (author / aside).exists()  # brought in: no copy left aside
    assert sync.status(author).record_unreadable == []
    assert [n.text for n in review.NoteStore(author / POST).notes] == [
        "My own note",
        "Say which park.",
    ]


def test_the_editors_decisions_are_refused_on_ones_own_draft(
    team, capsys: pytest.CaptureFixture[str]  # noqa: ANN001, F811
) -> None:
    """As the Drafts dialog offers no Accept / Reject / Undo on one's own draft, the commands
    refuse them there, in one line, nothing changed."""
    from editor_app.cli import main

    server, author, editor = team
    draft, sid = draft_with_suggestion(author, editor)
    sent = git(server, "rev-parse", draft.branch)
    own = "'What happens when a council listens' is your own draft: "
    # Sent from this copy.
    for verb in ("accept", "reject"):
        assert main(["sync", verb, draft.branch, sid, str(author)]) == 2
        err = capsys.readouterr().err
        assert err == (
            f"editor-app: {own}answer its suggested edits in the page's review notes, where "
            "Get latest brings them; nothing was changed.\n"
        )
    # Sent by the same person (their e-mail) from another copy, their name spelt another way.
    git(editor, "config", "user.email", "ada.author@example.org")
    assert main(["sync", "accept", draft.branch, sid, str(editor), "--author", "A. Author"]) == 2
    assert own in capsys.readouterr().err
    git(editor, "config", "user.email", "ed.editor@example.org")
    assert git(server, "rev-parse", draft.branch) == sent
    # The reviewer's decisions are theirs to take back.
    assert main(["sync", "accept", draft.branch, sid, str(editor)]) == 0
    sync_draft_review.send_back_draft(editor, draft.branch, "Shorter", "Ed Editor")
    decided = git(server, "rev-parse", draft.branch)
    git(author, "fetch", "-q", "origin")
    for command in ("undo-decision", "undo-send-back"):
        assert main(["sync", command, draft.branch, str(author)]) == 2
        assert capsys.readouterr().err == (
            f"editor-app: {own}its reviewer's decisions are theirs to take back; "
            "nothing was changed.\n"
        )
    assert git(server, "rev-parse", draft.branch) == decided
    assert main(["sync", "undo-send-back", draft.branch, str(editor)]) == 0


def test_a_draft_the_editor_accepted_a_suggested_edit_on_is_approved(
    team,  # noqa: ANN001, F811
) -> None:
    """The accept is the editor's commit, the page's newest: approving the draft still sets
    it final (it was merged and left a draft, "Approved and shared" said all the same)."""
    server, author, editor = team
    draft, sid = draft_with_suggestion(author, editor)
    sync_draft_suggestions.decide_suggestion(editor, draft.branch, sid, "accept", "Ed Editor")
    result = sync_drafts.approve_draft(editor, draft.branch, "Ed Editor")
    assert result.message == "Approved and shared" and result.left_draft == []
    on_server = git(server, "show", f"main:{POST}")
    assert "status: final" in on_server and "four hundred letters" in on_server


def test_a_site_leaving_own_drafts_to_another_still_lets_the_editor_approve_after_an_accept(
    team,  # noqa: ANN001, F811
) -> None:
    """The editor's accept is not their draft: with `approve_own_drafts: no` the draft, another
    person's, is approved (it was merged and left a draft, as if the editor's own change)."""
    server, author, editor = team
    config = author / "_config.yml"
    config.write_text(config.read_text() + "editor_app:\n  approve_own_drafts: no\n")
    git(author, "commit", "-qam", "Approvals by another person")
    git(author, "push", "-q")
    sync.pull(editor)
    draft, sid = draft_with_suggestion(author, editor)
    sync_draft_suggestions.decide_suggestion(editor, draft.branch, sid, "accept", "Ed Editor")
    result = sync_drafts.approve_draft(editor, draft.branch, "Ed Editor")
    assert result.message == "Approved and shared" and result.left_draft == []
    assert "status: final" in git(server, "show", f"main:{POST}")
