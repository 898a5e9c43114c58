"""An editor reviews a draft where it waits, on its review branch: notes, send back; the
author gets them with Get latest and answers by sending again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sync_site import POST, drive_not_mounted, git, replace_in
from test_sync_drafts import team  # noqa: F401 - the shared copies: server, author, editor

from editor_app.core import review, sync, sync_draft_review, sync_drafts
from editor_app.core.sync_base import notes_of


def sent_draft(author: Path, editor: Path) -> sync_drafts.Draft:
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert sync_drafts.send_for_review(author, author / POST).shared
    sync.pull(editor)
    (draft,) = sync_drafts.draft_queue(editor)
    return draft


def test_send_back_a_draft_on_its_branch(team) -> None:  # noqa: ANN001, F811
    server, author, editor = team
    draft = sent_draft(author, editor)
    note = sync_draft_review.send_back_draft(
        editor, draft.branch, "Say which park.", author="Ed Editor"
    )
    assert note is not None and note.text == "Say which park." and note.is_general
    # Made on the branch and sent: the editor's own files are as they were.
    assert git(editor, "status", "--porcelain") == ""
    on_server = git(server, "show", f"{draft.branch}:{notes_of(POST)}")
    assert "Say which park." in on_server and "sent back" in on_server
    assert git(server, "log", "-1", "--format=%s", draft.branch) == (
        "Send back 'What happens when a council listens': Say which park.\n"
    )
    # Still waiting on its branch, now shown as sent back with its note.
    (again,) = sync_drafts.draft_queue(editor)
    seen = sync_draft_review.draft_review(editor, again)
    assert seen.state.state == review.SENT_BACK and seen.state.reason == "Say which park."
    assert [n.text for n in seen.notes] == ["Say which park."]

    # The author's status check (which asks the server) says to Get latest.
    assert sync.status(author, fetch=True).message == (
        "Your draft came back from review: Get latest · 1 page sent for review"
    )
    # The author's Get latest brings the note and the decision into their copy.
    result = sync.pull(author)
    assert POST in result.brought_in and not result.up_to_date
    assert result.message == (
        "Got the latest: your draft sent for review came back with review notes"
    )
    assert review.page_state(author / POST).state == review.SENT_BACK
    assert [n.text for n in review.NoteStore(author / POST).open_notes()] == ["Say which park."]
    st = sync.status(author)
    assert st.in_review == [POST] and st.pages_changed_here == []
    # Said in plain words where the author looks: the Sharing bar's line.
    assert st.sent_back == [POST]
    assert st.message == "1 page sent back to you: see the notes"

    # The author answers and sends again: the editor's note stays on the branch.
    replace_in(author / POST, "the park", "Victoria Park")
    assert sync.status(author).message == (
        "1 page changed since sent for review: Send for review again"
    )  # answered: the editor sees it once it is sent
    assert sync_drafts.send_for_review(author, author / POST).shared
    assert sync.status(author).message == "1 page sent for review"
    sync.pull(editor)
    (answered,) = sync_drafts.draft_queue(editor)
    seen = sync_draft_review.draft_review(editor, answered)
    assert seen.state.state == review.CHANGED_SINCE
    assert [n.text for n in seen.notes] == ["Say which park."]


def test_the_authors_own_notes_and_the_editors_are_all_kept(team) -> None:  # noqa: ANN001, F811
    _server, author, editor = team
    draft = sent_draft(author, editor)
    sync_draft_review.send_back_draft(editor, draft.branch, "Shorter, please.", "Ed Editor")
    # Meanwhile the author wrote a note of their own on the page.
    review.NoteStore(author / POST).add(review.make_note("", 0, 0, "Check dates", "Ada Author"))
    replace_in(author / POST, "In the end", "At last")
    assert sync_drafts.send_for_review(author, author / POST).shared  # fetches first
    texts = {n.text for n in review.NoteStore(author / POST).notes}
    assert texts == {"Shorter, please.", "Check dates"}
    sync.pull(editor)
    (d,) = sync_drafts.draft_queue(editor)
    seen = sync_draft_review.draft_review(editor, d)
    assert {n.text for n in seen.notes} == {"Shorter, please.", "Check dates"}
    assert seen.state.state == review.CHANGED_SINCE


def test_a_note_on_words_of_the_draft(team) -> None:  # noqa: ANN001, F811
    server, author, editor = team
    draft = sent_draft(author, editor)
    note = sync_draft_review.note_on_draft(
        editor, draft.branch, "Which Tuesday?", "Ed Editor", on="windy Tuesday"
    )
    assert note.quote == "windy Tuesday"
    assert "Which Tuesday?" in git(server, "show", f"{draft.branch}:{notes_of(POST)}")
    # Words that are only in the shared copy, not in the draft: refused, nothing sent.
    before = git(server, "rev-parse", draft.branch)
    with pytest.raises(review.PassageNotFound):
        sync_draft_review.note_on_draft(editor, draft.branch, "?", on="wet Tuesday")
    with pytest.raises(review.ReviewError):
        sync_draft_review.note_on_draft(editor, draft.branch, "  ")
    assert git(server, "rev-parse", draft.branch) == before


def test_nothing_is_kept_when_the_server_cannot_be_reached(team) -> None:  # noqa: ANN001, F811
    server, author, editor = team
    draft = sent_draft(author, editor)
    with drive_not_mounted(editor), pytest.raises(sync.SyncError, match="cannot be reached"):
        sync_draft_review.send_back_draft(editor, draft.branch, "Later")
    (same,) = sync_drafts.draft_queue(editor)
    assert same.commit == draft.commit
    with pytest.raises(sync.SyncError, match="no draft waiting"):
        sync_draft_review.find_draft(editor, "review/nothing-here")


def test_first_notes_written_on_both_sides_are_all_kept(team) -> None:  # noqa: ANN001, F811
    # Both records were new: merged as text they read as one file whose second `notes:` won,
    # and the author's note was gone without a word.
    _server, author, editor = team
    review.NoteStore(author / POST).add(review.make_note("", 0, 0, "Author's note", "Ada"))
    assert sync.push(author).shared
    review.NoteStore(editor / POST).add(review.make_note("", 0, 0, "Editor's note", "Ed"))
    result = sync.push(editor)
    assert result.shared and result.pulled.conflicts == []
    sync.pull(author)
    for clone in (author, editor):
        texts = {n.text for n in review.NoteStore(clone / POST).notes}
        assert texts == {"Author's note", "Editor's note"}


def test_from_the_command_line(team, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001, F811
    from editor_app.cli import main

    _server, author, editor = team
    draft = sent_draft(author, editor)
    assert (
        main(
            [
                "sync",
                "note",
                draft.branch,
                str(editor),
                "--text",
                "Which?",
                "--on",
                "windy Tuesday",
                "--author",
                "Ed Editor",
            ]
        )
        == 0
    )
    assert "on “windy Tuesday” to the draft on review/" in capsys.readouterr().out
    # No --author: the name on this copy's sharing commits (git's user.name here).
    assert main(["sync", "note", draft.branch, str(editor), "--text", "Mine"]) == 0
    capsys.readouterr()
    assert main(["sync", "note", draft.branch, str(editor), "--text", "?", "--on", "wet"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "wet" in err
    assert (
        main(
            [
                "sync",
                "send-back",
                draft.branch,
                str(editor),
                "--reason",
                "Name the park",
                "--author",
                "Ed Editor",
            ]
        )
        == 0
    )
    assert capsys.readouterr().out == (
        "Sent back 'What happens when a council listens' to Ada Author, with the note: "
        "Name the park\n"
    )
    assert main(["sync", "drafts", str(editor)]) == 0
    lines = capsys.readouterr().out.splitlines()
    (newest,) = sync_drafts.draft_queue(editor)
    ids = [review.shown_id(n.id) for n in sync_draft_review.draft_review(editor, newest).notes]
    assert lines[1:] == [
        "    sent back: Name the park",
        f"    note {ids[0]} by Ed Editor on “windy Tuesday”: Which?",
        f"    note {ids[1]} by Ed Editor: Mine",
        f"    note {ids[2]} by Ed Editor: Name the park",
    ]  # the id, as `sync resolve` takes it
    assert main(["sync", "drafts", str(editor), "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["state"] == "sent back" and row["state_reason"] == "Name the park"
    assert [n["text"] for n in row["notes"]] == ["Which?", "Mine", "Name the park"]
    assert row["notes"][0]["quote"] == "windy Tuesday"
    assert main(["sync", "send-back", "review/none", str(editor)]) == 2
    assert "There is no draft waiting on 'review/none'" in capsys.readouterr().err


def test_approve_a_draft_with_an_open_note_asks_as_the_review_window_does(
    team,  # noqa: ANN001, F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    # It merged the draft and left it a draft without a word (the refusal was taken for "no
    # status field").
    from editor_app.cli import main

    server, author, editor = team
    draft = sent_draft(author, editor)
    sync_draft_review.note_on_draft(editor, draft.branch, "Check the date", "Ed Editor")
    head = git(editor, "rev-parse", "HEAD")
    with pytest.raises(review.ApprovalRefused) as refused:
        sync_drafts.approve_draft(editor, draft.branch, "Ed Editor")
    assert [b.text for b in refused.value.blockers] == ["Open note by Ed Editor: Check the date"]
    assert git(editor, "rev-parse", "HEAD") == head and git(editor, "status", "--porcelain") == ""
    # The note's id reads the same in `sync drafts` and in approve's refusal (it read 8
    # characters in one and 12 in the other).
    assert main(["sync", "drafts", str(editor), "--no-fetch"]) == 0
    (listed,) = [ln for ln in capsys.readouterr().out.splitlines() if "Check the date" in ln]
    shown = listed.split()[1]
    assert len(shown) == review.ID_LENGTH
    assert main(["sync", "approve", draft.branch, str(editor)]) == 1
    out = capsys.readouterr().out
    assert "not approved: 1 thing to deal with first" in out and "Check the date" in out
    assert f"Check the date (note {shown})" in out
    assert main(["sync", "approve", draft.branch, str(editor), "--anyway"]) == 2
    assert "Say why" in capsys.readouterr().err
    assert git(editor, "rev-parse", "HEAD") == head
    args = ["sync", "approve", draft.branch, str(editor), "--anyway", "--reason", "Date is fine"]
    assert main([*args, "--author", "Ed Editor"]) == 0
    store = review.NoteStore(editor / POST)
    last = store.last_decision()
    assert last is not None and last.decision == review.APPROVED and last.anyway
    assert last.reason == "Date is fine"
    assert "status: final" in git(server, "show", f"main:{POST}")


def test_undo_a_send_back(team, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001, F811
    from editor_app.cli import main

    server, author, editor = team
    draft = sent_draft(author, editor)
    assert main(["sync", "undo-send-back", draft.branch, str(editor)]) == 2
    assert "no send back to undo" in capsys.readouterr().err
    sync_draft_review.send_back_draft(editor, draft.branch, "Oops", "Ed Editor")
    sync.pull(author)  # the author has it already
    assert main(["sync", "undo-send-back", draft.branch, str(editor)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Undid the send back by Ed Editor of the draft on review/")
    (d,) = sync_drafts.draft_queue(editor)
    seen = sync_draft_review.draft_review(editor, d)
    assert seen.state.state == review.WAITING and seen.notes == []
    assert seen.store.decisions[-1].undone
    # The author's next Get latest takes the message back too.
    sync.pull(author)
    assert review.NoteStore(author / POST).notes == []
    assert review.page_state(author / POST).state == review.WAITING
    assert sync.status(author).message == "1 page sent for review"


def test_a_page_saved_again_after_it_was_sent_is_said_to_send_again(
    team,  # noqa: ANN001, F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    from editor_app.cli import main

    _server, author, _editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert sync_drafts.send_for_review(author, author / POST).shared
    assert sync.status(author).message == "1 page sent for review"
    replace_in(author / POST, "windy Tuesday", "stormy Tuesday")  # the editor sees "windy"
    assert main(["sync", "status", str(author), "--no-fetch"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "1 page changed since sent for review: Send for review again",
        "Changed since sent for review (send it again):",
        f"  {POST}",
    ]


def test_words_there_more_than_once_are_found_as_review_note_finds_them(
    team, capsys: pytest.CaptureFixture[str]  # noqa: ANN001, F811
) -> None:
    from editor_app.cli import main

    server, author, editor = team
    # "the park" twice as written, a third time as a reader sees it ("*the* park").
    replace_in(author / POST, "kept its trees.", "kept its trees.\n\nWe walked in *the* park.")
    assert sync_drafts.send_for_review(author, author / POST).shared
    sync.pull(editor)
    (draft,) = sync_drafts.draft_queue(editor)
    before = git(server, "rev-parse", draft.branch)
    # Several places: more words, or --nth counted as written, as `review note` asks.
    with pytest.raises(review.PassageNotFound, match="appear 2 times") as ambiguous:
        sync_draft_review.note_on_draft(editor, draft.branch, "?", "Ed Editor", on="the park")
    assert ambiguous.value.count == 2
    with pytest.raises(review.PassageNotFound, match="only 2 times, so there is no number 3"):
        sync_draft_review.find_in_draft(editor, draft, "the park", nth=3)
    assert main(["review", "note", str(author / POST), "--on", "the park", "--nth", "3",
                 "--text", "?"]) == 2
    assert "appear only 2 times, so there is no number 3" in capsys.readouterr().err
    # `sync note` says so in the words of `review note`, with the way out.
    assert main(["sync", "note", draft.branch, str(editor), "--on", "the park", "--text", "?"]) == 2
    assert capsys.readouterr().err == (
        f"editor-app: {draft.branch}: The words “the park” appear 2 times in the text of the "
        "page; add --nth 1 to 2 to choose one; no note was added\n"
    )
    assert git(server, "rev-parse", draft.branch) == before
    # Words only as read are found as read, widened to their marks.
    note = sync_draft_review.note_on_draft(
        editor, draft.branch, "Which park?", "Ed Editor", on="walked in the park"
    )
    assert note.quote == "walked in *the* park"


def test_a_note_on_a_draft_is_resolved_there(team) -> None:  # noqa: ANN001, F811
    server, author, editor = team
    draft = sent_draft(author, editor)
    note = sync_draft_review.note_on_draft(editor, draft.branch, "Which park?", "Ed Editor")
    done = sync_draft_review.resolve_on_draft(author, draft.branch, note.id, "Ada Author")
    assert done.resolved
    git(editor, "fetch", "-q")
    (again,) = sync_drafts.draft_queue(editor)
    seen = sync_draft_review.draft_review(editor, again)
    assert [n.resolved for n in seen.notes] == [True]
    assert (again.sent_by, again.sent_at) == (draft.sent_by, draft.sent_at)
    assert sync_draft_review.draft_blockers(editor, again, None) == []
    assert git(server, "log", "-1", "--format=%s", draft.branch) == (
        "Resolve a review note on 'What happens when a council listens'\n"
    )
    sync_draft_review.resolve_on_draft(editor, draft.branch, note.id, resolved=False)
    (again,) = sync_drafts.draft_queue(editor)
    assert [n.resolved for n in sync_draft_review.draft_review(editor, again).notes] == [False]
    with pytest.raises(review.ReviewError, match="no longer on the draft"):
        sync_draft_review.resolve_on_draft(editor, draft.branch, "0000")


def test_resolve_from_the_command_line(team, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001, F811
    from editor_app.cli import main

    _server, author, editor = team
    draft = sent_draft(author, editor)
    note = sync_draft_review.note_on_draft(editor, draft.branch, "Which park?", "Ed Editor")
    capsys.readouterr()
    assert main(["sync", "resolve", draft.branch, note.id[:6], str(editor)]) == 0
    out = capsys.readouterr().out
    assert out == f"Resolved note {review.shown_id(note.id)} (Ed Editor: Which park?) on {draft.branch}\n"
    (again,) = sync_drafts.draft_queue(editor)
    assert [n.resolved for n in sync_draft_review.draft_review(editor, again).notes] == [True]
    assert main(["sync", "resolve", draft.branch, note.id, str(editor), "--reopen"]) == 0
    assert capsys.readouterr().out.startswith(f"Reopened note {review.shown_id(note.id)}")
    assert main(["sync", "resolve", draft.branch, "zzzz", str(editor)]) == 2
    err = capsys.readouterr().err
    assert "no longer on the draft" in err and err.count("\n") == 1
