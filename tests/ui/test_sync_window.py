"""The Sharing toolbar in the real window: status, Get latest, Share, choices, unsaved text."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from editor_app.core.store import RecoveryStore
from editor_app.ui.library import PATH_ROLE
from editor_app.ui.main_window import MainWindow
from editor_app.ui.safety import ChangedOnDiskDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
import sharing_helpers  # noqa: E402
from sharing_helpers import open_clone, wait_disk_looked, wait_for_status  # noqa: E402, F401
from sync_site import (  # noqa: E402
    OTHER,
    POST,
    git,
    log_subjects,
    replace_in,
)

# The fixtures these tests share with the Drafts and review window tests, kept in
# sharing_helpers (named here too, for the modules that still take them from here).
team = sharing_helpers.team
window = sharing_helpers.window


def wait_idle(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not window.sync_bar.busy and not window.jobs.busy, timeout=20000)


def test_status_share_and_marks(qtbot, window: MainWindow, team) -> None:  # noqa: ANN001
    server, author, editor = team
    open_clone(qtbot, window, author)
    bar = window.sync_bar
    assert bar.status_label.text() == "Up to date: everything is shared"
    assert window.open_document(author / POST)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, "A new last line.")
    assert window.save_document()
    wait_for_status(qtbot, bar, "1 page changed here, not shared yet")
    assert bar.page_mark(author / POST) == "here"
    rows = window.library.proxy
    marked = [
        Path(rows.index(r, 0).data(PATH_ROLE)).name
        for r in range(rows.rowCount())
        if rows.index(r, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    ]
    assert marked == [Path(POST).name]
    bar.share_action.trigger()
    wait_idle(qtbot, window)
    assert bar.last_message == ("Shared: Update 'What happens when a council listens' (the text)")
    assert git(server, "log", "-1", "--format=%s", "main").strip() == log_subjects(author)[0]
    wait_for_status(qtbot, bar, "Up to date: everything is shared")


def test_get_latest_with_unsaved_text_loses_none(
    qtbot,
    window: MainWindow,
    team,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    _server, author, editor = team
    replace_in(author / POST, "A short story", "A story of letters")
    replace_in(author / POST, "three hundred letters", "four hundred letters")
    from editor_app.core import sync

    assert sync.push(author).shared
    asked: list[str] = []

    def keep_mine(cls, parent, name, difference):  # noqa: ANN001, ANN202
        asked.append(name)
        return ChangedOnDiskDialog.MINE

    monkeypatch.setattr(ChangedOnDiskDialog, "ask", classmethod(keep_mine))
    open_clone(qtbot, window, editor)
    bar = window.sync_bar
    assert bar.status_label.text() == "1 new change from others: Get latest"
    assert bar.page_mark(editor / POST) == "others"
    assert window.open_document(editor / POST)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, "Typed but not saved.")
    bar.get_latest_action.trigger()
    # The unsaved words are in the recovery folder before the worker touches any file.
    (rec,) = RecoveryStore().pending(include_live=True)
    assert rec.path == editor / POST and b"Typed but not saved." in rec.data
    wait_idle(qtbot, window)
    assert "A story of letters" in (editor / POST).read_text()
    assert bar.last_message == "Got the latest: 1 page changed by others"
    # Their changes joined the unsaved text, which is still unsaved and still there.
    doc = window.current_document()
    assert doc.is_modified
    assert "Typed but not saved." in window.editor.toPlainText()
    assert "four hundred letters" in window.editor.toPlainText()
    assert doc.get("subtitle") == "A story of letters"
    assert asked == []
    assert window.save_document()
    saved = (editor / POST).read_text()
    assert "Typed but not saved." in saved and "four hundred letters" in saved
    qtbot.waitUntil(lambda: bar.page_mark(editor / POST) == "both", timeout=20000)


def test_same_sentence_offers_the_choice(qtbot, window: MainWindow, team) -> None:  # noqa: ANN001
    _server, author, editor = team
    from editor_app.core import sync

    replace_in(author / POST, "three hundred letters", "four hundred letters")
    sync.push(author)
    replace_in(editor / POST, "three hundred letters", "five hundred angry letters")
    open_clone(qtbot, window, editor)
    bar = window.sync_bar
    bar.get_latest_action.trigger()
    qtbot.waitUntil(lambda: getattr(bar, "choice_dialog", None) is not None, timeout=20000)
    dialog = bar.choice_dialog
    assert dialog.isVisible()
    assert dialog.where.text() == (
        "In “What happens when a council listens”, the same paragraph was changed here and by "
        "others."
    )
    assert "five hundred angry letters" in dialog.mine.toPlainText()
    assert "four hundred letters" in dialog.theirs.toPlainText()
    assert dialog.mine_label.text() == "<b>Your version</b> (in the page now)"
    assert dialog.theirs_label.text() == (
        "<b>Their version</b> (by Ada Author, kept in the page's history)"
    )
    assert dialog.keep_both.isVisible()
    dialog.keep_both.click()
    assert not dialog.isVisible()
    text = (editor / POST).read_text()
    assert text.index("five hundred angry letters") < text.index("four hundred letters")
    wait_for_status(qtbot, bar, "1 page changed here, not shared yet")
    assert not bar.choices_action.isVisible()
    # The two versions look alike one after the other: which is first, and what is left to do.
    assert window.statusBar().currentMessage() == (
        "Kept both paragraphs in “What happens when a council listens”, yours first: remove "
        "the one you do not want. Share my changes to send the result."
    )


def test_send_for_review_when_the_site_uses_branches(qtbot, window: MainWindow, team) -> None:  # noqa: ANN001
    _server, author, _editor = team
    with (author / "_config.yml").open("a") as f:
        f.write("editor_app:\n  drafts: branches\n")
    open_clone(qtbot, window, author)
    bar = window.sync_bar
    qtbot.waitUntil(lambda: bar.send_action.isVisible(), timeout=20000)
    assert window.open_document(author / POST)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, "For the editor.")
    bar.send_action.trigger()  # unsaved: refused, with the reason
    assert bar.last_message == "Save the page first: the saved version is sent for review."
    assert window.save_document()
    bar.send_action.trigger()
    wait_idle(qtbot, window)
    assert bar.last_message == "Sent for review"
    wait_for_status(qtbot, bar, "1 page sent for review")
    assert "review/2025-03-01-council-listens" in git(author, "branch", "--list", "review/*")


def test_editor_approves_a_draft_from_the_window(qtbot, window: MainWindow, team) -> None:  # noqa: ANN001
    from editor_app.core import sync_drafts
    from editor_app.core.document import Document

    server, author, editor = team
    for clone in (author, editor):
        git(clone, "config", "editor-app.draftBranches", "true")
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert sync_drafts.send_for_review(author, author / POST).shared
    open_clone(qtbot, window, editor)
    bar = window.sync_bar
    qtbot.waitUntil(lambda: bar.drafts_action.isVisible(), timeout=20000)
    bar.get_latest_action.trigger()
    wait_idle(qtbot, window)
    wait_for_status(qtbot, bar, "1 draft from others to review: Drafts")
    bar.drafts_action.trigger()
    dialog = bar.drafts_dialog
    assert dialog.list.count() == 1
    assert dialog.list.item(0).text().startswith("What happens when a council listens\nsent by")
    assert "windy" in dialog.changes.toPlainText() and "wet" in dialog.changes.toPlainText()
    approved = dialog.current.title
    dialog.approve_button.click()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=20000)
    assert dialog.message.text() == f"“{approved}”: approved and shared. No other draft waits."
    doc = Document.load(editor / POST)
    assert doc.get("status") == "final" and "windy Tuesday" in doc.text
    assert git(server, "log", "-1", "--format=%s", "main").startswith("Approve '")


def test_words_typed_while_getting_latest_are_kept(qtbot, window: MainWindow, team) -> None:  # noqa: ANN001
    _server, author, editor = team
    open_clone(qtbot, window, editor)
    bar = window.sync_bar
    assert window.open_document(editor / POST)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, "Before.")
    bar.open_page.remember()  # what Get latest does before it starts
    qtbot.keyClicks(window.editor, " While it ran.")
    replace_in(editor / POST, "wet Tuesday", "cold Tuesday")  # what it brought in
    bar._merge_open_page()  # what it does when done
    text = window.editor.toPlainText()
    assert "Before. While it ran." in text and "cold Tuesday" in text
    assert window.current_document().is_modified
    # The cursor is still where the typing was.
    assert text[: window.editor.textCursor().position()].endswith("While it ran.")


def test_the_open_page_brought_in_by_get_latest_is_not_said_changed_by_another_program(
    qtbot, window: MainWindow, team
) -> None:  # noqa: ANN001
    _server, author, editor = team
    from editor_app.core import sync

    replace_in(author / POST, "three hundred letters", "four hundred letters")
    assert sync.push(author).shared
    open_clone(qtbot, window, editor)
    assert window.open_document(editor / POST)
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    bar = window.sync_bar
    bar.get_latest_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "four hundred letters" in window.editor.toPlainText(), timeout=20000)
    wait_disk_looked(qtbot, window, editor / POST)  # the file watch's look at it, too
    assert window.statusBar().currentMessage() == "Got the latest: 1 page changed by others"
    assert not [m for m in said if "another program" in m]
    # A change by another program afterwards is still told.
    replace_in(editor / POST, "four hundred letters", "five hundred letters")
    window.guard.check_disk()
    assert "five hundred letters" in window.editor.toPlainText()
    assert "was changed by another program" in window.statusBar().currentMessage()


def test_send_for_review_of_an_unchanged_page_says_why_in_full(
    qtbot, window: MainWindow, team
) -> None:  # noqa: ANN001
    _server, author, _editor = team
    git(author, "config", "editor-app.draftBranches", "true")
    open_clone(qtbot, window, author)
    assert window.open_document(author / POST)
    bar = window.sync_bar
    qtbot.waitUntil(lambda: bar.send_action.isVisible(), timeout=20000)
    bar.send_action.trigger()
    wait_idle(qtbot, window)
    words = "Nothing to send for review: this page has no change yet."
    assert bar.status_label.text() == words
    # In full at the bottom too: the bar's label is cut short at 1024 pixels.
    assert window.statusBar().currentMessage() == words


def test_keep_theirs_while_typing_joins_the_unsaved_text(
    qtbot, window: MainWindow, team, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    """Unsaved words elsewhere in the page, then Keep theirs: their paragraph comes into the
    text being typed, the typed words stay, and the app does not ask about 'another program'."""
    _server, author, editor = team
    from editor_app.core import sync

    replace_in(author / POST, "three hundred letters", "four hundred letters")
    sync.push(author)
    replace_in(editor / POST, "three hundred letters", "five hundred angry letters")
    asked: list[str] = []
    monkeypatch.setattr(
        ChangedOnDiskDialog,
        "ask",
        classmethod(lambda cls, parent, name, difference: asked.append(name) or cls.MINE),
    )
    open_clone(qtbot, window, editor)
    assert window.open_document(editor / POST)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, "Typed but not saved.")
    bar = window.sync_bar
    bar.get_latest_action.trigger()
    qtbot.waitUntil(lambda: getattr(bar, "choice_dialog", None) is not None, timeout=20000)
    # The versions shown are the saved file's: said so, and that the typed words stay.
    assert "as last saved" in bar.choice_dialog.mine_label.text()
    bar.choice_dialog.keep_theirs.click()
    wait_idle(qtbot, window)
    wait_disk_looked(qtbot, window, editor / POST)  # its look at the disk after a change
    assert asked == []
    text = window.editor.toPlainText()
    assert "four hundred letters" in text and "angry" not in text
    assert "Typed but not saved." in text
    assert window.current_document().is_modified


def test_the_editor_is_told_of_a_draft_without_setting_up_branches(
    qtbot, window: MainWindow, team  # noqa: ANN001
) -> None:
    """Sending drafts on branches is set in the author's copy only: the editor's window still
    says a draft waits and shows Drafts…, where it is approved."""
    from editor_app.core import sync_drafts

    _server, author, editor = team
    git(author, "config", "editor-app.draftBranches", "true")
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert sync_drafts.send_for_review(author, author / POST).shared
    open_clone(qtbot, window, editor)
    bar = window.sync_bar
    wait_for_status(qtbot, bar, "1 draft from others to review: Drafts")
    assert bar.drafts_action.isVisible()
    assert bar.widgetForAction(bar.drafts_action).text() == "Drafts"  # the words said above


def test_share_with_unsaved_text_says_it_was_not_shared(qtbot, window: MainWindow, team) -> None:  # noqa: ANN001
    _server, author, _editor = team
    open_clone(qtbot, window, author)
    assert window.open_document(author / POST)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, "Typed but not saved.")
    bar = window.sync_bar
    bar.share_action.trigger()
    wait_idle(qtbot, window)
    # The result says so: a bare "Nothing to share" (or "Shared") read as if it had gone.
    assert bar.last_message.startswith("Nothing to share")
    assert "unsaved changes were not shared" in bar.last_message
    assert "unsaved changes were not shared" in window.statusBar().currentMessage()


def test_get_latest_from_the_command_line_is_said_as_others_changes(
    qtbot, window: MainWindow, team
) -> None:  # noqa: ANN001
    """`editor-app sync pull` run beside the window (or its own Get latest seen late) changes
    the open page: the status bar says whose changes came in, not 'another program'."""
    _server, author, editor = team
    from editor_app.core import sync

    replace_in(author / POST, "three hundred letters", "four hundred letters")
    assert sync.push(author).shared
    open_clone(qtbot, window, editor)
    assert window.open_document(editor / POST)
    assert sync.pull(editor).brought_in == [POST]
    window.guard.check_disk()
    assert "four hundred letters" in window.editor.toPlainText()
    assert window.statusBar().currentMessage() == (
        f"Updated “{Path(POST).name}” with Ada Author's changes (Get latest)."
    )
    # The Sharing bar no longer says to get what is here already.
    wait_for_status(qtbot, window.sync_bar, "Up to date: everything is shared")
    # Changed again by another program since: said so.
    replace_in(editor / POST, "four hundred letters", "five hundred letters")
    window.guard.check_disk()
    assert "was changed by another program" in window.statusBar().currentMessage()


def test_share_that_gets_the_latest_first_says_so(qtbot, window: MainWindow, team) -> None:  # noqa: ANN001
    """The server had others' change to the open page: Share my changes brings it in first
    and says so (the page changed in front of the author, not by 'another program')."""
    _server, author, editor = team
    from editor_app.core import sync

    replace_in(author / POST, "three hundred letters", "four hundred letters")
    assert sync.push(author).shared
    replace_in(editor / OTHER, "A finished page.", "A finished page, edited.")
    open_clone(qtbot, window, editor)
    assert window.open_document(editor / POST)
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    window.sync_bar.share_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "four hundred letters" in window.editor.toPlainText(), timeout=20000)
    wait_disk_looked(qtbot, window, editor / POST)  # the file watch's look at it, too
    assert window.statusBar().currentMessage() == (
        "Shared: Update 'Second post' (the text). Got the latest first: 1 page changed by others"
    )
    assert not [m for m in said if "another program" in m]
