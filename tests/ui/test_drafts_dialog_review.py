"""The Drafts dialog reviews a draft where it waits, as the review window does: what it
changes, its notes, Add note…, Send back… with a message, and Approve behind the same gate."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.core import gitutil
from editor_app.core.document import Document
from editor_app.ui.main_window import MainWindow
from editor_app.ui.sync_drafts import DraftsDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import (  # noqa: E402
    DRAFT_WAITS,
    add_note,
    answer,
    click_and_wait,
    open_copy,
    open_drafts,
    open_sent_draft,
    send_draft,
    send_draft_with_suggestions,
)
from sharing_helpers import team, wait_idle, window  # noqa: E402, F401
from sync_site import POST, git  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


def test_send_back_note_and_approve_from_the_drafts_dialog(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server, author, editor = team
    dialog = open_sent_draft(qtbot, window, author, editor)
    bar = window.sync_bar
    assert dialog.notes_label.text() == "No review notes"
    for button in (dialog.note_button, dialog.send_back_button, dialog.approve_button):
        assert button.isVisible() and button.isEnabled()

    # Send back, with a message saying what to change: asked as the review window asks.
    answer(monkeypatch, "ask_send_back_note", "Name the park")
    click_and_wait(
        qtbot, window, dialog.send_back_button, lambda: "sent back" in dialog.list.item(0).text()
    )
    assert dialog.list.item(0).text().endswith("\nsent back: Name the park")
    assert dialog.message.text() == "Sent back to Ada Author: it stays a draft"
    assert [dialog.notes.item(i).text() for i in range(dialog.notes.count())] == [
        "Test Reviewer: Name the park"
    ]
    assert dialog.notes_label.text() == "Review notes (1 open)"
    on_branch = git(
        server,
        "show",
        f"{dialog.current.branch}:_posts/.review/2025-03-01-council-listens.md.notes.yml",
    )
    assert "Name the park" in on_branch and "sent back" in on_branch
    assert git(editor, "status", "--porcelain") == ""  # the editor's files are untouched

    # A note of its own.
    add_note(qtbot, window, monkeypatch, dialog, "Which day?")
    assert dialog.notes.item(1).text() == "Test Reviewer: Which day?"

    # Approve: the same gate as the review window; cancelled, nothing happens.
    asked: list[list[str]] = []

    def cancel(cls, parent, title, findings):  # noqa: ANN001, ANN202
        asked.append([b.text for b in findings.blockers + findings.warnings])
        return None

    monkeypatch.setattr(DraftsDialog, "ask_approval", classmethod(cancel))
    dialog.approve_button.click()
    assert asked == [
        ["Open note by Test Reviewer: Name the park", "Open note by Test Reviewer: Which day?"]
    ]
    assert dialog.list.count() == 1 and not bar.busy
    answer(monkeypatch, "ask_approval", (True, "Checked by phone"))
    approved = dialog.current.title
    click_and_wait(qtbot, window, dialog.approve_button, lambda: dialog.list.count() == 0)
    assert dialog.message.text() == f"“{approved}”: approved and shared. No other draft waits."
    # None left: the approved draft's notes are not said to be open still.
    assert dialog.notes.count() == 0 and dialog.notes_label.text() == "No review notes"
    # Nor is the pane left blank: it says none waits.
    assert dialog.changes.toPlainText() == ""
    assert dialog.changes.placeholderText().startswith("No draft is waiting for review.")
    doc = Document.load(editor / POST)
    assert doc.get("status") == "final" and "windy Tuesday" in doc.text


def test_send_back_with_the_server_gone_says_so_and_keeps_nothing(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server, author, editor = team
    dialog = open_sent_draft(qtbot, window, author, editor)
    server.rename(server.with_name("moved.git"))
    answer(monkeypatch, "ask_send_back_note", "Later")
    click_and_wait(
        qtbot, window, dialog.send_back_button, lambda: "nothing was sent" in dialog.message.text()
    )
    # A moved shared copy is said as the Sharing bar says it, not as a server out of reach.
    assert dialog.message.text() == (
        f"The shared copy at {server} was not found: check its address (moved or "
        "mistyped?); nothing was sent."
    )
    assert dialog.send_back_button.isEnabled() and dialog.notes.count() == 0


def test_a_note_on_words_selected_in_the_draft(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtGui import QTextCursor

    _server, author, editor = team
    dialog = open_sent_draft(qtbot, window, author, editor)
    asked: list[str] = []

    def note(cls, parent, title, quote=""):  # noqa: ANN001, ANN202
        asked.append(quote)
        return "Which Tuesday?"

    monkeypatch.setattr(DraftsDialog, "ask_note_text", classmethod(note))

    def select(words: str) -> None:
        cursor = dialog.changes.document().find(words)
        assert not cursor.isNull()
        dialog.changes.setTextCursor(cursor)

    # Words of the shared copy's column are not in the draft: said, nothing asked or sent.
    select("wet Tuesday")
    assert dialog.note_button.text() == "Add note on the selected words…"
    dialog.note_button.click()
    assert asked == [] and dialog.message.text().startswith("Select words of the draft's column")
    select("windy Tuesday")
    click_and_wait(qtbot, window, dialog.note_button, lambda: dialog.notes.count() == 1)
    assert asked == ["windy Tuesday"]
    assert dialog.notes.item(0).text() == (
        "Test Reviewer on these words:\n“windy Tuesday”\nWhich Tuesday?"
    )
    dialog.changes.moveCursor(QTextCursor.MoveOperation.Start)
    assert dialog.note_button.text() == "Add note…"


def test_words_the_draft_has_twice_ask_for_more_words(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _server, author, editor = team
    send_draft(author, "about the park.", "about the park, and the park only.")
    dialog = open_drafts(qtbot, window, editor, waiting=DRAFT_WAITS)
    asked: list[str] = []
    monkeypatch.setattr(
        DraftsDialog, "ask_note_text", classmethod(lambda c, p, t, q="": asked.append(q) or "?")
    )
    dialog.changes.setTextCursor(dialog.changes.document().find("the park only"))
    cursor = dialog.changes.textCursor()
    cursor.setPosition(cursor.selectionStart() + len("the park"), cursor.MoveMode.KeepAnchor)
    dialog.changes.setTextCursor(cursor)
    assert dialog.selected_words() == "the park"
    dialog.note_button.click()
    assert asked == [] and dialog.message.text() == (
        "The words “the park” appear 3 times in the text of the page: "
        "select more words around them."
    )
    dialog.changes.setTextCursor(dialog.changes.document().find("the park only"))
    click_and_wait(qtbot, window, dialog.note_button, lambda: dialog.notes.count() == 1)
    assert asked == ["the park only"]


def test_undo_a_send_back_from_the_drafts_dialog(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _server, author, editor = team
    dialog = open_sent_draft(qtbot, window, author, editor)
    assert not dialog.undo_button.isVisible()
    answer(monkeypatch, "ask_send_back_note", "Oops")
    click_and_wait(qtbot, window, dialog.send_back_button, dialog.undo_button.isVisible)
    click_and_wait(qtbot, window, dialog.undo_button, lambda: not dialog.undo_button.isVisible())
    assert dialog.message.text() == "Send back undone: its message is gone"
    assert dialog.notes.count() == 0
    assert dialog.list.item(0).text().count("\n") == 1  # no "sent back: …" line


def test_git_failing_to_read_a_draft_is_said_in_the_dialog(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from editor_app.core import sync_drafts
    from editor_app.core.gitutil import GitError

    _server, author, editor = team
    send_draft(author)
    open_copy(qtbot, window, editor)
    bar = window.sync_bar

    def broken(*_args):  # noqa: ANN002, ANN202
        raise GitError("fatal: bad object 1234")

    monkeypatch.setattr(sync_drafts, "draft_diff", broken)
    bar.drafts_action.trigger()
    dialog = bar.drafts_dialog
    assert dialog.changes.toPlainText() == "The draft could not be read: fatal: bad object 1234"
    monkeypatch.setattr(sync_drafts, "draft_queue", broken)
    dialog.fill()
    assert dialog.list.count() == 0
    assert dialog.message.text() == "The drafts could not be read: fatal: bad object 1234"


def test_the_drafts_suggested_edits_are_listed_with_its_notes(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
) -> None:
    _server, author, editor = team
    # A suggested edit the author keeps for the editor to weigh (say, from a Word pack).
    send_draft_with_suggestions(author, ("three hundred", "300", "Ada Author"))
    dialog = open_drafts(qtbot, window, editor)
    assert dialog.notes_label.text() == "Review notes and suggested edits (1 open)"
    said = "Ada Author suggests: replace “three hundred” with “300”"  # English: one line
    assert dialog.notes.item(0).text() == said


def test_the_authors_own_draft_says_sent_by_you(qtbot, window: MainWindow, team) -> None:  # noqa: ANN001, F811
    _server, author, _editor = team
    git(author, "config", "editor-app.draftBranches", "true")
    send_draft(author)
    dialog = open_drafts(qtbot, window, author, get_latest=False)
    assert (
        dialog.list.item(0)
        .text()
        .startswith("What happens when a council listens\nsent by you (Ada Author), ")
    )


def test_accept_reject_and_undo_a_suggested_edit_from_the_drafts_dialog(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
) -> None:
    server, author, editor = team
    send_draft_with_suggestions(
        author, ("three hundred", "four hundred", "Sue"), ("every one", "each", "Sue")
    )
    dialog = open_drafts(qtbot, window, editor)
    assert dialog.notes_label.text() == "Review notes and suggested edits (2 open)"
    # There while the draft has open suggested edits; usable once one is chosen.
    assert dialog.accept_button.isVisible() and not dialog.accept_button.isEnabled()
    assert not dialog.undo_button.isVisible()
    dialog.notes.setCurrentRow(0)
    assert dialog.accept_button.isEnabled() and dialog.reject_button.isEnabled()

    click_and_wait(
        qtbot, window, dialog.accept_button, lambda: "(accepted)" in dialog.notes.item(0).text()
    )
    assert dialog.message.text() == "Suggested edit accepted: made in the draft"
    branch = dialog.current.branch
    assert "four hundred letters" in git(server, "show", f"{branch}:{POST}")
    assert git(editor, "status", "--porcelain") == ""  # the editor's files are untouched
    assert "four hundred" in dialog.changes.toPlainText()  # what the draft changes, now
    assert dialog.undo_button.isVisible() and dialog.undo_button.text() == "Undo accept"
    assert dialog.notes_label.text() == "Review notes and suggested edits (1 open)"

    click_and_wait(
        qtbot, window, dialog.undo_button, lambda: "(accepted)" not in dialog.notes.item(0).text()
    )
    assert "three hundred letters" in git(server, "show", f"{branch}:{POST}")
    assert not dialog.undo_button.isVisible()

    dialog.notes.setCurrentRow(1)
    click_and_wait(
        qtbot, window, dialog.reject_button, lambda: "(rejected)" in dialog.notes.item(1).text()
    )
    assert dialog.message.text() == "Suggested edit rejected: the draft is unchanged"
    assert dialog.undo_button.text() == "Undo reject"
    assert "every one of them" in git(server, "show", f"{branch}:{POST}")
    # A decided one cannot be decided again: the buttons wait for an open one.
    dialog.notes.setCurrentRow(1)
    assert not dialog.accept_button.isEnabled()


def test_an_author_approving_their_own_draft_is_asked_first(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server, author, _editor = team
    send_draft(author)
    dialog = open_drafts(qtbot, window, author, get_latest=False)
    bar = window.sync_bar
    asked: list[str] = []

    def answer_own(yes: bool):  # noqa: ANN202
        return classmethod(lambda cls, parent, title: asked.append(title) or yes)

    monkeypatch.setattr(DraftsDialog, "ask_own_approval", answer_own(False))
    dialog.approve_button.click()
    assert asked == ["What happens when a council listens"]
    assert not bar.busy and dialog.list.count() == 1  # said no: nothing done
    assert "status: draft" in git(server, "show", f"main:{POST}")

    monkeypatch.setattr(DraftsDialog, "ask_own_approval", answer_own(True))
    click_and_wait(qtbot, window, dialog.approve_button, lambda: dialog.list.count() == 0)
    assert dialog.message.text().startswith(
        "“What happens when a council listens”: approved and shared"
    )
    assert "status: final" in git(server, "show", f"main:{POST}")


def test_the_site_leaves_approval_of_ones_own_draft_to_another_person(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _server, author, _editor = team
    config = author / "_config.yml"
    config.write_text(config.read_text() + "editor_app:\n  approve_own_drafts: no\n")
    send_draft(author)
    dialog = open_drafts(qtbot, window, author, get_latest=False)
    monkeypatch.setattr(DraftsDialog, "ask_own_approval", classmethod(lambda c, p, t: 1 / 0))
    dialog.approve_button.click()
    assert dialog.message.text() == (
        "'What happens when a council listens' is your own draft, and this site's review "
        "settings say another person approves it (editor_app: approve_own_drafts: no): ask "
        "someone else to review it."
    )
    assert not window.sync_bar.busy and dialog.list.count() == 1


def test_with_no_reviewer_name_given_the_copys_git_name_signs(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from editor_app.core.sync_base import notes_of
    from editor_app.ui.dialogs import ReviewerName

    server, author, editor = team
    git(editor, "config", "user.name", "Ed Editor")
    send_draft_with_suggestions(author, ("three hundred", "four hundred", "Sue"))
    said: list[str] = []  # OK with no name; the question says the name that then signs
    answer = classmethod(lambda cls, parent, unnamed_as="": said.append(unnamed_as) or "")
    monkeypatch.setattr(ReviewerName, "ask", answer)
    dialog = open_drafts(qtbot, window, editor)
    dialog.notes.setCurrentRow(0)
    click_and_wait(
        qtbot, window, dialog.reject_button, lambda: "(rejected)" in dialog.notes.item(0).text()
    )
    assert said == ["Ed Editor"]
    branch = dialog.current.branch
    assert git(server, "log", "-1", "--format=%an", branch) == "Ed Editor\n"
    assert "by: Ed Editor" in git(server, "show", f"{branch}:{notes_of(POST)}")


def test_cancelling_the_name_question_cancels_the_decision(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from editor_app.ui.dialogs import ReviewerName

    server, author, editor = team
    send_draft_with_suggestions(author, ("three hundred", "four hundred", "Sue"))
    asked: list[int] = []
    monkeypatch.setattr(
        ReviewerName,
        "ask",
        classmethod(lambda cls, parent, unnamed_as="": asked.append(1) and None),
    )
    answer(monkeypatch, "ask_send_back_note", "Why?")
    answer(monkeypatch, "ask_note_text", "Day?")
    answer(monkeypatch, "ask_own_approval", True)
    dialog = open_drafts(qtbot, window, editor)
    branch = dialog.current.branch
    tip = git(server, "rev-parse", branch)
    said = dialog.message.text()
    dialog.notes.setCurrentRow(0)

    for button in (
        dialog.reject_button,
        dialog.accept_button,
        dialog.send_back_button,
        dialog.note_button,
        dialog.approve_button,
    ):
        button.click()
        wait_idle(qtbot, window)

    assert len(asked) == 5  # each asked, each cancelled
    assert git(server, "rev-parse", branch) == tip  # nothing sent
    assert git(editor, "status", "--porcelain") == ""  # nothing written here
    assert dialog.message.text() == said  # nothing said as done
    assert dialog.list.count() == 1 and "(rejected)" not in dialog.notes.item(0).text()


def test_the_authors_own_draft_lists_suggestions_without_the_editors_buttons(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
) -> None:
    from editor_app.core import review, sync_draft_suggestions, sync_drafts

    _server, author, editor = team
    git(author, "config", "editor-app.draftBranches", "true")
    send_draft_with_suggestions(
        author, ("three hundred", "four hundred", "Sue"), ("every one", "each", "Sue")
    )
    # The editor accepts one, where the draft waits.
    git(editor, "fetch", "-q", "origin")
    draft = sync_drafts.draft_queue(editor)[0]
    first = review.NoteStore(author / POST).suggestions[0].id
    sync_draft_suggestions.decide_suggestion(
        editor, draft.branch, first, sync_draft_suggestions.ACCEPT, "Ed Editor"
    )

    dialog = open_drafts(qtbot, window, author)
    assert "sent by you" in dialog.list.item(0).text()
    listed = [dialog.notes.item(i).text() for i in range(dialog.notes.count())]
    assert listed == [
        "Sue suggests (accepted): replace “three hundred” with “four hundred”",
        "Sue suggests: replace “every one” with “each”",
    ]
    dialog.notes.setCurrentRow(1)
    # The editor's decisions are not offered on one's own draft: no Accept / Reject, and no
    # Undo that would take back the editor's accept.
    assert not dialog.accept_button.isVisible() and not dialog.reject_button.isVisible()
    assert not dialog.undo_button.isVisible()
    assert "answer its suggested edits in the page's review notes" in dialog.message.text()
    # The author's own path: Get latest brought the editor's accept and the open suggestion
    # into their page and its review notes, where they accept or reject it.
    assert "four hundred" in (author / POST).read_text(encoding="utf-8")
    assert [s.id for s in review.NoteStore(author / POST).open_suggestions()] != []


def test_a_note_on_the_draft_is_marked_resolved_then_approve_asks_nothing(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _server, author, editor = team
    dialog = open_sent_draft(qtbot, window, author, editor)
    add_note(qtbot, window, monkeypatch, dialog, "Day?")
    assert not dialog.resolve_button.isVisible()  # no note chosen yet
    dialog.notes.setCurrentRow(0)
    assert dialog.resolve_button.isVisible() and dialog.resolve_button.text() == "Mark as resolved"
    click_and_wait(
        qtbot, window, dialog.resolve_button, lambda: "(resolved)" in dialog.notes.item(0).text()
    )
    assert dialog.notes_label.text() == "Review notes (0 open)"
    assert dialog.message.text() == "Note marked as resolved"
    asked: list[object] = []
    monkeypatch.setattr(DraftsDialog, "ask_approval", classmethod(lambda *a: asked.append(a)))
    # Nothing open: approved at once, not asked.
    approved = dialog.current.title
    click_and_wait(qtbot, window, dialog.approve_button, lambda: dialog.list.count() == 0)
    said = f"“{approved}”: approved and shared. No other draft waits."
    assert asked == [] and dialog.message.text() == said
